// kneetriage-cli end to end: documents out, exit statuses, and error text on stderr.
#include "test_support.h"

#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

namespace kt {
namespace {

using nlohmann::json;
using test::runCli;

const std::string kFrontOfKnee = R"({"format": "kneetriage.answers/1", "answers": {
  "weight_bearing": "normal", "fever_unwell": "no", "hot_red_swollen": "no", "calf_pain_swelling": "no",
  "short_of_breath": "no", "recent_surgery_or_travel": "no", "locked_knee": "no", "deformity": "no",
  "numb_cold_foot": "no", "foot_drop": "no", "tense_calf_shin": "no",
  "deformed_at_injury": "no", "kneecap_slipped": "no", "night_pain": "no", "weight_loss": "no",
  "cancer_history": "no", "limp": "no", "hip_groin_thigh_pain": "no", "age_years": 34, "pain_location": "front",
  "front_spot": "around_kneecap", "onset": "gradual", "worse_with": ["stairs_down", "prolonged_sitting", "squatting"]}})";

std::string oneLine(std::string text) {
    std::erase(text, '\n');
    return text;
}

TEST(Cli, TriageProducesAContractResultDocument) {
    const auto run = runCli("triage -", kFrontOfKnee);
    ASSERT_EQ(run.exitStatus, 0) << run.err;
    const json result = json::parse(run.out);
    EXPECT_EQ(result["format"], "kneetriage.result/1");
    EXPECT_EQ(result["knowledge_base"]["id"], "knee-runner");
    EXPECT_EQ(result["disposition"], "self_care");
    EXPECT_EQ(result["conditions"][0]["id"], "patellofemoral_pain");
    EXPECT_LE(result["conditions"].size(), 5U);
    for (const json& condition : result["conditions"]) {
        EXPECT_GE(condition["score"].get<double>(), 0.0);
        EXPECT_LE(condition["score"].get<double>(), 1.0);
    }
    EXPECT_FALSE(result["conditions"][0]["why"].empty());
    EXPECT_FALSE(result["exercises"].empty());
    EXPECT_EQ(result["asked"][0], "weight_bearing");
    EXPECT_TRUE(result["ignored"].empty());
}

TEST(Cli, EmergencyRedFlagComesOutAsEmergencyWithAdvice) {
    std::string answers = kFrontOfKnee;
    answers.replace(answers.find("\"hot_red_swollen\": \"no\""), 23,
                    "\"hot_red_swollen\": \"yes\"");
    const auto run = runCli("triage -", answers);
    ASSERT_EQ(run.exitStatus, 0) << run.err;
    const json result = json::parse(run.out);
    EXPECT_EQ(result["disposition"], "emergency");
    EXPECT_EQ(result["red_flags"][0]["id"], "possible_joint_infection");
    EXPECT_TRUE(result["exercises"].empty());
}

TEST(Cli, BadAnswerExitsTwoAndNamesFilePlaceAndExpectation) {
    const auto run = runCli(
        "triage -", R"({"format": "kneetriage.answers/1", "answers": {"pain_location": "frnt"}})");
    EXPECT_EQ(run.exitStatus, 2);
    EXPECT_TRUE(run.out.empty());
    EXPECT_NE(
        run.err.find(
            "<stdin>:1:65: at /answers/pain_location: question 'pain_location': found \"frnt\", "
            "expected one of: front, inner, outer, back, whole_knee (did you mean 'front'?)"),
        std::string::npos)
        << run.err;
}

TEST(Cli, MissingFileAndDirectoryExitTwo) {
    const auto missing = runCli("triage /nonexistent/answers.json");
    EXPECT_EQ(missing.exitStatus, 2);
    EXPECT_NE(missing.err.find("/nonexistent/answers.json: cannot open"), std::string::npos);
    const auto directory = runCli("triage /tmp");
    EXPECT_EQ(directory.exitStatus, 2);
    EXPECT_NE(directory.err.find("/tmp: is a directory"), std::string::npos);
}

TEST(Cli, BatchWritesOneLinePerCaseInOrderAndGoesOnAfterABadLine) {
    const std::string input =
        oneLine(kFrontOfKnee) +
        "\n{\"format\": \"kneetriage.answers/1\", \"answers\": {\"age_years\": 300}}\n" +
        "not json\n\n" + oneLine(kFrontOfKnee) + "\n";
    const auto run = runCli("triage --batch -", input);
    EXPECT_EQ(run.exitStatus, 1);
    std::istringstream lines(run.out);
    std::vector<json> outputs;
    for (std::string line; std::getline(lines, line);) {
        outputs.push_back(json::parse(line));
    }
    ASSERT_EQ(outputs.size(), 5U); // one line out for each line in, the blank one included
    EXPECT_EQ(outputs[0]["format"], "kneetriage.result/1");
    EXPECT_EQ(outputs[1]["format"], "kneetriage.error/1");
    EXPECT_EQ(outputs[1]["line"], 2);
    EXPECT_EQ(outputs[1]["problems"][0]["pointer"], "/answers/age_years");
    EXPECT_EQ(outputs[2]["line"], 3);
    EXPECT_EQ(outputs[3]["line"], 4);
    EXPECT_EQ(outputs[3]["problems"][0]["message"],
              "blank line; expected one answers document per line");
    EXPECT_EQ(outputs[4]["format"], "kneetriage.result/1");
    EXPECT_NE(run.err.find("<stdin>:2:"), std::string::npos);
    EXPECT_NE(run.err.find("3 of 5 line(s) could not be triaged"), std::string::npos);
}

TEST(Cli, BatchOfGoodLinesExitsZero) {
    const auto run =
        runCli("triage --batch", oneLine(kFrontOfKnee) + "\n" + oneLine(kFrontOfKnee) + "\n");
    EXPECT_EQ(run.exitStatus, 0) << run.err;
    EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 2);
}

TEST(Cli, ValidatePassesOnTheShippedData) {
    const auto run = runCli("validate");
    EXPECT_EQ(run.exitStatus, 0) << run.err;
    EXPECT_NE(run.out.find("is valid: "), std::string::npos);
}

TEST(Cli, ValidateListsEveryProblemOfABrokenCopy) {
    const test::KbCopy kb(KT_DATA_DIR);
    kb.edit("kb/questions.json", [](json& document) {
        document["questions"][0]["next"] = "fevr_unwell";
        document["questions"][1]["kind"] = "boolean";
    });
    kb.edit("kb/red_flags.json",
            [](json& document) { document["red_flags"][0]["disposition"] = "asap"; });
    const auto run = runCli("validate --kb '" + kb.path().string() + "'");
    EXPECT_EQ(run.exitStatus, 2);
    EXPECT_NE(run.err.find("unknown kind 'boolean'"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("unknown disposition 'asap'"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("problem(s) in the knowledge base"), std::string::npos);
}

TEST(Cli, UsageErrorsExitTwoAndHelpAndVersionExitZero) {
    EXPECT_EQ(runCli("").exitStatus, 2);
    EXPECT_EQ(runCli("frobnicate").exitStatus, 2);
    EXPECT_EQ(runCli("triage --bogus x").exitStatus, 2);
    const auto help = runCli("--help");
    EXPECT_EQ(help.exitStatus, 0);
    EXPECT_NE(help.out.find("kneetriage-cli triage --batch"), std::string::npos);
    const auto version = runCli("--version");
    EXPECT_EQ(version.exitStatus, 0);
    EXPECT_EQ(version.out.rfind("kneetriage-cli ", 0), 0U);
}

} // namespace
} // namespace kt
