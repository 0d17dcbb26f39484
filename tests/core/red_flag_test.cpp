// Every red and amber flag of the shipped knowledge base has a case of its own: the case fires it
// in its colour with the disposition stated here, nothing more urgent fires with it, the result
// is at least that urgent, and exercises are withheld where the flag says so. These are the
// controls the hazard log (data/safety/hazard-log.md) relies on and cites by name; a flag added
// without a case, or a case that stops firing, fails.
#include "kneetriage/engine/triage.h"
#include "kneetriage/io/answers_reader.h"
#include "kneetriage/kb/loader.h"
#include "test_support.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <optional>

namespace kt {
namespace {

using nlohmann::json;

// A calm runner with front-of-knee pain: no flag fires, self-care with exercises.
json calmAnswers() {
    return {{"weight_bearing", "normal"},
            {"fever_unwell", "no"},
            {"hot_red_swollen", "no"},
            {"calf_pain_swelling", "no"},
            {"short_of_breath", "no"},
            {"recent_surgery_or_travel", "no"},
            {"locked_knee", "no"},
            {"deformity", "no"},
            {"numb_cold_foot", "no"},
            {"foot_drop", "no"},
            {"tense_calf_shin", "no"},
            {"deformed_at_injury", "no"},
            {"kneecap_slipped", "no"},
            {"night_pain", "no"},
            {"weight_loss", "no"},
            {"cancer_history", "no"},
            {"limp", "no"},
            {"hip_groin_thigh_pain", "no"},
            {"medical_history", {"none"}},
            {"age_years", 30},
            {"sex", "female"},
            {"pain_location", "front"},
            {"front_spot", "around_kneecap"},
            {"onset", "gradual"},
            {"recent_load_increase", "yes"},
            {"swelling", "none"},
            {"duration_weeks", 4},
            {"pain_pattern", "after_running"},
            {"worse_with", {"stairs_down", "squatting", "prolonged_sitting"}},
            {"morning_stiffness", "none"},
            {"giving_way", "no"},
            {"grinding", "no"},
            {"bone_point_tender", "no"},
            {"pain_severity", 4}};
}

// `answers` with each of `changes` applied: a null change removes the answer.
json withChanges(json answers, const json& changes) {
    for (const auto& [question, value] : changes.items()) {
        if (value.is_null()) {
            answers.erase(question);
        } else {
            answers[question] = value;
        }
    }
    return answers;
}

struct FlagCase {
    const char* name;
    json changes;
    const char* flag;
    Disposition disposition; // the flag's own, as the hazard log states it
    bool exercisesWithheld;
};

void PrintTo(const FlagCase& flagCase, std::ostream* out) {
    *out << flagCase.name;
}

class ShippedFlags : public ::testing::TestWithParam<FlagCase> {
  protected:
    static void SetUpTestSuite() {
        LoadResult loaded = loadKnowledgeBase(KT_DATA_DIR);
        ASSERT_TRUE(std::holds_alternative<KnowledgeBase>(loaded));
        kb_ = std::make_unique<KnowledgeBase>(std::move(std::get<KnowledgeBase>(loaded)));
    }
    static JsonDocument document(const json& answers) {
        const json wrapped{{"format", "kneetriage.answers/1"}, {"answers", answers}};
        return std::get<JsonDocument>(parseJsonText("case", wrapped.dump(), {}));
    }
    static std::optional<Answers> read(const json& answers) {
        AnswersResult read = readAnswers(*kb_, document(answers));
        if (!std::holds_alternative<Answers>(read)) {
            ADD_FAILURE() << std::get<Problems>(read).front().describe();
            return std::nullopt;
        }
        return std::get<Answers>(std::move(read));
    }
    static TriageResult run(const json& answers) {
        const std::optional<Answers> read = ShippedFlags::read(answers);
        return read ? triage(*kb_, *read) : TriageResult{};
    }
    static const WarningSign* shippedFlag(const std::string& id) {
        const auto found = std::find_if(kb_->warningSigns.begin(), kb_->warningSigns.end(),
                                        [&](const WarningSign& flag) { return flag.id == id; });
        return found == kb_->warningSigns.end() ? nullptr : &*found;
    }
    static bool contains(const std::vector<std::size_t>& flags, const std::string& id) {
        return std::any_of(flags.begin(), flags.end(),
                           [&](std::size_t flag) { return kb_->warningSigns[flag].id == id; });
    }
    static std::vector<std::string> firedIds(const TriageResult& result) {
        std::vector<std::string> ids;
        for (const std::size_t flag : result.redFlags) {
            ids.push_back(kb_->warningSigns[flag].id);
        }
        for (const std::size_t flag : result.amberFlags) {
            ids.push_back(kb_->warningSigns[flag].id);
        }
        return ids;
    }
    static std::unique_ptr<KnowledgeBase> kb_;
};

std::unique_ptr<KnowledgeBase> ShippedFlags::kb_;

TEST_P(ShippedFlags, FiresAloneAndSetsAtLeastItsUrgency) {
    const FlagCase& flagCase = GetParam();
    const WarningSign* const flag = shippedFlag(flagCase.flag);
    ASSERT_NE(flag, nullptr) << flagCase.name << " names a flag the knowledge base lacks";
    EXPECT_EQ(flag->disposition, flagCase.disposition)
        << flag->id << " is " << dispositionId(flag->disposition) << ", the case states "
        << dispositionId(flagCase.disposition);
    EXPECT_TRUE(!flagCase.exercisesWithheld || flag->stopExercises ||
                flag->disposition <= Disposition::Urgent)
        << flag->id << " lets exercises through";

    const std::optional<Answers> answers = read(withChanges(calmAnswers(), flagCase.changes));
    ASSERT_TRUE(answers.has_value());
    const TriageResult result = triage(*kb_, *answers);
    const auto& ownList = flag->amber ? result.amberFlags : result.redFlags;
    const auto& otherList = flag->amber ? result.redFlags : result.amberFlags;
    EXPECT_TRUE(contains(ownList, flag->id)) << flagCase.name << " does not fire " << flag->id;
    EXPECT_FALSE(contains(otherList, flag->id)) << flag->id << " fired as the wrong colour";
    // Red flags interrupt the check in the app; amber ones never do.
    EXPECT_EQ(contains(firedRedFlags(*kb_, *answers), flag->id), !flag->amber) << flag->id;
    // The case is the flag's own: its urgency is not borrowed from a more urgent flag.
    for (const auto* fired : {&result.redFlags, &result.amberFlags}) {
        for (const std::size_t other : *fired) {
            EXPECT_GE(kb_->warningSigns[other].disposition, flag->disposition)
                << flagCase.name << " also fires the more urgent " << kb_->warningSigns[other].id;
        }
    }
    EXPECT_LE(result.disposition, flag->disposition)
        << flagCase.name << ": got " << dispositionId(result.disposition);
    if (flagCase.exercisesWithheld) {
        EXPECT_TRUE(result.exercises.empty()) << flagCase.name;
    }
}

const json kInjuryThisWeek = {{"onset", "injury"},
                              {"injury_mechanism", "fall_on_knee"},
                              {"duration_weeks", 0},
                              {"recent_load_increase", nullptr},
                              {"morning_stiffness", nullptr},
                              {"grinding", nullptr},
                              {"bone_point_tender", nullptr}};

json injuryWith(json extra) {
    json changes = kInjuryThisWeek;
    for (const auto& [key, value] : extra.items()) {
        changes[key] = value;
    }
    return changes;
}

const std::vector<FlagCase>& flagCases() {
    static const std::vector<FlagCase> cases{
        FlagCase{"hot red swollen knee",
                 {{"hot_red_swollen", "yes"}},
                 "possible_joint_infection",
                 Disposition::Emergency,
                 true},
        FlagCase{
            "fever", {{"fever_unwell", "yes"}}, "fever_with_knee_pain", Disposition::Urgent, true},
        FlagCase{"swollen calf",
                 {{"calf_pain_swelling", "yes"}},
                 "possible_blood_clot",
                 Disposition::Urgent,
                 true},
        FlagCase{"upper calf pain after travel",
                 {{"pain_location", "back"},
                  {"back_spot", "upper_calf"},
                  {"front_spot", nullptr},
                  {"recent_surgery_or_travel", "yes"}},
                 "calf_pain_after_surgery_or_travel",
                 Disposition::Urgent,
                 true},
        FlagCase{"calf and breathless",
                 {{"calf_pain_swelling", "yes"}, {"short_of_breath", "yes"}},
                 "breathless_or_chest_pain",
                 Disposition::Emergency,
                 true},
        FlagCase{"cold foot",
                 {{"numb_cold_foot", "yes"}},
                 "cold_or_numb_foot",
                 Disposition::Emergency,
                 true},
        FlagCase{"deformity",
                 {{"deformity", "yes"}},
                 "deformity_or_dislocation",
                 Disposition::Emergency,
                 true},
        FlagCase{"locked", {{"locked_knee", "yes"}}, "locked_knee", Disposition::Urgent, true},
        FlagCase{"cannot walk",
                 {{"weight_bearing", "unable"}},
                 "cannot_bear_weight",
                 Disposition::Urgent,
                 true},
        FlagCase{"rapid swelling after injury", injuryWith({{"swelling", "rapid_within_2h"}}),
                 "rapid_swelling", Disposition::Urgent, true},
        FlagCase{"rapid swelling, duration unknown",
                 injuryWith({{"swelling", "rapid_within_2h"}, {"duration_weeks", nullptr}}),
                 "rapid_swelling", Disposition::Urgent, true},
        FlagCase{"Ottawa: age 55", injuryWith({{"age_years", 60}}), "ottawa_knee_rule",
                 Disposition::Urgent, true},
        FlagCase{"Ottawa: kneecap only", injuryWith({{"tender_patella_only", "yes"}}),
                 "ottawa_knee_rule", Disposition::Urgent, true},
        FlagCase{"Ottawa: fibular head", injuryWith({{"tender_fibular_head", "yes"}}),
                 "ottawa_knee_rule", Disposition::Urgent, true},
        FlagCase{"Ottawa: cannot bend", injuryWith({{"can_bend_to_90", "no"}}), "ottawa_knee_rule",
                 Disposition::Urgent, true},
        FlagCase{"Ottawa: duration unknown",
                 injuryWith({{"tender_fibular_head", "yes"}, {"duration_weeks", nullptr}}),
                 "ottawa_knee_rule", Disposition::Urgent, true},
        FlagCase{"Ottawa: child",
                 injuryWith({{"age_years", 12}, {"limp", "no"}, {"tender_patella_only", "yes"}}),
                 "ottawa_knee_rule", Disposition::Urgent, true},
        FlagCase{"teenager limping",
                 {{"age_years", 13}, {"limp", "yes"}},
                 "child_with_limp",
                 Disposition::Urgent,
                 true},
        FlagCase{"17-year-old limping",
                 {{"age_years", 17}, {"limp", "yes"}},
                 "child_with_limp",
                 Disposition::Urgent,
                 true},
        FlagCase{"child walking painfully",
                 {{"age_years", 11}, {"weight_bearing", "painful_but_possible"}},
                 "child_with_limp",
                 Disposition::Urgent,
                 true},
        FlagCase{"pain for months",
                 {{"duration_weeks", 20}},
                 "persistent_pain",
                 Disposition::SeeClinician,
                 false},
        FlagCase{
            "severe pain", {{"pain_severity", 9}}, "severe_pain", Disposition::SeeClinician, false},
        FlagCase{"unsure about the calf",
                 {{"calf_pain_swelling", "unsure"}},
                 "unsure_about_warning_sign",
                 Disposition::SeeClinician,
                 true},
        FlagCase{"warning sign unanswered",
                 {{"hot_red_swollen", nullptr}},
                 "unsure_about_warning_sign",
                 Disposition::SeeClinician,
                 true},
        FlagCase{"gives way after injury", injuryWith({{"giving_way", "yes"}}),
                 "unstable_after_injury", Disposition::SeeClinician, false},
        // Vocabulary 1.1: the classes the safety net closes.
        FlagCase{"cannot lift the straight leg after a landing",
                 injuryWith({{"injury_mechanism", "landing"},
                             {"heard_pop", "yes"},
                             {"weight_bearing", "painful_but_possible"},
                             {"straight_leg_raise", "no"}}),
                 "extensor_mechanism_rupture", Disposition::Emergency, true},
        FlagCase{"not sure the straight leg lifts after a stumble",
                 injuryWith({{"injury_mechanism", "landing"},
                             {"weight_bearing", "painful_but_possible"},
                             {"straight_leg_raise", "unsure"}}),
                 "extensor_mechanism_rupture", Disposition::Emergency, true},
        FlagCase{"cannot lift the straight leg, no injury",
                 {{"weight_bearing", "painful_but_possible"}, {"straight_leg_raise", "no"}},
                 "cannot_lift_straight_leg",
                 Disposition::Urgent,
                 true},
        FlagCase{"swollen calf, breathlessness not ruled out",
                 {{"calf_pain_swelling", "yes"}, {"short_of_breath", "unsure"}},
                 "clot_signs_breathlessness_not_ruled_out",
                 Disposition::Emergency,
                 true},
        FlagCase{"warm swollen knee, not red",
                 {{"hot_red_swollen", "yes"}, {"swelling", "gradual_or_intermittent"}},
                 "possible_joint_infection",
                 Disposition::Emergency,
                 true},
        FlagCase{"fever with any swelling",
                 {{"fever_unwell", "yes"}, {"swelling", "gradual_or_intermittent"}},
                 "fever_with_swollen_knee",
                 Disposition::Emergency,
                 true},
        FlagCase{"child with fever who will not stand",
                 {{"age_years", 7}, {"fever_unwell", "yes"}, {"weight_bearing", "unable"}},
                 "fever_and_cannot_bear_weight",
                 Disposition::Emergency,
                 true},
        FlagCase{
            "swollen knee replacement",
            {{"swelling", "gradual_or_intermittent"}, {"medical_history", {"knee_replacement"}}},
            "swelling_with_infection_risk",
            Disposition::Urgent,
            true},
        FlagCase{"swelled within a day, no injury",
                 {{"onset", "sudden_no_injury"},
                  {"recent_load_increase", nullptr},
                  {"swelling", "within_24h"}},
                 "sudden_swelling_without_injury",
                 Disposition::Urgent,
                 true},
        FlagCase{"swelling with diabetes",
                 {{"swelling", "within_24h"}, {"medical_history", {"diabetes"}}},
                 "swelling_with_infection_risk",
                 Disposition::Urgent,
                 true},
        FlagCase{"Ottawa: onset unknown",
                 {{"onset", nullptr},
                  {"recent_load_increase", nullptr},
                  {"duration_weeks", nullptr},
                  {"age_years", 60}},
                 "ottawa_knee_rule",
                 Disposition::Urgent,
                 true},
        FlagCase{"Pittsburgh: fall at 52", injuryWith({{"age_years", 52}}), "pittsburgh_knee_rule",
                 Disposition::Urgent, true},
        FlagCase{"Pittsburgh: blow at 10",
                 injuryWith({{"age_years", 10}, {"injury_mechanism", "blow_to_front"}}),
                 "pittsburgh_knee_rule", Disposition::Urgent, true},
        FlagCase{"cannot walk after a fall", injuryWith({{"weight_bearing", "unable"}}),
                 "cannot_bear_weight_after_injury", Disposition::Emergency, true},
        FlagCase{"night pain",
                 {{"night_pain", "yes"}},
                 "night_pain_or_weight_loss",
                 Disposition::Urgent,
                 true},
        FlagCase{"weight loss",
                 {{"weight_loss", "yes"}},
                 "night_pain_or_weight_loss",
                 Disposition::Urgent,
                 true},
        FlagCase{"past cancer",
                 {{"cancer_history", "yes"}},
                 "night_pain_or_weight_loss",
                 Disposition::Urgent,
                 true},
        FlagCase{"teenager with constant pain and swelling",
                 {{"age_years", 15},
                  {"pain_pattern", "constant"},
                  {"swelling", "gradual_or_intermittent"}},
                 "young_person_constant_bone_pain",
                 Disposition::Urgent,
                 true},
        FlagCase{"child with thigh pain",
                 {{"age_years", 12}, {"hip_groin_thigh_pain", "yes"}},
                 "child_with_limp",
                 Disposition::Urgent,
                 true},
        FlagCase{"child limping after a minor fall",
                 injuryWith({{"age_years", 13}, {"limp", "yes"}, {"duration_weeks", 3}}),
                 "child_with_limp", Disposition::Urgent, true},
        FlagCase{"teenager who cannot stand",
                 {{"age_years", 14}, {"weight_bearing", "unable"}},
                 "child_cannot_bear_weight",
                 Disposition::Emergency,
                 true},
        FlagCase{"tense calf after injury", injuryWith({{"tense_calf_shin", "yes"}}),
                 "tense_calf_or_shin", Disposition::Emergency, true},
        FlagCase{"knee went back after looking out of shape",
                 injuryWith({{"deformed_at_injury", "yes"}}), "knee_out_of_shape_at_injury",
                 Disposition::Emergency, true},
        FlagCase{"hyperextension with foot drop",
                 injuryWith({{"injury_mechanism", "hyperextension"}, {"foot_drop", "yes"}}),
                 "hyperextension_with_nerve_signs", Disposition::Emergency, true},
        FlagCase{"foot drop after injury", injuryWith({{"foot_drop", "yes"}}),
                 "foot_drop_after_injury", Disposition::Emergency, true},
        FlagCase{"foot drop without injury",
                 {{"foot_drop", "yes"}},
                 "foot_drop",
                 Disposition::Urgent,
                 true},
        FlagCase{"kneecap slipped and went back", injuryWith({{"kneecap_slipped", "yes"}}),
                 "kneecap_slipped_out", Disposition::Urgent, true},
        FlagCase{"back of knee pain on the pill",
                 {{"pain_location", "back"},
                  {"back_spot", "centre"},
                  {"front_spot", nullptr},
                  {"medical_history", {"hormonal_medicine"}}},
                 "calf_pain_after_surgery_or_travel",
                 Disposition::Urgent,
                 true},
        FlagCase{"calf pain after a birth",
                 {{"calf_pain_swelling", "yes"}, {"medical_history", {"pregnant_or_recent_birth"}}},
                 "calf_pain_after_surgery_or_travel",
                 Disposition::Urgent,
                 true},
        FlagCase{"clot risk and breathless",
                 {{"pain_location", "back"},
                  {"back_spot", "upper_calf"},
                  {"front_spot", nullptr},
                  {"medical_history", {"previous_clot"}},
                  {"short_of_breath", "yes"}},
                 "breathless_or_chest_pain",
                 Disposition::Emergency,
                 true},
        FlagCase{"unsure about fever",
                 {{"fever_unwell", "unsure"}},
                 "unsure_about_warning_sign",
                 Disposition::SeeClinician,
                 true},
        FlagCase{"night pain left out",
                 {{"night_pain", nullptr}},
                 "unsure_about_warning_sign",
                 Disposition::SeeClinician,
                 true},
        FlagCase{"1.0 document: night pain or weight loss",
                 {{"night_pain", nullptr},
                  {"weight_loss", nullptr},
                  {"cancer_history", nullptr},
                  {"night_pain_weight_loss", "yes"}},
                 "night_pain_or_weight_loss",
                 Disposition::Urgent,
                 true}};
    return cases;
}

INSTANTIATE_TEST_SUITE_P(EveryFlag, ShippedFlags, ::testing::ValuesIn(flagCases()),
                         [](const ::testing::TestParamInfo<FlagCase>& info) {
                             return test::testNameFrom(info.param.name);
                         });

TEST_F(ShippedFlags, EveryShippedFlagHasACaseOfItsOwn) {
    for (const WarningSign& flag : kb_->warningSigns) {
        const bool tested =
            std::any_of(flagCases().begin(), flagCases().end(),
                        [&](const FlagCase& flagCase) { return flag.id == flagCase.flag; });
        EXPECT_TRUE(tested) << (flag.amber ? "amber" : "red") << " flag " << flag.id
                            << " has no case in flagCases()";
    }
}

TEST_F(ShippedFlags, OlderDocumentSayingNoToNightPainNeedsNoFurtherAnswer) {
    json answers = calmAnswers();
    for (const char* replaced : {"night_pain", "weight_loss", "cancer_history"}) {
        answers.erase(replaced);
    }
    answers["night_pain_weight_loss"] = "no";
    const TriageResult result = run(answers);
    EXPECT_TRUE(firedIds(result).empty());
    EXPECT_EQ(result.disposition, Disposition::SelfCare);
}

TEST_F(ShippedFlags, CalmCaseRaisesNoFlagAndOffersExercises) {
    const TriageResult result = run(calmAnswers());
    EXPECT_TRUE(firedIds(result).empty());
    EXPECT_EQ(result.disposition, Disposition::SelfCare);
    EXPECT_FALSE(result.exercises.empty());
}

TEST_F(ShippedFlags, OttawaRuleDoesNotApplyAfterTheFirstWeekOrWithoutInjury) {
    const json late = withChanges(
        calmAnswers(), injuryWith({{"tender_fibular_head", "yes"}, {"duration_weeks", 3}}));
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
        stressFractureCounted =
            stressFractureCounted ||
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
    for (const char* question :
         {"front_spot", "sex", "recent_load_increase", "worse_with", "pain_pattern"}) {
        answers.erase(question);
    }
    answers["pain_location"] = "whole_knee";
    answers["age_years"] = 30;
    const TriageResult result = run(answers);
    for (const RankedCondition& ranked : result.conditions) {
        ASSERT_LT(ranked.score, kb_->ranking.dispositionMinScore)
            << kb_->conditions[ranked.condition].id;
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
