#include "io/answer_decoding.h"
#include "io/json_fields.h"
#include "kneetriage/fhir/fhir.h"
#include "kneetriage/io/did_you_mean.h"

#include <cmath>
#include <optional>
#include <regex>

namespace kt {
namespace {

using nlohmann::json;
using Pointer = json::json_pointer;

json answerCoding(const std::string& code, const std::string& display) {
    return {{"valueCoding", {{"system", kFhirAnswerSystem}, {"code", code}, {"display", display}}}};
}

// A number answer (valueInteger or valueDecimal, as the question wants), in its range.
std::optional<double> numberAnswer(JsonFields& item, const Question& question, const json& value,
                                   const Pointer& at) {
    const char* key = question.wholeNumber ? "valueInteger" : "valueDecimal";
    const auto found = value.find(key);
    if (!value.is_object() || found == value.end() || !found->is_number()) {
        item.problem(at, "question '" + question.id + "': expected " + key);
        return std::nullopt;
    }
    const double number = found->get<double>();
    if (!numberFits(question, number)) {
        item.problem(at / key, "question '" + question.id + "': " + found->dump() + " is outside " +
                                   rangeText(question));
        return std::nullopt;
    }
    return number;
}

// The code of a valueCoding answer in our answer-code system.
std::optional<std::string> answerCode(JsonFields& item, const Question& question, const json& value,
                                      const Pointer& at) {
    const json* coding =
        value.is_object() && value.contains("valueCoding") ? &value["valueCoding"] : nullptr;
    if (coding == nullptr || !coding->is_object() || !coding->contains("code") ||
        !(*coding)["code"].is_string()) {
        item.problem(at, "question '" + question.id + "': expected valueCoding with a code");
        return std::nullopt;
    }
    const auto foundSystem = coding->find("system");
    if (foundSystem != coding->end() && !foundSystem->is_string()) {
        item.problem(at / "valueCoding" / "system",
                     "found " + describeJsonType(*foundSystem) + ", expected a string (a URI)");
        return std::nullopt;
    }
    const std::string system = foundSystem != coding->end() ? foundSystem->get<std::string>()
                                                            : std::string(kFhirAnswerSystem);
    if (system != kFhirAnswerSystem) {
        item.problem(at / "valueCoding" / "system", "found system '" + system + "', expected '" +
                                                        std::string(kFhirAnswerSystem) + "'");
        return std::nullopt;
    }
    return (*coding)["code"].get<std::string>();
}

// The answers of one item to `question`, into `answers`; each problem with its place.
void readItemAnswers(JsonFields& item, const Question& question, std::size_t index,
                     const json& values, Answers& answers) {
    if (question.kind != QuestionKind::Multi && values.size() > 1) {
        item.problem(item.pointer("answer"), "question '" + question.id +
                                                 "' takes one answer, found " +
                                                 std::to_string(values.size()));
        return;
    }
    OptionSet set;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const Pointer at = item.pointer("answer") / i;
        const json& value = values[i];
        if (value.is_object() && value.contains("item")) {
            // Our questionnaire nests nothing under an answer: dropping such items unread
            // would lose answers without a word.
            item.problem(at / "item", "question '" + question.id +
                                          "': found items nested under an answer, which this "
                                          "questionnaire does not have");
            continue;
        }
        if (question.kind == QuestionKind::Number) {
            if (const auto number = numberAnswer(item, question, value, at)) {
                answers.set(index, *number);
            }
            continue;
        }
        const auto found = answerCode(item, question, value, at);
        if (!found) {
            continue;
        }
        const std::string& code = *found;
        if (question.kind == QuestionKind::Multi && code == kNoneCode &&
            !question.optionIndex(kNoneCode)) {
            answers.set(index, set);
            continue;
        }
        const auto decoded = decodeCode(question, code);
        if (!decoded) {
            item.problem(at / "valueCoding" / "code",
                         "question '" + question.id + "': unknown code '" + code + "'" +
                             didYouMean(code, acceptedCodes(question)) +
                             "; expected one of: " + joinedList(acceptedCodes(question)));
            continue;
        }
        if (std::holds_alternative<Unsure>(*decoded)) {
            answers.set(index, *decoded);
            continue;
        }
        const std::size_t option = std::get<OptionIndex>(*decoded).index;
        if (question.kind == QuestionKind::Multi) {
            set.bits |= std::uint64_t{1} << option;
            answers.set(index, set);
        } else {
            answers.set(index, *decoded);
        }
    }
}

} // namespace

json fhirQuestionnaireResponse(const KnowledgeBase& kb, const Answers& answers,
                               const std::string& authored) {
    json items = json::array();
    for (std::size_t index = 0; index < kb.questions.size(); ++index) {
        const Question& question = kb.questions[index];
        const AnswerValue& answer = answers[index];
        json values = json::array();
        if (std::holds_alternative<Unsure>(answer)) {
            values.push_back(answerCoding("unsure", "Not sure"));
        } else if (const auto* option = std::get_if<OptionIndex>(&answer)) {
            values.push_back(answerCoding(question.options[option->index].code,
                                          question.options[option->index].label));
        } else if (const auto* set = std::get_if<OptionSet>(&answer)) {
            for (std::size_t o = 0; o < question.options.size(); ++o) {
                if (set->contains(o)) {
                    values.push_back(
                        answerCoding(question.options[o].code, question.options[o].label));
                }
            }
            if (values.empty()) {
                // A question with its own "none" option says so with it; the others get ours.
                const auto own = question.optionIndex(kNoneCode);
                values.push_back(answerCoding(
                    std::string(kNoneCode), own ? question.options[*own].label : "None of these"));
            }
        } else if (const auto* number = std::get_if<double>(&answer)) {
            values.push_back(question.wholeNumber
                                 ? json{{"valueInteger", static_cast<long long>(*number)}}
                                 : json{{"valueDecimal", *number}});
        } else {
            continue;
        }
        items.push_back({{"linkId", question.id}, {"text", question.text}, {"answer", values}});
    }
    return {{"resourceType", "QuestionnaireResponse"},
            {"questionnaire", "urn:kneetriage:questionnaire:" + kb.id + "|" + kb.version},
            {"status", "completed"},
            {"authored", authored},
            {"item", items}};
}

