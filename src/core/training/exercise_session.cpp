#include "kneetriage/training/exercise_session.h"

#include <algorithm>

namespace kt {

std::optional<std::size_t> sessionCondition(const KnowledgeBase& kb, const TriageResult& result) {
    for (const RankedCondition& ranked : result.conditions) {
        const Condition& condition = kb.conditions[ranked.condition];
        const bool gaveAnExercise =
            std::any_of(condition.exercises.begin(), condition.exercises.end(), [&](auto index) {
                return std::find(result.exercises.begin(), result.exercises.end(), index) !=
                       result.exercises.end();
            });
        if (!condition.programme.empty() && gaveAnExercise) {
            return ranked.condition;
        }
    }
    return std::nullopt;
}

ExerciseSession todaysSession(const KnowledgeBase& kb, std::size_t condition, std::size_t stage,
                              const Answers& answers) {
    ExerciseSession session{condition, stage, {}};
    const auto& programme = kb.conditions.at(condition).programme;
    if (stage >= programme.size()) {
        return session;
    }
    std::vector<std::size_t> suitable =
        suitableExercises(kb, programme[stage].exercises, answersAsTriaged(kb, answers));
    // As many as the results show: a stage also lists alternatives (bike, cross-trainer or pool)
    // and optional extras, which together are no one day's session.
    suitable.resize(std::min(suitable.size(), kb.ranking.maxExercises));
    for (const std::size_t index : suitable) {
        const Dosage& dosage = kb.exercises[index].dosage;
        SessionExercise exercise;
        exercise.exercise = index;
        exercise.sets = std::max(1, dosage.sets);
        exercise.reps = dosage.reps;
        exercise.holdSeconds = dosage.holdSeconds;
        exercise.daysPerWeek = dosage.daysPerWeek;
        exercise.restFromGuide = !dosage.restSeconds.has_value();
        exercise.restSeconds = dosage.restSeconds.value_or(kb.restBetweenSets.seconds);
        session.exercises.push_back(exercise);
    }
    return session;
}

std::optional<ExerciseSession> sessionFor(const KnowledgeBase& kb, const TriageResult& result,
                                          const Answers& answers) {
    const auto condition = sessionCondition(kb, result);
    if (!condition) {
        return std::nullopt;
    }
    ExerciseSession session = todaysSession(kb, *condition, 0, answers);
    if (session.exercises.empty()) {
        return std::nullopt;
    }
    return session;
}

} // namespace kt
