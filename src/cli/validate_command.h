#pragma once

#include "command_line.h"

#include <iosfwd>

namespace kt::cli {

// `validate [--kb PATH] [--lang L]`: loads with every check and lists every problem found,
// in the knowledge base and in its translations.
class ValidateCommand {
  public:
    ValidateCommand(std::ostream& output, std::ostream& errors)
        : output_(output), errors_(errors) {}
    [[nodiscard]] int execute(const CommandLine& commandLine);

  private:
    bool translationsValid(const CommandLine& commandLine);

    std::ostream& output_;
    std::ostream& errors_;
};

} // namespace kt::cli
