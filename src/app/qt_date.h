#pragma once

#include <QDate>
#include <chrono>

namespace kt::app {

// The core's calendar days (std::chrono::sys_days, days since 1970-01-01) and QDate's Julian
// days, one to one.
inline constexpr qint64 kJulianDayOf1970 = 2440588;

inline QDate dateOf(std::chrono::sys_days day) {
    return QDate::fromJulianDay(day.time_since_epoch().count() + kJulianDayOf1970);
}
inline std::chrono::sys_days dayOf(const QDate& date) {
    return std::chrono::sys_days(std::chrono::days(date.toJulianDay() - kJulianDayOf1970));
}

} // namespace kt::app
