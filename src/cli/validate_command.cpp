#include "validate_command.h"

#include <ostream>

namespace kt::cli {

int ValidateCommand::execute(const CommandLine& commandLine) {
    if (!commandLine.operands.empty()) {
        errors_ << "kneetriage-cli validate: unexpected '" << commandLine.operands.front()
                << "'; expected only [--kb PATH]\n";
        return kUnusableInput;
    }
    const std::optional<KnowledgeBase> kb = loadOrReport(commandLine, errors_);
    if (!kb) {
        return kUnusableInput;
    }
    output_ << dataDirectory(commandLine).string() << ": knowledge base '" << kb->id << "' version " << kb->version
            << " is valid: " << kb->questions.size() << " questions, " << kb->redFlags.size() << " red flags, "
            << kb->conditions.size() << " conditions, " << kb->exercises.size() << " exercises, "
            << kb->advice.size() << " advice\n";
    return kSuccess;
}

} // namespace kt::cli
