// The pain-monitoring model and the return plan: forward, hold and back at the boundaries, one
// step at a time, back after a bad day, and a fortnight's calendar that follows the diary.
#include "training_support.h"

#include <gtest/gtest.h>

namespace kt {

using std::chrono::days;
namespace {

using test::calmInputs;
using test::check;
using test::entry;
using test::shippedTraining;
using test::testToday;

const PainMonitoringRules& painRules() {
    return shippedTraining().painMonitoring;
}

TEST(PainMonitoring, PainDuringTheRunAtTheBoundaries) {
    const std::chrono::sys_days day = testToday();
    EXPECT_EQ(judgeEntry(painRules(), entry(day, 0)).move, PlanMove::Forward);
    EXPECT_EQ(judgeEntry(painRules(), entry(day, 2)).move, PlanMove::Forward);
    EXPECT_EQ(judgeEntry(painRules(), entry(day, 3)).move, PlanMove::Hold);
    EXPECT_EQ(judgeEntry(painRules(), entry(day, 3)).ruleId, "hold_pain");
    EXPECT_EQ(judgeEntry(painRules(), entry(day, 4)).move, PlanMove::Back);
    EXPECT_EQ(judgeEntry(painRules(), entry(day, 4)).ruleId, "back_pain");
    EXPECT_EQ(judgeEntry(painRules(), entry(day, std::nullopt)).ruleId, "hold_rest");
}

TEST(PainMonitoring, AWorseMorningStepsBackWhateverThePainDuring) {
    const std::chrono::sys_days day = testToday();
    for (const auto& [pain, stiffness] : {std::pair{AgainstUsual::Worse, AgainstUsual::Usual},
                                          std::pair{AgainstUsual::Better, AgainstUsual::Worse}}) {
        const EntryVerdict verdict = judgeEntry(painRules(), entry(day, 0, pain, stiffness));
        EXPECT_EQ(verdict.move, PlanMove::Back);
        EXPECT_EQ(verdict.ruleId, "back_morning");
    }
    EXPECT_EQ(judgeEntry(painRules(), entry(day, std::nullopt, AgainstUsual::Worse)).move,
              PlanMove::Back);
}

// Good runs every other day from `first` for `count` runs.
std::vector<DiaryEntry> goodRuns(std::chrono::sys_days first, int count, int pain = 1) {
    std::vector<DiaryEntry> diary;
    for (int i = 0; i < count; ++i) {
        diary.push_back(entry(first + days(2) * i, pain));
    }
    return diary;
}

NextRunInputs withDiary(std::vector<DiaryEntry> diary) {
    NextRunInputs inputs = calmInputs();
    inputs.diary = std::move(diary);
    return inputs;
}

TEST(ReturnPlan, ForwardWaitsForTheStepsMinimumDays) {
    const std::chrono::sys_days today = testToday();
    // patellofemoral_gradual: 7 days at the first step.
    PlanState state = followPlan(shippedTraining(), withDiary(goodRuns(today - days(6), 3)));
    EXPECT_EQ(state.plan->id, "patellofemoral_gradual");
    EXPECT_EQ(state.step, 0U);
    EXPECT_EQ(state.decision.rule.id, "hold_days");
    EXPECT_NE(state.decision.rule.text.find("7 days"), std::string::npos);
    state = followPlan(shippedTraining(), withDiary(goodRuns(today - days(6), 4)));
    EXPECT_EQ(state.step, 1U);
    EXPECT_EQ(state.decision.move, PlanMove::Forward);
    EXPECT_EQ(state.decision.entry->date, isoDate(today));
}

TEST(ReturnPlan, ThreeOutOfTenHoldsAndNeverMovesOn) {
    const std::chrono::sys_days today = testToday();
    const PlanState state =
        followPlan(shippedTraining(), withDiary(goodRuns(today - days(28), 15, 3)));
    EXPECT_EQ(state.step, 0U);
    EXPECT_EQ(state.decision.rule.id, "hold_pain");
}

TEST(ReturnPlan, NeverMovesTwoStepsAtOnce) {
    const std::chrono::sys_days today = testToday();
    const std::vector<DiaryEntry> diary = goodRuns(today - days(60), 31, 0);
    std::size_t previous = 0;
    for (std::size_t n = 1; n <= diary.size(); ++n) {
        NextRunInputs inputs = withDiary({diary.begin(), diary.begin() + static_cast<long>(n)});
        inputs.today = *parseIsoDate(diary[n - 1].date);
        const PlanState state = followPlan(shippedTraining(), inputs);
        EXPECT_LE(state.step, previous + 1) << "after " << diary[n - 1].date;
        previous = state.step;
    }
    EXPECT_EQ(previous, 3U); // the last step, reached one at a time
}

TEST(ReturnPlan, StepsBackAfterABadDay) {
    const std::chrono::sys_days today = testToday();
    std::vector<DiaryEntry> diary = goodRuns(today - days(20), 8);
    ASSERT_EQ(followPlan(shippedTraining(), withDiary(diary)).step, 2U);
    diary.push_back(entry(today - days(4), 5));
    PlanState state = followPlan(shippedTraining(), withDiary(diary));
    EXPECT_EQ(state.step, 1U);
    EXPECT_EQ(state.decision.move, PlanMove::Back);
    EXPECT_EQ(state.decision.rule.id, "back_pain");
    EXPECT_EQ(state.decision.entry->date, isoDate(today - days(4)));
    diary.back() = entry(today - days(4), 0, AgainstUsual::Usual, AgainstUsual::Worse);
    state = followPlan(shippedTraining(), withDiary(diary));
    EXPECT_EQ(state.step, 1U);
    EXPECT_EQ(state.decision.rule.id, "back_morning");
}

TEST(ReturnPlan, FollowsTheLeadingConditionOrTheGeneralPlan) {
    NextRunInputs inputs = calmInputs();
    inputs.latestCheck = check(Disposition::SelfCare, {{"itb_syndrome", 0.8}});
    EXPECT_EQ(followPlan(shippedTraining(), inputs).plan->id, "itb_distance_hills");
    inputs.latestCheck = check(Disposition::SeeClinician, {{"acl_injury", 0.8}});
    EXPECT_EQ(followPlan(shippedTraining(), inputs).plan->id, "general_return");
    inputs.latestCheck.reset();
    EXPECT_EQ(followPlan(shippedTraining(), inputs).plan->id, "general_return");
}

TEST(ReturnPlan, CalendarCoversFourteenDaysAndShowsAtMostTheNextStep) {
    const std::chrono::sys_days today = testToday();
    const PlanState state = followPlan(shippedTraining(), withDiary(goodRuns(today - days(6), 3)));
    ASSERT_EQ(state.calendar.size(), 14U);
    int runs = 0;
    for (std::size_t i = 0; i < state.calendar.size(); ++i) {
        const PlanDay& day = state.calendar[i];
        EXPECT_EQ(day.day, today + days(i));
        EXPECT_TRUE(day.step == state.step || (day.step == state.step + 1 && day.ifDiaryAllows));
        runs += day.run ? 1 : 0;
    }
    EXPECT_GE(runs, 5);
    EXPECT_LE(runs, 7);
    EXPECT_TRUE(state.calendar.back().ifDiaryAllows);
}

TEST(ReturnPlan, CalendarRestsTodayAfterABadRunYesterday) {
    const std::chrono::sys_days today = testToday();
    std::vector<DiaryEntry> diary = goodRuns(today - days(9), 4);
    diary.push_back(entry(today - days(1), 6));
    const PlanState state = followPlan(shippedTraining(), withDiary(diary));
    EXPECT_FALSE(state.calendar.front().run);
    EXPECT_TRUE(state.calendar[1].run);
    EXPECT_FALSE(state.calendar[1].ifDiaryAllows);
}

TEST(ReturnPlan, NoPlanWhileTheLightIsRed) {
    NextRunInputs inputs = calmInputs();
    inputs.latestCheck = check(Disposition::Emergency, {{"patellofemoral_pain", 0.9}});
    EXPECT_FALSE(adviseTraining(shippedTraining(), inputs).plan.has_value());
    inputs.latestCheck = check(Disposition::SelfCare, {{"patellofemoral_pain", 0.9}});
    EXPECT_TRUE(adviseTraining(shippedTraining(), inputs).plan.has_value());
}

} // namespace
} // namespace kt
