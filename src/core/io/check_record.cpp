#include "kneetriage/io/check_record.h"

#include "kneetriage/io/answers_reader.h"
#include "kneetriage/io/answers_writer.h"
#include "kneetriage/io/json_document.h"
#include "kneetriage/io/result_json.h"

#include <algorithm>

namespace kt {

CheckRecord makeCheckRecord(const KnowledgeBase& kb, const Answers& answers,
                            const TriageResult& result, std::string createdAt) {
    CheckRecord record;
    record.createdAt = std::move(createdAt);
    record.kbVersion = kb.version;
    record.answersJson = writeAnswersDocument(kb, answers);
    appendResultJson(record.resultJson, kb, result);
    record.disposition = std::string(dispositionId(result.disposition));
    record.topCondition = result.conditions.empty()
                              ? std::string()
                              : kb.conditions[result.conditions[0].condition].name;
    return record;
}

std::variant<ReopenedCheck, Problems>
reopenCheck(const KnowledgeBase& kb, const CheckRecord& record, const std::string& origin) {
    AnswersResult answers = readAnswersText(kb, origin + " answers", record.answersJson);
    if (auto* problems = std::get_if<Problems>(&answers)) {
        return std::move(*problems);
    }
    JsonResult parsed = parseJsonText(origin + " result", record.resultJson, {});
    if (auto* problem = std::get_if<Problem>(&parsed)) {
        return Problems{std::move(*problem)};
    }
    auto saved = readResultDocument(std::get<JsonDocument>(parsed));
    if (auto* problems = std::get_if<Problems>(&saved)) {
        return std::move(*problems);
    }
    ReopenedCheck reopened{
        std::move(std::get<Answers>(answers)), std::move(std::get<SavedResult>(saved)), {}, false};
    reopened.today = triage(kb, reopened.answers);
    std::string todayJson;
    appendResultJson(todayJson, kb, reopened.today);
    // Byte for byte: any change of knowledge base, wording or engine shows the saved words.
    reopened.todayIsAsSaved = todayJson == record.resultJson;
    return reopened;
}

bool ResultChanges::any() const {
    return dispositionBefore != dispositionNow || !conditionsAdded.empty() ||
           !conditionsRemoved.empty() || !flagsAdded.empty() || !flagsRemoved.empty();
}

namespace {

template <typename Item, typename Id>
bool containsId(const std::vector<Item>& items, const std::string& id, Id&& idOf) {
    return std::any_of(items.begin(), items.end(),
                       [&](const Item& item) { return idOf(item) == id; });
}

} // namespace

ResultChanges compareWithSaved(const SavedResult& saved, const KnowledgeBase& kb,
                               const TriageResult& today) {
    ResultChanges changes;
    changes.dispositionBefore = saved.disposition;
    changes.dispositionNow = today.disposition;
    const auto conditionId = [&kb](const RankedCondition& ranked) {
        return kb.conditions[ranked.condition].id;
    };
    for (const RankedCondition& ranked : today.conditions) {
        if (!containsId(saved.conditions, conditionId(ranked),
                        [](const SavedResult::Condition& c) { return c.id; })) {
            changes.conditionsAdded.push_back(kb.conditions[ranked.condition].name);
        }
    }
    for (const SavedResult::Condition& condition : saved.conditions) {
        if (!containsId(today.conditions, condition.id, conditionId)) {
            changes.conditionsRemoved.push_back(condition.name);
        }
    }
    const auto flagId = [&kb](std::size_t index) { return kb.warningSigns[index].id; };
    for (const std::size_t flag : today.redFlags) {
        if (!containsId(saved.redFlags, flagId(flag),
                        [](const SavedResult::Flag& f) { return f.id; })) {
            changes.flagsAdded.push_back(flagId(flag));
        }
    }
    for (const SavedResult::Flag& flag : saved.redFlags) {
        if (!containsId(today.redFlags, flag.id, flagId)) {
            changes.flagsRemoved.push_back(flag.id);
        }
    }
    return changes;
}

} // namespace kt
