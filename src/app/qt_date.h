#pragma once

#include <QDate>
#include <cstdint>

namespace kt::app {

// The core counts calendar days from 1970-01-01 (CalendarDay, std::chrono::sys_days); QDate
// counts Julian days.
inline constexpr qint64 kJulianDayOf1970 = 2440588;

inline QDate dateOfDay(std::int64_t daysSince1970) {
    return QDate::fromJulianDay(daysSince1970 + kJulianDayOf1970);
}
inline std::int64_t dayOfDate(const QDate& date) {
    return date.toJulianDay() - kJulianDayOf1970;
}

} // namespace kt::app
