// The training data's loader and the diary reader: every problem names its file, place and
// what was expected; a step without a source or a plan for an unknown condition is refused.
#include "kneetriage/runs/run_lines.h"
#include "kneetriage/training/diary_reader.h"
#include "kneetriage/training/load_analysis.h"
#include "test_support.h"
#include "training_support.h"

#include <fstream>
#include <gtest/gtest.h>

namespace kt {
namespace {

// The shipped training files in a scratch data directory, one of them changed by `change`.
class TrainingCopy {
  public:
    TrainingCopy() : root_(test::uniqueTempPath("kt-training")) {
        std::filesystem::create_directories(root_);
        std::filesystem::copy(KT_DATA_DIR "/training", root_ / "training",
                              std::filesystem::copy_options::recursive);
    }
    TrainingCopy(const TrainingCopy&) = delete;
    TrainingCopy& operator=(const TrainingCopy&) = delete;
    ~TrainingCopy() {
        std::error_code ignored;
        std::filesystem::remove_all(root_, ignored);
    }

    void edit(const std::string& file, const std::function<void(nlohmann::json&)>& change) const {
        const auto path = root_ / "training" / file;
        nlohmann::json document = nlohmann::json::parse(std::ifstream(path));
        change(document);
        std::ofstream(path) << document.dump(2);
    }

    // Every problem, one per line, or "" when it loaded.
    [[nodiscard]] std::string problems() const {
        const auto loaded = loadTrainingData(root_, test::shippedConditionIds());
        std::string out;
        if (const auto* problems = std::get_if<Problems>(&loaded)) {
            for (const Problem& problem : *problems) {
                out += problem.describe() + "\n";
            }
        }
        return out;
    }

