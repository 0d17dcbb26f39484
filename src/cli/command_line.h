#pragma once

#include "kneetriage/kb/knowledge_base.h"
#include "kneetriage/training/training_data.h"

#include <chrono>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kt::cli {

// Exit statuses of contract §6.
enum ExitStatus : int {
    kSuccess = 0,
    kBadInputInBatch = 1,
    kUnusableInput = 2,
};

struct CommandLine {
    std::string command;
    std::optional<std::filesystem::path> kb;
    bool batch = false;
    std::optional<std::string> language;          // --lang: the language of the texts
    std::optional<std::filesystem::path> history; // runs import|load --history FILE
    std::optional<std::chrono::sys_days> today;   // runs load, plan --today YYYY-MM-DD
    std::optional<std::chrono::sys_days> onset;   // runs load --onset YYYY-MM-DD
    std::optional<std::filesystem::path> runs;    // plan --runs FILE
    std::optional<std::chrono::sys_days> checked; // plan --checked YYYY-MM-DD
    bool cleared = false;                         // plan --cleared
    std::vector<std::string> operands;
};

// The parsed command line, or a message saying what was wrong with it.
[[nodiscard]] std::variant<CommandLine, std::string>
parseCommandLine(const std::vector<std::string>& arguments);

[[nodiscard]] std::string usage();

// --kb if given; else the data shipped with the program, found relative to it.
[[nodiscard]] std::filesystem::path dataDirectory(const CommandLine& commandLine);

// Loads the knowledge base, printing every problem to `errors` when it is unusable.
[[nodiscard]] std::optional<KnowledgeBase> loadOrReport(const CommandLine& commandLine,
                                                        std::ostream& errors);

// The training rules and plans of the data directory (checked against `kb`'s conditions),
// printing every problem to `errors` when they are unusable.
[[nodiscard]] std::optional<TrainingData>
loadTrainingOrReport(const CommandLine& commandLine, const KnowledgeBase& kb, std::ostream& errors);

} // namespace kt::cli
