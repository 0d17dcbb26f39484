#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace kt {

// One sample of a recorded track; a file may leave out any of its values.
struct TrackPoint {
    std::optional<std::int64_t> time; // seconds since 1970, UTC
    std::optional<double> latitude;   // degrees
    std::optional<double> longitude;
    std::optional<double> altitude;      // metres
    std::optional<double> totalDistance; // metres from the start, when the device counts it
    std::optional<double> heartRate;     // beats per minute
    std::optional<double> strideCadence; // strides (one foot) per minute, as the files count
};

// Sums a track point by point, in constant memory: a track of a million points costs no more
// than one of ten.
class TrackSummary {
  public:
    // Rises smaller than this are taken as the noise of a GPS or barometric altimeter.
    static constexpr double kClimbThresholdMetres = 3.0;
    // An interval slower than this (1.8 km/h) is a pause, not moving time.
    static constexpr double kMovingMetresPerSecond = 0.5;

    void add(const TrackPoint& point);

    [[nodiscard]] bool empty() const { return points_ == 0; }
    [[nodiscard]] std::optional<std::int64_t> firstTime() const { return firstTime_; }
    [[nodiscard]] double distanceMetres() const;
    [[nodiscard]] double movingSeconds() const { return movingSeconds_; }
    [[nodiscard]] std::optional<double> elevationGainMetres() const;
    [[nodiscard]] std::optional<double> averageHeartRate() const;
    // Steps (both feet) per minute, over the samples that have a cadence above zero.
    [[nodiscard]] std::optional<double> averageStepCadence() const;

  private:
    std::int64_t points_ = 0;
    std::optional<std::int64_t> firstTime_;
    std::optional<std::int64_t> lastTime_;
    std::optional<double> lastLatitude_;
    std::optional<double> lastLongitude_;
    double pathMetres_ = 0;         // along the positions
    std::optional<double> counted_; // the device's own total, when it gives one
    double distanceAtLastTime_ = 0;
    double movingSeconds_ = 0;
    std::optional<double> climbReference_;
    double climbMetres_ = 0;
    double heartRateSum_ = 0;
    std::int64_t heartRateSamples_ = 0;
    double cadenceSum_ = 0;
    std::int64_t cadenceSamples_ = 0;
};

// Great-circle distance in metres between two positions in degrees.
[[nodiscard]] double haversineMetres(double latitude1, double longitude1, double latitude2,
                                     double longitude2);

// An ISO 8601 date and time as GPX and TCX write it ("2024-03-05T07:12:45Z", with or without
// fractional seconds, "Z" or a "+01:00" offset), as seconds since 1970 UTC; nullopt when the text
// is not one.
[[nodiscard]] std::optional<std::int64_t> parseIsoTime(std::string_view text);

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
[[nodiscard]] std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day);

} // namespace kt
