#pragma once

#include "kneetriage/io/problem.h"
#include "kneetriage/kb/disposition.h"
#include "kneetriage/kb/knowledge_base.h"
#include "kneetriage/training/load_spikes.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kt {

// One sentence the training rules say, with where it comes from. Found by its id, which the
// program fixes; the words and sources are data (data/training/*.json).
struct TrainingText {
    std::string id;
    std::string text;
    std::vector<Source> sources;
};

// data/training/next_run.json: when the next-run light is red, how old a check may be. The amber
// distance cap's window is the load analysis's (LoadSpikeRules::windowDays), one figure for both.
struct NextRunRules {
    int maxCheckAgeDays = 14; // an older check is stale: never green
    std::vector<Disposition> redDispositions;
    bool anyRedFlag = true;
    std::vector<std::string> redConditions; // listed at redConditionMinScore or more: red
    double redConditionMinScore = 0.2;
    std::vector<TrainingText> reasons;

    // The reason `id`; the loader makes sure every id the program uses is there.
    [[nodiscard]] const TrainingText& reason(std::string_view id) const;
};

// data/training/pain_monitoring.json: the pain-monitoring model (Silbernagel 2007; Thomee 1997).
struct PainMonitoringRules {
    int safeMax = 2;       // pain during the run 0..safeMax: safe, the plan may move on
    int acceptableMax = 3; // above safeMax up to this: acceptable, hold; above: too much, back
    std::vector<TrainingText> rules;

    [[nodiscard]] const TrainingText& rule(std::string_view id) const;
};

// One step of a return-to-run plan.
struct PlanStep {
    std::string id;
    int sessionsPerWeek = 0;
    int runMinutes = 0;
    int walkMinutes = 0;
    std::optional<int> distanceMetres;
    std::string what;            // what a session is
    std::string criterion;       // what must be true before the next step
    bool clinicianTests = false; // the criterion is a test a clinician should do
    int minDays = 0;             // days at this step before the diary can move the plan on
    std::vector<Source> sources;
};

// data/training/return_plans.json: a staged plan for some conditions (none: every other cause).
struct ReturnPlan {
    std::string id;
    std::vector<std::string> conditions; // ids of kb/conditions.json
    bool requiresClearance = false;      // only after a clinician has said running may start
    std::string name;
    std::string note;
    std::vector<Source> sources;
    std::vector<PlanStep> steps; // at least one
};

struct TrainingData {
    LoadSpikeRules loadSpikes;
    NextRunRules nextRun;
    PainMonitoringRules painMonitoring;
    std::vector<ReturnPlan> plans;

    // The plan for `conditionId`, else the general plan (the one with no conditions).
    [[nodiscard]] const ReturnPlan& planFor(std::string_view conditionId) const;
};

// The training files of a data directory, in English or with the usable texts of `language`
// laid over them (data/i18n/LANG/training/...). `conditionIds` are the knowledge base's: a plan
// or stop rule naming another id is refused. Every problem names its file, place and what was
// expected; a step or plan without a source is refused.
[[nodiscard]] std::variant<TrainingData, Problems>
loadTrainingData(const std::filesystem::path& dataDirectory,
                 const std::vector<std::string>& conditionIds, std::string_view language = "en");

} // namespace kt
