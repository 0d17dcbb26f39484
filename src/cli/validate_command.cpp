#include "validate_command.h"

#include "kneetriage/i18n/emergency_numbers.h"
#include "kneetriage/i18n/translation.h"
#include "kneetriage/measures/measures.h"

#include <filesystem>
#include <ostream>

namespace kt::cli {

// Every language under i18n/ (or the one asked for) and the emergency numbers: a text left
// untranslated, stale, or with a placeholder, link or number changed is a problem.
bool ValidateCommand::translationsValid(const CommandLine& commandLine) {
    const auto directory = dataDirectory(commandLine);
    std::vector<std::string> languages = translationLanguages(directory);
    if (commandLine.language && *commandLine.language != kSourceLanguage) {
        languages = {*commandLine.language};
    }
    bool valid = true;
    for (const std::string& language : languages) {
        const TranslationReport report = checkTranslations(directory, language);
        for (const Problem& problem : report.problems) {
            errors_ << problem.describe() << '\n';
        }
        if (!report.problems.empty()) {
            errors_ << report.problems.size() << " problem(s) in the '" << language
                    << "' translation: " << report.translated << " of " << report.texts
                    << " texts translated\n";
            valid = false;
        } else {
            output_ << language << ": all " << report.texts << " texts translated\n";
        }
    }
    if (std::filesystem::exists(emergencyNumbersPath(directory))) {
        const auto numbers = loadEmergencyNumbers(emergencyNumbersPath(directory));
        if (const auto* problems = std::get_if<Problems>(&numbers)) {
            for (const Problem& problem : *problems) {
                errors_ << problem.describe() << '\n';
            }
            valid = false;
        }
    }
    return valid;
}

int ValidateCommand::execute(const CommandLine& commandLine) {
    if (!commandLine.operands.empty()) {
        errors_ << "kneetriage-cli validate: unexpected '" << commandLine.operands.front()
                << "'; expected only [--kb PATH] [--lang L]\n";
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
    // The training rules are part of the shipped data; a clinic's own knowledge base may go
    // without them.
    if (std::filesystem::is_directory(dataDirectory(commandLine) / "training") &&
        !loadTrainingOrReport(commandLine, *kb, errors_)) {
        return kUnusableInput;
    }
    if (!translationsValid(commandLine)) {
        return kUnusableInput;
    }
    output_ << dataDirectory(commandLine).string() << ": knowledge base '" << kb->id << "' version "
            << kb->version << " is valid: " << kb->questions.size() << " questions, "
            << kb->warningSigns.size() << " red flags, " << kb->conditions.size() << " conditions, "
            << kb->exercises.size() << " exercises, " << kb->advice.size() << " advice, "
            << measureCount << " outcome measures\n";
    return kSuccess;
}

} // namespace kt::cli
