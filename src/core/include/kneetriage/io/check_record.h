#pragma once

#include "kneetriage/engine/answers.h"
#include "kneetriage/engine/triage.h"
#include "kneetriage/io/problem.h"
#include "kneetriage/io/result_reader.h"
#include "kneetriage/kb/knowledge_base.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kt {

// One finished check as it is kept, by the runner's history and by the clinic's visits alike:
// the answers and the result as documents (the result names its knowledge base), the
// knowledge-base version and the time. Built by makeCheckRecord and read by reopenCheck only.
struct CheckRecord {
    std::string createdAt; // ISO 8601, UTC, given by the caller (the stores read no clock)
    std::string kbVersion;
    std::string answersJson;  // a kneetriage.answers/1 document
    std::string resultJson;   // a kneetriage.result/1 document
    std::string disposition;  // its id, for lists
    std::string topCondition; // the leading condition's name, "" when none
};

[[nodiscard]] CheckRecord makeCheckRecord(const KnowledgeBase& kb, const Answers& answers,
                                          const TriageResult& result, std::string createdAt);

// A kept check read back. Policy: a check is shown as it was saved. When today's knowledge
// base gives exactly the saved result, `today` is that result in full; otherwise the saved
// result is shown in its own words and `today` is offered as a re-run, with what changed.
struct ReopenedCheck {
    Answers answers;
    SavedResult saved;
    TriageResult today;
    bool todayIsAsSaved = false;
};

// Problems name `origin` (for example "history #12"): answers that today's knowledge base
// cannot read, or a result document that is not one.
[[nodiscard]] std::variant<ReopenedCheck, Problems>
reopenCheck(const KnowledgeBase& kb, const CheckRecord& record, const std::string& origin);

// What a re-run changed against the saved result, in ids and names.
struct ResultChanges {
    Disposition dispositionBefore = Disposition::SelfCare;
    Disposition dispositionNow = Disposition::SelfCare;
    std::vector<std::string> conditionsAdded;   // names
    std::vector<std::string> conditionsRemoved; // names
    std::vector<std::string> flagsAdded;        // ids
    std::vector<std::string> flagsRemoved;      // ids
    [[nodiscard]] bool any() const;
};

[[nodiscard]] ResultChanges compareWithSaved(const SavedResult& saved, const KnowledgeBase& kb,
                                             const TriageResult& today);

} // namespace kt
