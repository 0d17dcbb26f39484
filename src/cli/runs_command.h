#pragma once

#include "command_line.h"
#include "kneetriage/io/problem.h"
#include "kneetriage/runs/run.h"

#include <functional>
#include <iosfwd>

namespace kt {
class HistoryStore;
}

namespace kt::cli {

// `runs import [--history FILE] PATH...`: activity files, folders and exports in, one JSON line
// per run out (kneetriage.run/1); a file that cannot be imported is described on `errors` and the
// import goes on with the next.
// `runs load [--today DATE] [--onset DATE] [--history FILE] [PATH...]`: the same import (or the
// runs stored in the history), each run against the longest of the 30 days before it, the weekly
// totals and a summary, as kneetriage.load/1 lines (runs_load_command.cpp).
class RunsCommand {
  public:
    RunsCommand(std::ostream& output, std::ostream& errors) : output_(output), errors_(errors) {}

    [[nodiscard]] int execute(const CommandLine& commandLine);

  private:
    // How many files the PATH operands held, and how many could not be imported.
    struct Tally {
        std::size_t files = 0;
        std::size_t failed = 0;
    };
    // Imports every PATH operand, storing each file's runs in `history` when given; each run and
    // each problem (also described on `errors`) is handed on, in order.
    Tally importOperands(const CommandLine& commandLine, HistoryStore* history,
                         const std::function<void(const Run&)>& onRun,
                         const std::function<void(const Problem&)>& onProblem);
    // Flushes the output, says how many files could not be imported, and gives the exit status.
    int finish(const Tally& tally);
    int importRuns(const CommandLine& commandLine);
    int loadRuns(const CommandLine& commandLine);

    std::ostream& output_;
    std::ostream& errors_;
};

} // namespace kt::cli