  private:
    std::filesystem::path root_;
};

TEST(TrainingData, ShippedDataLoadsInEnglishAndGerman) {
    const auto german = loadTrainingData(KT_DATA_DIR, test::shippedConditionIds(), "de");
    ASSERT_TRUE(std::holds_alternative<TrainingData>(german));
    const TrainingData& de = std::get<TrainingData>(german);
    EXPECT_NE(de.nextRun.reason("green").text,
              test::shippedTraining().nextRun.reason("green").text);
    EXPECT_EQ(de.painMonitoring.acceptableMax, 3);
    EXPECT_EQ(test::shippedTraining().loadSpikes.windowDays, 30);
}

TEST(TrainingData, AStepWithoutASourceIsRefused) {
    const TrainingCopy copy;
    copy.edit("return_plans.json",
              [](nlohmann::json& d) { d["plans"][1]["steps"][2].erase("sources"); });
    EXPECT_NE(copy.problems().find("return_plans.json"), std::string::npos);
    EXPECT_NE(copy.problems().find("at /plans/1/steps/2: step 'longer_runs' cites no source; "
                                   "expected at least one"),
              std::string::npos)
        << copy.problems();
}

TEST(TrainingData, APlanForAnUnknownConditionIsRefused) {
    const TrainingCopy copy;
    copy.edit("return_plans.json",
              [](nlohmann::json& d) { d["plans"][2]["conditions"][0] = "itb_syndrom"; });
    EXPECT_NE(copy.problems().find("at /plans/2/conditions/0: unknown condition 'itb_syndrom' "
                                   "(did you mean 'itb_syndrome'?)"),
              std::string::npos)
        << copy.problems();
}

TEST(TrainingData, AStopConditionThatIsNoConditionIsRefused) {
    const TrainingCopy copy;
    copy.edit("next_run.json",
              [](nlohmann::json& d) { d["red_when"]["conditions"].push_back("blood_clot"); });
    EXPECT_NE(copy.problems().find("next_run.json"), std::string::npos);
    EXPECT_NE(copy.problems().find("unknown condition 'blood_clot'"), std::string::npos);
}

TEST(TrainingData, RedRulesThatLeaveAnUrgentResultOutAreRefused) {
    const TrainingCopy copy;
    copy.edit("next_run.json", [](nlohmann::json& d) {
        d["red_when"]["dispositions"] = nlohmann::json::array({"emergency"});
    });
    EXPECT_NE(copy.problems().find("at /red_when/dispositions: 'urgent' is missing"),
              std::string::npos)
        << copy.problems();
}

TEST(TrainingData, AMissingReasonOrRuleIsRefused) {
    const TrainingCopy copy;
    copy.edit("pain_monitoring.json", [](nlohmann::json& d) { d["rules"].erase(6); });
    EXPECT_NE(copy.problems().find("at /rules: no text with id 'back_pain'"), std::string::npos)
        << copy.problems();
}

JsonDocument diaryDocument(const std::string& text) {
    return std::get<JsonDocument>(parseJsonText("diary.json", text, {}));
}

TEST(Diary, ReadsTheDocumentFormat) {
    const auto read = readDiaryDocument(diaryDocument(
        R"({"format":"kneetriage.diary/1","entries":[{"date":"2026-11-20","pain_during_run":2,)"
        R"("morning_pain":"usual","morning_stiffness":"worse","note":"hilly"},)"
        R"({"date":"2026-11-21","morning_pain":"better","morning_stiffness":"usual"}]})"));
    const auto& entries = std::get<std::vector<DiaryEntry>>(read);
    ASSERT_EQ(entries.size(), 2U);
    EXPECT_EQ(entries[0].painDuringRun, 2);
    EXPECT_EQ(entries[0].morningStiffness, AgainstUsual::Worse);
    EXPECT_EQ(entries[0].note, "hilly");
    EXPECT_FALSE(entries[1].painDuringRun.has_value());
    EXPECT_EQ(entries[1].morningPain, AgainstUsual::Better);
}

std::string diaryProblems(const std::string& entry) {
    const auto read = readDiaryDocument(
        diaryDocument(R"({"format":"kneetriage.diary/1","entries":[)" + entry + "]}"));
    std::string out;
    for (const Problem& problem : std::get<Problems>(read)) {
        out += problem.describe() + "\n";
    }
    return out;
}

TEST(Diary, AMissingMorningAnswerIsAProblemNeverUsual) {
    EXPECT_NE(diaryProblems(R"({"date":"2026-11-20","pain_during_run":1,"morning_pain":"usual"})")
                  .find("at /entries/0: missing member \"morning_stiffness\""),
              std::string::npos);
    EXPECT_NE(diaryProblems(R"({"date":"2026-11-20","morning_pain":"unsure",)"
                            R"("morning_stiffness":"usual"})")
                  .find("at /entries/0/morning_pain: found 'unsure', expected one of: better, "
                        "usual, worse"),
              std::string::npos);
}

TEST(Diary, PainDatesAndRepeatsAreChecked) {
    EXPECT_NE(diaryProblems(R"({"date":"2026-11-20","pain_during_run":11,"morning_pain":"usual",)"
                            R"("morning_stiffness":"usual"})")
                  .find("at /entries/0/pain_during_run: found 11, expected a whole number 0 .. 10"),
              std::string::npos);
    EXPECT_NE(diaryProblems(R"({"date":"2026-02-30","morning_pain":"usual",)"
                            R"("morning_stiffness":"usual"})")
                  .find("at /entries/0/date: found '2026-02-30', expected a date as YYYY-MM-DD"),
              std::string::npos);
    const std::string day =
        R"({"date":"2026-11-20","morning_pain":"usual","morning_stiffness":"usual"})";
    EXPECT_NE(diaryProblems(day + "," + day).find("at /entries/1/date"), std::string::npos);
}

TEST(RunLines, ReadsTheRunsOfRunsImportWithTheirLocalOffset) {
    const auto read = readRunLines(
        "runs.jsonl",
        R"({"format":"kneetriage.run/1","start_utc":"2026-11-10T23:30:00Z",)"
        R"("start_local":"2026-11-11T00:30:00+01:00","distance_m":5000.5,"moving_time_s":1800,)"
        R"("sport":"running","source_file":"a.fit","source_sha256":"00"})"
        "\n\n"
        R"({"format":"kneetriage.run/1","start_utc":"2026-11-12T07:00:00Z","distance_m":3000})");
    const auto& runs = std::get<std::vector<kt::Run>>(read);
    ASSERT_EQ(runs.size(), 2U);
    EXPECT_EQ(runs[0].utcOffsetSeconds, 3600);
    EXPECT_DOUBLE_EQ(runs[0].distanceMetres, 5000.5);
    EXPECT_FALSE(runs[1].utcOffsetSeconds.has_value());
    // The run counts on its local day, 11 November: in the 30 days ending 10 December, and not
    // in the 30 days ending 10 November (its UTC day).
    const LoadSpikeRules& rules = test::shippedTraining().loadSpikes;
    EXPECT_EQ(longestRunBefore(runs, *parseIsoDate("2026-12-10"), rules), 5000.5);
    EXPECT_EQ(longestRunBefore({runs[0]}, *parseIsoDate("2026-11-10"), rules), std::nullopt);
}

TEST(RunLines, ABadLineIsNamedByItsNumber) {
    const auto read = readRunLines("runs.jsonl", "{\"format\":\"kneetriage.run/1\"}\nnot json\n");
    const Problems& problems = std::get<Problems>(read);
    ASSERT_EQ(problems.size(), 3U);
    EXPECT_EQ(problems[0].line, 1);
    EXPECT_NE(problems[0].describe().find("missing member \"start_utc\""), std::string::npos);
    EXPECT_EQ(problems[2].line, 2);
}

} // namespace
} // namespace kt
