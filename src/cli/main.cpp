#include "build_content_command.h"
#include "clinic_command.h"
#include "command_line.h"
#include "fhir_command.h"
#include "plan_command.h"
#include "runs_command.h"
#include "translations_command.h"
#include "triage_command.h"
#include "validate_command.h"

#include <iostream>

int main(int argc, char** argv) {
    using namespace kt::cli;
    std::ios::sync_with_stdio(false);
    const std::vector<std::string> arguments(argv + 1, argv + argc);
    // The clinic command reads its own options (--db, --server, --born).
    if (!arguments.empty() && arguments.front() == "clinic") {
        return ClinicCommand(std::cin, std::cout, std::cerr)
            .execute({arguments.begin() + 1, arguments.end()});
    }
    auto parsed = parseCommandLine(arguments);
    if (auto* error = std::get_if<std::string>(&parsed)) {
        std::cerr << "kneetriage-cli: " << *error << "\n\n" << usage();
        return kUnusableInput;
    }
    const CommandLine& commandLine = std::get<CommandLine>(parsed);
    try {
        if (commandLine.command == "--help") {
            std::cout << usage();
            return kSuccess;
        }
        if (commandLine.command == "--version") {
            std::cout << "kneetriage-cli " << KT_VERSION << '\n';
            return kSuccess;
        }
        if (commandLine.command == "triage") {
            return TriageCommand(std::cin, std::cout, std::cerr).execute(commandLine);
        }
        if (commandLine.command == "validate") {
            return ValidateCommand(std::cout, std::cerr).execute(commandLine);
        }
        if (commandLine.command == "fhir") {
            return FhirCommand(std::cin, std::cout, std::cerr).execute(commandLine);
        }
        if (commandLine.command == "translations") {
            return TranslationsCommand(std::cout, std::cerr).execute(commandLine);
        }
        if (commandLine.command == "runs") {
            return RunsCommand(std::cout, std::cerr).execute(commandLine);
        }
        if (commandLine.command == "plan") {
            return PlanCommand(std::cout, std::cerr).execute(commandLine);
        }
        if (commandLine.command == "build-content") {
            return BuildContentCommand(std::cerr).execute(commandLine);
        }
    } catch (const std::exception& error) {
        // Every expected failure is reported where it happens; this is the last line of defence.
        std::cerr << "kneetriage-cli: " << error.what() << '\n';
        return kUnusableInput;
    }
    std::cerr << "kneetriage-cli: unknown command '" << commandLine.command << "'\n\n" << usage();
    return kUnusableInput;
}
