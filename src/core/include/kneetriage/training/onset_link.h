#pragma once

#include "kneetriage/engine/answers.h"
#include "kneetriage/kb/knowledge_base.h"
#include "kneetriage/training/load_analysis.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kt {

// The days on which knee pain may have started (local dates, both ends included). One day when
// the runner gave the date; a span when it comes from a check's "how long" answer.
struct OnsetWindow {
    std::chrono::sys_days first;
    std::chrono::sys_days last;

    [[nodiscard]] bool exact() const { return first == last; }
};

// The runner's own onset date: a window of one day.
[[nodiscard]] OnsetWindow onsetOn(std::chrono::sys_days day);

// The onset window of a check, from its creation time (CheckRecord::createdAt, ISO 8601 UTC; its
// UTC date is used) and its answer to duration_weeks (0 = less than a week, else about N weeks):
//   0  -> the 7 days up to the day of the check;
//   N  -> the day of the check minus 7N days, +/- rules.onsetAroundDays, never after the check.
// nullopt when `createdAtUtc` is not an ISO date-time or the weeks are outside 0..520.
[[nodiscard]] std::optional<OnsetWindow>
onsetWindowOfCheck(std::string_view createdAtUtc, int durationWeeks, const LoadSpikeRules& rules);

// A spike run in the days looked at before an onset.
struct SpikeBeforeOnset {
    RunLoad load;
    std::chrono::sys_days runDay; // its local date
    // Days from the run to the onset: from the window's first day and from its last (equal for an
    // exact onset); never below 0.
    int daysMin = 0;
    int daysMax = 0;
};

// What the runs say about an onset: the spike runs in the rules.onsetLinkDays days before the
// window's first day up to its last day, largest ratio first (ties: the later run). No spike is
// a finding too: `spikes` empty with `runsLookedAt` > 0 ("no spike before onset"), and with no
// run at all there is nothing to link.
struct OnsetLink {
    OnsetWindow window;
    int linkDays = 0;
    int runsLookedAt = 0;
    std::vector<SpikeBeforeOnset> spikes;

    [[nodiscard]] bool spikeBeforeOnset() const { return !spikes.empty(); }
};

// The link of `window` to `loads` (from analyseLoad), by the runs' local dates.
[[nodiscard]] OnsetLink linkOnset(const std::vector<RunLoad>& loads, const OnsetWindow& window,
                                  const LoadSpikeRules& rules);

// Which of the rules' onset texts phrases `link`: same_day, next_day, days_after (an exact
// onset), in_the_days_before (a span, so the days are not known), no_spike or no_runs.
[[nodiscard]] std::string_view onsetTextId(const OnsetLink& link);

// The sentence for `link` in the rules' language, its {placeholders} filled from the largest
// spike: {days}, {distance_km} (one decimal, the text's decimal_mark), {percent} (whole),
// {window_days}, {link_days}, {threshold_percent}. The caveat text is kept separate
// (rules.onsetTexts "caveat") for the screen and the PDF to print beside it.
[[nodiscard]] std::string onsetSentence(const OnsetLink& link, const LoadSpikeRules& rules);

// Kilometres to one decimal, half a hundred metres rounded up (15,950 m is "16.0", where printf's
// binary rounding would say 15.9), with the rules' language's decimal mark ("8.0", "8,0"): every
// distance the training texts fill in.
[[nodiscard]] std::string kilometres(double metres, const LoadSpikeRules& rules);

// The answer to duration_weeks (how long the pain has been present) in whole weeks, or nullopt
// when it was not given or was "not sure".
[[nodiscard]] std::optional<int> durationWeeksOf(const KnowledgeBase& kb, const Answers& answers);

// What a check's report says about the runs before its pain: the sentence and the caveat that a
// link in time is not proof, in the rules' language.
struct OnsetStatement {
    std::string sentence;
    std::string caveat;
};

// The statement for a check made at `createdAtUtc` whose pain has lasted `durationWeeks` (the
// answer to duration_weeks), over every stored run: nullopt when there are no runs (nothing to
// link, so the report says nothing), the duration was not answered, or the time is not ISO 8601.
[[nodiscard]] std::optional<OnsetStatement> onsetStatementForCheck(const std::vector<Run>& runs,
                                                                   std::string_view createdAtUtc,
                                                                   std::optional<int> durationWeeks,
                                                                   const LoadSpikeRules& rules);

} // namespace kt
