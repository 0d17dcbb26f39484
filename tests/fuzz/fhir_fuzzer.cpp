// libFuzzer target: any bytes as a FHIR QuestionnaireResponse being imported as a visit.
// A response either reads back to answers that survive a write-and-read round trip, or is
// refused with problems that say where.
#include "kneetriage/fhir/fhir.h"
#include "kneetriage/io/answers_writer.h"
#include "shipped_kb.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const kt::KnowledgeBase& kb = shippedKnowledgeBase();
    kt::JsonResult parsed =
        kt::parseJsonText("fuzz", std::string(reinterpret_cast<const char*>(data), size), {});
    if (std::holds_alternative<kt::Problem>(parsed)) {
        return 0;
    }
    const kt::AnswersResult answers =
        kt::answersFromFhirResponse(kb, std::get<kt::JsonDocument>(parsed));
    if (const auto* problems = std::get_if<kt::Problems>(&answers)) {
        if (problems->empty()) {
            std::abort();
        }
        return 0;
    }
    const auto response =
        kt::fhirQuestionnaireResponse(kb, std::get<kt::Answers>(answers), "2026-11-27T00:00:00Z");
    kt::JsonResult again = kt::parseJsonText("again", response.dump(), {});
    const kt::AnswersResult back =
        kt::answersFromFhirResponse(kb, std::get<kt::JsonDocument>(again));
    if (!std::holds_alternative<kt::Answers>(back) ||
        std::get<kt::Answers>(back) != std::get<kt::Answers>(answers)) {
        std::abort();
    }
    return 0;
}
