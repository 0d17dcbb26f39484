#include "kneetriage/runs/run.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace kt {

bool isSameRun(const Run& a, const Run& b) {
    const double longer = std::max(a.distanceMetres, b.distanceMetres);
    return std::llabs(a.startUtc - b.startUtc) <= kSameRunSeconds &&
           std::abs(a.distanceMetres - b.distanceMetres) <= kSameRunDistanceShare * longer;
}

bool isRunningSport(const std::string& sport) {
    // FIT, GPX and TCX say "running"; Strava's types are "Run", "Trail Run", "Virtual Run".
    return sport == "running" || sport == "run" || sport.ends_with("_run") ||
           sport.ends_with("_running");
}

std::string isoTime(std::int64_t utc, std::int32_t offsetSeconds) {
    const std::int64_t local = utc + offsetSeconds;
    const std::int64_t days = (local >= 0 ? local : local - 86399) / 86400;
    const std::int64_t secondOfDay = local - days * 86400;
    // Howard Hinnant's civil_from_days.
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto dayOfEra = static_cast<unsigned>(z - era * 146097);
    const unsigned yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned monthIndex = (5 * dayOfYear + 2) / 153;
    const unsigned day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    const unsigned month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    const std::int64_t year = static_cast<std::int64_t>(yearOfEra) + era * 400 + (month <= 2);
    char text[96];
    std::snprintf(
        text, sizeof text, "%04lld-%02u-%02uT%02lld:%02lld:%02lld", static_cast<long long>(year),
        month, day, static_cast<long long>(secondOfDay / 3600),
        static_cast<long long>(secondOfDay / 60 % 60), static_cast<long long>(secondOfDay % 60));
    std::string shown = text;
    if (offsetSeconds == 0) {
        return shown + 'Z';
    }
    const int minutes = std::abs(offsetSeconds) / 60;
    std::snprintf(text, sizeof text, "%c%02d:%02d", offsetSeconds < 0 ? '-' : '+', minutes / 60,
                  minutes % 60);
    return shown + text;
}

} // namespace kt
