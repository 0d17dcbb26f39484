// The next-run light: red never comes out amber or green, the amber cap is the longest run of
// the 30 days before today, and a missing, old or unclear check is never green.
#include "kneetriage/engine/triage.h"
#include "kneetriage/io/batch.h"
#include "kneetriage/kb/loader.h"
#include "training_support.h"

#include <gtest/gtest.h>

namespace kt {

using std::chrono::days;
namespace {

using test::calmInputs;
using test::check;
using test::entry;
using test::runOn;
using test::shippedTraining;
using test::testToday;

std::vector<std::string> reasonIds(const NextRunLight& light) {
    std::vector<std::string> ids;
    for (const TrainingText& reason : light.reasons) {
        ids.push_back(reason.id);
    }
    return ids;
}

bool hasReason(const NextRunLight& light, const std::string& id) {
    const auto ids = reasonIds(light);
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

TEST(NextRun, CalmInputsAreGreen) {
    const NextRunLight light = decideNextRun(shippedTraining(), calmInputs());
    EXPECT_EQ(light.light, Light::Green);
    EXPECT_EQ(reasonIds(light), std::vector<std::string>{"green"});
}

struct RedCase {
    const char* name;
    SavedResult latest;
    const char* reason;
};

class RedCause : public testing::TestWithParam<RedCase> {};

// Each cause alone, with a perfect diary, a fresh check and runs: the light is red, with the
// cause's reason and no plan.
TEST_P(RedCause, IsRedEvenWithAPerfectDiary) {
    NextRunInputs inputs = calmInputs();
    inputs.latestCheck = GetParam().latest;
    const TrainingAdvice advice = adviseTraining(shippedTraining(), inputs);
    EXPECT_EQ(advice.light.light, Light::Red);
    EXPECT_TRUE(hasReason(advice.light, GetParam().reason));
    EXPECT_TRUE(hasReason(advice.light, "red_no_plan"));
    EXPECT_FALSE(advice.plan.has_value());
    EXPECT_FALSE(advice.light.distanceCapMetres.has_value());
}

INSTANTIATE_TEST_SUITE_P(
    EachCause, RedCause,
    testing::Values(
        RedCase{"emergency", check(Disposition::Emergency, {{"patellofemoral_pain", 0.9}}),
                "red_disposition"},
        RedCase{"urgent", check(Disposition::Urgent, {{"patellofemoral_pain", 0.9}}),
                "red_disposition"},
        RedCase{"red_flag",
                check(Disposition::SelfCare, {{"patellofemoral_pain", 0.9}}, {"locked_knee"}),
                "red_flag"},
        RedCase{
            "stress_fracture_listed_second",
            check(Disposition::SelfCare, {{"patellofemoral_pain", 0.9}, {"stress_fracture", 0.3}}),
            "red_condition"},
        RedCase{"clot", check(Disposition::SeeClinician, {{"dvt", 0.25}}), "red_condition"}),
    [](const testing::TestParamInfo<RedCase>& info) { return std::string(info.param.name); });

TEST(NextRun, AStaleCheckStillCountsItsRedFlag) {
    NextRunInputs inputs = calmInputs();
    inputs.latestCheck = check(Disposition::Urgent, {}, {"locked_knee"});
    inputs.checkDay = testToday() - days(200);
    EXPECT_EQ(decideNextRun(shippedTraining(), inputs).light, Light::Red);
}

TEST(NextRun, AClinicianClearingAStopConditionGivesAmberButNeverLiftsARedFlag) {
    NextRunInputs inputs = calmInputs();
    inputs.latestCheck = check(Disposition::SeeClinician, {{"stress_fracture", 0.8}});
    inputs.clinicianCleared = true;
    const NextRunLight cleared = decideNextRun(shippedTraining(), inputs);
    EXPECT_EQ(cleared.light, Light::Amber);
    EXPECT_TRUE(hasReason(cleared, "cleared"));
    inputs.latestCheck = check(Disposition::Urgent, {{"stress_fracture", 0.8}}, {"locked_knee"});
    EXPECT_EQ(decideNextRun(shippedTraining(), inputs).light, Light::Red);
}

TEST(NextRun, AmberCapIsTheLongestRunOfTheThirtyDaysBeforeToday) {
    const std::chrono::sys_days today = testToday();
    NextRunInputs inputs = calmInputs();
    inputs.latestCheck = check(Disposition::SeeClinician, {{"patellofemoral_pain", 0.9}});
    inputs.runs = std::vector<kt::Run>{
        runOn(today - days(10), 8000),
        runOn(today - days(31), 12000),        // a day too early
        runOn(today, 15000),                   // today's run is the one being capped
        runOn(today - days(31), 10000, 23, 2), // 23:00 UTC is 01:00 the next day, local: day 30
        runOn(today - days(5), 9000, 23, -2),  // 21:00 local, still the same day
    };
    const NextRunLight light = decideNextRun(shippedTraining(), inputs);
    ASSERT_EQ(light.light, Light::Amber);
    ASSERT_TRUE(light.distanceCapMetres.has_value());
    EXPECT_DOUBLE_EQ(*light.distanceCapMetres, 10000);
    EXPECT_EQ(light.painCap, 3);
    EXPECT_TRUE(hasReason(light, "limit_distance"));
    EXPECT_NE(light.reasons[1].text.find("10.0 km"), std::string::npos) << light.reasons[1].text;
}

TEST(NextRun, WithoutRunsTheCapIsThePlanStepsAndSaysSo) {
    NextRunInputs inputs = calmInputs();
    inputs.latestCheck = check(Disposition::SeeClinician, {{"patellofemoral_pain", 0.9}});
    inputs.runs.reset();
    const NextRunLight light = decideNextRun(shippedTraining(), inputs);
    EXPECT_EQ(light.light, Light::Amber);
    EXPECT_FALSE(light.distanceCapMetres.has_value());
    EXPECT_TRUE(hasReason(light, "limit_no_runs"));
    EXPECT_FALSE(hasReason(light, "limit_distance"));
}

TEST(NextRun, MissingStaleOrFutureCheckIsNeverGreen) {
    NextRunInputs inputs = calmInputs();
    inputs.checkDay = testToday() - days(14);
    EXPECT_EQ(decideNextRun(shippedTraining(), inputs).light, Light::Green);
    inputs.checkDay = testToday() - days(15);
    EXPECT_TRUE(hasReason(decideNextRun(shippedTraining(), inputs), "check_stale"));
    EXPECT_EQ(decideNextRun(shippedTraining(), inputs).light, Light::Amber);
    inputs.checkDay = testToday() + days(1);
    EXPECT_EQ(decideNextRun(shippedTraining(), inputs).light, Light::Amber);
    inputs.checkDay.reset();
    EXPECT_EQ(decideNextRun(shippedTraining(), inputs).light, Light::Amber);
    inputs = calmInputs();
    inputs.latestCheck.reset();
    const NextRunLight none = decideNextRun(shippedTraining(), inputs);
    EXPECT_EQ(none.light, Light::Amber);
    EXPECT_TRUE(hasReason(none, "check_missing"));
}

TEST(NextRun, AnUnsureSafetyAnswerIsNeverTakenAsNo) {
    const LoadResult loaded = loadKnowledgeBase(KT_DATA_DIR);
    const KnowledgeBase& kb = std::get<KnowledgeBase>(loaded);
    const std::string answers = R"({"format": "kneetriage.answers/1", "answers": {
      "weight_bearing": "normal", "fever_unwell": "unsure", "hot_red_swollen": "no",
      "calf_pain_swelling": "no", "short_of_breath": "no", "recent_surgery_or_travel": "no",
      "locked_knee": "no", "deformity": "no", "numb_cold_foot": "no", "foot_drop": "no",
      "tense_calf_shin": "no", "deformed_at_injury": "no", "kneecap_slipped": "no",
      "night_pain": "no", "weight_loss": "no", "cancer_history": "no", "limp": "no",
      "hip_groin_thigh_pain": "no", "age_years": 34, "pain_location": "front",
      "front_spot": "around_kneecap", "onset": "gradual",
      "worse_with": ["stairs_down", "prolonged_sitting", "squatting"]}})";
    const auto result = triageDocument(kb, "answers.json", answers);
    const auto document = parseJsonText("result.json", std::get<std::string>(result), {});
    NextRunInputs inputs = calmInputs();
    inputs.latestCheck =
        std::get<SavedResult>(readResultDocument(std::get<JsonDocument>(document)));
    EXPECT_NE(decideNextRun(shippedTraining(), inputs).light, Light::Green);
}

