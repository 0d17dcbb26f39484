#pragma once

#include "command_line.h"

#include <iosfwd>

namespace kt::cli {

// `runs import [--history FILE] PATH...`: activity files, folders and exports in, one JSON line
// per run out (kneetriage.run/1); a file that cannot be imported is described on `errors` and the
// import goes on with the next.
class RunsCommand {
  public:
    RunsCommand(std::ostream& output, std::ostream& errors) : output_(output), errors_(errors) {}

    [[nodiscard]] int execute(const CommandLine& commandLine);

  private:
    int importRuns(const CommandLine& commandLine);

    std::ostream& output_;
    std::ostream& errors_;
};

} // namespace kt::cli
