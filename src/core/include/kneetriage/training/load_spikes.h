#pragma once

#include "kneetriage/io/problem.h"
#include "kneetriage/kb/knowledge_base.h"

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kt {

// How a run's distance compares with the runner's longest run of the days before it, in the
// categories of Frandsen et al. 2025 (data/training/load_spikes.json). NoEarlierRun is not a
// spike: there was nothing to compare with.
enum class SpikeCategory { NoEarlierRun, None, Small, Moderate, Large };

// "no_earlier_run", "none", "small", "moderate", "large": the ids the CLI and the data use.
[[nodiscard]] std::string_view spikeCategoryId(SpikeCategory category);

// One spike category as the data gives it: a run is in it when it is more than `aboveShare`
// longer than the longest before it (0.10 = 10 %) and not in the next category.
struct SpikeBand {
    SpikeCategory category = SpikeCategory::Small;
    double aboveShare = 0;
    std::string label; // in the loaded language
    std::vector<Source> sources;
};

// data/training/load_spikes.json, loaded and checked, its texts in one language. Owned by the
// caller; the analysis functions only read it.
struct LoadSpikeRules {
    int windowDays = 30;           // the look-back window for the longest earlier run
    std::vector<SpikeBand> bands;  // small, moderate, large, in that order (ascending shares)
    std::string noSpikeLabel;      // a run at most the first band's share longer
    std::string noEarlierRunLabel; // a run with no earlier run in the window
    std::string help;              // what the spike marks mean, for the chart's help
    std::string workloadRatioHelp; // why no acute:chronic workload ratio is shown
    std::vector<Source> windowSources;
    std::vector<Source> workloadRatioSources;
    int onsetLinkDays = 7;   // days before a pain onset whose runs are linked to it
    int onsetAroundDays = 3; // half-width of "about N weeks ago"
    // The onset sentences by id (same_day, next_day, days_after, in_the_days_before, no_spike,
    // no_runs, caveat, decimal_mark), with {placeholders}; see onset_link.h.
    std::map<std::string, std::string, std::less<>> onsetTexts;
    std::vector<Source> onsetSources;

    // The band of `category`, or nullptr for None and NoEarlierRun.
    [[nodiscard]] const SpikeBand* band(SpikeCategory category) const;
};

// The data file, relative to a data directory.
inline constexpr std::string_view kLoadSpikesFile = "training/load_spikes.json";

using LoadSpikeRulesResult = std::variant<LoadSpikeRules, Problems>;

// Reads `dataDirectory`/training/load_spikes.json with its texts in `language` (from
// data/i18n/<language>/ when not English; an untranslated text stays English). Every problem
// found names the file, line:column, JSON pointer and what was expected: a category without a
// source, shares out of order, a missing onset text or an unknown member.
[[nodiscard]] LoadSpikeRulesResult loadLoadSpikeRules(const std::filesystem::path& dataDirectory,
                                                      std::string_view language = "en");

} // namespace kt
