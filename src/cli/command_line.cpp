#include "command_line.h"

#include "kneetriage/i18n/translation.h"
#include "kneetriage/kb/data_directory.h"
#include "kneetriage/kb/loader.h"
#include "kneetriage/training/calendar.h"
#include "kneetriage/training/training_data.h"

#include <ostream>

namespace kt::cli {

std::string usage() {
    return "Usage:\n"
           "  kneetriage-cli triage [--kb PATH] FILE          triage one answers document (- for "
           "stdin)\n"
           "  kneetriage-cli triage --batch [--kb PATH] [FILE] JSON Lines in, one result per line "
           "out\n"
           "  kneetriage-cli validate [--kb PATH]             check a knowledge base, list every "
           "problem\n"
           "  kneetriage-cli fhir questionnaire [--kb PATH]   the intake as a FHIR R4 "
           "Questionnaire\n"
           "  kneetriage-cli fhir response [--kb PATH] FILE   an answers document as a "
           "QuestionnaireResponse\n"
           "  kneetriage-cli fhir answers [--kb PATH] FILE    a QuestionnaireResponse as an "
           "answers document\n"
           "  kneetriage-cli build-content [--kb PATH] OUT    write the content database\n"
           "  kneetriage-cli translations template --lang L   every text to translate, one JSON "
           "line each\n"
           "  kneetriage-cli translations update --lang L     write data/i18n/L/ keeping current "
           "translations\n"
           "  kneetriage-cli runs import [--history FILE] PATH...\n"
           "                                                  runs from activity files or exports "
           "as JSON\n"
           "                                                  Lines; --history also stores them\n"
           "  kneetriage-cli runs load [--today DATE] [--onset DATE] [--history FILE] [PATH...]\n"
           "                                                  each run against the longest of "
           "the 30 days\n"
           "                                                  before it, weekly totals, the link "
           "to a pain\n"
           "                                                  onset; without PATH the runs "
           "stored in --history\n"
           "  kneetriage-cli plan [--runs RUNS] [--today DATE] [--checked DATE] [--cleared] RESULT "
           "DIARY\n"
           "                                                  the next-run light and the return "
           "plan as JSON\n"
           "  kneetriage-cli clinic (--db FILE | --server CONNINFO) init | patients |\n"
           "                 add-patient REF [--born YEAR] | copy --to (FILE | CONNINFO) |\n"
           "                 import-fhir --patient REF [--kb PATH] FILE... |\n"
           "                 export-csv REF [--kb PATH] | send-unsent\n"
           "                 (--unsent FILE with --server: visits kept while it is down)\n"
           "                                                  a clinic's patients (passphrase "
           "from\n"
           "                                                  KT_CLINIC_PASSPHRASE or standard "
           "input)\n"
           "  kneetriage-cli --help | --version\n"
           "\n"
           "PATH is a knowledge-base data directory (holding kb/ and content/).\n"
           "--lang L (triage, validate, build-content, fhir) gives the texts in language L (en, "
           "de) from\n"
           "PATH/i18n/L/; ids, rules and scores are the same in every language. validate checks\n"
           "every language under PATH/i18n/ (or only L): every text translated, placeholders, "
           "links and\n"
           "numbers intact.\n"
           "Exit status: 0 success, 1 at least one bad input in a batch (a bad line, a bad "
           "activity\n"
           "file), 2 unusable input or knowledge base.\n"
           "KneeTriage suggests likely causes; it does not diagnose. In an emergency call your "
           "local\n"
           "emergency number.\n";
}

namespace {

// What is wrong with a command line whose options belong to another command (or that names no
// command), or nullopt.
std::optional<std::string> misplacedOption(const CommandLine& parsed) {
    if (parsed.command.empty()) {
        return "missing command: expected triage, validate, fhir, build-content, runs or plan";
    }
    if (parsed.batch && parsed.command != "triage") {
        return "--batch belongs to the triage command, not '" + parsed.command + "'";
    }
    if ((parsed.runs || parsed.checked || parsed.cleared) && parsed.command != "plan") {
        return "--runs, --checked and --cleared belong to the plan command, not '" +
               parsed.command + "'";
    }
    if ((parsed.history || parsed.onset) && parsed.command != "runs") {
        return "--history and --onset belong to the runs command, not '" + parsed.command + "'";
    }
    if (parsed.today && parsed.command != "runs" && parsed.command != "plan") {
        return "--today belongs to the runs and plan commands, not '" + parsed.command + "'";
    }
    return std::nullopt;
}

} // namespace

std::variant<CommandLine, std::string> parseCommandLine(const std::vector<std::string>& arguments) {
    CommandLine parsed;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        if (argument == "--kb") {
            if (i + 1 >= arguments.size()) {
                return std::string("--kb needs a PATH to a knowledge-base directory");
            }
            parsed.kb = arguments[++i];
        } else if (argument.starts_with("--kb=")) {
            parsed.kb = argument.substr(5);
        } else if (argument == "--lang" || argument.starts_with("--lang=")) {
            if (argument == "--lang" && i + 1 >= arguments.size()) {
                return std::string("--lang needs a language code such as de");
            }
            const std::string language = argument == "--lang" ? arguments[++i] : argument.substr(7);
            if (!isLanguageCode(language)) {
                return "--lang: expected a language code such as de, found '" + language + "'";
            }
            parsed.language = language;
        } else if (argument == "--history") {
            if (i + 1 >= arguments.size()) {
                return std::string("--history needs the FILE of a history database");
            }
            parsed.history = arguments[++i];
        } else if (argument == "--today" || argument == "--onset" || argument == "--checked") {
            if (i + 1 >= arguments.size() || !parseIsoDate(arguments[i + 1])) {
                return argument + ": expected a date as YYYY-MM-DD, found '" +
                       (i + 1 < arguments.size() ? printable(arguments[i + 1]) : "") + "'";
            }
            const auto day = parseIsoDate(arguments[++i]);
            (argument == "--today"   ? parsed.today
             : argument == "--onset" ? parsed.onset
                                     : parsed.checked) = day;
        } else if (argument == "--runs") {
            if (i + 1 >= arguments.size()) {
                return std::string("--runs needs a FILE of runs (JSON Lines)");
            }
            parsed.runs = arguments[++i];
        } else if (argument == "--cleared") {
            parsed.cleared = true;
        } else if (argument == "--batch") {
            parsed.batch = true;
        } else if (argument == "--help" || argument == "-h" || argument == "--version") {
            parsed.command = argument == "--version" ? "--version" : "--help";
            return parsed;
        } else if (argument.size() > 1 && argument.starts_with('-')) {
            return "unknown option '" + argument + "'";
        } else if (parsed.command.empty()) {
            parsed.command = argument;
        } else {
            parsed.operands.push_back(argument);
        }
    }
    if (const std::optional<std::string> wrong = misplacedOption(parsed)) {
        return *wrong;
    }
    return parsed;
}

