#include "run_lines.h"

#include <cmath>

namespace kt::cli {

double tenths(double value) {
    return std::round(value * 10) / 10;
}

void appendRunFields(nlohmann::ordered_json& line, const Run& run) {
    line["start_utc"] = isoTime(run.startUtc);
    if (run.utcOffsetSeconds) {
        line["start_local"] = isoTime(run.startUtc, *run.utcOffsetSeconds);
    }
    line["distance_m"] = tenths(run.distanceMetres);
    line["moving_time_s"] = tenths(run.movingSeconds);
    if (run.elevationGainMetres) {
        line["elevation_gain_m"] = tenths(*run.elevationGainMetres);
    }
    if (run.averageHeartRate) {
        line["average_heart_rate_bpm"] = tenths(*run.averageHeartRate);
    }
    if (run.averageCadence) {
        line["average_cadence_spm"] = tenths(*run.averageCadence);
    }
    line["sport"] = run.sport;
    line["source_file"] = run.sourceFile;
    line["source_sha256"] = run.sourceSha256;
}

std::string dumpLine(const nlohmann::ordered_json& line) {
    return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace kt::cli
