#include "kneetriage/io/answers_writer.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace kt {

std::string writeAnswersDocument(const KnowledgeBase& kb, const Answers& answers) {
    nlohmann::json given = nlohmann::json::object();
    for (std::size_t i = 0; i < kb.questions.size(); ++i) {
        const Question& question = kb.questions[i];
        const AnswerValue& answer = answers[i];
        if (std::holds_alternative<Unsure>(answer)) {
            given[question.id] = "unsure";
        } else if (const auto* option = std::get_if<OptionIndex>(&answer)) {
            given[question.id] = question.options[option->index].code;
        } else if (const auto* set = std::get_if<OptionSet>(&answer)) {
            nlohmann::json codes = nlohmann::json::array();
            for (std::size_t o = 0; o < question.options.size(); ++o) {
                if (set->contains(o)) {
                    codes.push_back(question.options[o].code);
                }
            }
            given[question.id] = codes;
        } else if (const auto* number = std::get_if<double>(&answer)) {
            if (std::floor(*number) == *number && std::abs(*number) < 1e15) {
                given[question.id] = static_cast<long long>(*number);
            } else {
                given[question.id] = *number;
            }
        }
    }
    return nlohmann::json{{"format", "kneetriage.answers/1"}, {"answers", given}}.dump(2);
}

std::string describeAnswer(const Question& question, const AnswerValue& answer) {
    if (std::holds_alternative<Unsure>(answer)) {
        return "Not sure";
    }
    if (const auto* option = std::get_if<OptionIndex>(&answer)) {
        return question.options[option->index].label;
    }
    if (const auto* set = std::get_if<OptionSet>(&answer)) {
        std::vector<std::string> labels;
        for (std::size_t o = 0; o < question.options.size(); ++o) {
            if (set->contains(o)) {
                labels.push_back(question.options[o].label);
            }
        }
        return labels.empty() ? std::string("None of these") : joinedList(labels);
    }
    if (const auto* number = std::get_if<double>(&answer)) {
        nlohmann::json value = std::floor(*number) == *number
                                   ? nlohmann::json(static_cast<long long>(*number))
                                   : nlohmann::json(*number);
        return value.dump() + (question.unit.empty() ? "" : " " + question.unit);
    }
    return "Not answered";
}

} // namespace kt
