#include "kneetriage/store/clinic_exchange.h"

#include "kneetriage/engine/triage.h"
#include "kneetriage/fhir/fhir.h"

namespace kt {

std::variant<Visit, Problems> visitFromFhirResponse(const KnowledgeBase& kb,
                                                    const JsonDocument& document,
                                                    const std::string& now) {
    AnswersResult answers = answersFromFhirResponse(kb, document);
    if (auto* problems = std::get_if<Problems>(&answers)) {
        return std::move(*problems);
    }
    const Answers& given = std::get<Answers>(answers);
    const std::string authored = fhirAuthored(document);
    Visit visit;
    static_cast<CheckRecord&>(visit) =
        makeCheckRecord(kb, given, triage(kb, given), authored.empty() ? now : authored);
    visit.measuresJson = "{}";
    return visit;
}

std::string clinicVisitsCsv(const std::vector<Measure>& measures, const std::string& patient,
                            const std::vector<Visit>& visits) {
    std::vector<VisitRow> rows;
    for (const Visit& visit : visits) {
        rows.push_back({visit.createdAt, visit.disposition, visit.topCondition,
                        nlohmann::json::parse(visit.measuresJson, nullptr, false)});
    }
    return visitsCsv(measures, patient, rows);
}

} // namespace kt
