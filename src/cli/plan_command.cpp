#include "plan_command.h"

#include "kneetriage/io/input_file.h"
#include "kneetriage/io/json_document.h"
#include "kneetriage/io/result_reader.h"
#include "kneetriage/runs/run_lines.h"
#include "kneetriage/training/diary_reader.h"
#include "kneetriage/training/plan_json.h"

#include <ctime>
#include <filesystem>
#include <ostream>
#include <sys/stat.h>

namespace kt::cli {
namespace {

constexpr JsonLimits kDocumentLimits{.maxBytes = 1024U * 1024U, .maxDepth = 16};
constexpr std::size_t kMaxRunsBytes = 64U * 1024U * 1024U;

// The local calendar day of a moment: only here, at the edge, does the program read a clock.
std::chrono::sys_days localDay(std::time_t moment) {
    std::tm local{};
    localtime_r(&moment, &local);
    return std::chrono::sys_days(
        std::chrono::year_month_day(std::chrono::year(local.tm_year + 1900),
                                    std::chrono::month(static_cast<unsigned>(local.tm_mon + 1)),
                                    std::chrono::day(static_cast<unsigned>(local.tm_mday))));
}

template <typename Value, typename Read>
std::optional<Value> readDocument(const std::string& file, Read&& read, std::ostream& errors) {
    JsonResult parsed = readJsonFile(file, kDocumentLimits);
    if (auto* problem = std::get_if<Problem>(&parsed)) {
        errors << problem->describe() << '\n';
        return std::nullopt;
    }
    auto value = read(std::get<JsonDocument>(parsed));
    if (auto* problems = std::get_if<Problems>(&value)) {
        for (const Problem& problem : *problems) {
            errors << problem.describe() << '\n';
        }
        return std::nullopt;
    }
    return std::move(std::get<Value>(value));
}

std::optional<std::vector<Run>> readRuns(const std::filesystem::path& file, std::ostream& errors) {
    auto text = readInputFile(file, kMaxRunsBytes, "a JSON Lines file of runs");
    if (auto* problem = std::get_if<Problem>(&text)) {
        errors << problem->describe() << '\n';
        return std::nullopt;
    }
    auto runs = readRunLines(file.string(), std::get<std::string>(text));
    if (auto* problems = std::get_if<Problems>(&runs)) {
        for (const Problem& problem : *problems) {
            errors << problem.describe() << '\n';
        }
        return std::nullopt;
    }
    return std::move(std::get<std::vector<Run>>(runs));
}

// When the result file was last written, as the day of the check when --checked is not given.
std::chrono::sys_days fileDay(const std::string& file, std::chrono::sys_days fallback) {
    struct stat status {};
    return ::stat(file.c_str(), &status) == 0 ? localDay(status.st_mtime) : fallback;
}

} // namespace

int PlanCommand::execute(const CommandLine& commandLine) {
    if (commandLine.operands.size() != 2) {
        errors_ << "kneetriage-cli plan: expected RESULT and DIARY\n" << usage();
        return kUnusableInput;
    }
    const std::string& resultFile = commandLine.operands[0];
    const std::string& diaryFile = commandLine.operands[1];
    const std::chrono::sys_days now = localDay(std::time(nullptr));
    const std::chrono::sys_days today = commandLine.today.value_or(now);
    const std::chrono::sys_days checked = commandLine.checked.value_or(fileDay(resultFile, now));
    const std::optional<KnowledgeBase> kb = loadOrReport(commandLine, errors_);
    if (!kb) {
        return kUnusableInput;
    }
    const std::optional<TrainingData> data = loadTrainingOrReport(commandLine, *kb, errors_);
    auto check = readDocument<SavedResult>(resultFile, readResultDocument, errors_);
    auto diary = readDocument<std::vector<DiaryEntry>>(diaryFile, readDiaryDocument, errors_);
    std::optional<std::vector<Run>> runs;
    const bool runsRead = !commandLine.runs || (runs = readRuns(*commandLine.runs, errors_));
    if (!data || !check || !diary || !runsRead) {
        return kUnusableInput;
    }
    NextRunInputs inputs{std::move(check),  checked, std::move(runs),
                         std::move(*diary), today,   commandLine.cleared};
    output_ << planJson(adviseTraining(*data, inputs), today, checked) << '\n';
    return kSuccess;
}

} // namespace kt::cli
