#pragma once

#include "kneetriage/training/load_analysis.h"
#include "weekly_distance_chart.h"

#include <QDate>
#include <QString>
#include <chrono>
#include <cstddef>
#include <vector>

namespace kt::app {

// What the training page shows of the load analysis, in the rules' words.

// The run's category as the data words it ("Moderate spike: 30 to 100 % longer than ...").
[[nodiscard]] QString categoryWords(const RunLoad& load, const LoadSpikeRules& rules);

// "+45 %" or "−20 %" against the longest of the window before, or "" with nothing to compare.
[[nodiscard]] QString ratioWords(const RunLoad& load);

// The last `count` weeks of `loads` for the chart, each with its largest spike in words.
[[nodiscard]] std::vector<WeeklyDistanceChart::Week>
chartWeeks(const std::vector<RunLoad>& loads, const LoadSpikeRules& rules, std::size_t count);

} // namespace kt::app
