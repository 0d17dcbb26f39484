#include "kneetriage/runs/activity_files.h"
#include "runs/track.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <pugixml.hpp>

namespace kt {
namespace {

// An element's name without its namespace prefix: files write "gpxtpx:hr", "ns3:hr" or "hr".
std::string_view localName(const pugi::xml_node& node) {
    const std::string_view name = node.name();
    const auto colon = name.rfind(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
    for (pugi::xml_node found = node.first_child(); found; found = found.next_sibling()) {
        if (localName(found) == name) {
            return found;
        }
    }
    return {};
}

std::optional<double> number(const char* text) {
    std::string_view view(text);
    while (!view.empty() && std::isspace(static_cast<unsigned char>(view.front())) != 0) {
        view.remove_prefix(1);
    }
    if (!view.empty() && view.front() == '+') {
        view.remove_prefix(1);
    }
    double value = 0;
    const auto [end, error] = std::from_chars(view.data(), view.data() + view.size(), value);
    if (error != std::errc{} || end == view.data() || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

std::optional<double> numberIn(const pugi::xml_node& node) {
    if (!node) {
        return std::nullopt;
    }
    return number(node.child_value());
}

std::string lowerCase(std::string_view text) {
    std::string lower;
    for (const char c : text) {
        if (std::isspace(static_cast<unsigned char>(c)) == 0) {
            lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return lower;
}

// The 1-based line and column of a byte offset, found only when there is a problem to place.
Problem problemAt(std::string_view text, std::ptrdiff_t offset, std::string message) {
    const auto end = static_cast<std::size_t>(
        std::clamp<std::ptrdiff_t>(offset, 0, static_cast<std::ptrdiff_t>(text.size())));
    const auto before = text.substr(0, end);
    const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    const auto lineStart = before.rfind('\n');
    const int column =
        1 + static_cast<int>(lineStart == std::string_view::npos ? end : end - lineStart - 1);
    return Problem{{}, line, column, {}, std::move(message)};
}

// pugixml holds every element and text in a node of its own (64 bytes); past this many tags the
// file would cost gigabytes, and no activity file has them (a week at one point a second, with a
// time and an elevation each, has 3.6 million).
constexpr std::size_t kMaxTags = 4'000'000;

// Parses `text` in place (no copy; whitespace-only text, comments and the like are not kept),
// or says where the XML breaks.
std::variant<pugi::xml_node, Problem> parse(pugi::xml_document& document, std::string& text,
                                            std::string_view expectedRoot,
                                            std::string_view format) {
    if (const auto tags = static_cast<std::size_t>(std::count(text.begin(), text.end(), '<'));
        tags > kMaxTags) {
        return Problem{{},
                       0,
                       0,
                       {},
                       "it holds " + std::to_string(tags) + " XML tags; expected a " +
                           std::string(format) + " file of at most " + std::to_string(kMaxTags) +
                           " (a week recorded every second)"};
    }
    const std::string copyForPlace = text.size() < 4096 ? text : std::string();
    const pugi::xml_parse_result parsed = document.load_buffer_inplace(
        text.data(), text.size(), pugi::parse_minimal | pugi::parse_escapes, pugi::encoding_utf8);
    if (!parsed) {
        std::string message = std::string("not well-formed XML (") + parsed.description() +
                              "); expected a " + std::string(format) + " file";
        // The in-place parse has written over the text: a short file is placed by line and
        // column in its copy, a long one by its byte offset alone.
        if (copyForPlace.empty()) {
            return Problem{
                {}, 0, 0, {}, "at byte " + std::to_string(parsed.offset) + ": " + message};
        }
        return problemAt(copyForPlace, parsed.offset, std::move(message));
    }
    const pugi::xml_node root = document.document_element();
    if (localName(root) != expectedRoot) {
        return Problem{{},
                       0,
                       0,
                       {},
                       "the XML's root element is <" + std::string(root.name()) + ">; expected <" +
                           std::string(expectedRoot) + ">, as a " + std::string(format) +
                           " file has"};
    }
    return root;
}

TrackPoint gpxPoint(const pugi::xml_node& point) {
    TrackPoint sample;
    sample.latitude = number(point.attribute("lat").value());
    sample.longitude = number(point.attribute("lon").value());
    for (pugi::xml_node part = point.first_child(); part; part = part.next_sibling()) {
        const std::string_view name = localName(part);
        if (name == "ele") {
            sample.altitude = numberIn(part);
        } else if (name == "time") {
            sample.time = parseIsoTime(part.child_value());
        } else if (name == "extensions") {
            // Garmin's TrackPointExtension, under whatever prefix the writer chose.
            for (pugi::xml_node extension = part.first_child(); extension;
                 extension = extension.next_sibling()) {
                for (pugi::xml_node value = extension.first_child(); value;
                     value = value.next_sibling()) {
                    if (localName(value) == "hr") {
                        sample.heartRate = numberIn(value);
                    } else if (localName(value) == "cad") {
                        sample.strideCadence = numberIn(value);
                    }
                }
            }
        }
    }
    if (sample.latitude && (*sample.latitude < -90 || *sample.latitude > 90)) {
        sample.latitude.reset();
    }
    if (sample.longitude && (*sample.longitude < -180 || *sample.longitude > 180)) {
        sample.longitude.reset();
    }
    return sample;
}

// GPX <type> as Garmin ("running") and Strava write it; Strava's older exports give its own
// activity-type numbers, of which 9 is a run and 1 a ride.
std::string gpxSport(std::string_view type) {
    const std::string sport = lowerCase(type);
    if (sport == "9" || sport == "run") {
        return "running";
    }
    if (sport == "1" || sport == "ride" || sport == "biking") {
        return "cycling";
    }
    return sport;
}

Run runOfTrack(const TrackSummary& track) {
    Run run;
    run.startUtc = track.firstTime().value_or(0);
    run.distanceMetres = track.distanceMetres();
    run.movingSeconds = track.movingSeconds();
    run.elevationGainMetres = track.elevationGainMetres();
    run.averageHeartRate = track.averageHeartRate();
    run.averageCadence = track.averageStepCadence();
    return run;
}

} // namespace

DecodedActivities decodeGpx(std::string text) {
    pugi::xml_document document;
    auto parsed = parse(document, text, "gpx", "GPX");
    if (auto* problem = std::get_if<Problem>(&parsed)) {
        return std::move(*problem);
    }
    const pugi::xml_node root = std::get<pugi::xml_node>(parsed);
    std::vector<Run> runs;
    for (pugi::xml_node track = root.first_child(); track; track = track.next_sibling()) {
        if (localName(track) != "trk") {
            continue;
        }
        TrackSummary summary;
        for (pugi::xml_node segment = track.first_child(); segment;
             segment = segment.next_sibling()) {
            if (localName(segment) != "trkseg") {
                continue;
            }
            for (pugi::xml_node point = segment.first_child(); point;
                 point = point.next_sibling()) {
                if (localName(point) == "trkpt") {
                    summary.add(gpxPoint(point));
                }
            }
        }
        if (!summary.firstTime()) {
            return Problem{{},
                           0,
                           0,
                           {},
                           "a <trk> has no point with a <time>; expected a recorded activity, "
                           "not a planned route"};
        }
        Run run = runOfTrack(summary);
        run.sport = gpxSport(child(track, "type").child_value());
        runs.push_back(std::move(run));
    }
    return runs;
}

namespace {

// TCX's Sport attribute: "Running", "Biking" or "Other".
std::string tcxSport(std::string_view sport) {
    const std::string lower = lowerCase(sport);
    return lower == "biking" ? "cycling" : lower;
}

// A value of Garmin's ActivityExtension (<Extensions><LX><AvgRunCadence>), any prefix.
std::optional<double> extensionValue(const pugi::xml_node& node, std::string_view group,
                                     std::string_view name) {
    return numberIn(child(child(child(node, "Extensions"), group), name));
}

TrackPoint tcxPoint(const pugi::xml_node& point) {
    TrackPoint sample;
    sample.time = parseIsoTime(child(point, "Time").child_value());
    const pugi::xml_node position = child(point, "Position");
    sample.latitude = numberIn(child(position, "LatitudeDegrees"));
    sample.longitude = numberIn(child(position, "LongitudeDegrees"));
    sample.altitude = numberIn(child(point, "AltitudeMeters"));
    sample.totalDistance = numberIn(child(point, "DistanceMeters"));
    sample.heartRate = numberIn(child(child(point, "HeartRateBpm"), "Value"));
    sample.strideCadence = extensionValue(point, "TPX", "RunCadence");
    return sample;
}

struct LapTotals {
    double seconds = 0;
    double metres = 0;
    bool anyDistance = false;
    double heartRateSeconds = 0; // sums of average × duration, for a time-weighted mean
    double heartRateWeighted = 0;
    double cadenceSeconds = 0;
    double cadenceWeighted = 0;
};

void addLap(LapTotals& totals, const pugi::xml_node& lap, TrackSummary& track) {
    const double seconds = numberIn(child(lap, "TotalTimeSeconds")).value_or(0.0);
    totals.seconds += seconds;
    if (const auto metres = numberIn(child(lap, "DistanceMeters"))) {
        totals.metres += *metres;
        totals.anyDistance = true;
    }
    if (const auto heartRate = numberIn(child(child(lap, "AverageHeartRateBpm"), "Value"))) {
        totals.heartRateSeconds += seconds;
        totals.heartRateWeighted += *heartRate * seconds;
    }
    if (const auto cadence = extensionValue(lap, "LX", "AvgRunCadence")) {
        totals.cadenceSeconds += seconds;
        totals.cadenceWeighted += *cadence * seconds;
    }
    for (pugi::xml_node part = lap.first_child(); part; part = part.next_sibling()) {
        if (localName(part) != "Track") {
            continue;
        }
        for (pugi::xml_node point = part.first_child(); point; point = point.next_sibling()) {
            if (localName(point) == "Trackpoint") {
                track.add(tcxPoint(point));
            }
        }
    }
}

std::variant<Run, Problem> tcxActivity(const pugi::xml_node& activity) {
    LapTotals totals;
    TrackSummary track;
    for (pugi::xml_node lap = activity.first_child(); lap; lap = lap.next_sibling()) {
        if (localName(lap) == "Lap") {
            addLap(totals, lap, track);
        }
    }
    Run run = runOfTrack(track);
    const auto start = parseIsoTime(child(activity, "Id").child_value());
    if (!start) {
        return Problem{{},
                       0,
                       0,
                       {},
                       "an <Activity>'s <Id> is \"" +
                           printable(child(activity, "Id").child_value()) +
                           "\"; expected its start as an ISO 8601 time such as "
                           "2024-03-05T07:12:45Z"};
    }
    run.startUtc = *start;
    if (totals.anyDistance) {
        run.distanceMetres = totals.metres;
    }
    if (totals.seconds > 0) {
        run.movingSeconds = totals.seconds;
    }
    if (totals.heartRateSeconds > 0) {
        run.averageHeartRate = totals.heartRateWeighted / totals.heartRateSeconds;
    }
    if (totals.cadenceSeconds > 0) {
        run.averageCadence = 2 * totals.cadenceWeighted / totals.cadenceSeconds;
    }
    run.sport = tcxSport(activity.attribute("Sport").value());
    return run;
}

} // namespace

DecodedActivities decodeTcx(std::string text) {
    pugi::xml_document document;
    auto parsed = parse(document, text, "TrainingCenterDatabase", "TCX");
    if (auto* problem = std::get_if<Problem>(&parsed)) {
        return std::move(*problem);
    }
    std::vector<Run> runs;
    const pugi::xml_node activities = child(std::get<pugi::xml_node>(parsed), "Activities");
    for (pugi::xml_node activity = activities.first_child(); activity;
         activity = activity.next_sibling()) {
        if (localName(activity) != "Activity") {
            continue;
        }
        auto run = tcxActivity(activity);
        if (auto* problem = std::get_if<Problem>(&run)) {
            return std::move(*problem);
        }
        runs.push_back(std::move(std::get<Run>(run)));
    }
    return runs;
}

} // namespace kt
