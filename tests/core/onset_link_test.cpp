// "Which run did it start after?": a pain onset linked to the spike runs of the days before it,
// in the words of data/training/load_spikes.json, as the results page and the PDF print them.
#include "kneetriage/training/calendar.h"
#include "kneetriage/training/onset_link.h"

#include <gtest/gtest.h>

namespace kt {
namespace {

using std::chrono::sys_days;

LoadSpikeRules rulesIn(std::string_view language) {
    LoadSpikeRulesResult loaded = loadLoadSpikeRules(KT_DATA_DIR, language);
    if (const auto* problems = std::get_if<Problems>(&loaded)) {
        ADD_FAILURE() << problems->front().describe();
        return {};
    }
    return std::get<LoadSpikeRules>(loaded);
}

Run runOn(std::string_view date, double metres) {
    Run run;
    run.startUtc =
        std::chrono::sys_seconds(*parseIsoDate(date)).time_since_epoch().count() + 7 * 3600;
    run.distanceMetres = metres;
    run.movingSeconds = metres / 3;
    run.sport = "running";
    return run;
}

sys_days day(std::string_view date) {
    return *parseIsoDate(date);
}

// 10 km on 1 November, then 14.5 km (45 % longer) on 10 November and an easy 5 km on the 11th.
std::vector<RunLoad> loadsWithASpike(const LoadSpikeRules& rules) {
    return analyseLoad(
        {runOn("2026-11-01", 10000), runOn("2026-11-10", 14500), runOn("2026-11-11", 5000)}, rules);
}

TEST(OnsetLink, PainTwoDaysAfterASpikeNamesTheDaysTheRunAndItsShare) {
    const LoadSpikeRules rules = rulesIn("en");
    const OnsetLink link = linkOnset(loadsWithASpike(rules), onsetOn(day("2026-11-12")), rules);
    ASSERT_TRUE(link.spikeBeforeOnset());
    ASSERT_EQ(link.spikes.size(), 1U);
    const SpikeBeforeOnset& spike = link.spikes.front();
    EXPECT_EQ(spike.daysMax, 2);
    EXPECT_EQ(isoDate(spike.runDay), "2026-11-10");
    EXPECT_EQ(spike.load.category, SpikeCategory::Moderate);
    EXPECT_NEAR(*spike.load.ratio, 0.45, 1e-12);
    EXPECT_EQ(link.runsLookedAt, 2);
    EXPECT_EQ(onsetTextId(link), "days_after");
    EXPECT_EQ(onsetSentence(link, rules),
              "Your pain started about 2 days after a 14.5 km run, 45 % longer than your longest "
              "run in the 30 days before it.");
}

TEST(OnsetLink, DistanceIsRoundedToTheNearestHundredMetres) {
    const LoadSpikeRules rules = rulesIn("en");
    // 15,950 m after 11 km: 45 % longer, and 16.0 km (not the 15.9 binary rounding would give).
    const auto loads = analyseLoad({runOn("2026-11-01", 11000), runOn("2026-11-10", 15950)}, rules);
    const std::string sentence =
        onsetSentence(linkOnset(loads, onsetOn(day("2026-11-12")), rules), rules);
    EXPECT_NE(sentence.find("a 16.0 km run, 45 % longer"), std::string::npos) << sentence;
}

TEST(OnsetLink, PainTheDayAfterOrTheSameDaySaysSo) {
    const LoadSpikeRules rules = rulesIn("en");
    const auto loads = loadsWithASpike(rules);
    EXPECT_EQ(onsetTextId(linkOnset(loads, onsetOn(day("2026-11-11")), rules)), "next_day");
    EXPECT_EQ(onsetTextId(linkOnset(loads, onsetOn(day("2026-11-10")), rules)), "same_day");
}

TEST(OnsetLink, AWideOnsetWindowGivesNoDayCount) {
    const LoadSpikeRules rules = rulesIn("en");
    // A check on 14 November answered "less than a week": the pain began 8 to 14 November.
    const auto window = onsetWindowOfCheck("2026-11-14T09:30:00Z", 0, rules);
    ASSERT_TRUE(window.has_value());
    const OnsetLink link = linkOnset(loadsWithASpike(rules), *window, rules);
    ASSERT_TRUE(link.spikeBeforeOnset());
    EXPECT_EQ(onsetTextId(link), "in_the_days_before");
    const std::string sentence = onsetSentence(link, rules);
    EXPECT_NE(sentence.find("not known"), std::string::npos) << sentence;
    EXPECT_EQ(sentence.find("about"), std::string::npos) << sentence;
    EXPECT_NE(sentence.find("45 %"), std::string::npos) << sentence;
}

TEST(OnsetLink, NoSpikeBeforeTheOnsetIsAFindingToo) {
    const LoadSpikeRules rules = rulesIn("en");
    const auto loads = analyseLoad({runOn("2026-11-01", 10000), runOn("2026-11-10", 10500)}, rules);
    const OnsetLink link = linkOnset(loads, onsetOn(day("2026-11-12")), rules);
    EXPECT_FALSE(link.spikeBeforeOnset());
    EXPECT_EQ(link.runsLookedAt, 1);
    EXPECT_EQ(onsetSentence(link, rules),
              "None of your runs in the 7 days before your pain started was more than 10 % longer "
              "than your longest run in the 30 days before it.");
}

TEST(OnsetLink, NoRunsBeforeTheOnsetLinksNothing) {
    const LoadSpikeRules rules = rulesIn("en");
    const OnsetLink link = linkOnset(loadsWithASpike(rules), onsetOn(day("2026-12-20")), rules);
    EXPECT_EQ(link.runsLookedAt, 0);
    EXPECT_EQ(onsetTextId(link), "no_runs");
}

TEST(OnsetLink, TheLargestSpikeIsTheOneNamed) {
    const LoadSpikeRules rules = rulesIn("en");
    const auto loads = analyseLoad({runOn("2026-11-01", 10000), runOn("2026-11-08", 12000),
                                    runOn("2026-11-10", 30000), runOn("2026-11-11", 36000)},
                                   rules);
    const OnsetLink link = linkOnset(loads, onsetOn(day("2026-11-12")), rules);
    ASSERT_EQ(link.spikes.size(), 3U);
    EXPECT_EQ(isoDate(link.spikes.front().runDay), "2026-11-10"); // 150 %, then 20 %, 20 %
    EXPECT_EQ(link.spikes.front().load.category, SpikeCategory::Large);
    EXPECT_EQ(isoDate(link.spikes[1].runDay), "2026-11-11"); // a tie: the later run first
}

TEST(OnsetLink, ACheckAboutNWeeksAgoLooksThreeDaysEitherSide) {
    const LoadSpikeRules rules = rulesIn("en");
    const auto twoWeeks = onsetWindowOfCheck("2026-11-30T18:00:00Z", 2, rules);
    ASSERT_TRUE(twoWeeks.has_value());
    EXPECT_EQ(isoDate(twoWeeks->first), "2026-11-13");
    EXPECT_EQ(isoDate(twoWeeks->last), "2026-11-19");
    const auto underAWeek = onsetWindowOfCheck("2026-11-30T18:00:00Z", 0, rules);
    EXPECT_EQ(isoDate(underAWeek->first), "2026-11-24");
    EXPECT_EQ(isoDate(underAWeek->last), "2026-11-30");
    EXPECT_FALSE(onsetWindowOfCheck("2026-11-30", 2, rules).has_value());
    EXPECT_FALSE(onsetWindowOfCheck("2026-11-30T18:00:00Z", 521, rules).has_value());
    EXPECT_FALSE(onsetWindowOfCheck("2026-11-30T18:00:00Z", -1, rules).has_value());
}

TEST(OnsetLink, GermanSentenceUsesGermanWordsAndDecimalComma) {
    const LoadSpikeRules rules = rulesIn("de");
    const OnsetLink link = linkOnset(loadsWithASpike(rules), onsetOn(day("2026-11-12")), rules);
    const std::string sentence = onsetSentence(link, rules);
    EXPECT_NE(sentence.find("14,5 km"), std::string::npos) << sentence;
    EXPECT_NE(sentence.find("45 %"), std::string::npos) << sentence;
    EXPECT_NE(sentence.find("Tage"), std::string::npos) << sentence;
    EXPECT_EQ(sentence.find('{'), std::string::npos) << sentence;
}

} // namespace
} // namespace kt
