#pragma once

#include "kneetriage/io/problem.h"
#include "kneetriage/runs/run.h"

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kt {

// The runs of a JSON Lines text as `kneetriage-cli runs import` writes it ("kneetriage.run/1",
// one run a line; blank lines are skipped). Only what the training rules use is required:
// format, start_utc and distance_m; start_local gives the local day when present. Each problem
// names `file`, the line, the JSON pointer and what was expected.
[[nodiscard]] std::variant<std::vector<Run>, Problems> readRunLines(const std::string& file,
                                                                    std::string_view text);

} // namespace kt
