#include "kneetriage/runs/run_importer.h"

#include "kneetriage/io/input_file.h"
#include "kneetriage/runs/activity_files.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <sodium.h>
#include <stdexcept>

namespace kt {
namespace {

constexpr std::int64_t kYear2000 = 946684800;
constexpr std::int64_t kOneDay = 86400;
// Beyond these a run's figures are not a run's: most often a distance or time in other units.
constexpr double kLongestRunMetres = 1'000'000;
constexpr double kLongestRunSeconds = 7 * 86400;
constexpr double kFastestMetresPerSecond = 8.0; // 2:05 min/km, beyond any runner over 1 km
constexpr double kSlowestMetresPerSecond = 0.3; // 55 min/km, slower than a slow walk

enum class Format { Fit, Gpx, Tcx, Gzip, Unknown };

std::string lowerExtension(const std::filesystem::path& file) {
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

Format formatOfName(const std::filesystem::path& name) {
    const std::string extension = lowerExtension(name);
    return extension == ".fit"   ? Format::Fit
           : extension == ".gpx" ? Format::Gpx
           : extension == ".tcx" ? Format::Tcx
           : extension == ".gz"  ? Format::Gzip
                                 : Format::Unknown;
}

// What the bytes are, whatever the name says.
Format formatOfContent(std::string_view bytes) {
    if (bytes.size() >= 12 && bytes.substr(8, 4) == ".FIT") {
        return Format::Fit;
    }
    if (bytes.starts_with("\x1f\x8b")) {
        return Format::Gzip;
    }
    const std::string_view head = bytes.substr(0, 4096);
    if (head.find("<gpx") != std::string_view::npos) {
        return Format::Gpx;
    }
    if (head.find("<TrainingCenterDatabase") != std::string_view::npos) {
        return Format::Tcx;
    }
    return Format::Unknown;
}

std::string_view nameOf(Format format) {
    switch (format) {
    case Format::Fit:
        return "FIT";
    case Format::Gpx:
        return "GPX";
    case Format::Tcx:
        return "TCX";
    case Format::Gzip:
        return "gzip";
    case Format::Unknown:
        break;
    }
    return "unknown";
}

std::string sha256Hex(std::string_view bytes) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()),
                       bytes.size());
    std::string hex(2 * digest.size() + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    hex.pop_back();
    return hex;
}

Problem fileProblem(const std::filesystem::path& file, std::string message) {
    return Problem{file.string(), 0, 0, {}, std::move(message)};
}

// The decoded activities of `bytes`, whose name (without .gz) says `named`.
DecodedActivities decode(std::string bytes, Format named) {
    const Format found = formatOfContent(bytes);
    if (found != named) {
        return Problem{{},
                       0,
                       0,
                       {},
                       "its content is " +
                           (found == Format::Unknown
                                ? std::string("not an activity file")
                                : "a " + std::string(nameOf(found)) + " file") +
                           "; expected " + std::string(nameOf(named)) + ", as its name says"};
    }
    switch (named) {
    case Format::Fit:
        return decodeFit(bytes);
    case Format::Gpx:
        return decodeGpx(std::move(bytes));
    case Format::Tcx:
        return decodeTcx(std::move(bytes));
    default:
        break;
    }
    return std::vector<Run>{};
}

std::string kilometres(double metres) {
    return std::to_string(static_cast<long long>(std::lround(metres / 1000))) + " km";
}

// The averages a sensor can give; outside them the sensor was wrong, and the figure is left out
// rather than the run.
void dropImpossibleAverages(Run& run) {
    if (run.averageHeartRate && (*run.averageHeartRate < 25 || *run.averageHeartRate > 250)) {
        run.averageHeartRate.reset();
    }
    if (run.averageCadence && (*run.averageCadence < 40 || *run.averageCadence > 300)) {
        run.averageCadence.reset();
    }
}

} // namespace

bool isActivityFileName(const std::filesystem::path& file) {
    const Format format = formatOfName(file);
    if (format == Format::Gzip) {
        return formatOfName(file.stem()) != Format::Unknown &&
               formatOfName(file.stem()) != Format::Gzip;
    }
    return format != Format::Unknown;
}

