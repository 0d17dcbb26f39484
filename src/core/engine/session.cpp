#include "kneetriage/engine/session.h"

#include "kneetriage/engine/flow.h"

#include <algorithm>
#include <span>

namespace kt {

Session::Session(const KnowledgeBase& kb) : kb_(&kb), answers_(kb.questions.size()) {
    recomputePath();
}

std::optional<std::size_t> Session::current() const {
    if (position_ < path_.size()) {
        return path_[position_];
    }
    return std::nullopt;
}

void Session::answer(const AnswerValue& value) {
    const auto question = current();
    if (!question) {
        return;
    }
    answers_.set(*question, value);
    recomputePath();
    ++position_;
}

std::size_t Session::expectedLength() const {
    return walkFlow(*kb_, answers_, WalkMode::AllAnswersGiven).asked.size();
}

bool Session::back() {
    if (!canGoBack()) {
        return false;
    }
    --position_;
    return true;
}

void Session::recomputePath() {
    // The walk runs through every answered question to the first unanswered one; answers kept
    // from before "back" lie on it, so Next can show them again.
    path_ = walkFlow(*kb_, answers_, WalkMode::StopAtUnanswered).asked;
}

std::vector<std::size_t> Session::firedRedFlags() const {
    // Only the answers up to where the user is count: an answer kept from a path since
    // abandoned must not raise or hide a flag.
    // Questions not yet reached are still ahead, not open: an age of 60 alone must not raise
    // the Ottawa rule before the person has said whether there was an injury.
    const std::span<const std::size_t> reached(path_.data(), std::min(position_, path_.size()));
    std::vector<bool> pending(answers_.size(), true);
    for (const std::size_t question : reached) {
        pending[question] = false;
    }
    return firedRedFlagsSoFar(*kb_, answers_.onlyFor(reached), pending);
}

TriageResult Session::result() const {
    return triage(*kb_, answers_.onlyFor(path_));
}

} // namespace kt
