#include "kneetriage/training/next_run.h"

#include <algorithm>

namespace kt {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

// The local calendar day a run started on: by its own UTC offset when the file gave one, else
// by UTC (GPX and TCX give no offset).
CalendarDay localDay(const Run& run) {
    const std::int64_t local = run.startUtc + run.utcOffsetSeconds.value_or(0);
    return local >= 0 ? local / kSecondsPerDay : (local - kSecondsPerDay + 1) / kSecondsPerDay;
}

} // namespace

// The training load analysis (Frandsen et al. 2025) finds the same longest run for each run; this
// is the light's own look at "before today" until that analysis is in the library.
std::optional<double> longestRecentRun(const std::vector<Run>& runs, CalendarDay today,
                                       int windowDays) {
    std::optional<double> longest;
    for (const Run& run : runs) {
        const CalendarDay day = localDay(run);
        if (day < today && day >= today - windowDays) {
            longest = std::max(longest.value_or(0.0), run.distanceMetres);
        }
    }
    return longest;
}

} // namespace kt
