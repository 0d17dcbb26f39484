#pragma once

#include "kneetriage/answers.h"
#include "kneetriage/disposition.h"
#include "kneetriage/knowledge_base.h"

#include <vector>

namespace kt {

struct RankedCondition {
    std::size_t condition = 0;
    double score = 0;                // 0..1
    std::vector<std::size_t> why;     // indices of the condition's features that raised it
    std::vector<std::size_t> against; // ... and that lowered it
};

struct TriageResult {
    Disposition disposition = Disposition::SelfCare;
    std::vector<std::size_t> redFlags;   // fired, most urgent first
    std::vector<std::size_t> amberFlags; // fired reasons to see a clinician
    std::vector<RankedCondition> conditions;
    std::vector<std::size_t> exercises;
    std::vector<std::size_t> advice;
    std::vector<std::size_t> asked;
    std::vector<std::size_t> ignored;
};

// The whole triage of one set of answers: flow, red flags, ranking, disposition, exercises.
// Pure: the same knowledge base and answers always give the same result.
[[nodiscard]] TriageResult triage(const KnowledgeBase& kb, const Answers& answers);

// The red (not amber) flags that `answers` fire, most urgent first: what the app interrupts with.
[[nodiscard]] std::vector<std::size_t> firedRedFlags(const KnowledgeBase& kb, const Answers& answers);

} // namespace kt
