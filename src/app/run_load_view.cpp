#include "run_load_view.h"

#include "kneetriage/training/calendar.h"
#include "qt_date.h"
#include "qt_text.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <map>

namespace kt::app {
QString categoryWords(const RunLoad& load, const LoadSpikeRules& rules) {
    if (const SpikeBand* band = rules.band(load.category)) {
        return toQt(band->label);
    }
    return toQt(load.category == SpikeCategory::None ? rules.noSpikeLabel
                                                     : rules.noEarlierRunLabel);
}

QString ratioWords(const RunLoad& load) {
    if (!load.ratio) {
        return {};
    }
    const long long percent = std::llround(*load.ratio * 100);
    // U+2212 MINUS SIGN: a hyphen is read as a dash by screen readers.
    return (percent > 0   ? QStringLiteral("+")
            : percent < 0 ? QStringLiteral("\u2212")
                          : QString()) +
           QLocale().toString(std::llabs(percent)) + QStringLiteral(" %");
}

std::vector<WeeklyDistanceChart::Week> chartWeeks(const std::vector<RunLoad>& loads,
                                                  const LoadSpikeRules& rules, std::size_t count) {
    // The largest spike of each week, by its Monday.
    std::map<std::chrono::sys_days, const RunLoad*> largest;
    for (const RunLoad& load : loads) {
        if (!load.isSpike()) {
            continue;
        }
        const RunLoad*& kept = largest[isoWeekStart(localDay(load.run))];
        if (kept == nullptr || load.category > kept->category) {
            kept = &load;
        }
    }
    const std::vector<WeekLoad> weeks = weeklyLoad(loads);
    const std::size_t first = weeks.size() > count ? weeks.size() - count : 0;
    std::vector<WeeklyDistanceChart::Week> shown;
    for (std::size_t i = first; i < weeks.size(); ++i) {
        const WeekLoad& week = weeks[i];
        const auto spike = largest.find(week.start);
        shown.push_back(
            {dateOf(week.start), week.distanceMetres / 1000, week.spikes,
             spike == largest.end() ? QString() : categoryWords(*spike->second, rules)});
    }
    return shown;
}

} // namespace kt::app
