#pragma once

#include "kneetriage/engine/answers.h"
#include "kneetriage/io/answers_reader.h"
#include "kneetriage/io/json_document.h"
#include "kneetriage/kb/knowledge_base.h"

#include <nlohmann/json.hpp>
#include <string>

namespace kt {

// FHIR R4 forms of the intake: the knowledge base as a Questionnaire (linkIds are the
// contract's question ids, the flow as enableWhen) and each check as a QuestionnaireResponse.

// The code system of every answer code; one system, codes are unique per question.
inline constexpr std::string_view kFhirAnswerSystem = "urn:kneetriage:answer-code";
// The code for "none of these" on a multi question (its own option where it has one).
inline constexpr std::string_view kNoneCode = "none";

// Throws std::runtime_error naming the question when its place in the flow cannot be said
// with FHIR's flat enableWhen (the shipped knowledge base always can).
[[nodiscard]] nlohmann::json fhirQuestionnaire(const KnowledgeBase& kb);

// `authored` is an ISO 8601 date-time, given by the caller (the core reads no clock).
[[nodiscard]] nlohmann::json fhirQuestionnaireResponse(const KnowledgeBase& kb,
                                                       const Answers& answers,
                                                       const std::string& authored);

// Reads a QuestionnaireResponse back into answers; every foreign or malformed part is a
// problem with its JSON pointer, and nothing is guessed.
// Only a finished response (status completed or amended) to this questionnaire, by its exact
// canonical with or without a version, is read; nested items are refused, not dropped.
[[nodiscard]] AnswersResult answersFromFhirResponse(const KnowledgeBase& kb,
                                                    const JsonDocument& document);

// When the response says it was written (a FHIR dateTime), or "" when it does not say.
[[nodiscard]] std::string fhirAuthored(const JsonDocument& document);

} // namespace kt
