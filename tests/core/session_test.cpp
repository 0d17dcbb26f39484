#include "kneetriage/engine/flow.h"
#include "kneetriage/kb/loader.h"
#include "kneetriage/engine/session.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace kt {
namespace {

class SessionTest : public ::testing::Test {
  protected:
    std::size_t q(const char* id) const { return *kb_.findQuestion(id); }
    const std::string& currentId(const Session& session) const {
        return kb_.questions[*session.current()].id;
    }
    KnowledgeBase kb_ = test::loadMiniKb();
};

TEST_F(SessionTest, AsksInTheFlowOrderAndFinishes) {
    Session session(kb_);
    EXPECT_EQ(currentId(session), "danger");
    session.answer(OptionIndex{1});
    session.answer(25.0);
    EXPECT_EQ(currentId(session), "where");
    session.answer(OptionIndex{0});
    EXPECT_EQ(currentId(session), "front_spot");
    session.answer(OptionIndex{0});
    session.answer(OptionSet{});
    session.answer(Unsure{});
    EXPECT_TRUE(session.finished());
}

TEST_F(SessionTest, BackKeepsTheAnswerAndChangingItReroutes) {
    Session session(kb_);
    session.answer(OptionIndex{1});
    session.answer(25.0);
    session.answer(OptionIndex{0}); // front
    session.answer(OptionIndex{0}); // kneecap
    ASSERT_TRUE(session.back());
    ASSERT_TRUE(session.back());
    EXPECT_EQ(currentId(session), "where");
    EXPECT_EQ(std::get<OptionIndex>(session.answers()[q("where")]).index, 0U); // kept
    session.answer(OptionIndex{1}); // side: front_spot leaves the path
    EXPECT_EQ(currentId(session), "stairs");
    session.answer(OptionSet{1});
    session.answer(OptionIndex{1});
    ASSERT_TRUE(session.finished());
    const TriageResult result = session.result();
    EXPECT_EQ(std::find(result.asked.begin(), result.asked.end(), q("front_spot")),
              result.asked.end());
    EXPECT_EQ(kb_.conditions[result.conditions.at(0).condition].id, "side_tear");
}

TEST_F(SessionTest, OneAtATimeGivesTheSameResultAsBatch) {
    Session session(kb_);
    const std::vector<AnswerValue> given{OptionIndex{1}, 33.0,         OptionIndex{0},
                                         OptionIndex{1}, OptionSet{3}, OptionIndex{0}};
    for (const AnswerValue& value : given) {
        session.answer(value);
    }
    ASSERT_TRUE(session.finished());
    const TriageResult batch = triage(kb_, session.answers());
    const TriageResult interactive = session.result();
    EXPECT_EQ(batch.asked, interactive.asked);
    EXPECT_EQ(batch.disposition, interactive.disposition);
    ASSERT_EQ(batch.conditions.size(), interactive.conditions.size());
    EXPECT_EQ(batch.redFlags, interactive.redFlags);
}

TEST_F(SessionTest, RedFlagFiresAsSoonAsItsAnswerIsGiven) {
    Session session(kb_);
    session.answer(OptionIndex{0});
    const auto fired = session.firedRedFlags();
    ASSERT_EQ(fired.size(), 1U);
    EXPECT_EQ(kb_.redFlags[fired[0]].id, "danger_now");
    session.back(); // the answer is kept, but the user has stepped back before it
    EXPECT_TRUE(session.firedRedFlags().empty());
}

TEST_F(SessionTest, BackAtTheStartDoesNothing) {
    Session session(kb_);
    EXPECT_FALSE(session.back());
    EXPECT_EQ(currentId(session), "danger");
}

// A rule that holds "unless known otherwise" waits for its question: the check is interrupted
// only by what has been answered, never by a question still ahead.
TEST(SessionShipped, NoInterruptionForAQuestionNotYetAsked) {
    const KnowledgeBase kb = std::get<KnowledgeBase>(loadKnowledgeBase(KT_DATA_DIR));
    Session session(kb);
    while (!session.finished() && kb.questions[*session.current()].id != "age_years") {
        const Question& question = kb.questions[*session.current()];
        // "No" to each warning sign, "yes" where "no" is the sign; the first option otherwise.
        const bool sayNo =
            question.kind == QuestionKind::YesNo && question.id != "straight_leg_raise";
        session.answer(OptionIndex{sayNo ? 1U : 0U});
    }
    ASSERT_FALSE(session.finished());
    session.answer(64.0); // the Ottawa and Pittsburgh rules need an injury, not yet asked about
    EXPECT_TRUE(session.firedRedFlags().empty());
    Answers sameAnswers = session.answers();
    EXPECT_FALSE(firedRedFlags(kb, sameAnswers).empty())
        << "as a finished check, unknown onset holds";
}

} // namespace
} // namespace kt
