#pragma once

#include "kneetriage/engine/answers.h"
#include "kneetriage/kb/knowledge_base.h"

#include <string>

namespace kt {

// The "kneetriage.answers/1" document (contract §1) holding every given answer, so a saved or
// exported check can be read back by readAnswers or by any other contract reader.
[[nodiscard]] std::string writeAnswersDocument(const KnowledgeBase& kb, const Answers& answers);

// A given answer in plain words ("Front of the knee", "34 years", "Not sure"), for summaries.
[[nodiscard]] std::string describeAnswer(const Question& question, const AnswerValue& answer);

} // namespace kt
