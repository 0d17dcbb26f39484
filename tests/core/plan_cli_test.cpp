// `kneetriage-cli plan` end to end: the document it prints, and its exit status and messages
// for files it cannot use.
#include "test_support.h"

#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace kt {
namespace {

using test::runCli;

const std::string kCalmAnswers = R"({"format": "kneetriage.answers/1", "answers": {
  "weight_bearing": "normal", "fever_unwell": "no", "hot_red_swollen": "no", "calf_pain_swelling": "no",
  "short_of_breath": "no", "recent_surgery_or_travel": "no", "locked_knee": "no", "deformity": "no",
  "numb_cold_foot": "no", "foot_drop": "no", "tense_calf_shin": "no",
  "deformed_at_injury": "no", "kneecap_slipped": "no", "night_pain": "no", "weight_loss": "no",
  "cancer_history": "no", "limp": "no", "hip_groin_thigh_pain": "no", "age_years": 34, "pain_location": "front",
  "front_spot": "around_kneecap", "onset": "gradual", "worse_with": ["stairs_down", "prolonged_sitting", "squatting"]}})";

const std::string kDiary =
    R"({"format":"kneetriage.diary/1","entries":[)"
    R"({"date":"2026-11-18","pain_during_run":1,"morning_pain":"usual","morning_stiffness":"usual","note":""},)"
    R"({"date":"2026-11-20","pain_during_run":3,"morning_pain":"usual","morning_stiffness":"usual"}]})";

const std::string kRuns =
    R"({"format":"kneetriage.run/1","start_utc":"2026-11-10T07:00:00Z","distance_m":7400.0,"moving_time_s":2400.0,"sport":"running","source_file":"a.fit","source_sha256":"00"})"
    "\n"
    R"({"format":"kneetriage.run/1","start_utc":"2026-10-01T07:00:00Z","distance_m":21000.0,"moving_time_s":7400.0,"sport":"running","source_file":"b.fit","source_sha256":"00"})"
    "\n";

// Files for one run of the command, removed afterwards.
class PlanFiles {
  public:
    explicit PlanFiles(const std::string& answers, const std::string& diary = kDiary,
                       const std::string& runs = kRuns)
        : base_(test::uniqueTempPath("kt-plan")) {
        std::filesystem::create_directories(base_);
        std::ofstream(base_ / "answers.json") << answers;
        const auto triaged = runCli("triage '" + (base_ / "answers.json").string() + "'");
        std::ofstream(base_ / "result.json") << triaged.out;
        std::ofstream(base_ / "diary.json") << diary;
        std::ofstream(base_ / "runs.jsonl") << runs;
    }
    PlanFiles(const PlanFiles&) = delete;
    PlanFiles& operator=(const PlanFiles&) = delete;
    ~PlanFiles() {
        std::error_code ignored;
        std::filesystem::remove_all(base_, ignored);
    }
    [[nodiscard]] std::string path(const std::string& name) const {
        return "'" + (base_ / name).string() + "'";
    }
    [[nodiscard]] test::CommandResult plan(const std::string& options = "") const {
        return runCli("plan --today 2026-11-21 --checked 2026-11-19 --runs " + path("runs.jsonl") +
                      " " + options + " " + path("result.json") + " " + path("diary.json"));
    }

  private:
    std::filesystem::path base_;
};

