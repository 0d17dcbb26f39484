#include "translations_command.h"

#include "kneetriage/i18n/translation.h"
#include "kneetriage/io/json_document.h"

#include <fstream>
#include <ostream>

namespace kt::cli {
namespace {

struct SourceFile {
    std::vector<TranslatableText> english;
    TranslationRead translation;
};

std::optional<SourceFile> readSource(const std::filesystem::path& directory,
                                     std::string_view language, std::string_view file,
                                     std::ostream& errors) {
    JsonResult source = readJsonFile(directory / std::string(file), JsonLimits{});
    if (const auto* problem = std::get_if<Problem>(&source)) {
        errors << problem->describe() << '\n';
        return std::nullopt;
    }
    return SourceFile{
        translatableTexts(std::get<JsonDocument>(source).value),
        readTranslationFile(translationPath(directory, language, file), language, file)};
}

} // namespace

int TranslationsCommand::execute(const CommandLine& commandLine) {
    const std::string subcommand =
        commandLine.operands.size() == 1 ? commandLine.operands.front() : std::string();
    if ((subcommand != "template" && subcommand != "update") || !commandLine.language ||
        *commandLine.language == kSourceLanguage) {
        errors_ << "kneetriage-cli translations: expected 'template --lang L' or 'update --lang L' "
                   "(L a language other than en, such as de)\n";
        return kUnusableInput;
    }
    return subcommand == "template" ? printTemplate(commandLine) : update(commandLine);
}

int TranslationsCommand::printTemplate(const CommandLine& commandLine) {
    const std::filesystem::path directory = dataDirectory(commandLine);
    for (const std::string_view file : kTranslatedFiles) {
        if (!holdsTranslatedFile(directory, file)) {
            continue;
        }
        const auto source = readSource(directory, *commandLine.language, file, errors_);
        if (!source) {
            return kUnusableInput;
        }
        const nlohmann::ordered_json texts = translationTemplate(
            *commandLine.language, file, source->english, &source->translation.file)["texts"];
        for (const auto& [key, entry] : texts.items()) {
            output_ << nlohmann::ordered_json{{"file", file},
                                              {"key", key},
                                              {"en", entry["en"]},
                                              {"text", entry["text"]}}
                           .dump()
                    << '\n';
        }
    }
    return kSuccess;
}

int TranslationsCommand::update(const CommandLine& commandLine) {
    const std::filesystem::path directory = dataDirectory(commandLine);
    for (const std::string_view file : kTranslatedFiles) {
        if (!holdsTranslatedFile(directory, file)) {
            continue;
        }
        const auto source = readSource(directory, *commandLine.language, file, errors_);
        if (!source) {
            return kUnusableInput;
        }
        const std::filesystem::path path = translationPath(directory, *commandLine.language, file);
        std::filesystem::create_directories(path.parent_path());
        std::ofstream out(path, std::ios::trunc);
        out << translationTemplate(*commandLine.language, file, source->english,
                                   &source->translation.file)
                   .dump(2)
            << '\n';
        if (!out) {
            errors_ << path.string() << ": could not be written\n";
            return kUnusableInput;
        }
    }
    return kSuccess;
}

} // namespace kt::cli
