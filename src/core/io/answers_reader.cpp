#include "kneetriage/io/answers_reader.h"

#include "io/answer_decoding.h"
#include "io/json_fields.h"
#include "kneetriage/io/did_you_mean.h"

#include <bit>

namespace kt {
namespace {

using nlohmann::json;
using Pointer = json::json_pointer;

constexpr std::string_view kFormat = "kneetriage.answers/1";

std::string shown(const json& value) {
    std::string text = value.dump();
    if (text.size() > 60) {
        text = text.substr(0, 57) + "...";
    }
    return text;
}

// Where an answer is in the document: built into a JSON pointer only when a problem is reported,
// as most documents have none and the pointer would cost more than reading the answer.
struct AnswerPlace {
    std::string_view id;
    std::optional<std::size_t> element; // in an answer that is an array of codes

    [[nodiscard]] Pointer pointer() const {
        const Pointer answer = Pointer("/answers") / std::string(id);
        return element ? answer / *element : answer;
    }
    [[nodiscard]] AnswerPlace at(std::size_t index) const { return {id, index}; }
};

class AnswerReader {
  public:
    AnswerReader(const JsonDocument& document, Problems& problems)
        : document_(document), problems_(problems) {}

    // The answer to `question` held in `value`, or nullopt after recording why it is not one.
    std::optional<AnswerValue> read(const Question& question, const json& value,
                                    const AnswerPlace& at) const {
        if (value.is_null()) {
            return AnswerValue{std::in_place_type<std::monostate>};
        }
        switch (question.kind) {
        case QuestionKind::YesNo:
        case QuestionKind::Choice:
            return code(question, value, at);
        case QuestionKind::Multi:
            return codes(question, value, at);
        case QuestionKind::Number:
            return number(question, value, at);
        }
        return std::nullopt;
    }

  private:
    void problem(const AnswerPlace& at, const Question& question, const json& value,
                 const std::string& expected) const {
        problems_.push_back(document_.problemAt(at.pointer(), "question '" + question.id +
                                                                  "': found " + shown(value) +
                                                                  ", expected " + expected));
    }

    std::optional<AnswerValue> code(const Question& question, const json& value,
                                    const AnswerPlace& at) const {
        if (!value.is_string()) {
            problem(at, question, value, "one of: " + joinedList(acceptedCodes(question)));
            return std::nullopt;
        }
        const auto& text = value.get_ref<const std::string&>();
        if (auto answer = decodeCode(question, text)) {
            return answer;
        }
        const std::vector<std::string> allowed = acceptedCodes(question);
        problem(at, question, value, "one of: " + joinedList(allowed) + didYouMean(text, allowed));
        return std::nullopt;
    }

    std::optional<AnswerValue> codes(const Question& question, const json& value,
                                     const AnswerPlace& at) const {
        if (!value.is_array()) {
            problem(at, question, value, "an array of codes from: " + joinedList(question.codes()));
            return std::nullopt;
        }
        OptionSet set;
        bool valid = true;
        for (std::size_t i = 0; i < value.size(); ++i) {
            const auto chosen = code(question, value[i], at.at(i));
            if (chosen) {
                set.bits |= std::uint64_t{1} << std::get<OptionIndex>(*chosen).index;
            }
            valid = valid && chosen.has_value();
        }
        valid = valid && standsAlone(question, set, value, at);
        return valid ? std::optional<AnswerValue>(set) : std::nullopt;
    }

    // An answer such as "none" contradicts any other code chosen with it: nothing is guessed.
    bool standsAlone(const Question& question, OptionSet set, const json& value,
                     const AnswerPlace& at) const {
        if (std::popcount(set.bits) < 2) {
            return true;
        }
        for (std::size_t i = 0; i < question.options.size(); ++i) {
            if (question.options[i].exclusive && set.contains(i)) {
                problem(at, question, value,
                        "'" + question.options[i].code + "' alone, or other codes without it");
                return false;
            }
        }
        return true;
    }

    std::optional<AnswerValue> number(const Question& question, const json& value,
                                      const AnswerPlace& at) const {
        if (!value.is_number() || !numberFits(question, value.get<double>())) {
            problem(at, question, value,
                    (question.wholeNumber ? "a whole number " : "a number ") + rangeText(question));
            return std::nullopt;
        }
        return AnswerValue{value.get<double>()};
    }

    const JsonDocument& document_;
    Problems& problems_;
};

} // namespace

AnswersResult readAnswers(const KnowledgeBase& kb, const JsonDocument& document) {
    Problems problems;
    JsonFields top(document, document.value, Pointer{}, problems);
    if (!top.isObject()) {
        top.problem(Pointer{}, "found " + describeJsonType(document.value) +
                                   ", expected an answers document object");
        return problems;
    }
    const std::string format = top.requiredString("format");
    if (!format.empty() && format != kFormat) {
        top.problem(top.pointer("format"),
                    "found '" + format + "', expected '" + std::string(kFormat) + "'");
    }
    const json* given = top.object("answers", true);
    Answers answers(kb.questions.size());
    if (given == nullptr) {
        return problems;
    }
    std::vector<std::string> ids;
    const AnswerReader reader(document, problems);
    std::size_t notChecked = 0;
    for (const auto& [id, value] : given->items()) {
        if (problems.size() >= kMaxListedProblems) {
            ++notChecked;
            continue;
        }
        const AnswerPlace at{id, std::nullopt};
        const auto index = kb.findQuestion(id);
        if (!index) {
            if (ids.empty()) {
                for (const Question& question : kb.questions) {
                    ids.push_back(question.id);
                }
            }
            problems.push_back(document.problemAt(
                at.pointer(), "unknown question '" + printable(id) + "'" + didYouMean(id, ids) +
                                  "; expected a question id of the knowledge base"));
            continue;
        }
        if (auto answer = reader.read(kb.questions[*index], value, at)) {
            answers.set(*index, *answer);
        }
    }
    if (notChecked > 0) {
        problems.push_back(Problem{
            document.file, 0, 0, "/answers",
            "and " + std::to_string(notChecked) + " more answers not checked: only the first " +
                std::to_string(kMaxListedProblems) + " problems are listed"});
    }
    if (!problems.empty()) {
        return problems;
    }
    return answers;
}

AnswersResult readAnswersText(const KnowledgeBase& kb, std::string name, std::string text) {
    JsonResult parsed = parseJsonText(std::move(name), std::move(text), {});
    if (auto* problem = std::get_if<Problem>(&parsed)) {
        return Problems{std::move(*problem)};
    }
    return readAnswers(kb, std::get<JsonDocument>(parsed));
}

} // namespace kt
