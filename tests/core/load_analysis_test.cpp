// The load analysis a runner reads on the Training page and from `runs load`: each run against
// the longest of the 30 days before it (Frandsen et al. 2025), the weekly totals and the cap for
// the next run, all with the shipped data/training/load_spikes.json.
#include "kneetriage/training/calendar.h"
#include "kneetriage/training/load_analysis.h"

#include <gtest/gtest.h>

namespace kt {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

LoadSpikeRules shippedRules() {
    LoadSpikeRulesResult loaded = loadLoadSpikeRules(KT_DATA_DIR);
    if (const auto* problems = std::get_if<Problems>(&loaded)) {
        ADD_FAILURE() << problems->front().describe();
        return {};
    }
    return std::get<LoadSpikeRules>(loaded);
}

// A run of `metres` starting at `hour`:`minute` UTC on `date`, `offset` seconds ahead of UTC
// locally when given.
Run runAt(std::string_view date, int hour, double metres,
          std::optional<std::int32_t> offset = std::nullopt, int minute = 0) {
    Run run;
    run.startUtc = std::chrono::sys_seconds(*parseIsoDate(date)).time_since_epoch().count() +
                   hour * 3600 + minute * 60;
    run.utcOffsetSeconds = offset;
    run.distanceMetres = metres;
    run.movingSeconds = metres / 3;
    run.sport = "running";
    return run;
}

// The analysis of a 10 km run followed a day later by one of `metres`: the later run's load.
RunLoad afterTenKilometres(double metres) {
    const auto loads = analyseLoad({runAt("2026-11-01", 8, 10000), runAt("2026-11-02", 8, metres)},
                                   shippedRules());
    return loads.at(1);
}

TEST(LoadAnalysis, ExactlyTenPercentLongerIsNoSpike) {
    const RunLoad load = afterTenKilometres(11000);
    EXPECT_EQ(load.category, SpikeCategory::None);
    EXPECT_NEAR(*load.ratio, 0.10, 1e-12);
    EXPECT_FALSE(load.isSpike());
}

TEST(LoadAnalysis, JustOverTenPercentLongerIsASmallSpike) {
    EXPECT_EQ(afterTenKilometres(11001).category, SpikeCategory::Small);
}

TEST(LoadAnalysis, ExactlyThirtyPercentLongerIsStillSmall) {
    // 13000 / 10000 - 1 is 0.30000000000000004 in binary: still exactly 30 % to a runner.
    EXPECT_EQ(afterTenKilometres(13000).category, SpikeCategory::Small);
    EXPECT_EQ(afterTenKilometres(13001).category, SpikeCategory::Moderate);
}

TEST(LoadAnalysis, ExactlyTwiceTheLongestIsModerateAndMoreIsLarge) {
    EXPECT_EQ(afterTenKilometres(20000).category, SpikeCategory::Moderate);
    EXPECT_EQ(afterTenKilometres(20001).category, SpikeCategory::Large);
}

TEST(LoadAnalysis, FirstRunEverHasNoEarlierRunAndIsNoSpike) {
    const auto loads = analyseLoad({runAt("2026-11-01", 8, 42195)}, shippedRules());
    ASSERT_EQ(loads.size(), 1U);
    EXPECT_EQ(loads[0].category, SpikeCategory::NoEarlierRun);
    EXPECT_FALSE(loads[0].ratio.has_value());
    EXPECT_FALSE(loads[0].longestBeforeMetres.has_value());
    EXPECT_FALSE(loads[0].isSpike());
    EXPECT_EQ(spikeCategoryId(loads[0].category), "no_earlier_run");
}

TEST(LoadAnalysis, ALongRunThirtyOneDaysBeforeIsOutOfTheWindow) {
    // Given out of order: the analysis sorts oldest first.
    const auto loads = analyseLoad(
        {runAt("2026-12-02", 8, 6000), runAt("2026-11-01", 8, 20000), runAt("2026-11-21", 8, 5000)},
        shippedRules());
    ASSERT_EQ(loads.size(), 3U);
    EXPECT_EQ(loads[2].run.distanceMetres, 6000);
    EXPECT_EQ(*loads[2].longestBeforeMetres, 5000); // the 20 km run was 31 days before
    EXPECT_EQ(loads[2].category, SpikeCategory::Small);
}

TEST(LoadAnalysis, ARunExactlyThirtyDaysBeforeIsInTheWindow) {
    const auto loads =
        analyseLoad({runAt("2026-11-01", 8, 20000), runAt("2026-12-01", 8, 6000)}, shippedRules());
    EXPECT_EQ(*loads[1].longestBeforeMetres, 20000);
    EXPECT_EQ(loads[1].category, SpikeCategory::None);
    EXPECT_NEAR(*loads[1].ratio, -0.7, 1e-12);
}

TEST(LoadAnalysis, WeeksWithoutRunsAreThereWithZeros) {
    const LoadSpikeRules rules = shippedRules();
    // 2026 has 53 ISO weeks: 2027-01-02 (a Saturday) is in 2026-W53.
    const auto weeks = weeklyLoad(analyseLoad(
        {runAt("2026-12-08", 8, 5000), runAt("2026-12-09", 8, 8000), runAt("2027-01-02", 8, 4000)},
        rules));
    ASSERT_EQ(weeks.size(), 4U);
    EXPECT_EQ(weeks[0].week, "2026-W50");
    EXPECT_EQ(isoDate(weeks[0].start), "2026-12-07");
    EXPECT_EQ(weeks[0].runs, 2);
    EXPECT_EQ(weeks[0].distanceMetres, 13000);
    EXPECT_EQ(weeks[0].spikes, 1); // 8 km after 5 km: 60 %
    for (const std::size_t empty : {1U, 2U}) {
        EXPECT_EQ(weeks[empty].runs, 0);
        EXPECT_EQ(weeks[empty].distanceMetres, 0);
    }
    EXPECT_EQ(weeks[1].week, "2026-W51");
    EXPECT_EQ(weeks[3].week, "2026-W53");
    EXPECT_EQ(isoDate(weeks[3].start), "2026-12-28");
    EXPECT_EQ(weeks[3].runs, 1);
}

TEST(LoadAnalysis, ARunIsInTheWeekOfItsLocalDate) {
    const LoadSpikeRules rules = shippedRules();
    // Sunday 23:30 UTC is Monday 00:30 in Berlin (UTC+1): the next week there.
    const auto berlin = weeklyLoad(analyseLoad(
        {runAt("2026-11-16", 8, 5000), runAt("2026-11-22", 23, 5000, 3600, 30)}, rules));
    ASSERT_EQ(berlin.size(), 2U);
    EXPECT_EQ(berlin[1].week, "2026-W48");
    // The same instant with no offset known stays on Sunday, UTC.
    const auto utc = weeklyLoad(
        analyseLoad({runAt("2026-11-16", 8, 5000), runAt("2026-11-22", 23, 5000, {}, 30)}, rules));
    ASSERT_EQ(utc.size(), 1U);
    EXPECT_EQ(utc[0].runs, 2);
    // Monday 03:00 UTC is Sunday 22:00 in New York (UTC-5): still the week before.
    const auto newYork = weeklyLoad(analyseLoad(
        {runAt("2026-11-16", 8, 5000), runAt("2026-11-23", 3, 5000, -5 * 3600)}, rules));
    ASSERT_EQ(newYork.size(), 1U);
    EXPECT_EQ(newYork[0].week, "2026-W47");
}

TEST(LoadAnalysis, NextRunCapIsTheLongestOfTheThirtyDaysBeforeToday) {
    const LoadSpikeRules rules = shippedRules();
    const std::vector<kt::Run> runs{runAt("2026-10-30", 8, 30000), runAt("2026-10-31", 8, 12000),
                                    runAt("2026-11-20", 8, 9000), runAt("2026-11-30", 8, 50000)};
    const sys_days today = *parseIsoDate("2026-11-30");
    // 2026-10-31 is the 30th day back; 2026-10-30 is out, and today's run is the one capped.
    EXPECT_EQ(longestRunBefore(runs, today, rules), 12000);
    EXPECT_EQ(longestRunBefore(runs, today + days(1), rules), 50000);
    EXPECT_FALSE(longestRunBefore(runs, *parseIsoDate("2026-10-30"), rules).has_value());
}

TEST(Calendar, OnlyRealDatesInIsoFormAreRead) {
    EXPECT_TRUE(parseIsoDate("2028-02-29").has_value());
    EXPECT_FALSE(parseIsoDate("2026-02-29").has_value());
    EXPECT_FALSE(parseIsoDate("2026-1-05").has_value());
    EXPECT_FALSE(parseIsoDate("2026-13-01").has_value());
    EXPECT_FALSE(parseIsoDate("26-11-2026").has_value());
    EXPECT_FALSE(parseIsoDate("-026-11-20").has_value());
    EXPECT_FALSE(parseIsoDate("+026-11-20").has_value());
    EXPECT_EQ(isoWeekName(*parseIsoDate("2021-01-03")), "2020-W53");
    EXPECT_EQ(isoWeekName(*parseIsoDate("2024-12-30")), "2025-W01");
}

} // namespace
} // namespace kt
