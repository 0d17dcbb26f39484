#pragma once

#include "kneetriage/io/json_document.h"
#include "kneetriage/io/problem.h"
#include "kneetriage/kb/knowledge_base.h"
#include "kneetriage/measures/measures.h"
#include "kneetriage/store/clinic_store.h"

#include <string>
#include <variant>
#include <vector>

namespace kt {

// A clinic's visits in and out of other systems, the same for the app and the command line.

// A visit from a FHIR QuestionnaireResponse of the intake, triaged with `kb`, dated when the
// response says it was written or else `now` (ISO 8601, UTC; the core reads no clock), with no
// measures and no patient yet. Problems name every part `kb` cannot read; nothing is guessed.
[[nodiscard]] std::variant<Visit, Problems> visitFromFhirResponse(const KnowledgeBase& kb,
                                                                  const JsonDocument& document,
                                                                  const std::string& now);

// A patient's visits as CSV (visitsCsv): date, disposition, leading condition and every scale.
[[nodiscard]] std::string clinicVisitsCsv(const std::vector<Measure>& measures,
                                          const std::string& patient,
                                          const std::vector<Visit>& visits);

} // namespace kt
