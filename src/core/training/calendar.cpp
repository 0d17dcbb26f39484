#include "kneetriage/training/calendar.h"

#include <array>
#include <cstdio>

namespace kt {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

std::optional<int> digits(std::string_view text) {
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

std::optional<sys_days> parseIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    const auto year = digits(text.substr(0, 4));
    const auto month = digits(text.substr(5, 2));
    const auto day = digits(text.substr(8, 2));
    if (!year || !month || !day) {
        return std::nullopt;
    }
    const std::chrono::year_month_day date{std::chrono::year(*year),
                                           std::chrono::month(static_cast<unsigned>(*month)),
                                           std::chrono::day(static_cast<unsigned>(*day))};
    if (!date.ok()) {
        return std::nullopt;
    }
    return sys_days(date);
}

std::string isoDate(sys_days day) {
    const std::chrono::year_month_day date(day);
    std::array<char, 16> text{};
    std::snprintf(text.data(), text.size(), "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text.data();
}

sys_days localDay(const Run& run) {
    const std::int64_t local = run.startUtc + run.utcOffsetSeconds.value_or(0);
    return std::chrono::floor<days>(std::chrono::sys_seconds(std::chrono::seconds(local)));
}

sys_days isoWeekStart(sys_days day) {
    // iso_encoding: Monday is 1, Sunday 7.
    const unsigned weekday = std::chrono::weekday(day).iso_encoding();
    return day - days(weekday - 1);
}

std::string isoWeekName(sys_days day) {
    // The ISO year is the year of the week's Thursday; week 1 holds that year's first Thursday.
    const sys_days thursday = isoWeekStart(day) + days(3);
    const std::chrono::year year = std::chrono::year_month_day(thursday).year();
    const sys_days firstOfYear{year / std::chrono::January / 1};
    const auto week = (thursday - firstOfYear).count() / 7 + 1;
    std::array<char, 16> text{};
    std::snprintf(text.data(), text.size(), "%04d-W%02d", static_cast<int>(year),
                  static_cast<int>(week));
    return text.data();
}

} // namespace kt
