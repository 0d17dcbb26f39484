#pragma once

#include "command_line.h"

#include <iosfwd>

namespace kt::cli {

// `plan [--runs RUNS] [--today DATE] [--checked DATE] [--cleared] RESULT DIARY`: a result
// document, a diary document and optionally the runs in; the next-run light and the return plan
// out, as one "kneetriage.plan/1" document.
class PlanCommand {
  public:
    PlanCommand(std::ostream& output, std::ostream& errors) : output_(output), errors_(errors) {}

    [[nodiscard]] int execute(const CommandLine& commandLine);

  private:
    std::ostream& output_;
    std::ostream& errors_;
};

} // namespace kt::cli
