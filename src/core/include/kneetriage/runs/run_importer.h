#pragma once

#include "kneetriage/io/problem.h"
#include "kneetriage/runs/run.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kt {

// The largest activity file read, before or after decompression. A run of a day recorded every
// second is a few MiB; past this the file is refused with a message, not read into memory.
inline constexpr std::size_t kMaxActivityFileBytes = 64U * 1024U * 1024U;

struct ImportOptions {
    // Now, in seconds since 1970 UTC: a run that starts more than a day after it is refused.
    // Passed in, so that the importer reads no clock.
    std::int64_t nowUtc = 0;
    std::size_t maxFileBytes = kMaxActivityFileBytes;
};

// What one file gave: its new runs, or the problem that kept all of them out.
struct FileImport {
    std::filesystem::path file;
    std::vector<Run> runs;      // running activities not seen before in this import
    std::size_t notRunning = 0; // activities of another sport, left out
    std::size_t duplicates = 0; // runs already imported from another file
    std::optional<Problem> problem;
};

// The Strava export's activities.csv: each activity file's type, by its path relative to the
// export folder ("activities/123.gpx.gz"), or a problem with the CSV's place.
struct StravaActivityTypes {
    std::map<std::string, std::string, std::less<>> typeByFile;
};
[[nodiscard]] std::variant<StravaActivityTypes, Problem> readStravaActivities(std::string_view csv);

// Imports runs from activity files: a single .fit, .gpx or .tcx file (or its .gz), a folder of
// them at any depth (a Garmin export, a Strava export, any folder), in name order. In a Strava
// export (a folder with activities.csv beside activities/) the CSV's activity type decides what is
// a run; elsewhere the file's own sport does. A run seen before in the same import (same start
// and distance, see isSameRun) is counted as a duplicate, not returned again. A file that cannot
// be read, or whose figures cannot be a run (in the future, wrong units), gives one problem
// naming it and yields no run; the import goes on with the next file.
class RunImporter {
  public:
    explicit RunImporter(ImportOptions options);

    // Calls `onFile` once for each activity file under `path` (and once for `path` itself when it
    // cannot be read), in order, holding one file in memory at a time.
    void importPath(const std::filesystem::path& path,
                    const std::function<void(const FileImport&)>& onFile);

  private:
    [[nodiscard]] FileImport importFile(const std::filesystem::path& file);
    // Adds to `outcome` the running activities of `decoded` not seen before, or, when one is
    // impossible, only its problem: nothing from such a file is kept.
    void keepRuns(const std::filesystem::path& file, const std::string& digest,
                  std::vector<Run> decoded, FileImport& outcome);
    [[nodiscard]] std::optional<std::string> stravaType(const std::filesystem::path& file);
    [[nodiscard]] std::optional<Problem> implausible(const Run& run) const;
    bool seenBefore(const Run& run);

    ImportOptions options_;
    // activities.csv per export folder, read once (nullopt when the folder has none or it is
    // unreadable; its problem is reported once).
    std::map<std::filesystem::path, std::optional<StravaActivityTypes>> stravaExports_;
    // A broken activities.csv, reported before the first file it would have typed.
    std::vector<FileImport> stravaProblems_;
    // Start and distance of every run imported so far, by start.
    std::multimap<std::int64_t, double> seen_;
};

// Whether `file`'s name is one the importer reads (.fit, .gpx, .tcx, each optionally .gz).
[[nodiscard]] bool isActivityFileName(const std::filesystem::path& file);

// Whether `file` is a .zip archive. The importer does not open archives (a Garmin export holds its
// FIT files in zips within the zip): it names each one found, so that the runner unzips it rather
// than missing the runs inside.
[[nodiscard]] bool isArchiveName(const std::filesystem::path& file);

// The files importPath reads from `folder`, in the order it reads them: every activity file and
// archive at any depth, sorted by path. `error` is set when the folder cannot be read to the end.
// An app counts them first to show how far an import has come, and can stop between two.
[[nodiscard]] std::vector<std::filesystem::path> filesToImport(const std::filesystem::path& folder,
                                                               std::error_code& error);

} // namespace kt
