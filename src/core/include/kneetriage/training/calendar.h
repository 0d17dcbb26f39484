#pragma once

#include "kneetriage/runs/run.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace kt {

// Calendar days for the training views. A day is a std::chrono::sys_days used as a plain date
// (no time zone): the runner's local date where a run's offset is known, else the UTC date.

// "2026-11-16" as a day, or nullopt when it is not a real date in that exact form.
[[nodiscard]] std::optional<std::chrono::sys_days> parseIsoDate(std::string_view text);

// The day as "2026-11-16".
[[nodiscard]] std::string isoDate(std::chrono::sys_days day);

// The local date the run started on: its utcOffsetSeconds applied when the file gave one, else
// its UTC date.
[[nodiscard]] std::chrono::sys_days localDay(const Run& run);

// The Monday of the ISO week (Monday to Sunday) that holds `day`.
[[nodiscard]] std::chrono::sys_days isoWeekStart(std::chrono::sys_days day);

// The ISO 8601 week of `day`, "2026-W47" (the year is the ISO week-numbering year).
[[nodiscard]] std::string isoWeekName(std::chrono::sys_days day);

} // namespace kt
