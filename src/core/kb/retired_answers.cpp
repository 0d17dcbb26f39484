#include "kneetriage/kb/retired_answers.h"

namespace kt {
namespace {

constexpr std::size_t kNo = 1; // yes/no questions hold the options "yes", "no"

AnswerValue standIn(const AnswerValue& retired) {
    if (const auto* chosen = std::get_if<OptionIndex>(&retired); chosen && chosen->index == kNo) {
        return *chosen;
    }
    return Unsure{};
}

} // namespace

Answers withRetiredAnswersApplied(const KnowledgeBase& kb, const Answers& answers) {
    Answers applied = answers;
    for (std::size_t i = 0; i < kb.questions.size(); ++i) {
        if (!kb.questions[i].retired() || !answers.given(i)) {
            continue;
        }
        for (const std::size_t replacement : kb.questions[i].replacedBy) {
            if (!answers.given(replacement)) {
                applied.set(replacement, standIn(answers[i]));
            }
        }
    }
    return applied;
}

} // namespace kt
