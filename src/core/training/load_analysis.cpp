#include "kneetriage/training/load_analysis.h"

#include "kneetriage/training/calendar.h"

#include <algorithm>

namespace kt {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

constexpr std::int64_t kSecondsPerDay = 86400;

// Distances are read to a tenth of a metre or worse; a ratio this close to a band's share is
// that share, not a spike the runner could not have run.
constexpr double kShareTolerance = 1e-9;

SpikeCategory categoryOf(double ratio, const LoadSpikeRules& rules) {
    for (auto band = rules.bands.rbegin(); band != rules.bands.rend(); ++band) {
        if (ratio > band->aboveShare + kShareTolerance) {
            return band->category;
        }
    }
    return SpikeCategory::None;
}

// The longest of `runs[0..index)` that started in the window before `runs[index]`.
std::optional<double> longestBefore(const std::vector<Run>& runs, std::size_t index,
                                    std::int64_t windowSeconds) {
    const std::int64_t start = runs[index].startUtc;
    std::optional<double> longest;
    for (std::size_t j = index; j-- > 0;) {
        if (runs[j].startUtc < start - windowSeconds) {
            break;
        }
        if (runs[j].startUtc < start) {
            longest = std::max(longest.value_or(0.0), runs[j].distanceMetres);
        }
    }
    return longest;
}

} // namespace

bool RunLoad::isSpike() const {
    return category == SpikeCategory::Small || category == SpikeCategory::Moderate ||
           category == SpikeCategory::Large;
}

std::vector<RunLoad> analyseLoad(std::vector<Run> runs, const LoadSpikeRules& rules) {
    std::stable_sort(runs.begin(), runs.end(),
                     [](const Run& a, const Run& b) { return a.startUtc < b.startUtc; });
    const std::int64_t windowSeconds = std::int64_t{rules.windowDays} * kSecondsPerDay;
    std::vector<RunLoad> loads;
    loads.reserve(runs.size());
    for (std::size_t i = 0; i < runs.size(); ++i) {
        RunLoad load;
        load.run = runs[i];
        load.longestBeforeMetres = longestBefore(runs, i, windowSeconds);
        if (load.longestBeforeMetres && *load.longestBeforeMetres > 0) {
            load.ratio = runs[i].distanceMetres / *load.longestBeforeMetres - 1;
            load.category = categoryOf(*load.ratio, rules);
        } else {
            load.longestBeforeMetres.reset();
        }
        loads.push_back(std::move(load));
    }
    return loads;
}

std::vector<WeekLoad> weeklyLoad(const std::vector<RunLoad>& loads) {
    if (loads.empty()) {
        return {};
    }
    const auto [earliest, latest] =
        std::minmax_element(loads.begin(), loads.end(), [](const RunLoad& a, const RunLoad& b) {
            return localDay(a.run) < localDay(b.run);
        });
    const sys_days first = isoWeekStart(localDay(earliest->run));
    const sys_days last = isoWeekStart(localDay(latest->run));
    std::vector<WeekLoad> weeks;
    for (sys_days monday = first; monday <= last; monday += days(7)) {
        WeekLoad week;
        week.week = isoWeekName(monday);
        week.start = monday;
        weeks.push_back(std::move(week));
    }
    for (const RunLoad& load : loads) {
        WeekLoad& week =
            weeks[static_cast<std::size_t>((isoWeekStart(localDay(load.run)) - first).count() / 7)];
        week.distanceMetres += load.run.distanceMetres;
        ++week.runs;
        week.spikes += load.isSpike() ? 1 : 0;
    }
    return weeks;
}

std::optional<double> longestRunBefore(const std::vector<Run>& runs, sys_days today,
                                       const LoadSpikeRules& rules) {
    const sys_days from = today - days(rules.windowDays);
    std::optional<double> longest;
    for (const Run& run : runs) {
        const sys_days day = localDay(run);
        if (day >= from && day < today) {
            longest = std::max(longest.value_or(0.0), run.distanceMetres);
        }
    }
    return longest;
}

} // namespace kt
