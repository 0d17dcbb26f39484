#pragma once

#include "kneetriage/engine/answers.h"
#include "kneetriage/kb/disposition.h"
#include "kneetriage/kb/knowledge_base.h"

#include <vector>

namespace kt {

struct RankedCondition {
    std::size_t condition = 0;
    double score = 0;                 // 0..1
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

// The amber flags whose advice still applies to `result`: a reason to book an appointment is
// overtaken by a more urgent result, and showing it would put "book within 1 to 2 weeks" next
// to "see a doctor today". Every amber flag still counts towards the disposition.
[[nodiscard]] std::vector<std::size_t> amberAdviceToShow(const KnowledgeBase& kb,
                                                         const TriageResult& result);

// The answers the triage decides on: retired answers applied, and only those on the flow's path
// (an answer the tree did not reach is ignored, contract §1).
[[nodiscard]] Answers answersAsTriaged(const KnowledgeBase& kb, const Answers& given);

// The exercises of `exercises`, in their order, whose contraindications (avoid_if) `answers` do not
// meet; `answers` as answersAsTriaged gives them. The one test of an exercise against a check,
// for the results and for a session alike.
[[nodiscard]] std::vector<std::size_t> suitableExercises(const KnowledgeBase& kb,
                                                         const std::vector<std::size_t>& exercises,
                                                         const Answers& answers);

// The red (not amber) flags that `answers` fire, most urgent first: what the app interrupts with.
[[nodiscard]] std::vector<std::size_t> firedRedFlags(const KnowledgeBase& kb,
                                                     const Answers& answers);

// The same part-way through a check, `pending` marking the questions still ahead: a sign is not
// "not ruled out" before its question has been asked, so the check is not interrupted early.
[[nodiscard]] std::vector<std::size_t> firedRedFlagsSoFar(const KnowledgeBase& kb,
                                                          const Answers& answers,
                                                          const std::vector<bool>& pending);

} // namespace kt
