#include "kneetriage/runs/run_lines.h"

#include "io/json_fields.h"
#include "runs/track.h"

#include <algorithm>

namespace kt {
namespace {

using json = nlohmann::json;

constexpr JsonLimits kRunLineLimits{.maxBytes = 64U * 1024U, .maxDepth = 8};

// The offset of `startLocal` ("2024-03-05T08:12:45+01:00") from UTC, from its wall-clock time
// read as if it were UTC.
std::optional<std::int32_t> offsetOf(const std::string& startLocal, std::int64_t startUtc) {
    const auto wallClock = parseIsoTime(startLocal.substr(0, 19) + "Z");
    if (!wallClock || !parseIsoTime(startLocal)) {
        return std::nullopt;
    }
    return static_cast<std::int32_t>(*wallClock - startUtc);
}

std::optional<Run> readRun(const JsonDocument& document, Problems& problems) {
    JsonFields fields(document, document.value, json::json_pointer{}, problems);
    if (!fields.isObject()) {
        fields.problem(fields.pointer(), "found " + describeJsonType(document.value) +
                                             ", expected a run (an object)");
        return std::nullopt;
    }
    const std::size_t before = problems.size();
    const std::string format = fields.requiredString("format");
    if (!format.empty() && format != "kneetriage.run/1") {
        fields.problem(fields.pointer("format"),
                       "found '" + format + "', expected 'kneetriage.run/1'");
    }
    Run run;
    const std::string start = fields.requiredString("start_utc");
    const auto startUtc = parseIsoTime(start);
    if (!start.empty() && !startUtc) {
        fields.problem(fields.pointer("start_utc"),
                       "found '" + start + "', expected a time as 2024-03-05T07:12:45Z");
    }
    run.startUtc = startUtc.value_or(0);
    const std::string local = fields.optionalString("start_local");
    if (!local.empty() && startUtc) {
        run.utcOffsetSeconds = offsetOf(local, *startUtc);
    }
    const auto distance = fields.requiredNumber("distance_m");
    if (distance && *distance < 0) {
        fields.problem(fields.pointer("distance_m"), "found a negative distance, expected metres");
    }
    run.distanceMetres = distance.value_or(0);
    run.sourceFile = fields.optionalString("source_file");
    if (problems.size() != before) {
        return std::nullopt;
    }
    return run;
}

} // namespace

std::variant<std::vector<Run>, Problems> readRunLines(const std::string& file,
                                                      std::string_view text) {
    std::vector<Run> runs;
    Problems problems;
    int lineNumber = 0;
    for (std::size_t at = 0; at < text.size() && problems.size() < kMaxListedProblems;) {
        const std::size_t end = std::min(text.find('\n', at), text.size());
        const std::string_view line = text.substr(at, end - at);
        at = end + 1;
        ++lineNumber;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
            continue;
        }
        JsonResult parsed = parseJsonText(file, std::string(line), kRunLineLimits);
        Problems found;
        if (auto* problem = std::get_if<Problem>(&parsed)) {
            found.push_back(std::move(*problem));
        } else if (auto run = readRun(std::get<JsonDocument>(parsed), found)) {
            runs.push_back(std::move(*run));
        }
        for (Problem& problem : found) {
            problem.line = lineNumber;
            problem.column = std::max(problem.column, 1);
            problems.push_back(std::move(problem));
        }
    }
    if (!problems.empty()) {
        return problems;
    }
    return runs;
}

} // namespace kt
