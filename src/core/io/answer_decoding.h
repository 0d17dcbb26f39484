#pragma once

#include "kneetriage/engine/answers.h"
#include "kneetriage/kb/knowledge_base.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kt {

// How one answer value is read against its question, shared by every document that carries
// answers (the answers document and a FHIR QuestionnaireResponse), so that both accept the same
// answers. Each reader keeps its own wording for what it refuses.

// The answer a code gives: the option it names, or Unsure for "unsure" to a yes/no question;
// nullopt when the question takes no such code.
[[nodiscard]] std::optional<AnswerValue> decodeCode(const Question& question,
                                                    std::string_view code);

// The codes `question` takes, "unsure" included for a yes/no question: for messages.
[[nodiscard]] std::vector<std::string> acceptedCodes(const Question& question);

// Is `number` an answer to the number question: finite, in its range, whole where it asks?
[[nodiscard]] bool numberFits(const Question& question, double number);

// "min .. max" of a number question, for messages.
[[nodiscard]] std::string rangeText(const Question& question);

} // namespace kt
