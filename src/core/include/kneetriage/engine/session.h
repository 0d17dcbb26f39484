#pragma once

#include "kneetriage/engine/answers.h"
#include "kneetriage/engine/triage.h"
#include "kneetriage/kb/knowledge_base.h"

#include <optional>
#include <vector>

namespace kt {

// One check taken a question at a time, with back and change-an-earlier-answer. The path is
// always recomputed from the answers by the same flow the batch mode uses, so both agree; an
// answer is kept when the user goes back, and reused if the path comes back to its question.
class Session {
  public:
    explicit Session(const KnowledgeBase& kb);

    // The question to show now, or nullopt when the flow has ended.
    [[nodiscard]] std::optional<std::size_t> current() const;
    // Questions on the path so far, the current one last (when there is one).
    [[nodiscard]] const std::vector<std::size_t>& path() const { return path_; }
    [[nodiscard]] std::size_t position() const { return position_; }
    [[nodiscard]] bool canGoBack() const { return position_ > 0; }
    [[nodiscard]] bool finished() const { return !current().has_value(); }
    [[nodiscard]] const Answers& answers() const { return answers_; }
    // How many questions the whole path has if the rest go unanswered: for a progress bar.
    [[nodiscard]] std::size_t expectedLength() const;

    // Answers the current question and moves to the next one on the (recomputed) path.
    void answer(const AnswerValue& value);
    // Moves to the previous question on the path; its answer is kept.
    bool back();

    [[nodiscard]] std::vector<std::size_t> firedRedFlags() const;
    [[nodiscard]] TriageResult result() const;

  private:
    void recomputePath();

    const KnowledgeBase* kb_;
    Answers answers_;
    std::vector<std::size_t> path_;
    std::size_t position_ = 0;
};

} // namespace kt
