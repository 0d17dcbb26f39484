#include "kb/checks.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace kt {
namespace {

using Pointer = nlohmann::json::json_pointer;

// The questions of the intake contract (format version 1, vocabulary 1.1, §2), with their kind
// and codes.
struct ContractQuestion {
    std::string_view id;
    QuestionKind kind;
    std::vector<std::string_view> codes; // choice and multi
    double min = 0;                      // number
    double max = 0;
};

const std::vector<ContractQuestion>& contractQuestions() {
    using enum QuestionKind;
    static const std::vector<ContractQuestion> questions{
        {"weight_bearing", Choice, {"normal", "painful_but_possible", "unable"}},
        {"fever_unwell", YesNo, {}},
        {"hot_red_swollen", YesNo, {}},
        {"calf_pain_swelling", YesNo, {}},
        {"short_of_breath", YesNo, {}},
        {"locked_knee", YesNo, {}},
        {"deformity", YesNo, {}},
        {"numb_cold_foot", YesNo, {}},
        {"night_pain_weight_loss", YesNo, {}},
        {"recent_surgery_or_travel", YesNo, {}},
        {"age_years", Number, {}, 5, 100},
        {"sex", Choice, {"female", "male", "other", "unsaid"}},
        {"recent_load_increase", YesNo, {}},
        {"pain_location", Choice, {"front", "inner", "outer", "back", "whole_knee"}},
        {"front_spot",
         Choice,
         {"around_kneecap", "below_kneecap", "above_kneecap", "on_kneecap_swelling",
          "bump_below_kneecap"}},
        {"inner_spot", Choice, {"joint_line", "below_joint"}},
        {"outer_spot", Choice, {"above_joint", "joint_line"}},
        {"back_spot", Choice, {"centre", "outer_side", "inner_side", "upper_calf"}},
        {"onset", Choice, {"gradual", "sudden_no_injury", "injury"}},
        {"injury_mechanism",
         Choice,
         {"twist_pivot", "blow_to_outer_side", "blow_to_inner_side", "blow_to_front",
          "hyperextension", "fall_on_knee", "landing"}},
        {"heard_pop", YesNo, {}},
        {"swelling", Choice, {"none", "rapid_within_2h", "within_24h", "gradual_or_intermittent"}},
        {"duration_weeks", Number, {}, 0, 520},
        {"pain_pattern",
         Choice,
         {"eases_after_warm_up", "starts_at_set_distance", "after_running", "constant",
          "only_when_twisting"}},
        {"worse_with",
         Multi,
         {"stairs_down", "stairs_up", "squatting", "prolonged_sitting", "downhill", "kneeling",
          "twisting", "full_bend", "jumping", "first_steps_morning", "end_of_day"}},
        {"morning_stiffness", Choice, {"none", "under_30_min", "over_30_min"}},
        {"giving_way", YesNo, {}},
        {"catching_clicking", YesNo, {}},
        {"grinding", YesNo, {}},
        {"lump_behind_knee", YesNo, {}},
        {"bone_point_tender", YesNo, {}},
        {"tender_fibular_head", YesNo, {}},
        {"tender_patella_only", YesNo, {}},
        {"can_bend_to_90", YesNo, {}},
        {"pain_severity", Number, {}, 0, 10},
        // Added in vocabulary 1.1.
        {"straight_leg_raise", YesNo, {}},
        {"tense_calf_shin", YesNo, {}},
        {"foot_drop", YesNo, {}},
        {"kneecap_slipped", YesNo, {}},
        {"deformed_at_injury", YesNo, {}},
        {"night_pain", YesNo, {}},
        {"weight_loss", YesNo, {}},
        {"cancer_history", YesNo, {}},
        {"limp", YesNo, {}},
        {"hip_groin_thigh_pain", YesNo, {}},
        {"other_joints", YesNo, {}},
        {"medical_history",
         Multi,
         {"knee_replacement", "recent_joint_procedure", "immunosuppressed", "diabetes",
          "anticoagulant", "previous_clot", "cancer_active", "pregnant_or_recent_birth",
          "hormonal_medicine", "gout", "inflammatory_arthritis", "none"}},
        {"which_knee", Choice, {"left", "right", "both"}},
        {"weekly_distance_km", Number, {}, 0, 300},
        {"previous_bone_stress_injury", YesNo, {}},
        {"missed_periods", YesNo, {}},
    };
    return questions;
}

constexpr std::array<std::string_view, 33> kContractConditions{
    "patellofemoral_pain", "patellar_tendinopathy", "quadriceps_tendinopathy",
    "prepatellar_bursitis", "osgood_schlatter", "fat_pad_impingement", "itb_syndrome",
    "lateral_meniscus_tear", "lcl_sprain", "pes_anserine_bursitis", "medial_meniscus_tear",
    "mcl_sprain", "bakers_cyst", "hamstring_tendinopathy", "popliteus_tendinopathy",
    "gastrocnemius_strain", "acl_injury", "pcl_injury", "knee_osteoarthritis",
    "patellar_dislocation", "stress_fracture", "fracture", "septic_arthritis", "dvt",
    "referred_hip_pain",
    // Added in vocabulary 1.1.
    "extensor_mechanism_rupture", "knee_dislocation", "compartment_syndrome", "crystal_arthritis",
    "inflammatory_arthritis", "bone_tumour", "osteochondritis_dissecans",
    "sinding_larsen_johansson"};

void checkQuestion(const KnowledgeBase& kb, const ContractQuestion& wanted,
                   const JsonDocument& document, Problems& problems) {
    const auto index = kb.findQuestion(wanted.id);
    if (!index) {
        problems.push_back(document.problemAt(Pointer("/questions"),
                                              "contract question '" + std::string(wanted.id) +
                                                  "' is missing; expected it in the flow"));
        return;
    }
    const Question& question = kb.questions[*index];
    const Pointer at = Pointer("/questions") / *index;
    if (question.kind != wanted.kind) {
        problems.push_back(document.problemAt(
            at / "kind", "question '" + question.id + "' is " +
                             std::string(kindName(question.kind)) + "; the contract expects " +
                             std::string(kindName(wanted.kind))));
        return;
    }
    for (const std::string_view code : wanted.codes) {
        if (!question.optionIndex(code)) {
            problems.push_back(document.problemAt(
                at / "options", "question '" + question.id + "' lacks the contract code '" +
                                    std::string(code) + "'"));
        }
    }
    if (wanted.kind == QuestionKind::Number &&
        (question.min != wanted.min || question.max != wanted.max)) {
        problems.push_back(document.problemAt(
            at, "question '" + question.id + "' has range " + std::to_string(question.min) +
                    " .. " + std::to_string(question.max) + "; the contract expects " +
                    std::to_string(wanted.min) + " .. " + std::to_string(wanted.max)));
    }
}

// Content every shipped entity must carry: a source, and text a runner can read.
void checkContent(const KnowledgeBase& kb, const EntityPlaces& places, Problems& problems) {
    for (std::size_t i = 0; i < kb.conditions.size(); ++i) {
        const Condition& condition = kb.conditions[i];
        const Pointer at = Pointer("/conditions") / i;
        if (condition.sources.empty()) {
            problems.push_back(places.conditions->problemAt(
                at, "condition '" + condition.id + "' cites no source; expected at least one"));
        }
        if (condition.text.description.empty()) {
            problems.push_back(places.conditions->problemAt(
                at, "condition '" + condition.id +
                        "' has no entry in content/conditions.json; expected its text"));
        }
        if (!condition.disposition) {
            problems.push_back(places.conditions->problemAt(
                at, "condition '" + condition.id + "' has no disposition; expected one"));
        }
        const bool acute = condition.disposition && *condition.disposition <= Disposition::Urgent;
        if (acute && !condition.exercises.empty()) {
            problems.push_back(places.conditions->problemAt(
                at, "condition '" + condition.id + "' is " +
                        std::string(dispositionId(*condition.disposition)) + " but exercise '" +
                        kb.exercises[condition.exercises.front()].id +
                        "' serves it; expected no exercises for an urgent condition"));
        }
    }
    for (std::size_t i = 0; i < kb.redFlags.size(); ++i) {
        if (kb.redFlags[i].sources.empty()) {
            problems.push_back(places.redFlags->problemAt(
                Pointer("/red_flags") / i,
                "red flag '" + kb.redFlags[i].id + "' cites no source; expected at least one"));
        }
    }
    for (const Advice& advice : kb.advice) {
        if (advice.sources.empty()) {
            problems.push_back(
                Problem{kb.dataDirectory + "/content/advice.json",
                        0,
                        0,
                        {},
                        "advice '" + advice.id + "' cites no source; expected at least one"});
        }
    }
    for (const Exercise& exercise : kb.exercises) {
        if (exercise.sources.empty()) {
            problems.push_back(
                Problem{kb.dataDirectory + "/content/exercises.json",
                        0,
                        0,
                        {},
                        "exercise '" + exercise.id + "' cites no source; expected at least one"});
        }
    }
}

// Does `trigger` fire on an open (unanswered or unsure) `question`: by itself, or together with
// the condition under which the question is asked at all (an "all" holding the open leaf)?
bool firesWhenOpen(const Rule& trigger, std::size_t question) {
    if (trigger.op == Rule::Op::Any || trigger.op == Rule::Op::All) {
        return std::any_of(trigger.children.begin(), trigger.children.end(),
                           [&](const Rule& child) { return firesWhenOpen(child, question); });
    }
    return trigger.op == Rule::Op::Unknown && trigger.question == question;
}

// The contract: "unsure" or no answer to a safety question never allows self-care. Each safety
// question needs a flag that fires on it being open and sends the person to be seen.
void checkOpenSafetyQuestionsAreSeen(const KnowledgeBase& kb, const EntityPlaces& places,
                                     Problems& problems) {
    for (std::size_t i = 0; i < kb.questions.size(); ++i) {
        const Question& question = kb.questions[i];
        if (question.section != "safety" || question.retired()) {
            continue;
        }
        const bool covered =
            std::any_of(kb.redFlags.begin(), kb.redFlags.end(), [&](const RedFlag& flag) {
                return flag.disposition <= Disposition::SeeClinician &&
                       firesWhenOpen(flag.trigger, i);
            });
        if (!covered) {
            problems.push_back(places.redFlags->problemAt(
                Pointer("/red_flags"),
                "no flag fires when safety question '" + question.id +
                    "' is unsure or unanswered; expected one that sends the person to be "
                    "seen (the contract never allows self-care then)"));
        }
    }
}

} // namespace

void checkContract(const KnowledgeBase& kb, const EntityPlaces& places, Problems& problems) {
    for (const ContractQuestion& question : contractQuestions()) {
        checkQuestion(kb, question, *places.questions, problems);
    }
    for (const std::string_view id : kContractConditions) {
        const bool present =
            std::any_of(kb.conditions.begin(), kb.conditions.end(),
                        [&](const Condition& condition) { return condition.id == id; });
        if (!present) {
            problems.push_back(places.conditions->problemAt(
                Pointer("/conditions"), "contract condition '" + std::string(id) + "' is missing"));
        }
    }
    checkContent(kb, places, problems);
    checkOpenSafetyQuestionsAreSeen(kb, places, problems);
}

} // namespace kt
