#include "kneetriage/engine/rule.h"

namespace kt {
namespace {

Truth fromBool(bool value) {
    return value ? Truth::True : Truth::False;
}

Truth evaluateLeaf(const Rule& rule, const AnswerValue& answer) {
    switch (rule.op) {
    case Rule::Op::OneOf:
        if (const auto* chosen = std::get_if<OptionIndex>(&answer)) {
            return fromBool((rule.options >> chosen->index) & 1U);
        }
        break;
    case Rule::Op::Has:
        if (const auto* chosen = std::get_if<OptionSet>(&answer)) {
            return fromBool((chosen->bits & rule.options) != 0);
        }
        break;
    case Rule::Op::InRange:
        if (const auto* number = std::get_if<double>(&answer)) {
            return fromBool(*number >= rule.min && *number <= rule.max);
        }
        break;
    case Rule::Op::Unknown:
        return fromBool(std::holds_alternative<std::monostate>(answer) ||
                        std::holds_alternative<Unsure>(answer));
    default:
        break;
    }
    return Truth::Unknown;
}

Truth evaluateRule(const Rule& rule, const Answers& answers, const std::vector<bool>* pending);

// "all" and "any" in three-valued logic: one child with the `decisive` value decides; otherwise
// an unknown child leaves the whole unknown, and without one it is the opposite of `decisive`.
Truth combine(const std::vector<Rule>& children, Truth decisive, const Answers& answers,
              const std::vector<bool>* pending) {
    Truth result = decisive == Truth::True ? Truth::False : Truth::True;
    for (const Rule& child : children) {
        const Truth truth = evaluateRule(child, answers, pending);
        if (truth == decisive) {
            return decisive;
        }
        if (truth == Truth::Unknown) {
            result = Truth::Unknown;
        }
    }
    return result;
}

// `pending`, when given, marks the questions still ahead in a check (see evaluateSoFar).
Truth evaluateRule(const Rule& rule, const Answers& answers, const std::vector<bool>* pending) {
    switch (rule.op) {
    case Rule::Op::All:
        return combine(rule.children, Truth::False, answers, pending);
    case Rule::Op::Any:
        return combine(rule.children, Truth::True, answers, pending);
    case Rule::Op::Not: {
        const Truth truth = evaluateRule(rule.children.front(), answers, pending);
        return truth == Truth::Unknown ? truth : fromBool(truth == Truth::False);
    }
    default: {
        if (pending != nullptr && (*pending)[rule.question]) {
            return Truth::Unknown;
        }
        const Truth truth = evaluateLeaf(rule, answers[rule.question]);
        return truth == Truth::Unknown && rule.orUnknown ? Truth::True : truth;
    }
    }
}

} // namespace

Truth evaluate(const Rule& rule, const Answers& answers) {
    return evaluateRule(rule, answers, nullptr);
}

Truth evaluateSoFar(const Rule& rule, const Answers& answers, const std::vector<bool>& pending) {
    return evaluateRule(rule, answers, &pending);
}

} // namespace kt
