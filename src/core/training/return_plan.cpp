#include "kneetriage/training/return_plan.h"

#include "training/text_fill.h"

#include <algorithm>

namespace kt {
namespace {

constexpr int kCalendarDays = 14;

struct DatedEntry {
    std::chrono::sys_days day{};
    const DiaryEntry* entry = nullptr;
};

// The diary's entries up to today, oldest first (the reader refuses two entries for one day).
std::vector<DatedEntry> usableEntries(const std::vector<DiaryEntry>& diary,
                                      std::chrono::sys_days today) {
    std::vector<DatedEntry> entries;
    for (const DiaryEntry& entry : diary) {
        const auto day = parseIsoDate(entry.date);
        if (day && *day <= today) {
            entries.push_back({*day, &entry});
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const DatedEntry& a, const DatedEntry& b) { return a.day < b.day; });
    return entries;
}

TrainingText ruleText(const PainMonitoringRules& rules, std::string_view id, int minDays) {
    TrainingText text = rules.rule(id);
    text.text = fillPlaceholders(std::move(text.text),
                                 {{"safe_max", std::to_string(rules.safeMax)},
                                  {"acceptable_max", std::to_string(rules.acceptableMax)},
                                  {"min_days", std::to_string(minDays)}});
    return text;
}

// One diary entry applied to the plan: at most one step, forward only after the step's days.
void replay(PlanState& state, const PainMonitoringRules& rules, const DatedEntry& dated) {
    const EntryVerdict verdict = judgeEntry(rules, *dated.entry);
    const std::size_t last = state.plan->steps.size() - 1;
    const int minDays = state.plan->steps[state.step].minDays;
    PlanMove move = verdict.move;
    std::string_view rule = verdict.ruleId;
    if (move == PlanMove::Forward && state.step == last) {
        move = PlanMove::Hold;
        rule = "hold_last_step";
    } else if (move == PlanMove::Forward && (dated.day - state.stepSince).count() + 1 < minDays) {
        move = PlanMove::Hold;
        rule = "hold_days";
    }
    if (move == PlanMove::Forward) {
        ++state.step;
    } else if (move == PlanMove::Back && state.step > 0) {
        --state.step;
    }
    // A step back restarts the clock even at the first step: the days count from a good day.
    if (move != PlanMove::Hold) {
        state.stepSince = dated.day + std::chrono::days(1);
    }
    state.decision = {move, ruleText(rules, rule, minDays), *dated.entry};
}

// Whether day `index` of a fortnight is a session day for `perWeek` sessions, spread so that
// three a week fall on every other day.
bool sessionDay(int index, int perWeek) {
    const auto sessionsBefore = [perWeek](int days) { return (days * perWeek + 6) / 7; };
    return sessionsBefore(index + 1) > sessionsBefore(index);
}

// The next 14 days: after a run yesterday or today, or a step back, today is a rest day; the
// plan's next step is shown, marked as depending on the diary, once its days are done.
std::vector<PlanDay> planCalendar(const PlanState& state, const std::vector<DatedEntry>& entries,
                                  std::chrono::sys_days today) {
    int restFirst = 0;
    if (!entries.empty() && entries.back().day >= today - std::chrono::days(1) &&
        (entries.back().entry->painDuringRun || state.decision.move == PlanMove::Back)) {
        restFirst = 1;
    }
    const std::chrono::sys_days canMove =
        state.stepSince + std::chrono::days(state.plan->steps[state.step].minDays - 1);
    const bool hasNext = state.step + 1 < state.plan->steps.size();
    bool advanced = false;
    std::vector<PlanDay> days;
    for (int d = 0; d < kCalendarDays; ++d) {
        PlanDay day{today + std::chrono::days(d), false, state.step + (advanced ? 1 : 0), advanced};
        const int index = d - restFirst;
        day.run = index >= 0 && sessionDay(index, state.plan->steps[day.step].sessionsPerWeek);
        if (day.run && !advanced && hasNext && day.day >= canMove) {
            advanced = true;
        }
        days.push_back(day);
    }
    return days;
}

std::string_view leadingCondition(const NextRunInputs& inputs) {
    if (!inputs.latestCheck || inputs.latestCheck->conditions.empty()) {
        return {};
    }
    return inputs.latestCheck->conditions.front().id;
}

} // namespace

std::string_view planMoveId(PlanMove move) {
    switch (move) {
    case PlanMove::Forward:
        return "forward";
    case PlanMove::Back:
        return "back";
    case PlanMove::Hold:
        break;
    }
    return "hold";
}

EntryVerdict judgeEntry(const PainMonitoringRules& rules, const DiaryEntry& entry) {
    if (entry.morningPain == AgainstUsual::Worse || entry.morningStiffness == AgainstUsual::Worse) {
        return {PlanMove::Back, "back_morning"};
    }
    if (!entry.painDuringRun) {
        return {PlanMove::Hold, "hold_rest"};
    }
    if (*entry.painDuringRun > rules.acceptableMax) {
        return {PlanMove::Back, "back_pain"};
    }
    if (*entry.painDuringRun > rules.safeMax) {
        return {PlanMove::Hold, "hold_pain"};
    }
    return {PlanMove::Forward, "forward"};
}

PlanState followPlan(const TrainingData& data, const NextRunInputs& inputs) {
    PlanState state;
    state.plan = &data.planFor(leadingCondition(inputs));
    const std::vector<DatedEntry> entries = usableEntries(inputs.diary, inputs.today);
    state.stepSince = entries.empty() ? inputs.today : entries.front().day;
    state.decision = {PlanMove::Hold,
                      ruleText(data.painMonitoring, "hold_start", state.plan->steps[0].minDays),
                      std::nullopt};
    for (const DatedEntry& entry : entries) {
        replay(state, data.painMonitoring, entry);
    }
    state.calendar = planCalendar(state, entries, inputs.today);
    return state;
}

TrainingAdvice adviseTraining(const TrainingData& data, const NextRunInputs& inputs) {
    TrainingAdvice advice{decideNextRun(data, inputs), std::nullopt};
    if (advice.light.light != Light::Red) {
        advice.plan = followPlan(data, inputs);
    }
    return advice;
}

} // namespace kt
