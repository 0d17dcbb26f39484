#pragma once

#include "kneetriage/io/problem.h"
#include "kneetriage/runs/run.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kt {

// What a decoder found in one file: every activity in it, whatever its sport, or the first
// problem, with its place (a byte offset for FIT, a line and column for XML) and what was
// expected there. The problem's `file` is left for the caller to fill in.
using DecodedActivities = std::variant<std::vector<Run>, Problem>;

// A FIT activity file, per Garmin's FIT protocol: the header and both CRCs are checked, chained
// files are read in turn, developer fields and messages other than file_id, sport, session,
// lap, record and activity are skipped by their declared sizes. A session message makes one
// activity; without one, the laps or else the records do.
[[nodiscard]] DecodedActivities decodeFit(std::string_view bytes);

// A GPX 1.0 or 1.1 file: one activity per <trk>, its sport from <type>, heart rate and cadence
// from Garmin's TrackPointExtension. The text is parsed in place, hence taken by value.
[[nodiscard]] DecodedActivities decodeGpx(std::string text);

// A Garmin Training Center (TCX) file: one activity per <Activity>, its figures from the laps,
// its elevation gain from the track.
[[nodiscard]] DecodedActivities decodeTcx(std::string text);

// The bytes a gzip file (one member or several) holds, at most `maxBytes` of them, or why not
// (damaged, truncated, or larger than `maxBytes` once decompressed: a .gz bomb stops there, not
// when memory runs out). As for the decoders, the problem's `file` is left to the caller.
[[nodiscard]] std::variant<std::string, Problem> gunzip(std::string_view bytes,
                                                        std::size_t maxBytes);

} // namespace kt
