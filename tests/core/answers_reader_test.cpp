#include "kneetriage/io/answers_reader.h"
#include "test_support.h"

#include <chrono>
#include <gtest/gtest.h>
#include <iostream>

namespace kt {
namespace {

class AnswersReaderTest : public ::testing::Test {
  protected:
    AnswersResult read(const std::string& text) {
        JsonResult parsed = parseJsonText("answers.json", text, {});
        if (auto* problem = std::get_if<Problem>(&parsed)) {
            return Problems{*problem};
        }
        return readAnswers(kb_, std::get<JsonDocument>(parsed));
    }
    std::string problems(const std::string& text) {
        const AnswersResult result = read(text);
        if (!std::holds_alternative<Problems>(result)) {
            return "(accepted)";
        }
        std::string all;
        for (const Problem& problem : std::get<Problems>(result)) {
            all += problem.describe() + "\n";
        }
        return all;
    }
    std::size_t q(const char* id) const { return *kb_.findQuestion(id); }

    KnowledgeBase kb_ = test::loadMiniKb();
};

TEST_F(AnswersReaderTest, ReadsEveryKind) {
    const AnswersResult result = read(R"({"format": "kneetriage.answers/1", "answers":
        {"danger": "unsure", "age": 34, "where": "front", "stairs": ["down"], "twist": "no"}})");
    ASSERT_TRUE(std::holds_alternative<Answers>(result)) << problems("{}");
    const Answers& answers = std::get<Answers>(result);
    EXPECT_TRUE(std::holds_alternative<Unsure>(answers[q("danger")]));
    EXPECT_EQ(std::get<double>(answers[q("age")]), 34);
    EXPECT_EQ(std::get<OptionIndex>(answers[q("where")]).index, 0U);
    EXPECT_TRUE(std::get<OptionSet>(answers[q("stairs")]).contains(1));
    EXPECT_EQ(std::get<OptionIndex>(answers[q("twist")]).index, 1U);
    EXPECT_FALSE(answers.given(q("front_spot")));
}

TEST_F(AnswersReaderTest, UnknownQuestionGetsDidYouMean) {
    EXPECT_NE(problems(R"({"format": "kneetriage.answers/1", "answers": {"wher": "front"}})")
                  .find("at /answers/wher: unknown question 'wher' (did you mean 'where'?)"),
              std::string::npos);
}

TEST_F(AnswersReaderTest, UnknownCodeNamesQuestionValueAndCodes) {
    EXPECT_NE(problems(R"({"format": "kneetriage.answers/1", "answers": {"where": "back"}})")
                  .find("question 'where': found \"back\", expected one of: front, side"),
              std::string::npos);
}

TEST_F(AnswersReaderTest, WrongKindIsAnError) {
    const std::string found = problems(
        R"({"format": "kneetriage.answers/1", "answers": {"stairs": "down", "danger": true}})");
    EXPECT_NE(found.find("question 'stairs': found \"down\", expected an array of codes"),
              std::string::npos);
    EXPECT_NE(found.find("question 'danger': found true, expected one of: yes, no, unsure"),
              std::string::npos);
}

TEST_F(AnswersReaderTest, NumberOutOfRangeOrFractionalIsAnError) {
    EXPECT_NE(problems(R"({"format": "kneetriage.answers/1", "answers": {"age": 101}})")
                  .find("question 'age': found 101, expected a whole number 5 .. 100"),
              std::string::npos);
    EXPECT_NE(problems(R"({"format": "kneetriage.answers/1", "answers": {"age": 30.5}})")
                  .find("whole number"),
              std::string::npos);
    EXPECT_NE(problems(R"({"format": "kneetriage.answers/1", "answers": {"age": 1e400}})")
                  .find("invalid JSON"),
              std::string::npos);
}

TEST_F(AnswersReaderTest, WrongFormatAndMissingAnswersAreErrors) {
    const std::string found = problems(R"({"format": "kneetriage.answers/2"})");
    EXPECT_NE(found.find("found 'kneetriage.answers/2', expected 'kneetriage.answers/1'"),
              std::string::npos);
    EXPECT_NE(found.find("missing member \"answers\""), std::string::npos);
}

TEST_F(AnswersReaderTest, ReportsEveryBadAnswerAtOnce) {
    const AnswersResult result = read(
        R"({"format": "kneetriage.answers/1", "answers": {"age": "old", "where": 3, "x": 1}})");
    ASSERT_TRUE(std::holds_alternative<Problems>(result));
    EXPECT_EQ(std::get<Problems>(result).size(), 3U);
}

TEST_F(AnswersReaderTest, ThousandsOfBadAnswersListOnlyTheFirstHundredQuickly) {
    std::string text = R"({"format": "kneetriage.answers/1", "answers": {)";
    for (int i = 0; i < 20000; ++i) {
        text += (i == 0 ? "" : ",") + std::string("\"unknown_") + std::to_string(i) + "\": 1";
    }
    text += "}}";
    const auto start = std::chrono::steady_clock::now();
    const JsonResult parsed = parseJsonText("many.json", text, {});
    const AnswersResult result = readAnswers(kb_, std::get<JsonDocument>(parsed));
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const Problems& problems = std::get<Problems>(result);
    ASSERT_EQ(problems.size(), kMaxListedProblems + 1);
    EXPECT_NE(problems.back().message.find("and 19900 more answers not checked"),
              std::string::npos);
    std::cout << "20,000 unknown questions: " << seconds
              << " s\n"; // reported in README, not a timed test
}

TEST_F(AnswersReaderTest, AnEchoedNameCannotSendTerminalEscapes) {
    const AnswersResult result =
        read(R"({"format": "kneetriage.answers/1", "answers": {"\u001b[2J": "yes"}})");
    const std::string message = std::get<Problems>(result).front().message;
    EXPECT_EQ(message.find('\x1b'), std::string::npos);
    EXPECT_NE(message.find("\\u001b[2J"), std::string::npos) << message;
}

} // namespace
} // namespace kt
