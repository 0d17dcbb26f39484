#include "runs_command.h"

#include "kneetriage/runs/run_importer.h"
#include "kneetriage/store/history_store.h"
#include "run_lines.h"

#include <chrono>
#include <memory>
#include <ostream>

namespace kt::cli {

int RunsCommand::execute(const CommandLine& commandLine) {
    const std::string verb = commandLine.operands.empty() ? "" : commandLine.operands.front();
    if (verb == "import" && commandLine.operands.size() >= 2) {
        return importRuns(commandLine);
    }
    if (verb == "load" && (commandLine.operands.size() >= 2 || commandLine.history)) {
        return loadRuns(commandLine);
    }
    errors_ << "kneetriage-cli runs: expected 'import [--history FILE] PATH...' or 'load "
               "[--today DATE] [--onset DATE] [--history FILE] [PATH...]' (load needs a PATH "
               "or --history)\n"
            << usage();
    return kUnusableInput;
}

RunsCommand::Tally
RunsCommand::importOperands(const CommandLine& commandLine, HistoryStore* history,
                            const std::function<void(const Run&)>& onRun,
                            const std::function<void(const Problem&)>& onProblem) {
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    RunImporter importer(ImportOptions{.nowUtc = now});
    Tally tally;
    StoredRuns stored;
    const auto fail = [&](const Problem& problem) {
        ++tally.failed;
        errors_ << problem.describe() << '\n';
        onProblem(problem);
    };
    const auto onFile = [&](const FileImport& file) {
        ++tally.files;
        if (file.problem) {
            return fail(*file.problem);
        }
        if (history != nullptr && !file.runs.empty()) {
            try {
                const StoredRuns added = history->addRuns(file.runs);
                stored.added += added.added;
                stored.alreadyStored += added.alreadyStored;
            } catch (const DatabaseError& error) {
                return fail(Problem{file.file.string(), 0, 0, "", error.what()});
            }
        }
        for (const Run& run : file.runs) {
            onRun(run);
        }
    };
    for (std::size_t i = 1; i < commandLine.operands.size(); ++i) {
        importer.importPath(commandLine.operands[i], onFile);
    }
    if (history != nullptr && commandLine.operands.size() > 1) {
        errors_ << "stored " << stored.added << " new run(s) in " << commandLine.history->string()
                << "; " << stored.alreadyStored << " were there already\n";
    }
    return tally;
}

int RunsCommand::importRuns(const CommandLine& commandLine) {
    std::unique_ptr<HistoryStore> history;
    if (commandLine.history) {
        history = std::make_unique<HistoryStore>(*commandLine.history);
        if (history->notice()) {
            errors_ << *history->notice() << '\n';
        }
    }
    const Tally tally = importOperands(
        commandLine, history.get(),
        [&](const Run& run) {
            nlohmann::ordered_json line;
            line["format"] = "kneetriage.run/1";
            appendRunFields(line, run);
            output_ << dumpLine(line) << '\n';
        },
        [](const Problem&) {});
    return finish(tally);
}

int RunsCommand::finish(const Tally& tally) {
    output_.flush();
    if (tally.failed > 0) {
        errors_ << tally.failed << " of " << tally.files << " file(s) could not be imported\n";
        return kBadInputInBatch;
    }
    return kSuccess;
}

} // namespace kt::cli
