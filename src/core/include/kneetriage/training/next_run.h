#pragma once

#include "kneetriage/io/result_reader.h"
#include "kneetriage/runs/run.h"
#include "kneetriage/training/calendar.h"
#include "kneetriage/training/diary_entry.h"
#include "kneetriage/training/training_data.h"

#include <optional>
#include <vector>

namespace kt {

enum class Light { Green, Amber, Red };
[[nodiscard]] std::string_view lightId(Light light); // "green", "amber", "red"

// What the next-run light is worked out from. Nothing here is read from a clock or a file.
struct NextRunInputs {
    std::optional<SavedResult> latestCheck;        // none: no check yet
    std::optional<std::chrono::sys_days> checkDay; // when it was made; none counts as stale
    std::optional<std::vector<Run>> runs;          // none: no runs given, so no 30-day cap
    std::vector<DiaryEntry> diary;                 // any order; entries after today are not used
    std::chrono::sys_days today{};
    // A clinician has said running may start again after a stop condition (a bone stress
    // injury). It never lifts red from a red flag or an urgent or emergency result.
    bool clinicianCleared = false;
};

// The light, why (each reason's words and sources from data/training/next_run.json), and for
// amber the caps of the next run.
struct NextRunLight {
    Light light = Light::Red;
    std::vector<TrainingText> reasons;
    std::optional<double> distanceCapMetres; // amber, and runs in the window: the longest of them
    int painCap = 0;                         // the most pain allowed during the run, 0-10
};

// Red while the latest check is urgent or emergency, a red flag fired, or a stop condition is
// listed; amber with caps when the check is missing, stale or says see a clinician, or the diary
// is empty or its latest entry hurt or the morning was worse; green otherwise. Red is decided
// first and nothing lowers it.
[[nodiscard]] NextRunLight decideNextRun(const TrainingData& data, const NextRunInputs& inputs);

} // namespace kt
