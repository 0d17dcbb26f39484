#pragma once

#include "kneetriage/engine/triage.h"
#include "kneetriage/io/problem.h"
#include "kneetriage/kb/knowledge_base.h"

#include <string>
#include <string_view>

namespace kt {

// Appends the "kneetriage.result/1" document (contract §5) as one line of compact JSON.
// Written directly rather than through a JSON tree: batch mode spends most of its time here.
void appendResultJson(std::string& out, const KnowledgeBase& kb, const TriageResult& result);

// Appends {"format": "kneetriage.error/1", "line": N, "problems": [...]} as one line.
void appendErrorJson(std::string& out, std::size_t line, const Problems& problems);

void appendJsonString(std::string& out, std::string_view text);

} // namespace kt
