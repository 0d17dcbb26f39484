#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kt {

// A calendar day as days since 1970-01-01 (proleptic Gregorian), so the training rules count
// days with plain arithmetic and never read a clock: "today" is always given.
using CalendarDay = std::int64_t;

// "2026-11-20" as a CalendarDay; nullopt unless the text is exactly YYYY-MM-DD and a real date.
[[nodiscard]] std::optional<CalendarDay> parseCalendarDate(std::string_view text);
// The day of a year, month (1-12) and day of the month (1-31), taken as given.
[[nodiscard]] CalendarDay calendarDay(std::int64_t year, unsigned month, unsigned day);
// The day as YYYY-MM-DD.
[[nodiscard]] std::string formatCalendarDate(CalendarDay day);

} // namespace kt
