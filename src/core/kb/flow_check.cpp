#include "kb/checks.h"
#include "kb/flow_graph.h"

#include <algorithm>
#include <string>
#include <vector>

namespace kt {
namespace {

using Pointer = nlohmann::json::json_pointer;

Pointer questionAt(std::size_t index) {
    return Pointer("/questions") / index;
}

std::vector<bool> reachableFromStart(const KnowledgeBase& kb) {
    std::vector<bool> reached = reachFrom(kb, kb.start).questions;
    reached[kb.start] = true;
    // A retired question is never asked, but older answers documents still answer it.
    for (std::size_t i = 0; i < kb.questions.size(); ++i) {
        reached[i] = reached[i] || kb.questions[i].retired();
    }
    return reached;
}

// Reports each cycle once, as the chain of question ids that closes it. Iterative depth-first
// search, so a long chain cannot overflow the stack.
void reportCycles(const KnowledgeBase& kb, const JsonDocument& questions, Problems& problems) {
    enum class Mark { Unvisited, OnPath, Done };
    std::vector<Mark> marks(kb.questions.size(), Mark::Unvisited);
    for (std::size_t root = 0; root < kb.questions.size(); ++root) {
        if (marks[root] != Mark::Unvisited) {
            continue;
        }
        std::vector<std::pair<std::size_t, std::vector<std::size_t>>> path{
            {root, successors(kb.questions[root])}};
        marks[root] = Mark::OnPath;
        while (!path.empty()) {
            auto& [node, pending] = path.back();
            if (pending.empty()) {
                marks[node] = Mark::Done;
                path.pop_back();
                continue;
            }
            const std::size_t next = pending.back();
            pending.pop_back();
            if (marks[next] == Mark::OnPath) {
                std::string chain;
                bool inCycle = false;
                for (const auto& [step, unused] : path) {
                    inCycle = inCycle || step == next;
                    if (inCycle) {
                        chain += kb.questions[step].id + " -> ";
                    }
                }
                problems.push_back(questions.problemAt(questionAt(node) / "next",
                                                       "cycle in the flow: " + chain +
                                                           kb.questions[next].id +
                                                           "; expected every path to end"));
            } else if (marks[next] == Mark::Unvisited) {
                marks[next] = Mark::OnPath;
                path.emplace_back(next, successors(kb.questions[next]));
            }
        }
    }
}

// Could this rule be true on some path? Only questions the flow reaches can make it so.
bool canBeTrue(const Rule& rule, const std::vector<bool>& reached) {
    switch (rule.op) {
    case Rule::Op::All:
        return std::all_of(rule.children.begin(), rule.children.end(),
                           [&](const Rule& child) { return canBeTrue(child, reached); });
    case Rule::Op::Any:
        return std::any_of(rule.children.begin(), rule.children.end(),
                           [&](const Rule& child) { return canBeTrue(child, reached); });
    case Rule::Op::Not:
        return true;
    default:
        return reached[rule.question];
    }
}

void collectQuestions(const Rule& rule, std::vector<std::size_t>& questions) {
    if (rule.op == Rule::Op::All || rule.op == Rule::Op::Any || rule.op == Rule::Op::Not) {
        for (const Rule& child : rule.children) {
            collectQuestions(child, questions);
        }
    } else {
        questions.push_back(rule.question);
    }
}

// An ask_if may only look back: a question later in the flow is not answered yet when a
// runner reaches this one, and batch and one-at-a-time would take different paths.
void checkAskIfLooksBack(const KnowledgeBase& kb, const JsonDocument& questions,
                         Problems& problems) {
    for (std::size_t i = 0; i < kb.questions.size(); ++i) {
        if (!kb.questions[i].askIf) {
            continue;
        }
        std::vector<std::size_t> used;
        collectQuestions(*kb.questions[i].askIf, used);
        for (const std::size_t question : used) {
            if (!reachFrom(kb, question).questions[i]) {
                problems.push_back(questions.problemAt(
                    questionAt(i) / "ask_if",
                    "ask_if of '" + kb.questions[i].id + "' uses '" + kb.questions[question].id +
                        "', which is not asked before it; expected only earlier questions"));
            }
        }
    }
}

} // namespace

void checkFlow(const KnowledgeBase& kb, const EntityPlaces& places, Problems& problems) {
    const JsonDocument& questions = *places.questions;
    const std::vector<bool> reached = reachableFromStart(kb);
    for (std::size_t i = 0; i < kb.questions.size(); ++i) {
        if (!reached[i]) {
            problems.push_back(questions.problemAt(
                questionAt(i), "question '" + kb.questions[i].id +
                                   "' cannot be reached from the start question '" +
                                   kb.questions[kb.start].id +
                                   "'; expected a branch that leads to it"));
        }
    }
    reportCycles(kb, questions, problems);
    checkAskIfLooksBack(kb, questions, problems);

    const auto isSafety = [&](std::size_t index) {
        return kb.questions[index].section == "safety";
    };
    for (std::size_t i = 0; i < kb.questions.size(); ++i) {
        for (const std::size_t next : successors(kb.questions[i])) {
            if (!isSafety(i) && isSafety(next)) {
                problems.push_back(questions.problemAt(
                    questionAt(i) / "next", "safety-screen question '" + kb.questions[next].id +
                                                "' comes after '" + kb.questions[i].id +
                                                "'; expected the safety screen first"));
            }
        }
    }

    for (std::size_t i = 0; i < kb.conditions.size(); ++i) {
        const Condition& condition = kb.conditions[i];
        const bool reachable = std::any_of(
            condition.features.begin(), condition.features.end(),
            [&](const Feature& f) { return f.weight > 0 && canBeTrue(f.when, reached); });
        if (!reachable) {
            problems.push_back(places.conditions->problemAt(
                Pointer("/conditions") / i / "features",
                "condition '" + condition.id +
                    "' has no path to it: no feature that raises it uses a question "
                    "the flow reaches; expected at least one"));
        }
    }
    for (std::size_t i = 0; i < kb.warningSigns.size(); ++i) {
        if (!canBeTrue(kb.warningSigns[i].trigger, reached)) {
            problems.push_back(places.redFlags->problemAt(
                Pointer("/red_flags") / i / "trigger",
                "red flag '" + kb.warningSigns[i].id +
                    "' can never fire: its trigger uses questions the flow never "
                    "reaches; expected reachable questions"));
        }
    }
}

} // namespace kt
