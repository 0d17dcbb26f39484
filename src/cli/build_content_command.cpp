#include "build_content_command.h"

#include "kneetriage/store/content_store.h"

#include <ostream>

namespace kt::cli {

int BuildContentCommand::execute(const CommandLine& commandLine) {
    if (commandLine.operands.size() != 1) {
        errors_ << "kneetriage-cli build-content: expected one OUT file\n";
        return kUnusableInput;
    }
    const std::optional<KnowledgeBase> kb = loadOrReport(commandLine, errors_);
    if (!kb) {
        return kUnusableInput;
    }
    try {
        buildContentDatabase(*kb, commandLine.operands.front());
    } catch (const std::exception& error) {
        errors_ << error.what() << '\n';
        return kUnusableInput;
    }
    return kSuccess;
}

} // namespace kt::cli
