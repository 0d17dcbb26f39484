#pragma once

#include "kneetriage/engine/answers.h"

#include <cstdint>
#include <vector>

namespace kt {

// Three-valued truth: a rule over an unanswered or "unsure" question is Unknown, not false.
enum class Truth { False, True, Unknown };

// A condition over answers, as data: all/any/not over {question, operator, value} leaves.
struct Rule {
    enum class Op {
        All,     // every child true
        Any,     // at least one child true
        Not,     // the child false
        OneOf,   // choice or yes/no answer is one of `options`
        Has,     // multi answer contains one of `options`
        InRange, // number answer within [min, max]
        Unknown, // no answer, or "unsure": the question is open
    };
    Op op = Op::All;
    std::size_t question = 0;
    std::uint64_t options = 0; // bit per option index
    double min = 0;
    double max = 0;
    // Leaves only: an unanswered or "unsure" question makes the leaf true, so a safety rule
    // can say "unless known otherwise".
    bool orUnknown = false;
    std::vector<Rule> children;
};

[[nodiscard]] Truth evaluate(const Rule& rule, const Answers& answers);

// The same, part-way through a check: a question still ahead (`pending`) is not yet open, so
// neither or_unknown nor an "unknown" leaf counts it as a warning sign not ruled out; only what
// is known so far can make the rule true.
[[nodiscard]] Truth evaluateSoFar(const Rule& rule, const Answers& answers,
                                  const std::vector<bool>& pending);

} // namespace kt
