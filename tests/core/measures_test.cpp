// Every worked example in data/measures, scored by the engine: the published rules, including
// what happens when items are missing.
#include "kneetriage/measures.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <fstream>

namespace kt {
namespace {

using nlohmann::json;

std::vector<Measure> shippedMeasures() {
    MeasuresResult loaded = loadMeasures(KT_DATA_DIR "/measures");
    if (auto* problems = std::get_if<Problems>(&loaded)) {
        ADD_FAILURE() << problems->front().describe();
        return {};
    }
    return std::get<std::vector<Measure>>(loaded);
}

TEST(Measures, ShipsKoos12KujalaVisaPAndPainRating) {
    std::vector<std::string> ids;
    for (const Measure& measure : shippedMeasures()) {
        ids.push_back(measure.id);
        EXPECT_FALSE(measure.sources.empty()) << measure.id;
        EXPECT_FALSE(measure.licence.empty()) << measure.id;
    }
    EXPECT_EQ(ids, (std::vector<std::string>{"koos12", "kujala", "nrs", "visa_p"}));
}

TEST(Measures, EveryWorkedExampleScoresAsPublished) {
    std::size_t examples = 0;
    for (const Measure& measure : shippedMeasures()) {
        std::ifstream in(std::string(KT_DATA_DIR) + "/measures/" + measure.id + ".json");
        const json document = json::parse(in);
        for (const json& example : document.at("worked_examples")) {
            ++examples;
            const ScoresResult scored = scoreMeasure(measure, example.at("answers"));
            ASSERT_TRUE(std::holds_alternative<std::vector<ScaleScore>>(scored)) << example.at("description");
            for (const ScaleScore& score : std::get<std::vector<ScaleScore>>(scored)) {
                if (!example.at("expected").contains(score.scale)) {
                    continue;
                }
                const json& expected = example.at("expected").at(score.scale);
                if (expected.is_null()) {
                    EXPECT_FALSE(score.score.has_value()) << measure.id << "/" << score.scale << ": " << example.at("description");
                } else {
                    ASSERT_TRUE(score.score.has_value()) << measure.id << "/" << score.scale << ": " << example.at("description");
                    EXPECT_NEAR(*score.score, expected.get<double>(), 0.01) << example.at("description");
                }
            }
        }
    }
    EXPECT_GE(examples, 12U);
}

TEST(Measures, UnknownItemsCodesAndOutOfRangeNumbersAreRefused) {
    const auto measures = shippedMeasures();
    const auto find = [&](const std::string& id) {
        return *std::find_if(measures.begin(), measures.end(), [&](const Measure& m) { return m.id == id; });
    };
    const auto problems = [](const ScoresResult& result) {
        std::string text;
        for (const Problem& problem : std::get<Problems>(result)) {
            text += problem.describe() + "\n";
        }
        return text;
    };
    EXPECT_NE(problems(scoreMeasure(find("nrs"), {{"nrs_worst_week", 11}})).find("expected a number 0 .. 10"), std::string::npos);
    EXPECT_NE(problems(scoreMeasure(find("kujala"), {{"kujala_99", "none"}})).find("unknown item 'kujala_99'"), std::string::npos);
    EXPECT_NE(problems(scoreMeasure(find("koos12"), {{"koos12_p1", "sometimes"}})).find("expected one of: never, monthly"),
              std::string::npos);
}

TEST(Measures, BrokenMeasureFileIsReportedWithItsPlace) {
    const auto directory = test::uniqueTempPath("kt-measures");
    std::filesystem::create_directories(directory);
    std::ofstream(directory / "bad.json") << R"({"id": "bad", "name": "Bad", "licence": "none", "sources": [],
      "items": [], "scales": [{"id": "t", "name": "T", "method": "median", "min_answered": 1, "items": ["x"]}]})";
    const MeasuresResult result = loadMeasures(directory);
    ASSERT_TRUE(std::holds_alternative<Problems>(result));
    std::string all;
    for (const Problem& problem : std::get<Problems>(result)) {
        all += problem.describe() + "\n";
    }
    EXPECT_NE(all.find("unknown method 'median'"), std::string::npos) << all;
    EXPECT_NE(all.find("unknown item 'x'"), std::string::npos) << all;
    EXPECT_NE(all.find("found no source"), std::string::npos) << all;
    std::filesystem::remove_all(directory);
}

} // namespace
} // namespace kt
