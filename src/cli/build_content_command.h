#pragma once

#include "command_line.h"

#include <iosfwd>

namespace kt::cli {

// `build-content [--kb PATH] OUT`: the SQLite content database, from a valid knowledge base.
class BuildContentCommand {
  public:
    explicit BuildContentCommand(std::ostream& errors) : errors_(errors) {}
    [[nodiscard]] int execute(const CommandLine& commandLine);

  private:
    std::ostream& errors_;
};

} // namespace kt::cli
