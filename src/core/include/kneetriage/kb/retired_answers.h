#pragma once

#include "kneetriage/engine/answers.h"
#include "kneetriage/kb/knowledge_base.h"

namespace kt {

// Answers as the current flow understands them. An older answers document may answer a retired
// question (one with `replaced_by`) instead of the questions that replaced it. Its answer then
// stands for each replacement left unanswered: "no" is no to each and "unsure" is unsure to
// each. "yes" meant yes to at least one, not to each, so each stays unsure (a warning sign not
// ruled out) while rules on the retired question itself still see the yes.
[[nodiscard]] Answers withRetiredAnswersApplied(const KnowledgeBase& kb, const Answers& answers);

} // namespace kt
