#include "kneetriage/io/answers_reader.h"
#include "kneetriage/io/check_record.h"
#include "kneetriage/io/result_json.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <stdexcept>

namespace kt {
namespace {

class CheckRecordTest : public ::testing::Test {
  protected:
    // Front of the knee, the kneecap, worse going down stairs: runner's knee leads.
    [[nodiscard]] Answers frontOfKnee() const {
        return std::get<Answers>(readAnswersText(kb_, "test", R"({"format": "kneetriage.answers/1",
            "answers": {"danger": "no", "age": 25, "where": "front", "front_spot": "kneecap",
                        "stairs": ["down"], "twist": "no"}})"));
    }
    [[nodiscard]] CheckRecord saved(const KnowledgeBase& kb) const {
        const Answers answers = frontOfKnee();
        return makeCheckRecord(kb, answers, triage(kb, answers), "2026-11-30T08:00:00Z");
    }
    [[nodiscard]] static ReopenedCheck reopen(const KnowledgeBase& kb, const CheckRecord& record) {
        auto reopened = reopenCheck(kb, record, "history #1");
        if (const auto* problems = std::get_if<Problems>(&reopened)) {
            throw std::runtime_error(problems->front().describe()); // gtest reports it
        }
        return std::get<ReopenedCheck>(reopened);
    }

    KnowledgeBase kb_ = test::loadMiniKb();
};

TEST_F(CheckRecordTest, TheRecordHoldsTheResultAndTheKnowledgeBaseItWasMadeWith) {
    const CheckRecord record = saved(kb_);
    const TriageResult result = triage(kb_, frontOfKnee());
    ASSERT_FALSE(result.conditions.empty());
    EXPECT_EQ(record.createdAt, "2026-11-30T08:00:00Z");
    EXPECT_EQ(record.kbVersion, kb_.version);
    EXPECT_EQ(record.disposition, dispositionId(result.disposition));
    EXPECT_EQ(record.topCondition, kb_.conditions[result.conditions[0].condition].name);
    std::string resultJson;
    appendResultJson(resultJson, kb_, result);
    EXPECT_EQ(record.resultJson, resultJson);
}

TEST_F(CheckRecordTest, ReopenedWithTheSameKnowledgeBaseItIsShownAsTheResultItWas) {
    const ReopenedCheck check = reopen(kb_, saved(kb_));
    EXPECT_TRUE(check.todayIsAsSaved);
    const TriageResult result = triage(kb_, frontOfKnee());
    EXPECT_EQ(check.today.disposition, result.disposition);
    ASSERT_EQ(check.saved.conditions.size(), result.conditions.size());
    for (std::size_t i = 0; i < result.conditions.size(); ++i) {
        EXPECT_EQ(check.saved.conditions[i].id, kb_.conditions[result.conditions[i].condition].id);
    }
    EXPECT_EQ(check.saved.kbId, kb_.id);
    EXPECT_EQ(check.saved.kbVersion, kb_.version);
}

TEST_F(CheckRecordTest, ACheckFromAnOlderKnowledgeBaseKeepsItsSavedWords) {
    KnowledgeBase older = kb_;
    older.version = "0.9.0";
    const auto leader = triage(older, frontOfKnee()).conditions.front().condition;
    older.conditions[leader].name = "The name it had then";
    const ReopenedCheck check = reopen(kb_, saved(older));
    EXPECT_FALSE(check.todayIsAsSaved);
    EXPECT_EQ(check.saved.kbVersion, "0.9.0");
    EXPECT_EQ(check.saved.conditions.front().name, "The name it had then");
    // Same rules, other words: the re-run changes nothing a user acts on.
    EXPECT_FALSE(compareWithSaved(check.saved, kb_, check.today).any());
}

TEST_F(CheckRecordTest, ARerunSaysWhatChanged) {
    ReopenedCheck check = reopen(kb_, saved(kb_));
    ASSERT_FALSE(check.today.conditions.empty());
    const Condition& leader = kb_.conditions[check.today.conditions.front().condition];
    check.saved.disposition = Disposition::Emergency;
    check.saved.conditions.erase(check.saved.conditions.begin());
    check.saved.conditions.push_back(
        {"retired_condition", "A condition since retired", 0.5, {}, {}});
    check.saved.redFlags.push_back({"old_flag", Disposition::Emergency, "Go now."});
    const ResultChanges changes = compareWithSaved(check.saved, kb_, check.today);
    EXPECT_TRUE(changes.any());
    EXPECT_EQ(changes.dispositionBefore, Disposition::Emergency);
    EXPECT_EQ(changes.dispositionNow, check.today.disposition);
    EXPECT_EQ(changes.conditionsAdded, std::vector<std::string>{leader.name});
    EXPECT_EQ(changes.conditionsRemoved, std::vector<std::string>{"A condition since retired"});
    EXPECT_EQ(changes.flagsRemoved, std::vector<std::string>{"old_flag"});
    EXPECT_TRUE(changes.flagsAdded.empty());
}

TEST_F(CheckRecordTest, AnswersTodaysKnowledgeBaseCannotReadAreAProblemNamingTheCheck) {
    CheckRecord record = saved(kb_);
    record.answersJson = R"({"format": "kneetriage.answers/1", "answers": {"retired": "yes"}})";
    const auto reopened = reopenCheck(kb_, record, "history #7");
    ASSERT_TRUE(std::holds_alternative<Problems>(reopened));
    EXPECT_EQ(std::get<Problems>(reopened).front().file, "history #7 answers");
}

TEST_F(CheckRecordTest, AResultDocumentMissingAMemberIsAProblemAtItsPlace) {
    CheckRecord record = saved(kb_);
    const auto at = record.resultJson.find(R"("disposition":)");
    ASSERT_NE(at, std::string::npos);
    record.resultJson.replace(at, 14, R"("disposal":)");
    const auto reopened = reopenCheck(kb_, record, "history #8");
    ASSERT_TRUE(std::holds_alternative<Problems>(reopened));
    std::string all;
    for (const Problem& problem : std::get<Problems>(reopened)) {
        all += problem.describe() + "\n";
    }
    EXPECT_NE(all.find("history #8 result"), std::string::npos) << all;
    EXPECT_NE(all.find("disposition"), std::string::npos) << all;
    EXPECT_NE(all.find("disposal"), std::string::npos) << all;
}

} // namespace
} // namespace kt
