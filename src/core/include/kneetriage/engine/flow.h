#pragma once

#include "kneetriage/engine/answers.h"
#include "kneetriage/kb/knowledge_base.h"

#include <vector>

namespace kt {

enum class WalkMode {
    // Batch: every answer is known up front; an unanswered question is unknown and the flow
    // takes its "unknown" branch.
    AllAnswersGiven,
    // Interactive: stop at the first question not answered yet, which is the one to ask.
    StopAtUnanswered,
};

struct Walk {
    // Questions visited, in order (ask_if skips excluded); with StopAtUnanswered the last one
    // is the question to ask now, when one is still unanswered.
    std::vector<std::size_t> asked;
};

// The path the decision tree takes through `answers`. Pure: no I/O, no state.
[[nodiscard]] Walk walkFlow(const KnowledgeBase& kb, const Answers& answers, WalkMode mode);

} // namespace kt
