#include "runs/track.h"

#include <charconv>
#include <cmath>
#include <numbers>

namespace kt {

double haversineMetres(double latitude1, double longitude1, double latitude2, double longitude2) {
    constexpr double kEarthRadiusMetres = 6371008.8; // mean radius (IUGG)
    constexpr double kRadians = std::numbers::pi / 180.0;
    const double dLatitude = (latitude2 - latitude1) * kRadians;
    const double dLongitude = (longitude2 - longitude1) * kRadians;
    const double a = std::sin(dLatitude / 2) * std::sin(dLatitude / 2) +
                     std::cos(latitude1 * kRadians) * std::cos(latitude2 * kRadians) *
                         std::sin(dLongitude / 2) * std::sin(dLongitude / 2);
    return 2 * kEarthRadiusMetres * std::asin(std::sqrt(std::min(1.0, a)));
}

void TrackSummary::add(const TrackPoint& point) {
    ++points_;
    if (point.latitude && point.longitude) {
        if (lastLatitude_) {
            pathMetres_ +=
                haversineMetres(*lastLatitude_, *lastLongitude_, *point.latitude, *point.longitude);
        }
        lastLatitude_ = point.latitude;
        lastLongitude_ = point.longitude;
    }
    if (point.totalDistance) {
        counted_ = std::max(counted_.value_or(0.0), *point.totalDistance);
    }
    if (point.time) {
        const double distance = distanceMetres();
        if (lastTime_ && *point.time > *lastTime_) {
            const auto seconds = static_cast<double>(*point.time - *lastTime_);
            if ((distance - distanceAtLastTime_) / seconds >= kMovingMetresPerSecond) {
                movingSeconds_ += seconds;
            }
        }
        if (!firstTime_) {
            firstTime_ = point.time;
        }
        if (!lastTime_ || *point.time >= *lastTime_) {
            lastTime_ = point.time;
            distanceAtLastTime_ = distance;
        }
    }
    if (point.altitude) {
        // Hysteresis: a climb counts once it rises kClimbThresholdMetres above the last turning
        // point, so that altimeter noise on the flat adds nothing.
        if (!climbReference_) {
            climbReference_ = point.altitude;
        } else if (*point.altitude - *climbReference_ >= kClimbThresholdMetres) {
            climbMetres_ += *point.altitude - *climbReference_;
            climbReference_ = point.altitude;
        } else if (*climbReference_ - *point.altitude >= kClimbThresholdMetres) {
            climbReference_ = point.altitude;
        }
    }
    if (point.heartRate && *point.heartRate > 0) {
        heartRateSum_ += *point.heartRate;
        ++heartRateSamples_;
    }
    if (point.strideCadence && *point.strideCadence > 0) {
        cadenceSum_ += *point.strideCadence;
        ++cadenceSamples_;
    }
}

double TrackSummary::distanceMetres() const {
    return counted_.value_or(pathMetres_);
}

std::optional<double> TrackSummary::elevationGainMetres() const {
    return climbReference_ ? std::optional<double>(climbMetres_) : std::nullopt;
}

std::optional<double> TrackSummary::averageHeartRate() const {
    if (heartRateSamples_ == 0) {
        return std::nullopt;
    }
    return heartRateSum_ / static_cast<double>(heartRateSamples_);
}

std::optional<double> TrackSummary::averageStepCadence() const {
    if (cadenceSamples_ == 0) {
        return std::nullopt;
    }
    return 2 * cadenceSum_ / static_cast<double>(cadenceSamples_);
}

std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day) {
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = static_cast<unsigned>(year - era * 400);
    const unsigned dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + static_cast<std::int64_t>(dayOfEra) - 719468;
}

namespace {

// Reads exactly `digits` decimal digits at `at`, advancing it; nullopt when they are not there.
std::optional<int> digitsAt(std::string_view text, std::size_t& at, std::size_t digits) {
    if (at + digits > text.size()) {
        return std::nullopt;
    }
    int value = 0;
    const auto [end, error] = std::from_chars(text.data() + at, text.data() + at + digits, value);
    if (error != std::errc{} || end != text.data() + at + digits) {
        return std::nullopt;
    }
    at += digits;
    return value;
}

bool expect(std::string_view text, std::size_t& at, char c) {
    if (at < text.size() && text[at] == c) {
        ++at;
        return true;
    }
    return false;
}

// The offset after the seconds ("Z", "+01:00", "-0500" or nothing for UTC), in seconds.
std::optional<int> zoneOffset(std::string_view text, std::size_t at) {
    if (at == text.size() || (text[at] == 'Z' && at + 1 == text.size())) {
        return 0;
    }
    if (text[at] != '+' && text[at] != '-') {
        return std::nullopt;
    }
    const int sign = text[at] == '-' ? -1 : 1;
    ++at;
    const auto hours = digitsAt(text, at, 2);
    expect(text, at, ':');
    const auto minutes = digitsAt(text, at, 2);
    if (!hours || !minutes || at != text.size() || *hours > 23 || *minutes > 59) {
        return std::nullopt;
    }
    return sign * (*hours * 3600 + *minutes * 60);
}

} // namespace

std::optional<std::int64_t> parseIsoTime(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\n' || text.front() == '\t' ||
                             text.front() == '\r')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\t' ||
                             text.back() == '\r')) {
        text.remove_suffix(1);
    }
    std::size_t at = 0;
    const auto year = digitsAt(text, at, 4);
    const bool dash1 = expect(text, at, '-');
    const auto month = digitsAt(text, at, 2);
    const bool dash2 = expect(text, at, '-');
    const auto day = digitsAt(text, at, 2);
    const bool t = expect(text, at, 'T') || expect(text, at, ' ');
    const auto hour = digitsAt(text, at, 2);
    const bool colon1 = expect(text, at, ':');
    const auto minute = digitsAt(text, at, 2);
    const bool colon2 = expect(text, at, ':');
    const auto second = digitsAt(text, at, 2);
    if (!year || !month || !day || !hour || !minute || !second || !dash1 || !dash2 || !t ||
        !colon1 || !colon2 || *month < 1 || *month > 12 || *day < 1 || *day > 31 || *hour > 23 ||
        *minute > 59 || *second > 60) {
        return std::nullopt;
    }
    if (expect(text, at, '.')) {
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
            ++at; // fractions of a second: a run's start needs none
        }
    }
    const auto offset = zoneOffset(text, at);
    if (!offset) {
        return std::nullopt;
    }
    const std::int64_t days =
        daysFromCivil(*year, static_cast<unsigned>(*month), static_cast<unsigned>(*day));
    return days * 86400 + *hour * 3600 + *minute * 60 + *second - *offset;
}

} // namespace kt