bool isArchiveName(const std::filesystem::path& file) {
    return lowerExtension(file) == ".zip";
}

RunImporter::RunImporter(ImportOptions options) : options_(options) {
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium could not be initialised");
    }
}

void RunImporter::importPath(const std::filesystem::path& path,
                             const std::function<void(const FileImport&)>& onFile) {
    const auto report = [&](const FileImport& outcome) {
        for (const FileImport& csv : stravaProblems_) {
            onFile(csv);
        }
        stravaProblems_.clear();
        onFile(outcome);
    };
    std::error_code error;
    if (!std::filesystem::exists(path, error)) {
        report(FileImport{path,
                          {},
                          0,
                          0,
                          fileProblem(path, "cannot open: no such file or folder; expected an "
                                            "activity file or a folder of them")});
        return;
    }
    if (!std::filesystem::is_directory(path, error)) {
        report(importFile(path));
        return;
    }
    const std::vector<std::filesystem::path> files = filesToImport(path, error);
    if (error) {
        report(FileImport{path,
                          {},
                          0,
                          0,
                          fileProblem(path, "the folder cannot be read (" + error.message() +
                                                "); expected a folder of activity files")});
    }
    for (const auto& file : files) {
        report(importFile(file));
    }
}

std::vector<std::filesystem::path> filesToImport(const std::filesystem::path& folder,
                                                 std::error_code& error) {
    std::vector<std::filesystem::path> files;
    std::filesystem::recursive_directory_iterator walk(folder, error);
    for (; !error && walk != std::filesystem::recursive_directory_iterator();
         walk.increment(error)) {
        if (walk->is_regular_file(error) &&
            (isActivityFileName(walk->path()) || isArchiveName(walk->path()))) {
            files.push_back(walk->path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

FileImport RunImporter::importFile(const std::filesystem::path& file) {
    FileImport outcome{file, {}, 0, 0, std::nullopt};
    if (isArchiveName(file)) {
        outcome.problem = fileProblem(file, "it is a .zip archive, which is not read: unzip it "
                                            "first, then import the folder it gives");
        return outcome;
    }
    if (!isActivityFileName(file)) {
        outcome.problem = fileProblem(file, "its name does not end in .fit, .gpx or .tcx (or "
                                            "those with .gz); expected an activity file");
        return outcome;
    }
    auto read = readInputFile(file, options_.maxFileBytes, "an activity file (.fit, .gpx, .tcx)");
    if (auto* problem = std::get_if<Problem>(&read)) {
        outcome.problem = std::move(*problem);
        return outcome;
    }
    std::string bytes = std::move(std::get<std::string>(read));
    const std::string digest = sha256Hex(bytes);
    Format named = formatOfName(file);
    if (named == Format::Gzip) {
        if (formatOfContent(bytes) != Format::Gzip) {
            outcome.problem = fileProblem(file, "its content is not gzip data; expected a .gz "
                                                "file, as its name says");
            return outcome;
        }
        auto unpacked = gunzip(bytes, options_.maxFileBytes);
        if (auto* problem = std::get_if<Problem>(&unpacked)) {
            problem->file = file.string();
            outcome.problem = std::move(*problem);
            return outcome;
        }
        bytes = std::move(std::get<std::string>(unpacked));
        named = formatOfName(file.stem());
    }
    auto decoded = decode(std::move(bytes), named);
    if (auto* problem = std::get_if<Problem>(&decoded)) {
        problem->file = file.string();
        outcome.problem = std::move(*problem);
        return outcome;
    }
    keepRuns(file, digest, std::move(std::get<std::vector<Run>>(decoded)), outcome);
    return outcome;
}

void RunImporter::keepRuns(const std::filesystem::path& file, const std::string& digest,
                           std::vector<Run> decoded, FileImport& outcome) {
    const auto strava = stravaType(file);
    std::vector<Run> kept;
    for (Run& run : decoded) {
        if (strava) {
            run.sport = *strava; // the runner's own classification on Strava
        }
        if (!isRunningSport(run.sport)) {
            ++outcome.notRunning;
            continue;
        }
        dropImpossibleAverages(run);
        if (auto problem = implausible(run)) {
            problem->file = file.string();
            outcome.problem = std::move(*problem);
            return; // nothing from a file with an impossible run
        }
        run.sourceFile = file.string();
        run.sourceSha256 = digest;
        kept.push_back(std::move(run));
    }
    for (Run& run : kept) {
        if (seenBefore(run)) {
            ++outcome.duplicates;
        } else {
            outcome.runs.push_back(std::move(run));
        }
    }
}

std::optional<Problem> RunImporter::implausible(const Run& run) const {
    const auto problem = [](std::string message) {
        return std::optional<Problem>(Problem{{}, 0, 0, {}, std::move(message)});
    };
    if (run.startUtc < kYear2000) {
        return problem("a run starts on " + isoTime(run.startUtc) +
                       ", before 2000; expected the date it was run (was the device's clock set?)");
    }
    if (run.startUtc > options_.nowUtc + kOneDay) {
        return problem("a run starts on " + isoTime(run.startUtc) +
                       ", in the future; expected a run that has taken place (is the device's "
                       "clock wrong?)");
    }
    if (run.distanceMetres <= 0 || run.movingSeconds <= 0) {
        return problem("the run of " + isoTime(run.startUtc) +
                       " has no distance or no moving time; expected both");
    }
    const double speed = run.distanceMetres / run.movingSeconds;
    if (run.distanceMetres > kLongestRunMetres || run.movingSeconds > kLongestRunSeconds ||
        speed > kFastestMetresPerSecond || speed < kSlowestMetresPerSecond) {
        return problem("the run of " + isoTime(run.startUtc) + " covers " +
                       kilometres(run.distanceMetres) + " (" +
                       std::to_string(static_cast<long long>(std::lround(run.distanceMetres))) +
                       " m) in " + std::to_string(static_cast<long long>(run.movingSeconds)) +
                       " s, which no runner does; expected metres and seconds (are they in "
                       "other units?)");
    }
    return std::nullopt;
}

bool RunImporter::seenBefore(const Run& run) {
    const auto from = seen_.lower_bound(run.startUtc - kSameRunSeconds);
    const auto to = seen_.upper_bound(run.startUtc + kSameRunSeconds);
    for (auto it = from; it != to; ++it) {
        Run earlier;
        earlier.startUtc = it->first;
        earlier.distanceMetres = it->second;
        if (isSameRun(earlier, run)) {
            return true;
        }
    }
    seen_.emplace(run.startUtc, run.distanceMetres);
    return false;
}

std::optional<std::string> RunImporter::stravaType(const std::filesystem::path& file) {
    // A Strava export: EXPORT/activities.csv beside EXPORT/activities/FILE.
    if (file.parent_path().filename() != "activities") {
        return std::nullopt;
    }
    const std::filesystem::path folder = file.parent_path().parent_path();
    auto cached = stravaExports_.find(folder);
    if (cached == stravaExports_.end()) {
        std::optional<StravaActivityTypes> types;
        const auto csv = folder / "activities.csv";
        std::error_code error;
        if (std::filesystem::exists(csv, error)) {
            auto read = readInputFile(csv, options_.maxFileBytes, "a Strava activities.csv");
            auto parsed = std::holds_alternative<Problem>(read)
                              ? std::variant<StravaActivityTypes, Problem>(std::get<Problem>(read))
                              : readStravaActivities(std::get<std::string>(read));
            if (auto* problem = std::get_if<Problem>(&parsed)) {
                problem->file = csv.string();
                stravaProblems_.push_back(FileImport{csv, {}, 0, 0, std::move(*problem)});
            } else {
                types = std::move(std::get<StravaActivityTypes>(parsed));
            }
        }
        cached = stravaExports_.emplace(folder, std::move(types)).first;
    }
    if (!cached->second) {
        return std::nullopt;
    }
    const std::string relative = "activities/" + file.filename().string();
    const auto found = cached->second->typeByFile.find(relative);
    if (found == cached->second->typeByFile.end()) {
        return std::nullopt;
    }
    return found->second;
}

} // namespace kt
