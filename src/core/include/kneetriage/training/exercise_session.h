#pragma once

#include "kneetriage/engine/answers.h"
#include "kneetriage/engine/triage.h"
#include "kneetriage/kb/knowledge_base.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace kt {

// One exercise of today's session with the dosage the runner follows.
struct SessionExercise {
    std::size_t exercise = 0; // index into kb.exercises
    int sets = 1;             // at least one: a dosage without sets is done once
    int reps = 0;             // 0 when the exercise is timed or continuous, not counted
    int holdSeconds = 0;      // each repetition's hold; 0 when there is none
    int daysPerWeek = 0;
    // Between sets: the dosage's own rest, or else the knowledge base's rest guide, which the
    // session then names in words (restFromGuide).
    int restSeconds = 0;
    bool restFromGuide = false;
};

// Today's exercises: one stage of one condition's programme.
struct ExerciseSession {
    std::size_t condition = 0; // index into kb.conditions
    std::size_t stage = 0;     // index into the condition's programme
    std::vector<SessionExercise> exercises;
};

// The condition whose programme a session follows for `result`: the first ranked condition with a
// programme that gave the result an exercise. None when the result suggests no exercises (an
// urgent result, a warning sign or a likely condition that says to stop loading, no likely cause):
// a session is never offered where the results page offers no exercises.
[[nodiscard]] std::optional<std::size_t> sessionCondition(const KnowledgeBase& kb,
                                                          const TriageResult& result);

// The exercises of stage `stage` of `condition`'s programme, in the stage's order, each with its
// dosage, without those whose avoid_if the check's answers meet (the same test as the results,
// suitableExercises, on the answers as triaged), and no more than the results show
// (ranking.maxExercises). Empty when the stage does not exist. Pure.
[[nodiscard]] ExerciseSession todaysSession(const KnowledgeBase& kb, std::size_t condition,
                                            std::size_t stage, const Answers& answers);

// Today's session for a check: the first stage of the programme of the condition that gave its
// result exercises (sessionCondition). None when the result offers no exercises.
[[nodiscard]] std::optional<ExerciseSession>
sessionFor(const KnowledgeBase& kb, const TriageResult& result, const Answers& answers);

} // namespace kt
