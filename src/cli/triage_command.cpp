#include "triage_command.h"

#include "kneetriage/io/batch.h"
#include "kneetriage/io/input_file.h"
#include "kneetriage/io/json_document.h"

#include <iostream>
#include <sstream>

namespace kt::cli {
namespace {

constexpr std::size_t kMaxDocumentBytes = 1024U * 1024U;

} // namespace

int TriageCommand::execute(const CommandLine& commandLine) {
    if (commandLine.operands.size() > 1 || (!commandLine.batch && commandLine.operands.empty())) {
        errors_ << "kneetriage-cli triage: expected one FILE (or - for standard input)\n"
                << usage();
        return kUnusableInput;
    }
    const std::string file = commandLine.operands.empty() ? "-" : commandLine.operands.front();
    const std::optional<KnowledgeBase> kb = loadOrReport(commandLine, errors_);
    if (!kb) {
        return kUnusableInput;
    }
    return commandLine.batch ? triageBatch(*kb, file) : triageOne(*kb, file);
}

int TriageCommand::triageOne(const KnowledgeBase& kb, const std::string& file) {
    std::string text;
    std::string name = file;
    if (file == "-") {
        name = "<stdin>";
        text = readBoundedText(input_, kMaxDocumentBytes);
    } else {
        JsonResult checked =
            readJsonFile(file, JsonLimits{.maxBytes = kMaxDocumentBytes, .maxDepth = 16});
        if (auto* problem = std::get_if<Problem>(&checked)) {
            errors_ << problem->describe() << '\n';
            return kUnusableInput;
        }
        text = std::move(std::get<JsonDocument>(checked).text);
    }
    auto result = triageDocument(kb, name, std::move(text));
    if (auto* problems = std::get_if<Problems>(&result)) {
        for (const Problem& problem : *problems) {
            errors_ << problem.describe() << '\n';
        }
        return kUnusableInput;
    }
    output_ << std::get<std::string>(result) << '\n';
    return kSuccess;
}

int TriageCommand::triageBatch(const KnowledgeBase& kb, const std::string& file) {
    BatchSummary summary;
    if (file == "-") {
        summary = kt::triageBatch(kb, input_, "<stdin>", output_, errors_);
    } else {
        auto opened = InputFile::open(file, "a JSON Lines file");
        if (const auto* problem = std::get_if<Problem>(&opened)) {
            errors_ << problem->describe() << '\n';
            return kUnusableInput;
        }
        InputFileBuffer buffer(std::get<InputFile>(opened));
        std::istream stream(&buffer);
        summary = kt::triageBatch(kb, stream, file, output_, errors_);
    }
    if (summary.failed > 0) {
        errors_ << summary.failed << " of " << summary.cases << " line(s) could not be triaged\n";
        return kBadInputInBatch;
    }
    return kSuccess;
}

} // namespace kt::cli
