#pragma once

#include "kneetriage/engine/answers.h"
#include "kneetriage/io/json_document.h"
#include "kneetriage/kb/knowledge_base.h"

#include <string>
#include <variant>

namespace kt {

using AnswersResult = std::variant<Answers, Problems>;

// Reads a "kneetriage.answers/1" document (contract §1). Every unknown question, unknown code,
// wrong kind and out-of-range number is reported, each naming the question and the value.
[[nodiscard]] AnswersResult readAnswers(const KnowledgeBase& kb, const JsonDocument& document);

// The same, from answers kept as text (a saved check or visit); `name` names it in problems.
[[nodiscard]] AnswersResult readAnswersText(const KnowledgeBase& kb, std::string name,
                                            std::string text);

} // namespace kt
