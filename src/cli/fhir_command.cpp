#include "fhir_command.h"

#include "kneetriage/fhir/fhir.h"
#include "kneetriage/io/answers_writer.h"
#include "utc_now.h"

#include <iostream>
#include <iterator>

namespace kt::cli {
namespace {

constexpr JsonLimits kDocumentLimits{.maxBytes = 4U * 1024U * 1024U, .maxDepth = 32};

} // namespace

int FhirCommand::execute(const CommandLine& commandLine) {
    const std::string what =
        commandLine.operands.empty() ? std::string() : commandLine.operands.front();
    const bool wantsFile = what == "response" || what == "answers";
    if (!(what == "questionnaire" && commandLine.operands.size() == 1) &&
        !(wantsFile && commandLine.operands.size() == 2)) {
        errors_
            << "kneetriage-cli fhir: expected 'questionnaire', 'response FILE' or 'answers FILE'\n";
        return kUnusableInput;
    }
    const std::optional<KnowledgeBase> kb = loadOrReport(commandLine, errors_);
    if (!kb) {
        return kUnusableInput;
    }
    if (what == "questionnaire") {
        output_ << fhirQuestionnaire(*kb).dump(2) << '\n';
        return kSuccess;
    }
    const std::string file = commandLine.operands[1];
    JsonResult parsed = file == "-" ? readJsonStream("<stdin>", input_, kDocumentLimits)
                                    : readJsonFile(file, kDocumentLimits);
    if (const auto* problem = std::get_if<Problem>(&parsed)) {
        errors_ << problem->describe() << '\n';
        return kUnusableInput;
    }
    const JsonDocument& document = std::get<JsonDocument>(parsed);
    const AnswersResult answers =
        what == "response" ? readAnswers(*kb, document) : answersFromFhirResponse(*kb, document);
    if (const auto* problems = std::get_if<Problems>(&answers)) {
        for (const Problem& problem : *problems) {
            errors_ << problem.describe() << '\n';
        }
        return kUnusableInput;
    }
    if (what == "response") {
        output_ << fhirQuestionnaireResponse(*kb, std::get<Answers>(answers), utcNow()).dump(2)
                << '\n';
    } else {
        output_ << writeAnswersDocument(*kb, std::get<Answers>(answers)) << '\n';
    }
    return kSuccess;
}

} // namespace kt::cli
