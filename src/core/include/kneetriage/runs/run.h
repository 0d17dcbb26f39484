#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace kt {

// One activity as an activity file or an export describes it. The decoders return every
// activity they find, whatever its sport; the importer keeps the runs.
struct Run {
    // The start in seconds since 1970-01-01T00:00:00Z, and the local time's offset from UTC at
    // the start when the file says it (FIT's local timestamp; GPX and TCX give UTC only).
    std::int64_t startUtc = 0;
    std::optional<std::int32_t> utcOffsetSeconds;
    double distanceMetres = 0;
    // Time spent moving: FIT's moving time or timer time, TCX's lap times, or for a GPX track the
    // intervals between points at walking pace or faster.
    double movingSeconds = 0;
    std::optional<double> elevationGainMetres;
    std::optional<double> averageHeartRate; // beats per minute
    std::optional<double> averageCadence;   // steps per minute (both feet)
    // Lower-case sport as the file or export names it ("running", "cycling"), or "" when unknown.
    std::string sport;
    // Set by the importer: the file the run was read from, as found, and the SHA-256 of its bytes
    // on disk (of the .gz, for a compressed file), in lower-case hex.
    std::string sourceFile;
    std::string sourceSha256;
};

// Whether two activities are the same run recorded twice (a watch's FIT file and the Strava
// export of the same run): their starts within kSameRunSeconds and their distances within
// kSameRunDistanceShare of the longer one. Two runs in one minute are not possible; two devices
// rounding a run differently are.
inline constexpr std::int64_t kSameRunSeconds = 120;
inline constexpr double kSameRunDistanceShare = 0.03;

[[nodiscard]] bool isSameRun(const Run& a, const Run& b);

// Whether `sport` (as the decoders and exports name it) is running: road, trail, treadmill,
// track or virtual.
[[nodiscard]] bool isRunningSport(const std::string& sport);

// `utc` (seconds since 1970) as ISO 8601 in the local time `offsetSeconds` ahead of UTC:
// "2024-03-05T07:12:45Z" for no offset, "2024-03-05T08:12:45+01:00" for one hour.
[[nodiscard]] std::string isoTime(std::int64_t utc, std::int32_t offsetSeconds = 0);

} // namespace kt
