#include "io/answer_decoding.h"

#include <cmath>

namespace kt {

std::optional<AnswerValue> decodeCode(const Question& question, std::string_view code) {
    if (question.kind == QuestionKind::YesNo && code == "unsure") {
        return AnswerValue{Unsure{}};
    }
    if (const auto index = question.optionIndex(code)) {
        return AnswerValue{OptionIndex{*index}};
    }
    return std::nullopt;
}

std::vector<std::string> acceptedCodes(const Question& question) {
    std::vector<std::string> accepted = question.codes();
    if (question.kind == QuestionKind::YesNo) {
        accepted.emplace_back("unsure");
    }
    return accepted;
}

bool numberFits(const Question& question, double number) {
    return std::isfinite(number) && number >= question.min && number <= question.max &&
           (!question.wholeNumber || std::floor(number) == number);
}

std::string rangeText(const Question& question) {
    return std::to_string(static_cast<long long>(question.min)) + " .. " +
           std::to_string(static_cast<long long>(question.max));
}

} // namespace kt
