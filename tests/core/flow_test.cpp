#include "kneetriage/engine/flow.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace kt {
namespace {

class FlowTest : public ::testing::Test {
  protected:
    std::size_t q(const char* id) const { return *kb_.findQuestion(id); }
    std::vector<std::string> ids(const std::vector<std::size_t>& questions) const {
        std::vector<std::string> names;
        for (const std::size_t question : questions) {
            names.push_back(kb_.questions[question].id);
        }
        return names;
    }
    KnowledgeBase kb_ = test::loadMiniKb();
    Answers answers_{kb_.questions.size()};
};

TEST_F(FlowTest, BranchesOnTheAnswer) {
    answers_.set(q("where"), OptionIndex{0});
    EXPECT_EQ(
        ids(walkFlow(kb_, answers_, WalkMode::AllAnswersGiven).asked),
        (std::vector<std::string>{"danger", "age", "where", "front_spot", "stairs", "twist"}));
    answers_.set(q("where"), OptionIndex{1});
    EXPECT_EQ(ids(walkFlow(kb_, answers_, WalkMode::AllAnswersGiven).asked),
              (std::vector<std::string>{"danger", "age", "where", "stairs", "twist"}));
}

TEST_F(FlowTest, UnansweredTakesTheUnknownBranchInBatch) {
    EXPECT_EQ(ids(walkFlow(kb_, answers_, WalkMode::AllAnswersGiven).asked),
              (std::vector<std::string>{"danger", "age", "where", "stairs", "twist"}));
}

TEST_F(FlowTest, InteractiveWalkStopsAtTheFirstUnansweredQuestion) {
    answers_.set(q("danger"), OptionIndex{1});
    const Walk walk = walkFlow(kb_, answers_, WalkMode::StopAtUnanswered);
    EXPECT_EQ(ids(walk.asked), (std::vector<std::string>{"danger", "age"}));
}

TEST_F(FlowTest, AskIfFalseSkipsTheQuestionButUnknownAsksIt) {
    answers_.set(q("age"), 70.0);
    EXPECT_EQ(ids(walkFlow(kb_, answers_, WalkMode::AllAnswersGiven).asked),
              (std::vector<std::string>{"danger", "age", "where", "stairs"}));
    answers_.set(q("age"), std::monostate{});
    const auto asked = walkFlow(kb_, answers_, WalkMode::AllAnswersGiven).asked;
    EXPECT_EQ(asked.back(), q("twist"));
}

} // namespace
} // namespace kt
