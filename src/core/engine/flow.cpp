#include "kneetriage/engine/flow.h"

namespace kt {
namespace {

std::size_t nextQuestion(const Question& question, const AnswerValue& answer) {
    if (const auto* option = std::get_if<OptionIndex>(&answer)) {
        return question.next.byOption[option->index];
    }
    if (std::holds_alternative<OptionSet>(answer) || std::holds_alternative<double>(answer)) {
        return question.next.answered;
    }
    return question.next.unknown;
}

} // namespace

Walk walkFlow(const KnowledgeBase& kb, const Answers& answers, WalkMode mode) {
    Walk walk;
    walk.asked.reserve(kb.questions.size()); // one allocation, not one per doubling
    // ask_if sees only the answers on the path so far, so both modes take the same path.
    Answers seen(answers.size());
    std::size_t current = kb.questions.empty() ? kEndOfFlow : kb.start;
    // The loader rejects cycles; the bound keeps even a corrupted model from looping.
    for (std::size_t steps = 0; current != kEndOfFlow && steps <= kb.questions.size(); ++steps) {
        const Question& question = kb.questions[current];
        if (question.askIf && evaluate(*question.askIf, seen) == Truth::False) {
            current = question.next.unknown;
            continue;
        }
        walk.asked.push_back(current);
        if (mode == WalkMode::StopAtUnanswered && !answers.given(current)) {
            break;
        }
        seen.set(current, answers[current]);
        current = nextQuestion(question, answers[current]);
    }
    return walk;
}

} // namespace kt
