// "Why we ask": every question a runner is asked says why, in plain words, with a public source
// that can be found; a knowledge base that gives a reason without a source does not load.
#include "test_support.h"

#include <gtest/gtest.h>

namespace kt {
namespace {

using nlohmann::json;
using test::describeAll;
using test::KbCopy;

bool reports(const LoadResult& result, const std::string& expected) {
    return std::holds_alternative<Problems>(result) &&
           describeAll(result).find(expected) != std::string::npos;
}

TEST(QuestionWhy, EveryQuestionAskedSaysWhyWithASourceThatCanBeFound) {
    const LoadResult loaded = loadKnowledgeBase(KT_DATA_DIR);
    ASSERT_TRUE(std::holds_alternative<KnowledgeBase>(loaded)) << describeAll(loaded);
    const KnowledgeBase& kb = std::get<KnowledgeBase>(loaded);
    for (const Question& question : kb.questions) {
        if (question.retired()) {
            continue;
        }
        EXPECT_GE(question.why.text.size(), 30U) << question.id << ": no reason given";
        ASSERT_FALSE(question.why.sources.empty()) << question.id;
        for (const Source& source : question.why.sources) {
            EXPECT_FALSE(source.title.empty()) << question.id;
            EXPECT_TRUE(!source.doi.empty() || source.url.starts_with("https://"))
                << question.id << ": " << source.title;
        }
    }
}

TEST(QuestionWhy, AReasonWithoutASourceIsRefused) {
    const KbCopy kb(KT_DATA_DIR);
    kb.edit("kb/questions.json",
            [](json& document) { document["questions"][1]["why"].erase("sources"); });
    const LoadResult result = kb.load(true);
    EXPECT_TRUE(reports(result, "questions.json:")) << describeAll(result);
    EXPECT_TRUE(reports(result, "at /questions/1/why/sources: question 'fever_unwell' says why it "
                                "is asked but cites no source; expected at least one"))
        << describeAll(result);
}

TEST(QuestionWhy, AReasonWithoutASourceIsRefusedEvenOutsideTheContract) {
    const KbCopy kb; // the mini knowledge base, loaded without the contract's checks
    kb.edit("kb/questions.json", [](json& document) {
        document["questions"][0]["why"] = {{"text", "Because."}, {"sources", json::array()}};
    });
    EXPECT_TRUE(reports(kb.load(), "says why it is asked but cites no source"));
}

TEST(QuestionWhy, ASourceWithNeitherAddressNorDoiIsRefused) {
    const KbCopy kb(KT_DATA_DIR);
    kb.edit("kb/questions.json", [](json& document) {
        document["questions"][2]["why"]["sources"] = {{{"title", "A book somewhere"}}};
    });
    EXPECT_TRUE(reports(kb.load(true), "missing member \"url\" or \"doi\""));
}

TEST(QuestionWhy, AShippedQuestionWithoutAReasonIsRefused) {
    const KbCopy kb(KT_DATA_DIR);
    kb.edit("kb/questions.json", [](json& document) { document["questions"][3].erase("why"); });
    EXPECT_TRUE(reports(kb.load(true), "question 'calf_pain_swelling' has no \"why\""));
}

TEST(RatingScale, ThePainRatingHasWordsForBothEnds) {
    const LoadResult loaded = loadKnowledgeBase(KT_DATA_DIR);
    ASSERT_TRUE(std::holds_alternative<KnowledgeBase>(loaded)) << describeAll(loaded);
    const KnowledgeBase& kb = std::get<KnowledgeBase>(loaded);
    ASSERT_TRUE(kb.painRatingQuestion.has_value());
    const Question& rating = kb.questions[*kb.painRatingQuestion];
    EXPECT_EQ(rating.minLabel, "No pain");
    EXPECT_EQ(rating.maxLabel, "Worst pain imaginable");
}

TEST(RatingScale, WordsForOneEndOnlyOrForAScaleTooLongForButtonsAreRefused) {
    const KbCopy kb(KT_DATA_DIR);
    kb.edit("kb/questions.json", [](json& document) {
        for (json& question : document["questions"]) {
            if (question["id"] == "pain_severity") {
                question.erase("max_label");
            } else if (question["id"] == "age_years") {
                question["min_label"] = "Young";
                question["max_label"] = "Old";
            }
        }
    });
    const LoadResult result = kb.load(true);
    EXPECT_TRUE(reports(result, "missing member \"max_label\"")) << describeAll(result);
    EXPECT_TRUE(reports(result, "expected a whole_number question of at most 11 numbers"))
        << describeAll(result);
}

} // namespace
} // namespace kt
