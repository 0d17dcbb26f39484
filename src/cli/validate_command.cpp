#include "validate_command.h"

#include "kneetriage/measures/measures.h"

#include <filesystem>
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
    const auto measuresDirectory = dataDirectory(commandLine) / "measures";
    std::size_t measureCount = 0;
    if (std::filesystem::is_directory(measuresDirectory)) {
        MeasuresResult measures = loadMeasures(measuresDirectory, *kb);
        if (const auto* problems = std::get_if<Problems>(&measures)) {
            for (const Problem& problem : *problems) {
                errors_ << problem.describe() << '\n';
            }
            errors_ << problems->size() << " problem(s) in the measures "
                    << measuresDirectory.string() << '\n';
            return kUnusableInput;
        }
        measureCount = std::get<std::vector<Measure>>(measures).size();
    }
    output_ << dataDirectory(commandLine).string() << ": knowledge base '" << kb->id << "' version "
            << kb->version << " is valid: " << kb->questions.size() << " questions, "
            << kb->warningSigns.size() << " red flags, " << kb->conditions.size() << " conditions, "
            << kb->exercises.size() << " exercises, " << kb->advice.size() << " advice, "
            << measureCount << " outcome measures\n";
    return kSuccess;
}

} // namespace kt::cli
