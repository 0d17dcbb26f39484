#include "kb/rule_parser.h"

#include "io/json_fields.h"
#include "kneetriage/io/did_you_mean.h"

namespace kt {
namespace {

using nlohmann::json;

constexpr int kMaxRuleDepth = 16;

} // namespace

std::optional<Rule> RuleParser::parse(const JsonDocument& document, const json& value,
                                      const json::json_pointer& at) const {
    return parseAt(document, value, at, 0);
}

std::optional<Rule> RuleParser::parseAt(const JsonDocument& document, const json& value,
                                        const json::json_pointer& at, int depth) const {
    if (!value.is_object()) {
        problems_.push_back(
            document.problemAt(at, "found " + describeJsonType(value) +
                                       ", expected a rule object (all, any, not or q)"));
        return std::nullopt;
    }
    if (depth > kMaxRuleDepth) {
        problems_.push_back(document.problemAt(at, "rule nested deeper than " +
                                                       std::to_string(kMaxRuleDepth) +
                                                       " levels; expected a flatter rule"));
        return std::nullopt;
    }
    for (const auto* combinator : {"all", "any"}) {
        if (!value.contains(combinator)) {
            continue;
        }
        Problems& problems = problems_;
        JsonFields fields(document, value, at, problems);
        fields.allowOnly({combinator});
        const json* children = fields.array(combinator, true);
        if (children == nullptr) {
            return std::nullopt;
        }
        if (children->empty()) {
            fields.problem(fields.pointer(combinator),
                           "found an empty array, expected at least one rule");
            return std::nullopt;
        }
        Rule rule;
        rule.op = std::string_view(combinator) == "all" ? Rule::Op::All : Rule::Op::Any;
        bool complete = true;
        for (std::size_t i = 0; i < children->size(); ++i) {
            auto child =
                parseAt(document, (*children)[i], fields.pointer(combinator) / i, depth + 1);
            complete = complete && child.has_value();
            if (child) {
                rule.children.push_back(std::move(*child));
            }
        }
        return complete ? std::optional<Rule>(std::move(rule)) : std::nullopt;
    }
    if (value.contains("not")) {
        JsonFields fields(document, value, at, problems_);
        fields.allowOnly({"not"});
        auto child = parseAt(document, value["not"], at / "not", depth + 1);
        if (!child) {
            return std::nullopt;
        }
        Rule rule;
        rule.op = Rule::Op::Not;
        rule.children.push_back(std::move(*child));
        return rule;
    }
    return parseLeaf(document, value, at);
}

std::optional<std::size_t> RuleParser::leafQuestion(JsonFields& fields) const {
    const std::string questionId = fields.requiredString("q");
    if (questionId.empty()) {
        return std::nullopt;
    }
    const std::optional<std::size_t> index = kb_.findQuestion(questionId);
    if (!index) {
        std::vector<std::string> ids;
        for (const Question& question : kb_.questions) {
            ids.push_back(question.id);
        }
        fields.problem(fields.pointer("q"),
                       "unknown question '" + questionId + "'" + didYouMean(questionId, ids));
    }
    return index;
}

std::optional<Rule> RuleParser::parseLeaf(const JsonDocument& document, const json& value,
                                          const json::json_pointer& at) const {
    JsonFields fields(document, value, at, problems_);
    if (!value.contains("q")) {
        fields.problem(
            at, "found an object without \"all\", \"any\", \"not\" or \"q\", expected a rule");
        return std::nullopt;
    }
    fields.allowOnly({"q", "is", "has", "min", "max", "or_unknown", "unknown"});
    const std::optional<std::size_t> index = leafQuestion(fields);
    if (!index) {
        return std::nullopt;
    }
    const int operators = static_cast<int>(value.contains("is")) +
                          static_cast<int>(value.contains("has")) +
                          static_cast<int>(value.contains("min") || value.contains("max")) +
                          static_cast<int>(value.contains("unknown"));
    if (operators != 1) {
        fields.problem(
            at, "expected exactly one operator: \"is\", \"has\", \"min\"/\"max\" or \"unknown\"");
        return std::nullopt;
    }
    Rule rule;
    rule.question = *index;
    rule.orUnknown = fields.optionalBool("or_unknown").value_or(false);
    const Question& question = kb_.questions[*index];
    const bool parsed = value.contains("unknown") ? parseUnknown(fields, rule)
                        : value.contains("is")    ? parseOptions(fields, question, "is", rule)
                        : value.contains("has")   ? parseOptions(fields, question, "has", rule)
                                                  : parseRange(fields, question, rule);
    return parsed ? std::optional<Rule>(std::move(rule)) : std::nullopt;
}

bool RuleParser::parseUnknown(JsonFields& fields, Rule& rule) {
    if (fields.optionalBool("unknown") != true) {
        fields.problem(fields.pointer("unknown"),
                       "expected true: the rule holds while the question is unanswered or unsure");
        return false;
    }
    rule.op = Rule::Op::Unknown;
    return true;
}

// "is" takes a choice or yes/no question, "has" a multi one; both list codes of its options.
bool RuleParser::parseOptions(JsonFields& fields, const Question& question, std::string_view op,
                              Rule& rule) const {
    const bool isOp = op == "is";
    const bool fits =
        isOp ? question.kind == QuestionKind::Choice || question.kind == QuestionKind::YesNo
             : question.kind == QuestionKind::Multi;
    if (!fitsKind(fields, question, fits, op, isOp ? "choice or yesno" : "multi")) {
        return false;
    }
    rule.op = isOp ? Rule::Op::OneOf : Rule::Op::Has;
    const json* codes = fields.member(op);
    const auto bits = parseCodes(fields.document(), question, *codes, fields.pointer(op));
    rule.options = bits.value_or(0);
    return bits.has_value();
}

bool RuleParser::parseRange(JsonFields& fields, const Question& question, Rule& rule) {
    const std::string_view boundKey = fields.member("min") != nullptr ? "min" : "max";
    if (!fitsKind(fields, question, question.kind == QuestionKind::Number, boundKey, "number")) {
        return false;
    }
    rule.op = Rule::Op::InRange;
    rule.min = fields.optionalNumber("min").value_or(question.min);
    rule.max = fields.optionalNumber("max").value_or(question.max);
    if (rule.min > rule.max) {
        fields.problem(fields.pointer(), "min " + std::to_string(rule.min) + " is above max " +
                                             std::to_string(rule.max) + "; expected min <= max");
        return false;
    }
    return true;
}

bool RuleParser::fitsKind(JsonFields& fields, const Question& question, bool fits,
                          std::string_view op, std::string_view kinds) {
    if (!fits) {
        fields.problem(fields.pointer(op), "operator \"" + std::string(op) + "\" does not fit " +
                                               std::string(kindName(question.kind)) +
                                               " question '" + question.id + "'; expected a " +
                                               std::string(kinds) + " question");
    }
    return fits;
}

std::optional<std::uint64_t> RuleParser::parseCodes(const JsonDocument& document,
                                                    const Question& question, const json& codes,
                                                    const json::json_pointer& at) const {
    std::vector<std::pair<const json*, json::json_pointer>> items;
    if (codes.is_string()) {
        items.emplace_back(&codes, at);
    } else if (codes.is_array() && !codes.empty()) {
        for (std::size_t i = 0; i < codes.size(); ++i) {
            items.emplace_back(&codes[i], at / i);
        }
    } else {
        problems_.push_back(
            document.problemAt(at, "found " + describeJsonType(codes) +
                                       ", expected a code or a non-empty array of codes"));
        return std::nullopt;
    }
    std::uint64_t bits = 0;
    bool valid = true;
    for (const auto& [code, place] : items) {
        if (!code->is_string()) {
            problems_.push_back(document.problemAt(place, "found " + describeJsonType(*code) +
                                                              ", expected a code"));
            valid = false;
            continue;
        }
        const auto& text = code->get_ref<const std::string&>();
        if (question.kind == QuestionKind::YesNo && text == "unsure") {
            problems_.push_back(document.problemAt(
                place, "'unsure' cannot be matched: it counts as unknown; expected 'yes' or 'no'"));
            valid = false;
            continue;
        }
        const std::optional<std::size_t> option = question.optionIndex(text);
        if (!option) {
            problems_.push_back(document.problemAt(
                place, "unknown code '" + text + "' for question '" + question.id + "'" +
                           didYouMean(text, question.codes()) +
                           "; expected one of: " + joinedList(question.codes())));
            valid = false;
            continue;
        }
        bits |= std::uint64_t{1} << *option;
    }
    return valid ? std::optional<std::uint64_t>(bits) : std::nullopt;
}

} // namespace kt
