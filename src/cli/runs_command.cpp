#include "runs_command.h"

#include "kneetriage/runs/run_importer.h"
#include "kneetriage/store/history_store.h"

#include <chrono>
#include <cmath>
#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>

namespace kt::cli {
namespace {

// Rounded to a tenth: more digits than any device measures would only be noise.
double tenths(double value) {
    return std::round(value * 10) / 10;
}

std::string runLine(const Run& run) {
    nlohmann::ordered_json line;
    line["format"] = "kneetriage.run/1";
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
    // A file name need not be UTF-8: its bytes are replaced rather than the line lost.
    return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace

int RunsCommand::execute(const CommandLine& commandLine) {
    if (commandLine.operands.empty() || commandLine.operands.front() != "import" ||
        commandLine.operands.size() < 2) {
        errors_ << "kneetriage-cli runs: expected 'import [--history FILE] PATH...'\n" << usage();
        return kUnusableInput;
    }
    return importRuns(commandLine);
}

int RunsCommand::importRuns(const CommandLine& commandLine) {
    std::unique_ptr<HistoryStore> history;
    if (commandLine.history) {
        history = std::make_unique<HistoryStore>(*commandLine.history);
        if (history->notice()) {
            errors_ << *history->notice() << '\n';
        }
    }
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    RunImporter importer(ImportOptions{.nowUtc = now});
    std::size_t files = 0;
    std::size_t failed = 0;
    StoredRuns stored;
    const auto onFile = [&](const FileImport& file) {
        ++files;
        if (file.problem) {
            ++failed;
            errors_ << file.problem->describe() << '\n';
            return;
        }
        if (history && !file.runs.empty()) {
            try {
                const StoredRuns added = history->addRuns(file.runs);
                stored.added += added.added;
                stored.alreadyStored += added.alreadyStored;
            } catch (const DatabaseError& error) {
                ++failed;
                errors_ << file.file.string() << ": " << error.what() << '\n';
                return;
            }
        }
        for (const Run& run : file.runs) {
            output_ << runLine(run) << '\n';
        }
    };
    for (std::size_t i = 1; i < commandLine.operands.size(); ++i) {
        importer.importPath(commandLine.operands[i], onFile);
    }
    output_.flush();
    if (history) {
        errors_ << "stored " << stored.added << " new run(s) in " << commandLine.history->string()
                << "; " << stored.alreadyStored << " were there already\n";
    }
    if (failed > 0) {
        errors_ << failed << " of " << files << " file(s) could not be imported\n";
        return kBadInputInBatch;
    }
    return kSuccess;
}

} // namespace kt::cli