TEST(NextRun, GreenNeedsACalmDiary) {
    const std::chrono::sys_days today = testToday();
    NextRunInputs inputs = calmInputs();
    inputs.diary.push_back(entry(today, 3));
    EXPECT_TRUE(hasReason(decideNextRun(shippedTraining(), inputs), "diary_pain"));
    // A rest day after a painful run does not make the painful run go away.
    inputs = calmInputs();
    inputs.diary.back() = entry(today - days(1), 4);
    inputs.diary.push_back(entry(today, std::nullopt));
    EXPECT_EQ(decideNextRun(shippedTraining(), inputs).light, Light::Amber);
    inputs = calmInputs();
    inputs.diary.push_back(entry(today, std::nullopt, AgainstUsual::Usual, AgainstUsual::Worse));
    EXPECT_TRUE(hasReason(decideNextRun(shippedTraining(), inputs), "diary_morning"));
    inputs.diary.clear();
    EXPECT_TRUE(hasReason(decideNextRun(shippedTraining(), inputs), "diary_empty"));
    EXPECT_EQ(decideNextRun(shippedTraining(), inputs).light, Light::Amber);
}

TEST(NextRun, EverySentenceComesFromTheDataWithASource) {
    NextRunInputs inputs = calmInputs();
    inputs.latestCheck = check(Disposition::SeeClinician, {{"patellofemoral_pain", 0.9}});
    inputs.checkDay = testToday() - days(40);
    for (const TrainingText& reason : decideNextRun(shippedTraining(), inputs).reasons) {
        EXPECT_FALSE(reason.sources.empty()) << reason.id;
        EXPECT_EQ(reason.text.find('{'), std::string::npos) << reason.text;
    }
}

TEST(NextRun, TheCapIsWrittenWithTheLanguagesDecimalMark) {
    auto german = loadTrainingData(KT_DATA_DIR, test::shippedConditionIds(), "de");
    ASSERT_TRUE(std::holds_alternative<TrainingData>(german));
    NextRunInputs inputs = calmInputs();
    inputs.latestCheck = check(Disposition::SeeClinician, {{"patellofemoral_pain", 0.9}});
    const NextRunLight light = decideNextRun(std::get<TrainingData>(german), inputs);
    ASSERT_EQ(light.light, Light::Amber);
    const auto cap =
        std::find_if(light.reasons.begin(), light.reasons.end(),
                     [](const TrainingText& text) { return text.id == "limit_distance"; });
    ASSERT_NE(cap, light.reasons.end());
    EXPECT_NE(cap->text.find("7,0 km"), std::string::npos) << cap->text;
}

} // namespace
} // namespace kt
