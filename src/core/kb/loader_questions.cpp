// The questions and the answers each one takes.
#include "kb/loader_steps.h"
#include "kneetriage/io/did_you_mean.h"

namespace kt {

namespace {

constexpr std::size_t kMaxOptions = 64; // option sets are 64-bit masks

} // namespace

void Loader::readQuestions(const JsonDocument& document) {
    std::set<std::string> seen;
    forEachEntity(document, "questions", [&](JsonFields& fields) {
        fields.allowOnly({"id", "section", "kind", "text", "help", "why", "options", "min", "max",
                          "whole_number", "unit", "min_label", "max_label", "ask_if", "next",
                          "replaced_by", "comment"});
        Question question;
        question.id = readId(fields, seen, "question");
        question.section = fields.requiredString("section");
        question.text = fields.requiredString("text");
        question.help = fields.optionalString("help");
        question.why = readRationale(fields, question.id);
        const std::string kind = fields.requiredString("kind");
        if (const auto parsed = kindFromName(kind)) {
            question.kind = *parsed;
            readAnswerShape(fields, question);
        } else if (!kind.empty()) {
            const std::vector<std::string> kinds{"choice", "multi", "number", "yesno"};
            fields.problem(fields.pointer("kind"), "unknown kind '" + kind + "'" +
                                                       didYouMean(kind, kinds) +
                                                       "; expected one of: " + joinedList(kinds));
        }
        kb_.questionIndex.emplace(question.id, kb_.questions.size());
        kb_.questions.push_back(std::move(question));
        questionElements_.push_back(fields.pointer());
    });
}

void Loader::readAnswerShape(JsonFields& fields, Question& question) {
    if (question.kind == QuestionKind::YesNo) {
        question.options = {{"yes", "Yes"}, {"no", "No"}};
        if (fields.member("options") != nullptr) {
            fields.problem(fields.pointer("options"),
                           "a yesno question has the options yes, no and unsure; "
                           "expected no \"options\"");
        }
    } else if (question.kind == QuestionKind::Number) {
        question.min = fields.requiredNumber("min").value_or(0);
        question.max = fields.requiredNumber("max").value_or(0);
        question.wholeNumber = fields.optionalBool("whole_number").value_or(false);
        question.unit = fields.optionalString("unit");
        if (question.min > question.max) {
            fields.problem(fields.pointer("min"), "min is above max; expected min <= max");
        }
        readScaleLabels(fields, question);
    } else {
        readOptions(fields, question);
    }
    if (question.kind != QuestionKind::Number) {
        for (const char* key : {"min_label", "max_label"}) {
            if (fields.member(key) != nullptr) {
                fields.problem(fields.pointer(key), "only a number question has words for the ends "
                                                    "of its scale; expected no \"" +
                                                        std::string(key) + "\" here");
            }
        }
    }
}

// "Why we ask": plain words and at least one source. Required of a shipped knowledge base for
// every question still asked; a retired one is never shown.
Rationale Loader::readRationale(JsonFields& fields, const std::string& id) {
    Rationale why;
    const json* member = fields.object("why", false);
    if (member == nullptr) {
        if (options_.checkContract && fields.member("why") == nullptr &&
            fields.member("replaced_by") == nullptr) {
            fields.problem(fields.pointer(), "question '" + id +
                                                 "' has no \"why\"; expected why it is asked, "
                                                 "with a source");
        }
        return why;
    }
    JsonFields reason(fields.document(), *member, fields.pointer("why"), problems_);
    reason.allowOnly({"text", "sources", "comment"});
    why.text = reason.requiredString("text");
    why.sources = readSources(reason);
    if (why.sources.empty()) {
        reason.problem(reason.pointer("sources"), "question '" + id +
                                                      "' says why it is asked but cites no source; "
                                                      "expected at least one");
    }
    return why;
}

// The words for both ends of a rating scale, or neither: a row of one button per whole number.
void Loader::readScaleLabels(JsonFields& fields, Question& question) {
    question.minLabel = fields.optionalString("min_label");
    question.maxLabel = fields.optionalString("max_label");
    if (question.minLabel.empty() == question.maxLabel.empty()) {
        if (!question.minLabel.empty() &&
            (!question.wholeNumber || question.max - question.min > 10)) {
            fields.problem(fields.pointer("min_label"),
                           "a scale with words at its ends is a row of buttons; expected a "
                           "whole_number question of at most 11 numbers");
        }
        return;
    }
    const char* missing = question.minLabel.empty() ? "min_label" : "max_label";
    fields.problem(fields.pointer(),
                   "missing member \"" + std::string(missing) +
                       "\"; expected words for both ends of the scale or neither");
}

// The answer codes of a choice or multi question.
void Loader::readOptions(JsonFields& fields, Question& question) {
    const json* options = fields.array("options", true);
    if (options == nullptr) {
        return;
    }
    if (options->empty() || options->size() > kMaxOptions) {
        fields.problem(fields.pointer("options"), "found " + std::to_string(options->size()) +
                                                      " options, expected 1 to " +
                                                      std::to_string(kMaxOptions));
        return;
    }
    std::set<std::string> seen;
    forEachObject(
        fields.document(), *options, fields.pointer("options"), problems_, [&](JsonFields& option) {
            option.allowOnly({"code", "label", "help", "exclusive"});
            const std::string code = option.requiredString("code");
            if (!code.empty() && !isId(code)) {
                option.problem(option.pointer("code"),
                               "'" + code + "' is not a valid code; expected lower snake_case");
            } else if (!code.empty() && (code == "unsure" || !seen.insert(code).second)) {
                option.problem(option.pointer("code"),
                               code == "unsure" ? "'unsure' is reserved for yesno questions"
                                                : "duplicate code '" + code + "'");
            }
            const bool exclusive = option.optionalBool("exclusive").value_or(false);
            if (exclusive && question.kind != QuestionKind::Multi) {
                option.problem(option.pointer("exclusive"),
                               "only a multi question has an answer that stands alone; "
                               "expected no \"exclusive\" here");
            }
            question.options.push_back({code, option.requiredString("label"), exclusive});
        });
}

} // namespace kt
