#include "kneetriage/engine/triage.h"
#include "kneetriage/kb/loader.h"
#include "test_support.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace kt {
namespace {

class TriageTest : public ::testing::Test {
  protected:
    std::size_t q(const char* id) const { return *kb_.findQuestion(id); }
    const std::string& conditionId(const TriageResult& result, std::size_t rank) const {
        return kb_.conditions[result.conditions.at(rank).condition].id;
    }
    const RankedCondition* find(const TriageResult& result, const std::string& id) const {
        for (const RankedCondition& ranked : result.conditions) {
            if (kb_.conditions[ranked.condition].id == id) {
                return &ranked;
            }
        }
        return nullptr;
    }
    KnowledgeBase kb_ = test::loadMiniKb();
    Answers answers_{kb_.questions.size()};
};

TEST_F(TriageTest, RanksByScoreWithReasonsForAndAgainst) {
    answers_.set(q("where"), OptionIndex{0});
    answers_.set(q("front_spot"), OptionIndex{0});
    answers_.set(q("stairs"), OptionSet{0b10});
    answers_.set(q("twist"), OptionIndex{0});
    answers_.set(q("age"), 20.0);
    const TriageResult result = triage(kb_, answers_);
    ASSERT_FALSE(result.conditions.empty());
    EXPECT_EQ(conditionId(result, 0), "runners_knee");
    const RankedCondition& top = result.conditions[0];
    EXPECT_NEAR(top.score, 1.0 / (1.0 + std::exp(-(-2 + 3 + 1 - 1.5))), 1e-9);
    EXPECT_EQ(top.why.size(), 2U);
    ASSERT_EQ(top.against.size(), 1U);
    EXPECT_EQ(kb_.conditions[top.condition].features[top.against[0]].reason,
              "It started with a twist");
    for (std::size_t i = 1; i < result.conditions.size(); ++i) {
        EXPECT_GE(result.conditions[i - 1].score, result.conditions[i].score);
    }
}

TEST_F(TriageTest, ConditionWithoutAnyRaisingAnswerIsNotListed) {
    answers_.set(q("where"), OptionIndex{0});
    answers_.set(q("front_spot"), OptionIndex{0});
    EXPECT_EQ(find(triage(kb_, answers_), "tendon_pain"), nullptr);
}

TEST_F(TriageTest, UnsureAndUnansweredAreUnknownNotNo) {
    answers_.set(q("where"), OptionIndex{1});
    answers_.set(q("age"), 20.0);
    answers_.set(q("twist"), OptionIndex{1}); // an explicit "no" lowers the side tear
    const TriageResult withNo = triage(kb_, answers_);
    answers_.set(q("twist"), Unsure{});
    const TriageResult withUnsure = triage(kb_, answers_);
    answers_.set(q("twist"), std::monostate{});
    const TriageResult withNothing = triage(kb_, answers_);
    const RankedCondition* no = find(withNo, "side_tear");
    const RankedCondition* unsure = find(withUnsure, "side_tear");
    const RankedCondition* unanswered = find(withNothing, "side_tear");
    ASSERT_NE(no, nullptr);
    ASSERT_NE(unsure, nullptr);
    ASSERT_NE(unanswered, nullptr);
    EXPECT_GT(unsure->score, no->score);
    EXPECT_DOUBLE_EQ(unsure->score, unanswered->score);
    EXPECT_TRUE(unsure->against.empty());
}

TEST_F(TriageTest, RedFlagSetsTheMostUrgentDispositionAndRemovesExercises) {
    answers_.set(q("where"), OptionIndex{0});
    answers_.set(q("front_spot"), OptionIndex{0});
    const TriageResult calm = triage(kb_, answers_);
    EXPECT_EQ(calm.disposition, Disposition::SelfCare);
    EXPECT_FALSE(calm.exercises.empty());

    answers_.set(q("danger"), OptionIndex{0});
    answers_.set(q("age"), 35.0);
    answers_.set(q("twist"), OptionIndex{0});
    const TriageResult flagged = triage(kb_, answers_);
    ASSERT_EQ(flagged.redFlags.size(), 2U);
    EXPECT_EQ(kb_.warningSigns[flagged.redFlags[0]].id, "danger_now"); // most urgent first
    EXPECT_EQ(flagged.disposition, Disposition::Emergency);
    EXPECT_TRUE(flagged.exercises.empty());
}

TEST_F(TriageTest, AnExerciseIsNotOfferedWhenTheAnswersMeetItsOwnContraindication) {
    const test::KbCopy copy;
    copy.edit("content/exercises.json", [](nlohmann::json& document) {
        document["exercises"][0]["avoid_if"] = {{"q", "stairs"}, {"has", "up"}};
    });
    const KnowledgeBase kb = std::get<KnowledgeBase>(copy.load());
    const std::size_t stairs = *kb.findQuestion("stairs");
    Answers answers(kb.questions.size());
    answers.set(*kb.findQuestion("where"), OptionIndex{0});
    answers.set(*kb.findQuestion("front_spot"), OptionIndex{0});
    answers.set(stairs, OptionSet{0b10}); // down only
    const TriageResult safe = triage(kb, answers);
    ASSERT_EQ(safe.disposition, Disposition::SelfCare);
    EXPECT_FALSE(safe.exercises.empty()) << "not worse going up: the exercise is safe";
    answers.set(stairs, OptionSet{0b11}); // up and down
    const TriageResult ruledOut = triage(kb, answers);
    ASSERT_EQ(ruledOut.disposition, Disposition::SelfCare)
        << "the same likely condition, nothing else changed";
    EXPECT_TRUE(ruledOut.exercises.empty()) << "worse going up: the exercise is ruled out";
}

TEST_F(TriageTest, NoExercisesFromAConditionThatIsOnlyAWeakLeader) {
    answers_.set(q("where"), OptionIndex{0});
    answers_.set(q("stairs"), OptionSet{0b10}); // worse going down: some evidence, not enough
    const TriageResult weak = triage(kb_, answers_);
    ASSERT_FALSE(weak.conditions.empty());
    ASSERT_LT(weak.conditions.front().score, kb_.ranking.dispositionMinScore);
    EXPECT_EQ(weak.disposition, kb_.ranking.fallback);
    EXPECT_TRUE(weak.exercises.empty());
    answers_.set(q("front_spot"), OptionIndex{0});
    EXPECT_FALSE(triage(kb_, answers_).exercises.empty())
        << "once likely, its exercises are offered";
}

TEST_F(TriageTest, AnOlderDocumentsRetiredAnswerStandsForTheQuestionsThatReplacedIt) {
    const KnowledgeBase kb = std::get<KnowledgeBase>(loadKnowledgeBase(KT_DATA_DIR));
    const auto id = [&](const char* question) { return *kb.findQuestion(question); };
    Answers answers(kb.questions.size());
    answers.set(id("night_pain_weight_loss"), OptionIndex{1});
    const TriageResult saidNo = triage(kb, answers);
    EXPECT_TRUE(std::find(saidNo.ignored.begin(), saidNo.ignored.end(),
                          id("night_pain_weight_loss")) == saidNo.ignored.end());
    answers.set(id("night_pain_weight_loss"), OptionIndex{0});
    const TriageResult saidYes = triage(kb, answers);
    EXPECT_LE(saidYes.disposition, Disposition::Urgent)
        << "yes to night pain, weight loss or cancer stays urgent";
    answers.set(id("night_pain"), OptionIndex{1});
    answers.set(id("weight_loss"), OptionIndex{1});
    answers.set(id("cancer_history"), OptionIndex{1});
    EXPECT_LE(triage(kb, answers).disposition, Disposition::Urgent)
        << "the old yes is never overruled";
}

TEST_F(TriageTest, LikelyConditionRaisesTheDisposition) {
    answers_.set(q("where"), OptionIndex{1});
    answers_.set(q("age"), 20.0);
    answers_.set(q("twist"), OptionIndex{0});
    EXPECT_EQ(triage(kb_, answers_).disposition, Disposition::SeeClinician);
}

TEST_F(TriageTest, NothingToGoOnFallsBackToSeeingAClinician) {
    const TriageResult result = triage(kb_, answers_);
    EXPECT_TRUE(result.conditions.empty());
    EXPECT_EQ(result.disposition, Disposition::SeeClinician);
}

TEST_F(TriageTest, AnswersOffThePathAreIgnoredAndCannotFireAFlag) {
    answers_.set(q("age"), 70.0);             // twist is skipped at this age
    answers_.set(q("twist"), OptionIndex{0}); // so this answer is ignored
    answers_.set(q("where"), OptionIndex{1});
    answers_.set(q("front_spot"), OptionIndex{0}); // not reached from "side"
    const TriageResult result = triage(kb_, answers_);
    EXPECT_EQ(result.ignored, (std::vector<std::size_t>{q("front_spot"), q("twist")}));
    EXPECT_TRUE(result.redFlags.empty());
}

} // namespace
} // namespace kt