namespace {

// FHIR's dateTime: a year, a month, a day, or a time of day with its time zone.
bool isFhirDateTime(const std::string& text) {
    static const std::regex kDateTime(
        R"(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60))"
        R"((\.\d{1,9})?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00)))?)?)?)");
    return std::regex_match(text, kDateTime);
}

// The questionnaire it answers: ours exactly, with or without a version.
bool answersOurQuestionnaire(const KnowledgeBase& kb, const std::string& questionnaire) {
    const std::string ours = "urn:kneetriage:questionnaire:" + kb.id;
    return questionnaire == ours || questionnaire.rfind(ours + "|", 0) == 0;
}

bool isFinished(JsonFields& top) {
    const std::string status = top.requiredString("status");
    if (status.empty() || status == "completed" || status == "amended") {
        return !status.empty();
    }
    top.problem(top.pointer("status"),
                "found status '" + printable(status) +
                    "', expected 'completed' or 'amended' (a finished intake)");
    return false;
}

// Is this a finished QuestionnaireResponse to our questionnaire? Records why not.
bool isOurResponse(const KnowledgeBase& kb, const JsonDocument& document, JsonFields& top) {
    if (!top.isObject()) {
        top.problem(Pointer{}, "found " + describeJsonType(document.value) +
                                   ", expected a FHIR QuestionnaireResponse");
        return false;
    }
    const std::string type = top.requiredString("resourceType");
    if (!type.empty() && type != "QuestionnaireResponse") {
        top.problem(top.pointer("resourceType"),
                    "found '" + printable(type) + "', expected 'QuestionnaireResponse'");
        return false;
    }
    const std::string questionnaire = top.requiredString("questionnaire");
    if (!questionnaire.empty() && !answersOurQuestionnaire(kb, questionnaire)) {
        top.problem(top.pointer("questionnaire"),
                    "found '" + printable(questionnaire) +
                        "', expected a response to 'urn:kneetriage:questionnaire:" + kb.id +
                        "' (a KneeTriage intake)");
        return false;
    }
    const std::string authored = top.optionalString("authored");
    if (!authored.empty() && !isFhirDateTime(authored)) {
        top.problem(top.pointer("authored"), "found '" + printable(authored) +
                                                 "', expected a FHIR dateTime such as "
                                                 "2026-11-30T09:15:00Z");
    }
    return isFinished(top) && !questionnaire.empty();
}

} // namespace

AnswersResult answersFromFhirResponse(const KnowledgeBase& kb, const JsonDocument& document) {
    Problems problems;
    JsonFields top(document, document.value, Pointer{}, problems);
    if (!isOurResponse(kb, document, top) || !problems.empty()) {
        return problems;
    }
    Answers answers(kb.questions.size());
    const json* items = top.array("item", false);
    if (items == nullptr) {
        return problems.empty() ? AnswersResult(answers) : AnswersResult(problems);
    }
    std::vector<std::string> ids;
    for (const Question& question : kb.questions) {
        ids.push_back(question.id);
    }
    std::vector<bool> seen(kb.questions.size(), false);
    forEachObject(document, *items, Pointer("/item"), problems, [&](JsonFields& item) {
        const std::string linkId = item.requiredString("linkId");
        const auto index = kb.findQuestion(linkId);
        if (!index) {
            if (!linkId.empty()) {
                item.problem(item.pointer("linkId"),
                             "unknown question '" + linkId + "'" + didYouMean(linkId, ids));
            }
            return;
        }
        // A second item for the same question would silently replace the first: nothing is guessed.
        if (seen[*index]) {
            item.problem(item.pointer("linkId"),
                         "question '" + linkId +
                             "' is answered twice; expected one item per question");
            return;
        }
        seen[*index] = true;
        const Question& question = kb.questions[*index];
        if (item.member("item") != nullptr) {
            item.problem(item.pointer("item"), "question '" + linkId +
                                                   "': found nested items, which this "
                                                   "questionnaire does not have");
        }
        // An item without an answer leaves its question unanswered, as FHIR allows.
        const json* values = item.array("answer", false);
        if (values == nullptr || values->empty()) {
            return;
        }
        readItemAnswers(item, question, *index, *values, answers);
    });
    if (!problems.empty()) {
        return problems;
    }
    return answers;
}

} // namespace kt

namespace kt {

std::string fhirAuthored(const JsonDocument& document) {
    const auto found =
        document.value.is_object() ? document.value.find("authored") : document.value.end();
    return document.value.is_object() && found != document.value.end() && found->is_string() &&
                   isFhirDateTime(found->get<std::string>())
               ? found->get<std::string>()
               : std::string();
}

} // namespace kt
