#pragma once

#include "kneetriage/training/return_plan.h"

#include <string>

namespace kt {

// The "kneetriage.plan/1" document `kneetriage-cli plan` prints, on one line: the light, its
// reasons with sources, the caps, the plan and step, the decision with the diary entry that
// caused it, and the 14-day calendar (data/schema/plan.schema.json, FORMATS.md).
[[nodiscard]] std::string planJson(const TrainingAdvice& advice, std::chrono::sys_days today,
                                   std::optional<std::chrono::sys_days> checkDay);

} // namespace kt