TEST(PlanCli, PrintsTheLightItsCapThePlanAndTheCalendar) {
    const PlanFiles files(kCalmAnswers);
    const auto run = files.plan();
    ASSERT_EQ(run.exitStatus, 0) << run.err;
    const auto plan = nlohmann::json::parse(run.out);
    EXPECT_EQ(plan["format"], "kneetriage.plan/1");
    EXPECT_EQ(plan["today"], "2026-11-21");
    EXPECT_EQ(plan["light"], "amber"); // the last run hurt 3 out of 10
    EXPECT_EQ(plan["distance_cap_m"], 7400.0);
    EXPECT_EQ(plan["pain_cap"], 3);
    EXPECT_EQ(plan["plan"]["id"], "patellofemoral_gradual");
    EXPECT_EQ(plan["plan"]["step"]["number"], 1);
    EXPECT_EQ(plan["decision"]["move"], "hold");
    EXPECT_EQ(plan["decision"]["rule"], "hold_pain");
    EXPECT_EQ(plan["decision"]["entry"]["date"], "2026-11-20");
    EXPECT_EQ(plan["calendar"].size(), 14U);
    for (const auto& reason : plan["reasons"]) {
        EXPECT_FALSE(reason["sources"].empty()) << reason["id"];
    }
}

TEST(PlanCli, ARedResultGivesNoPlanAndNoCalendar) {
    std::string answers = kCalmAnswers;
    answers.replace(answers.find(R"("locked_knee": "no")"), 19, R"("locked_knee": "yes")");
    const PlanFiles files(answers);
    const auto run = files.plan();
    ASSERT_EQ(run.exitStatus, 0) << run.err;
    const auto plan = nlohmann::json::parse(run.out);
    EXPECT_EQ(plan["light"], "red");
    EXPECT_TRUE(plan["plan"].is_null());
    EXPECT_TRUE(plan["decision"].is_null());
    EXPECT_TRUE(plan["calendar"].empty());
    EXPECT_TRUE(plan["distance_cap_m"].is_null());
}

TEST(PlanCli, ABadDiaryExitsTwoNamingFilePointerAndExpectation) {
    const PlanFiles files(
        kCalmAnswers,
        R"({"format":"kneetriage.diary/1","entries":[{"date":"2026-11-20",)"
        R"("pain_during_run":2,"morning_pain":"fine","morning_stiffness":"usual"}]})");
    const auto run = files.plan();
    EXPECT_EQ(run.exitStatus, 2);
    EXPECT_TRUE(run.out.empty());
    EXPECT_NE(run.err.find("diary.json:1:"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("at /entries/0/morning_pain: found 'fine', expected one of: better, "
                           "usual, worse"),
              std::string::npos)
        << run.err;
}

TEST(PlanCli, ABadRunLineExitsTwoNamingTheLine) {
    const PlanFiles files(
        kCalmAnswers, kDiary,
        kRuns + R"({"format":"kneetriage.run/1","start_utc":"yesterday","distance_m":5000})");
    const auto run = files.plan();
    EXPECT_EQ(run.exitStatus, 2);
    EXPECT_NE(run.err.find("runs.jsonl:3:"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("at /start_utc: found 'yesterday'"), std::string::npos) << run.err;
}

TEST(PlanCli, WithoutRunsThereIsNoDistanceCap) {
    const PlanFiles files(kCalmAnswers);
    const auto run = runCli("plan --today 2026-11-21 --checked 2026-11-19 " +
                            files.path("result.json") + " " + files.path("diary.json"));
    ASSERT_EQ(run.exitStatus, 0) << run.err;
    const auto plan = nlohmann::json::parse(run.out);
    EXPECT_TRUE(plan["distance_cap_m"].is_null());
    EXPECT_EQ(plan["reasons"][1]["id"], "limit_no_runs");
}

TEST(PlanCli, UsageErrorsExitTwo) {
    const PlanFiles files(kCalmAnswers);
    EXPECT_EQ(runCli("plan " + files.path("result.json")).exitStatus, 2);
    const auto badDay = files.plan("--today 21.11.2026");
    EXPECT_EQ(badDay.exitStatus, 2);
    EXPECT_NE(badDay.err.find("expected a date as YYYY-MM-DD"), std::string::npos);
    EXPECT_EQ(runCli("triage --runs x.jsonl -").exitStatus, 2);
    EXPECT_EQ(runCli("plan /nonexistent/result.json " + files.path("diary.json")).exitStatus, 2);
}

} // namespace
} // namespace kt
