#pragma once

#include "kneetriage/io/problem.h"
#include "kneetriage/runs/run.h"

#include <nlohmann/json.hpp>
#include <string>

namespace kt::cli {

// Rounded to a tenth: more digits than any device measures would only be noise.
[[nodiscard]] double tenths(double value);

// The run's figures as `runs import` writes them (start_utc ... source_sha256), appended to
// `line` after whatever it already holds.
void appendRunFields(nlohmann::ordered_json& line, const Run& run);

// One JSON line; a file name need not be UTF-8, so its bytes are replaced rather than the line
// lost.
[[nodiscard]] std::string dumpLine(const nlohmann::ordered_json& line);

} // namespace kt::cli
