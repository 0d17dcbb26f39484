// Every worked example in data/measures, scored by the engine: the published rules, including
// what happens when items are missing.
#include "kneetriage/kb/loader.h"
#include "kneetriage/measures/measures.h"
#include "test_support.h"

#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <optional>

namespace kt {
namespace {

using nlohmann::json;

const KnowledgeBase& shippedKb() {
    static const KnowledgeBase kb = std::get<KnowledgeBase>(loadKnowledgeBase(KT_DATA_DIR));
    return kb;
}

std::vector<Measure> shippedMeasures() {
    MeasuresResult loaded = loadMeasures(KT_DATA_DIR "/measures", shippedKb());
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

// The branch rule lives in the data (applies_if); the app's form and the scoring both ask it.
TEST(Measures, AVisaPPartOfQuestion8AppliesOnlyWhenItsBranchIsChosen) {
    const std::vector<Measure> measures = shippedMeasures();
    const auto visaP = std::find_if(measures.begin(), measures.end(),
                                    [](const Measure& measure) { return measure.id == "visa_p"; });
    ASSERT_NE(visaP, measures.end());
    const MeasureItem* partB = visaP->item("visa_p_8b");
    ASSERT_NE(partB, nullptr);
    EXPECT_TRUE(itemApplies(*partB, {{"visa_p_8_branch", "b"}}));
    EXPECT_FALSE(itemApplies(*partB, {{"visa_p_8_branch", "a"}}));
    EXPECT_FALSE(itemApplies(*partB, json::object()));
    EXPECT_TRUE(itemApplies(*visaP->item("visa_p_1"), json::object()));
}

// One worked example: every scale it states is scored, and as published; none is left out,
// and the engine scores no scale the example does not state.
void expectScoresAsPublished(const Measure& measure, const json& example) {
    const std::string what = measure.id + ": " + example.at("description").get<std::string>();
    const ScoresResult scored = scoreMeasure(measure, example.at("answers"));
    ASSERT_TRUE(std::holds_alternative<std::vector<ScaleScore>>(scored)) << what;
    std::map<std::string, std::optional<double>> scores;
    for (const ScaleScore& score : std::get<std::vector<ScaleScore>>(scored)) {
        EXPECT_TRUE(scores.emplace(score.scale, score.score).second)
            << what << ": scale " << score.scale << " scored twice";
    }
    const json& expected = example.at("expected");
    for (const auto& [scale, value] : expected.items()) {
        const auto found = scores.find(scale);
        if (found == scores.end()) {
            ADD_FAILURE() << what << ": scale " << scale << " is missing from the scores";
        } else if (value.is_null()) {
            EXPECT_FALSE(found->second.has_value()) << what << ": scale " << scale;
        } else if (!found->second.has_value()) {
            ADD_FAILURE() << what << ": scale " << scale << " has no score, expected "
                          << value.dump();
        } else {
            EXPECT_NEAR(*found->second, value.get<double>(), 0.01) << what << ": scale " << scale;
        }
    }
    for (const auto& [scale, ignored] : scores) {
        EXPECT_TRUE(expected.contains(scale)) << what << ": the example states no " << scale;
    }
}

TEST(Measures, EveryWorkedExampleScoresAsPublished) {
    std::size_t examples = 0;
    for (const Measure& measure : shippedMeasures()) {
        std::ifstream in(std::string(KT_DATA_DIR) + "/measures/" + measure.id + ".json");
        const json document = json::parse(in);
        for (const json& example : document.at("worked_examples")) {
            ++examples;
            expectScoresAsPublished(measure, example);
        }
    }
    EXPECT_GE(examples, 12U);
}

TEST(Measures, UnknownItemsCodesAndOutOfRangeNumbersAreRefused) {
    const auto measures = shippedMeasures();
    const auto find = [&](const std::string& id) {
        return *std::find_if(measures.begin(), measures.end(),
                             [&](const Measure& m) { return m.id == id; });
    };
    const auto problems = [](const ScoresResult& result) {
        std::string text;
        for (const Problem& problem : std::get<Problems>(result)) {
            text += problem.describe() + "\n";
        }
        return text;
    };
    EXPECT_NE(problems(scoreMeasure(find("nrs"), {{"nrs_worst_week", 11}}))
                  .find("expected a number 0 .. 10"),
              std::string::npos);
    EXPECT_NE(problems(scoreMeasure(find("kujala"), {{"kujala_99", "none"}}))
                  .find("unknown item 'kujala_99'"),
              std::string::npos);
    EXPECT_NE(problems(scoreMeasure(find("koos12"), {{"koos12_p1", "sometimes"}}))
                  .find("expected one of: never, monthly"),
              std::string::npos);
}

TEST(Measures, BrokenMeasureFileIsReportedWithItsPlace) {
    const auto directory = test::uniqueTempPath("kt-measures");
    std::filesystem::create_directories(directory);
    std::ofstream(directory / "bad.json")
        << R"({"id": "bad", "name": "Bad", "licence": "none", "sources": [],
      "items": [], "scales": [{"id": "t", "name": "T", "method": "median", "min_answered": 1, "items": ["x"]}]})";
    const MeasuresResult result = loadMeasures(directory, shippedKb());
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

TEST(Measures, KujalaAndVisaPAreOfferedOnlyForFrontOfKneePain) {
    const auto measures = shippedMeasures();
    const KnowledgeBase& kb = shippedKb();
    const auto offered = [&](std::initializer_list<std::pair<const char*, std::size_t>> given,
                             double age = 30) {
        Answers answers(kb.questions.size());
        answers.set(*kb.findQuestion("age_years"), age);
        for (const auto& [question, option] : given) {
            answers.set(*kb.findQuestion(question), OptionIndex{option});
        }
        std::vector<std::string> ids;
        for (const Measure* measure : measuresToOffer(measures, answers)) {
            ids.push_back(measure->id);
        }
        return ids;
    };
    const auto option = [&](const char* question, const char* code) {
        return *kb.questions[*kb.findQuestion(question)].optionIndex(code);
    };
    EXPECT_EQ(offered({{"pain_location", option("pain_location", "outer")}}),
              (std::vector<std::string>{"koos12", "nrs"}));
    EXPECT_EQ(offered({{"pain_location", option("pain_location", "front")},
                       {"front_spot", option("front_spot", "below_kneecap")}}),
              (std::vector<std::string>{"koos12", "kujala", "nrs", "visa_p"}));
    // KOOS-12 is validated for adults only, and VISA-P is not for an Osgood-Schlatter bump.
    EXPECT_EQ(offered({{"pain_location", option("pain_location", "front")},
                       {"front_spot", option("front_spot", "bump_below_kneecap")}},
                      13),
              (std::vector<std::string>{"kujala", "nrs"}));
}

TEST(Measures, VisitsCsvHasOneRowPerVisitWithEveryScaleAndQuotes) {
    const auto measures = shippedMeasures();
    std::vector<VisitRow> visits{
        {"2026-11-01", "self_care", "Runner's knee, \"front\"", {{"nrs", {{"nrs_worst_week", 6}}}}},
        {"2026-11-15", "self_care", "Runner's knee", {{"nrs", {{"nrs_worst_week", 3}}}}}};
    const std::string csv = visitsCsv(measures, "A. Runner", visits);
    EXPECT_EQ(csv.substr(0, csv.find("\r\n")),
              "patient,date,disposition,most_likely,koos12_pain,koos12_function,koos12_qol,koos12_"
              "summary,kujala_total,"
              "nrs_total,visa_p_total");
    EXPECT_NE(
        csv.find("A. Runner,2026-11-01,self_care,\"Runner's knee, \"\"front\"\"\",,,,,,6.0,\r\n"),
        std::string::npos)
        << csv;
    EXPECT_NE(csv.find("A. Runner,2026-11-15,self_care,Runner's knee,,,,,,3.0,\r\n"),
              std::string::npos)
        << csv;
}

TEST(Measures, VisitsCsvCellsThatLookLikeFormulasStayText) {
    const std::vector<VisitRow> visits{
        {"2026-11-01", "self_care", "=HYPERLINK(\"http://x\")", json::object()}};
    for (const char* patient : {"=1+1", "+1", "-1", "@SUM(A1)"}) {
        const std::string csv = visitsCsv({}, patient, visits);
        const std::string row = csv.substr(csv.find("\r\n") + 2);
        EXPECT_EQ(row.substr(0, row.find(',')), "\"'" + std::string(patient) + "\"") << row;
        EXPECT_NE(row.find(",\"'=HYPERLINK(\"\"http://x\"\")\""), std::string::npos) << row;
    }
}

} // namespace
} // namespace kt
