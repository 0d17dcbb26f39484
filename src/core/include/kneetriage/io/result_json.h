#pragma once

#include "kneetriage/engine/triage.h"
#include "kneetriage/io/problem.h"
#include "kneetriage/kb/knowledge_base.h"

#include <string>
#include <string_view>
#include <vector>

namespace kt {

// Writes "kneetriage.result/1" documents (contract §5) for one knowledge base, each as one line
// of compact JSON, directly rather than through a JSON tree: batch mode spends much of its time
// here. The knowledge base's own texts (names, reasons, advice) are escaped once, when the writer
// is made, not in every result that quotes them. The knowledge base must outlive the writer and
// stay as it was.
class ResultJsonWriter {
  public:
    explicit ResultJsonWriter(const KnowledgeBase& kb);

    void append(std::string& out, const TriageResult& result) const;

  private:
    void appendRedFlags(std::string& out, const TriageResult& result) const;
    void appendConditions(std::string& out, const TriageResult& result) const;
    void appendExercises(std::string& out, const TriageResult& result) const;
    void appendAdvice(std::string& out, const TriageResult& result) const;
    void appendQuestionIds(std::string& out, const std::vector<std::size_t>& questions) const;

    const KnowledgeBase& kb_;
    std::string head_; // the format and the knowledge base's id and version
    std::vector<std::string> redFlagAdvice_;
    std::vector<std::string> conditionNames_;
    std::vector<std::vector<std::string>> featureReasons_; // by condition, then feature
    std::vector<std::string> exerciseNames_;
    std::vector<std::string> adviceTexts_;
};

// One result document: for a single result, where no writer is worth keeping.
void appendResultJson(std::string& out, const KnowledgeBase& kb, const TriageResult& result);

// Appends {"format": "kneetriage.error/1", "line": N, "problems": [...]} as one line.
void appendErrorJson(std::string& out, std::size_t line, const Problems& problems);

void appendJsonString(std::string& out, std::string_view text);

} // namespace kt
