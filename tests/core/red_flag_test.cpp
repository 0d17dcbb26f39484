// Every red and amber flag of the shipped knowledge base, each on its own: it fires, the result
// is at least as urgent as the flag, and exercises are withheld where the flag says so. These
// are the controls the hazard log (data/safety/hazard-log.md) relies on.
#include "kneetriage/answers_reader.h"
#include "kneetriage/kb_loader.h"
#include "kneetriage/triage.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace kt {
namespace {

using nlohmann::json;

// A calm runner with front-of-knee pain: no flag fires, self-care with exercises.
json calmAnswers() {
    return {{"weight_bearing", "normal"}, {"fever_unwell", "no"}, {"hot_red_swollen", "no"},
            {"calf_pain_swelling", "no"}, {"short_of_breath", "no"}, {"recent_surgery_or_travel", "no"},
            {"locked_knee", "no"}, {"deformity", "no"}, {"numb_cold_foot", "no"},
            {"night_pain_weight_loss", "no"}, {"age_years", 30}, {"sex", "female"}, {"pain_location", "front"},
            {"front_spot", "around_kneecap"}, {"onset", "gradual"}, {"recent_load_increase", "yes"},
            {"swelling", "none"}, {"duration_weeks", 4}, {"pain_pattern", "after_running"},
            {"worse_with", {"stairs_down", "squatting", "prolonged_sitting"}}, {"morning_stiffness", "none"},
            {"giving_way", "no"}, {"grinding", "no"}, {"bone_point_tender", "no"}, {"pain_severity", 4}};
}

struct FlagCase {
    const char* name;
    json changes;
    const char* flag;
    Disposition atLeast;
    bool exercisesWithheld;
};

void PrintTo(const FlagCase& flagCase, std::ostream* out) { *out << flagCase.name; }

class ShippedFlags : public ::testing::TestWithParam<FlagCase> {
  protected:
    static void SetUpTestSuite() {
        LoadResult loaded = loadKnowledgeBase(KT_DATA_DIR);
        ASSERT_TRUE(std::holds_alternative<KnowledgeBase>(loaded));
        kb_ = std::make_unique<KnowledgeBase>(std::move(std::get<KnowledgeBase>(loaded)));
    }
    static TriageResult run(const json& answers) {
        const json document{{"format", "kneetriage.answers/1"}, {"answers", answers}};
        const JsonDocument parsed = std::get<JsonDocument>(parseJsonText("case", document.dump(), {}));
        const AnswersResult read = readAnswers(*kb_, parsed);
        if (!std::holds_alternative<Answers>(read)) {
            ADD_FAILURE() << std::get<Problems>(read).front().describe();
            return {};
        }
        return triage(*kb_, std::get<Answers>(read));
    }
    static std::vector<std::string> firedIds(const TriageResult& result) {
        std::vector<std::string> ids;
        for (const std::size_t flag : result.redFlags) {
            ids.push_back(kb_->redFlags[flag].id);
        }
        for (const std::size_t flag : result.amberFlags) {
            ids.push_back(kb_->redFlags[flag].id);
        }
        return ids;
    }
    static std::unique_ptr<KnowledgeBase> kb_;
};

std::unique_ptr<KnowledgeBase> ShippedFlags::kb_;

TEST_P(ShippedFlags, FiresAloneAndSetsAtLeastItsUrgency) {
    const FlagCase& flagCase = GetParam();
    json answers = calmAnswers();
    for (const auto& [question, value] : flagCase.changes.items()) {
        if (value.is_null()) {
            answers.erase(question);
        } else {
            answers[question] = value;
        }
    }
    const TriageResult result = run(answers);
    const auto fired = firedIds(result);
    EXPECT_NE(std::find(fired.begin(), fired.end(), flagCase.flag), fired.end()) << flagCase.name;
    EXPECT_LE(result.disposition, flagCase.atLeast) << flagCase.name << ": got " << dispositionId(result.disposition);
    if (flagCase.exercisesWithheld) {
        EXPECT_TRUE(result.exercises.empty()) << flagCase.name;
    }
}

const json kInjuryThisWeek = {{"onset", "injury"}, {"injury_mechanism", "fall_on_knee"}, {"duration_weeks", 0},
                              {"recent_load_increase", nullptr}, {"morning_stiffness", nullptr},
                              {"grinding", nullptr}, {"bone_point_tender", nullptr}};

json injuryWith(json extra) {
    json changes = kInjuryThisWeek;
    for (const auto& [key, value] : extra.items()) {
        changes[key] = value;
    }
    return changes;
}

INSTANTIATE_TEST_SUITE_P(
    EveryFlag, ShippedFlags,
    ::testing::Values(
        FlagCase{"hot red swollen knee", {{"hot_red_swollen", "yes"}}, "possible_joint_infection", Disposition::Emergency, true},
        FlagCase{"fever", {{"fever_unwell", "yes"}}, "fever_with_knee_pain", Disposition::Urgent, true},
        FlagCase{"swollen calf", {{"calf_pain_swelling", "yes"}}, "possible_blood_clot", Disposition::Urgent, true},
        FlagCase{"upper calf pain after travel",
                 {{"pain_location", "back"}, {"back_spot", "upper_calf"}, {"front_spot", nullptr}, {"recent_surgery_or_travel", "yes"}},
                 "calf_pain_after_surgery_or_travel", Disposition::Urgent, true},
        FlagCase{"calf and breathless", {{"calf_pain_swelling", "yes"}, {"short_of_breath", "yes"}},
                 "breathless_or_chest_pain", Disposition::Emergency, true},
        FlagCase{"cold foot", {{"numb_cold_foot", "yes"}}, "cold_or_numb_foot", Disposition::Emergency, true},
        FlagCase{"deformity", {{"deformity", "yes"}}, "deformity_or_dislocation", Disposition::Emergency, true},
        FlagCase{"locked", {{"locked_knee", "yes"}}, "locked_knee", Disposition::Urgent, true},
        FlagCase{"night pain", {{"night_pain_weight_loss", "yes"}}, "night_pain_or_weight_loss", Disposition::Urgent, true},
        FlagCase{"cannot walk", {{"weight_bearing", "unable"}}, "cannot_bear_weight", Disposition::Urgent, true},
        FlagCase{"rapid swelling after injury", injuryWith({{"swelling", "rapid_within_2h"}}), "rapid_swelling",
                 Disposition::Urgent, true},
        FlagCase{"rapid swelling, duration unknown", injuryWith({{"swelling", "rapid_within_2h"}, {"duration_weeks", nullptr}}),
                 "rapid_swelling", Disposition::Urgent, true},
        FlagCase{"Ottawa: age 55", injuryWith({{"age_years", 60}}), "ottawa_knee_rule", Disposition::Urgent, true},
        FlagCase{"Ottawa: kneecap only", injuryWith({{"tender_patella_only", "yes"}}), "ottawa_knee_rule", Disposition::Urgent, true},
        FlagCase{"Ottawa: fibular head", injuryWith({{"tender_fibular_head", "yes"}}), "ottawa_knee_rule", Disposition::Urgent, true},
        FlagCase{"Ottawa: cannot bend", injuryWith({{"can_bend_to_90", "no"}}), "ottawa_knee_rule", Disposition::Urgent, true},
        FlagCase{"Ottawa: duration unknown", injuryWith({{"tender_fibular_head", "yes"}, {"duration_weeks", nullptr}}),
                 "ottawa_knee_rule", Disposition::Urgent, true},
        FlagCase{"Ottawa: child", injuryWith({{"age_years", 12}, {"limp", "no"}, {"tender_patella_only", "yes"}}),
                 "ottawa_knee_rule", Disposition::Urgent, true},
        FlagCase{"teenager limping", {{"age_years", 13}, {"limp", "yes"}}, "child_with_limp", Disposition::Urgent, true},
        FlagCase{"17-year-old limping", {{"age_years", 17}, {"limp", "yes"}}, "child_with_limp", Disposition::Urgent, true},
        FlagCase{"child walking painfully", {{"age_years", 11}, {"weight_bearing", "painful_but_possible"}}, "child_with_limp",
                 Disposition::Urgent, true},
        FlagCase{"pain for months", {{"duration_weeks", 20}}, "persistent_pain", Disposition::SeeClinician, false},
        FlagCase{"severe pain", {{"pain_severity", 9}}, "severe_pain", Disposition::SeeClinician, false},
        FlagCase{"unsure about the calf", {{"calf_pain_swelling", "unsure"}}, "unsure_about_warning_sign",
                 Disposition::SeeClinician, true},
        FlagCase{"warning sign unanswered", {{"hot_red_swollen", nullptr}}, "unsure_about_warning_sign",
                 Disposition::SeeClinician, true},
        FlagCase{"gives way after injury", injuryWith({{"giving_way", "yes"}}), "unstable_after_injury",
                 Disposition::SeeClinician, false}),
    [](const ::testing::TestParamInfo<FlagCase>& info) {
        std::string name = info.param.name;
        std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
        return name;
    });

TEST_F(ShippedFlags, CalmCaseRaisesNoFlagAndOffersExercises) {
    const TriageResult result = run(calmAnswers());
    EXPECT_TRUE(firedIds(result).empty());
    EXPECT_EQ(result.disposition, Disposition::SelfCare);
    EXPECT_FALSE(result.exercises.empty());
}

TEST_F(ShippedFlags, OttawaRuleDoesNotApplyAfterTheFirstWeekOrWithoutInjury) {
    json late = calmAnswers();
    const json changes = injuryWith({{"tender_fibular_head", "yes"}, {"duration_weeks", 3}});
    for (const auto& [key, value] : changes.items()) {
        if (value.is_null()) {
            late.erase(key);
        } else {
            late[key] = value;
        }
    }
    auto fired = firedIds(run(late));
    EXPECT_EQ(std::find(fired.begin(), fired.end(), "ottawa_knee_rule"), fired.end());
    json gradual = calmAnswers();
    gradual["age_years"] = 70;
    fired = firedIds(run(gradual));
    EXPECT_EQ(std::find(fired.begin(), fired.end(), "ottawa_knee_rule"), fired.end());
}

TEST_F(ShippedFlags, LikelyStressFractureWithholdsEveryExercise) {
    json answers = calmAnswers();
    answers["bone_point_tender"] = "yes";
    answers["pain_pattern"] = "constant";
    const TriageResult result = run(answers);
    bool stressFractureCounted = false;
    for (const RankedCondition& ranked : result.conditions) {
        stressFractureCounted = stressFractureCounted ||
                                (kb_->conditions[ranked.condition].id == "stress_fracture" && ranked.score >= 0.5);
    }
    ASSERT_TRUE(stressFractureCounted);
    EXPECT_TRUE(result.exercises.empty());
}

TEST_F(ShippedFlags, UnsureFlagStaysQuietWhenTheWarningSignIsAnswered) {
    json answers = calmAnswers();
    answers["hot_red_swollen"] = "yes";
    const auto fired = firedIds(run(answers));
    EXPECT_NE(std::find(fired.begin(), fired.end(), "possible_joint_infection"), fired.end());
    EXPECT_EQ(std::find(fired.begin(), fired.end(), "unsure_about_warning_sign"), fired.end());
}

TEST_F(ShippedFlags, WeakEvidenceFallsBackToBeingSeen) {
    json answers = calmAnswers();
    for (const char* question : {"front_spot", "sex", "recent_load_increase", "worse_with", "pain_pattern"}) {
        answers.erase(question);
    }
    answers["pain_location"] = "whole_knee";
    answers["age_years"] = 30;
    const TriageResult result = run(answers);
    for (const RankedCondition& ranked : result.conditions) {
        ASSERT_LT(ranked.score, kb_->ranking.dispositionMinScore) << kb_->conditions[ranked.condition].id;
    }
    EXPECT_EQ(result.disposition, Disposition::SeeClinician);
}

TEST_F(ShippedFlags, AgeBelowTheContractRangeIsRefused) {
    const json document{{"format", "kneetriage.answers/1"}, {"answers", {{"age_years", 4}}}};
    const JsonDocument parsed = std::get<JsonDocument>(parseJsonText("case", document.dump(), {}));
    EXPECT_TRUE(std::holds_alternative<Problems>(readAnswers(*kb_, parsed)));
}

} // namespace
} // namespace kt
