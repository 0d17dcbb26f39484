#pragma once

#include "command_line.h"

#include <iosfwd>

namespace kt::cli {

// `triage [--batch] [--kb PATH] FILE`: answers documents in, result documents out.
class TriageCommand {
  public:
    TriageCommand(std::istream& input, std::ostream& output, std::ostream& errors)
        : input_(input), output_(output), errors_(errors) {}

    [[nodiscard]] int execute(const CommandLine& commandLine);

  private:
    int triageOne(const KnowledgeBase& kb, const std::string& file);
    int triageBatch(const KnowledgeBase& kb, const std::string& file);

    std::istream& input_;
    std::ostream& output_;
    std::ostream& errors_;
};

} // namespace kt::cli
