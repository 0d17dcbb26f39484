// The flow: which question follows which, on which answer, and which questions are retired.
#include "kb/loader_steps.h"
#include "kb/rule_parser.h"
#include "kneetriage/io/did_you_mean.h"

namespace kt {

namespace {

constexpr std::string_view kEndTarget = "end";

} // namespace

void Loader::readFlow(const JsonDocument& document) {
    const RuleParser rules(kb_, problems_);
    revisit(document, kb_.questions, questionElements_,
            [&](Question& question, JsonFields& fields) {
                if (const json* askIf = fields.member("ask_if")) {
                    question.askIf = rules.parse(document, *askIf, fields.pointer("ask_if"));
                }
                if (fields.member("replaced_by") != nullptr) {
                    readReplacedBy(fields, question);
                    return;
                }
                const json* next = fields.member("next");
                if (next == nullptr) {
                    fields.problem(
                        fields.pointer(),
                        "missing member \"next\"; expected a question id, \"end\" or branches");
                    return;
                }
                readNext(fields, question, *next);
            });
}

// A retired question is outside the flow: it names the yes/no questions that took its place.
void Loader::readReplacedBy(JsonFields& fields, Question& question) {
    if (question.kind != QuestionKind::YesNo || fields.member("next") != nullptr ||
        question.askIf) {
        fields.problem(fields.pointer(),
                       "retired question '" + question.id +
                           "' must be yesno with no \"next\" or \"ask_if\"; expected it "
                           "outside the flow");
    }
    const std::vector<std::string> ids = fields.stringList("replaced_by", true);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const Pointer at = fields.pointer("replaced_by") / i;
        const auto index = kb_.findQuestion(ids[i]);
        if (!index || kb_.questions[*index].kind != QuestionKind::YesNo ||
            *index == questionIndexOf(question)) {
            fields.problem(at, "'" + ids[i] +
                                   "' is not another yesno question; expected the id of one");
            continue;
        }
        question.replacedBy.push_back(*index);
    }
    if (question.replacedBy.empty() && ids.empty()) {
        fields.problem(fields.pointer("replaced_by"),
                       "found no ids; expected the questions that replace it");
    }
}

std::size_t Loader::questionIndexOf(const Question& question) const {
    return static_cast<std::size_t>(&question - kb_.questions.data());
}

std::optional<std::size_t> Loader::target(const JsonFields& fields, const Pointer& at,
                                          const json& value) {
    if (!value.is_string()) {
        fields.problem(at,
                       "found " + describeJsonType(value) + ", expected a question id or \"end\"");
        return std::nullopt;
    }
    const auto& id = value.get_ref<const std::string&>();
    if (id == kEndTarget) {
        return kEndOfFlow;
    }
    if (const auto index = kb_.findQuestion(id)) {
        return index;
    }
    std::vector<std::string> ids{std::string(kEndTarget)};
    for (const Question& question : kb_.questions) {
        ids.push_back(question.id);
    }
    fields.problem(at, "unknown question '" + id + "'" + didYouMean(id, ids) +
                           "; expected a question id or \"end\"");
    return std::nullopt;
}

void Loader::readNext(JsonFields& fields, Question& question, const json& next) {
    const Pointer at = fields.pointer("next");
    if (next.is_string()) {
        const auto to = target(fields, at, next);
        if (to) {
            question.next.byOption.assign(question.options.size(), *to);
            question.next.answered = *to;
            question.next.unknown = *to;
        }
        return;
    }
    if (!next.is_object()) {
        fields.problem(at, "found " + describeJsonType(next) +
                               ", expected a question id, \"end\" or branches");
        return;
    }
    JsonFields branches(fields.document(), next, at, problems_);
    branches.allowOnly({"on", "else", "unknown"});
    if (question.kind == QuestionKind::Multi || question.kind == QuestionKind::Number) {
        fields.problem(
            at, "a " + std::string(kindName(question.kind)) +
                    " question cannot branch on its answer; expected a question id or \"end\"");
        return;
    }
    readBranches(branches, question, at);
}

// The branches of a choice or yesno question: "on" a code, "else", and "unknown" for an
// unanswered or unsure answer. Every answer must lead somewhere.
void Loader::readBranches(JsonFields& branches, Question& question, const Pointer& at) {
    std::optional<std::size_t> otherwise;
    if (const json* value = branches.member("else")) {
        otherwise = target(branches, at / "else", *value);
    }
    std::optional<std::size_t> unknown = otherwise;
    if (const json* value = branches.member("unknown")) {
        unknown = target(branches, at / "unknown", *value);
    }
    std::vector<std::optional<std::size_t>> byOption(question.options.size(), otherwise);
    if (const json* on = branches.object("on", false)) {
        for (const auto& [code, to] : on->items()) {
            const auto option = question.optionIndex(code);
            if (!option) {
                branches.problem(at / "on" / code,
                                 "unknown code '" + code + "' for question '" + question.id + "'" +
                                     didYouMean(code, question.codes()) +
                                     "; expected one of: " + joinedList(question.codes()));
                continue;
            }
            byOption[*option] = target(branches, at / "on" / code, to);
        }
    }
    for (std::size_t i = 0; i < byOption.size(); ++i) {
        if (!byOption[i] && branches.member("else") == nullptr) {
            branches.problem(
                at, "answer code '" + question.options[i].code + "' of question '" + question.id +
                        "' is handled by no branch; expected it under \"on\" or an \"else\"");
        }
        question.next.byOption.push_back(byOption[i].value_or(kEndOfFlow));
    }
    if (!unknown && branches.member("else") == nullptr && branches.member("unknown") == nullptr) {
        branches.problem(at, "an unanswered or unsure answer to '" + question.id +
                                 "' is handled by no branch; expected \"unknown\" or \"else\"");
    }
    question.next.unknown = unknown.value_or(kEndOfFlow);
    question.next.answered = question.next.unknown;
}

} // namespace kt