std::filesystem::path dataDirectory(const CommandLine& commandLine) {
    if (commandLine.kb) {
        return *commandLine.kb;
    }
    std::error_code error;
    const auto program = std::filesystem::read_symlink("/proc/self/exe", error);
    // Without /proc the relative look-up has nothing to start from; the loader then names the
    // directory it could not read.
    return shippedDataDirectory(error ? std::filesystem::path("kneetriage-cli") : program);
}

std::optional<KnowledgeBase> loadOrReport(const CommandLine& commandLine, std::ostream& errors) {
    LoadOptions options;
    options.language = commandLine.language.value_or(std::string(kSourceLanguage));
    LoadResult loaded = loadKnowledgeBase(dataDirectory(commandLine), options);
    if (auto* problems = std::get_if<Problems>(&loaded)) {
        for (const Problem& problem : *problems) {
            errors << problem.describe() << '\n';
        }
        errors << problems->size() << " problem(s) in the knowledge base "
               << dataDirectory(commandLine).string() << '\n';
        return std::nullopt;
    }
    return std::move(std::get<KnowledgeBase>(loaded));
}

std::optional<TrainingData> loadTrainingOrReport(const CommandLine& commandLine,
                                                 const KnowledgeBase& kb, std::ostream& errors) {
    std::vector<std::string> conditionIds;
    for (const Condition& condition : kb.conditions) {
        conditionIds.push_back(condition.id);
    }
    auto loaded = loadTrainingData(dataDirectory(commandLine), conditionIds,
                                   commandLine.language.value_or(std::string(kSourceLanguage)));
    if (auto* problems = std::get_if<Problems>(&loaded)) {
        for (const Problem& problem : *problems) {
            errors << problem.describe() << '\n';
        }
        errors << problems->size() << " problem(s) in the training rules "
               << (dataDirectory(commandLine) / "training").string() << '\n';
        return std::nullopt;
    }
    return std::move(std::get<TrainingData>(loaded));
}

} // namespace kt::cli
