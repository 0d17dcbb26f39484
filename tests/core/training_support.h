#pragma once

#include "kneetriage/io/result_reader.h"
#include "kneetriage/training/return_plan.h"

#include <filesystem>
#include <string>
#include <vector>

namespace kt::test {

// The condition ids of the shipped knowledge base, read straight from data/kb/conditions.json.
[[nodiscard]] std::vector<std::string> shippedConditionIds();

// The shipped training rules and plans, which must load.
[[nodiscard]] const TrainingData& shippedTraining();

// A check as the result reader gives it: `disposition`, the listed conditions (id, score) and
// red flags (ids).
[[nodiscard]] SavedResult check(Disposition disposition,
                                const std::vector<std::pair<std::string, double>>& conditions,
                                const std::vector<std::string>& redFlags = {});

// A diary entry on `day`: pain during the run (none: a rest day) and the morning against usual.
[[nodiscard]] DiaryEntry entry(std::chrono::sys_days day, std::optional<int> pain,
                               AgainstUsual morningPain = AgainstUsual::Usual,
                               AgainstUsual morningStiffness = AgainstUsual::Usual);

// A run of `metres` starting at `hour` o'clock UTC on `day`, `offsetHours` ahead in local time.
[[nodiscard]] Run runOn(std::chrono::sys_days day, double metres, int hour = 8,
                        std::optional<int> offsetHours = std::nullopt);

// Today in the tests: 2026-11-21.
[[nodiscard]] std::chrono::sys_days testToday();

// Inputs with everything calm: a self-care check for patellofemoral pain made yesterday, a
// week of pain-free runs every other day with usual mornings, and runs over the last month.
[[nodiscard]] NextRunInputs calmInputs();

} // namespace kt::test
