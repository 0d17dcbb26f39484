#pragma once

#include "kneetriage/runs/run.h"
#include "kneetriage/training/load_spikes.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace kt {

// One run with its comparison against the longest run in the rules' window (30 days) before it.
// Pure data: the caller owns it.
struct RunLoad {
    Run run;
    // The longest distance in metres of the runs that started in [start - window, start), or
    // nullopt when there was none (then `ratio` is nullopt and the category NoEarlierRun).
    std::optional<double> longestBeforeMetres;
    // distance / longestBefore - 1, as a share: 0.45 is 45 % longer, -0.2 is 20 % shorter.
    std::optional<double> ratio;
    SpikeCategory category = SpikeCategory::NoEarlierRun;

    [[nodiscard]] bool isSpike() const;
};

// Every run compared with the longest run of the window before its start, oldest first (runs
// that start at the same second compare with neither). A ratio within a billionth of a band's
// share counts as that share: 5.5 km after 5 km is exactly 10 %, no spike.
[[nodiscard]] std::vector<RunLoad> analyseLoad(std::vector<Run> runs, const LoadSpikeRules& rules);

// One ISO week (Monday to Sunday, by the runs' local dates).
struct WeekLoad {
    std::string week;            // "2026-W47"
    std::chrono::sys_days start; // its Monday
    double distanceMetres = 0;   // all runs of the week
    int runs = 0;
    int spikes = 0; // runs in the small, moderate or large category
};

// The weeks from the first run's week to the last run's, in order, weeks without a run
// included with zeros so that a chart has no gaps. Empty for no runs.
[[nodiscard]] std::vector<WeekLoad> weeklyLoad(const std::vector<RunLoad>& loads);

// The longest distance in metres run on the `rules.windowDays` local dates before `today` (for 30:
// today - 30 to yesterday), or nullopt when there was no run then: the cap the next-run light
// puts on the next run, today's, compared as Frandsen et al. compared each session with the 30
// days before it. A run today or later is not counted. Pure: `today` is given.
[[nodiscard]] std::optional<double> longestRunBefore(const std::vector<Run>& runs,
                                                     std::chrono::sys_days today,
                                                     const LoadSpikeRules& rules);

} // namespace kt
