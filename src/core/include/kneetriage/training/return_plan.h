#pragma once

#include "kneetriage/training/next_run.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace kt {

enum class PlanMove { Forward, Hold, Back };
[[nodiscard]] std::string_view planMoveId(PlanMove move); // "forward", "hold", "back"

// What the pain-monitoring model makes of one diary entry, before the plan's minimum days.
struct EntryVerdict {
    PlanMove move = PlanMove::Hold;
    std::string ruleId; // "forward", "hold_pain", "hold_rest", "back_pain", "back_morning"
};
[[nodiscard]] EntryVerdict judgeEntry(const PainMonitoringRules& rules, const DiaryEntry& entry);

// The last move of the plan and the diary entry that caused it (none before the first entry).
struct PlanDecision {
    PlanMove move = PlanMove::Hold;
    TrainingText rule; // its words and sources, from pain_monitoring.json
    std::optional<DiaryEntry> entry;
};

// One day of the coming fortnight.
struct PlanDay {
    std::chrono::sys_days day{};
    bool run = false;           // a session day (at a walking step, the walk)
    std::size_t step = 0;       // index into the plan's steps
    bool ifDiaryAllows = false; // the next step: only if the diary moves the plan on by then
};

struct PlanState {
    const ReturnPlan* plan = nullptr; // points into the TrainingData given
    std::size_t step = 0;
    std::chrono::sys_days stepSince{}; // the first day at this step
    PlanDecision decision;
    std::vector<PlanDay> calendar; // 14 days from today
};

// The plan for the latest check's leading condition, replayed over the diary in date order:
// each entry moves it at most one step (forward only after the step's minimum days), and the
// coming 14 days' sessions. Only for a light that is not red: adviseTraining sees to it.
[[nodiscard]] PlanState followPlan(const TrainingData& data, const NextRunInputs& inputs);

// The light and, unless it is red, the plan: what the CLI and the app show.
struct TrainingAdvice {
    NextRunLight light;
    std::optional<PlanState> plan; // none while red
};
[[nodiscard]] TrainingAdvice adviseTraining(const TrainingData& data, const NextRunInputs& inputs);

} // namespace kt
