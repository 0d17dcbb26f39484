// The result document says what the engine found in the knowledge base's own words: every
// reason, name and piece of advice in it is the text of the thing the result points to.
#include "kneetriage/io/answers_reader.h"
#include "kneetriage/io/result_json.h"
#include "kneetriage/io/result_reader.h"
#include "kneetriage/kb/loader.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

namespace kt {
namespace {

using nlohmann::json;

std::vector<json> everyVignettesAnswers() {
    std::vector<json> answers;
    for (const auto& entry : std::filesystem::directory_iterator(KT_VIGNETTE_DIR)) {
        if (entry.path().extension() != ".json") {
            continue;
        }
        std::ifstream in(entry.path());
        const json document = json::parse(in);
        for (const json& vignette : document.at("vignettes")) {
            answers.push_back(vignette.at("answers"));
        }
    }
    return answers;
}

SavedResult writtenAndReadBack(const KnowledgeBase& kb, const TriageResult& result) {
    std::string text;
    appendResultJson(text, kb, result);
    auto read = readResultDocument(std::get<JsonDocument>(parseJsonText("result", text, {})));
    if (const auto* problems = std::get_if<Problems>(&read)) {
        throw std::runtime_error(problems->front().describe());
    }
    return std::get<SavedResult>(read);
}

TEST(ResultDocument, EveryReasonNameAndAdviceIsTheKnowledgeBasesTextForWhatItNames) {
    const KnowledgeBase kb = std::get<KnowledgeBase>(loadKnowledgeBase(KT_DATA_DIR));
    const auto cases = everyVignettesAnswers();
    ASSERT_GT(cases.size(), 200U);
    for (const json& given : cases) {
        const json document{{"format", "kneetriage.answers/1"}, {"answers", given}};
        const auto answers =
            readAnswers(kb, std::get<JsonDocument>(parseJsonText("case", document.dump(), {})));
        ASSERT_TRUE(std::holds_alternative<Answers>(answers)) << given.dump();
        const TriageResult result = triage(kb, std::get<Answers>(answers));
        const SavedResult saved = writtenAndReadBack(kb, result);
        EXPECT_EQ(saved.kbId, kb.id);
        EXPECT_EQ(saved.disposition, result.disposition);
        ASSERT_EQ(saved.conditions.size(), result.conditions.size());
        for (std::size_t c = 0; c < result.conditions.size(); ++c) {
            const RankedCondition& ranked = result.conditions[c];
            const Condition& condition = kb.conditions[ranked.condition];
            EXPECT_EQ(saved.conditions[c].id, condition.id);
            EXPECT_EQ(saved.conditions[c].name, condition.name);
            ASSERT_EQ(saved.conditions[c].why.size(), ranked.why.size());
            for (std::size_t r = 0; r < ranked.why.size(); ++r) {
                EXPECT_EQ(saved.conditions[c].why[r], condition.features[ranked.why[r]].reason);
            }
            ASSERT_EQ(saved.conditions[c].against.size(), ranked.against.size());
            for (std::size_t r = 0; r < ranked.against.size(); ++r) {
                EXPECT_EQ(saved.conditions[c].against[r],
                          condition.features[ranked.against[r]].reason);
            }
        }
        ASSERT_EQ(saved.redFlags.size(), result.redFlags.size());
        for (std::size_t f = 0; f < result.redFlags.size(); ++f) {
            EXPECT_EQ(saved.redFlags[f].id, kb.warningSigns[result.redFlags[f]].id);
            EXPECT_EQ(saved.redFlags[f].advice, kb.warningSigns[result.redFlags[f]].advice);
            // The red flags' advice leads the advice list, in the same order.
            ASSERT_GT(saved.advice.size(), f);
            EXPECT_EQ(saved.advice[f], kb.warningSigns[result.redFlags[f]].advice);
        }
        ASSERT_EQ(saved.exercises.size(), result.exercises.size());
        for (std::size_t e = 0; e < result.exercises.size(); ++e) {
            EXPECT_EQ(saved.exercises[e].name, kb.exercises[result.exercises[e]].name);
        }
        ASSERT_EQ(saved.asked.size(), result.asked.size());
        for (std::size_t q = 0; q < result.asked.size(); ++q) {
            EXPECT_EQ(saved.asked[q], kb.questions[result.asked[q]].id);
        }
        if (::testing::Test::HasFailure()) {
            FAIL() << "first case that differs: " << given.dump();
        }
    }
}

} // namespace
} // namespace kt
