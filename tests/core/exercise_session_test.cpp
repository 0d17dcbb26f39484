#include "kneetriage/training/adherence.h"
#include "kneetriage/training/exercise_session.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <stdexcept>

namespace kt {
namespace {

// The mini knowledge base with a second exercise in runner's knee's stage: a step-up with its own
// rest, ruled out by pain going up stairs.
KnowledgeBase kbWithTwoExercises() {
    const test::KbCopy copy;
    copy.edit("content/exercises.json", [](nlohmann::json& document) {
        nlohmann::json stepUp = document["exercises"][0];
        stepUp["id"] = "step_up";
        stepUp["name"] = "Step-up";
        stepUp.erase("illustration");
        stepUp["dosage"] = {{"sets", 2},
                            {"reps", 10},
                            {"days_per_week", 3},
                            {"rest_seconds", 90},
                            {"text", "2 sets of 10"}};
        stepUp["avoid_if"] = {{"q", "stairs"}, {"has", "up"}};
        document["exercises"].push_back(stepUp);
    });
    copy.edit("content/programmes.json", [](nlohmann::json& document) {
        document["programmes"][0]["stages"][0]["exercises"] = {"wall_sit", "step_up"};
    });
    return std::get<KnowledgeBase>(copy.load());
}

class ExerciseSessionTest : public ::testing::Test {
  protected:
    std::size_t q(std::string_view id) const { return *kb_.findQuestion(id); }
    std::size_t condition(std::string_view id) const {
        for (std::size_t i = 0; i < kb_.conditions.size(); ++i) {
            if (kb_.conditions[i].id == id) {
                return i;
            }
        }
        throw std::out_of_range(std::string(id));
    }
    // Answers that make runner's knee likely, going up and down stairs as asked.
    Answers runnersKnee(std::uint64_t stairs) const {
        Answers answers(kb_.questions.size());
        answers.set(q("where"), OptionIndex{0});
        answers.set(q("front_spot"), OptionIndex{0});
        answers.set(q("stairs"), OptionSet{stairs});
        return answers;
    }

    KnowledgeBase kb_ = kbWithTwoExercises();
};

TEST_F(ExerciseSessionTest, TodaysSessionIsTheStageInItsOrderWithEachDosage) {
    const ExerciseSession session =
        todaysSession(kb_, condition("runners_knee"), 0, runnersKnee(0b10));
    ASSERT_EQ(session.exercises.size(), 2U);
    const SessionExercise& wallSit = session.exercises[0];
    EXPECT_EQ(kb_.exercises[wallSit.exercise].id, "wall_sit");
    EXPECT_EQ(wallSit.sets, 3);
    EXPECT_EQ(wallSit.holdSeconds, 30);
    EXPECT_EQ(wallSit.daysPerWeek, 4);
    EXPECT_EQ(wallSit.restSeconds, 45) << "no rest of its own: the rest guide's";
    EXPECT_TRUE(wallSit.restFromGuide);
    const SessionExercise& stepUp = session.exercises[1];
    EXPECT_EQ(kb_.exercises[stepUp.exercise].id, "step_up");
    EXPECT_EQ(stepUp.reps, 10);
    EXPECT_EQ(stepUp.restSeconds, 90) << "its own rest";
    EXPECT_FALSE(stepUp.restFromGuide);
}

TEST_F(ExerciseSessionTest, AnExerciseTheAnswersRuleOutIsLeftOutAsOnTheResults) {
    const Answers upAndDown = runnersKnee(0b11);
    const ExerciseSession session = todaysSession(kb_, condition("runners_knee"), 0, upAndDown);
    ASSERT_EQ(session.exercises.size(), 1U);
    EXPECT_EQ(kb_.exercises[session.exercises[0].exercise].id, "wall_sit");
    const TriageResult result = triage(kb_, upAndDown);
    ASSERT_EQ(result.exercises.size(), 1U) << "the results leave it out too";
    EXPECT_EQ(result.exercises[0], session.exercises[0].exercise);
}

TEST_F(ExerciseSessionTest, ASessionIsOfferedOnlyWhereTheResultsOfferExercises) {
    const auto calm = sessionCondition(kb_, triage(kb_, runnersKnee(0b10)));
    ASSERT_TRUE(calm.has_value());
    EXPECT_EQ(kb_.conditions[*calm].id, "runners_knee");
    Answers danger = runnersKnee(0b10);
    danger.set(q("danger"), OptionIndex{0});
    danger.set(q("age"), 35.0);
    danger.set(q("twist"), OptionIndex{0});
    const TriageResult flagged = triage(kb_, danger);
    ASSERT_EQ(flagged.disposition, Disposition::Emergency);
    EXPECT_FALSE(sessionCondition(kb_, flagged).has_value());
}

TEST_F(ExerciseSessionTest, ASessionHasNoMoreExercisesThanTheResultsShow) {
    kb_.ranking.maxExercises = 1;
    const ExerciseSession session =
        todaysSession(kb_, condition("runners_knee"), 0, runnersKnee(0b10));
    ASSERT_EQ(session.exercises.size(), 1U);
    EXPECT_EQ(kb_.exercises[session.exercises[0].exercise].id, "wall_sit") << "the first in order";
}

TEST_F(ExerciseSessionTest, AStageThatIsNotThereGivesNoExercises) {
    EXPECT_TRUE(
        todaysSession(kb_, condition("runners_knee"), 5, runnersKnee(0b10)).exercises.empty());
}

// Adherence to wall sit (3 sets, 4 days a week: 12) and step-up (2 sets, 3 days: 6), 18 a week.
class AdherenceTest : public ExerciseSessionTest {
  protected:
    ExerciseDone record(std::string doneAt, std::string exercise, int done, int planned = 3) const {
        return {std::move(doneAt), "runners_knee", std::move(exercise), planned, done};
    }
    Adherence of(const std::vector<ExerciseDone>& done, int utcOffsetMinutes = 0) const {
        return adherence(kb_, session_, done, "2026-12-01", utcOffsetMinutes);
    }

    ExerciseSession session_ = todaysSession(kb_, condition("runners_knee"), 0, runnersKnee(0b10));
};

TEST_F(AdherenceTest, ThisWeekIsTodayAndTheSixDaysBeforeIt) {
    const Adherence result = of({record("2026-11-25T08:00:00Z", "wall_sit", 3),
                                 record("2026-11-24T08:00:00Z", "wall_sit", 2)});
    ASSERT_EQ(result.weeks.size(), 2U);
    EXPECT_EQ(result.weeks[0].firstDay, "2026-11-25");
    EXPECT_EQ(result.weeks[0].lastDay, "2026-12-01");
    EXPECT_EQ(result.weeks[0].setsDone, 3);
    EXPECT_EQ(result.weeks[0].setsPlanned, 18);
    EXPECT_EQ(result.weeks[1].lastDay, "2026-11-24");
    EXPECT_EQ(result.weeks[1].setsDone, 2);
    EXPECT_EQ(result.setsPlanned, 36);
    EXPECT_EQ(result.setsDone, 5);
}

TEST_F(AdherenceTest, AWeekWithNoSessionAfterStartingCountsAsNoneDone) {
    const Adherence result = of({record("2026-11-12T08:00:00Z", "wall_sit", 3)});
    ASSERT_EQ(result.weeks.size(), 3U) << "from the week of the first session";
    EXPECT_EQ(result.weeks[0].setsDone, 0);
    EXPECT_EQ(result.weeks[1].setsDone, 0);
    EXPECT_EQ(result.weeks[2].setsDone, 3);
    EXPECT_EQ(result.setsPlanned, 3 * 18);
    EXPECT_EQ(percentOf(result.setsDone, result.setsPlanned), 6);
}

TEST_F(AdherenceTest, NothingDoneYetMeansNoWeeksRatherThanZeroPercent) {
    const Adherence result = of({});
    EXPECT_TRUE(result.weeks.empty());
    EXPECT_FALSE(percentOf(result.setsDone, result.setsPlanned).has_value());
}

TEST_F(AdherenceTest, MoreThanPlannedIsCappedPerExerciseAt100Percent) {
    std::vector<ExerciseDone> done;
    for (const char* day : {"2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29",
                            "2026-11-30", "2026-12-01"}) {
        done.push_back(record(std::string(day) + "T08:00:00Z", "wall_sit", 3));
    }
    const Adherence onlyWallSit = of(done);
    ASSERT_EQ(onlyWallSit.weeks.size(), 1U);
    EXPECT_EQ(onlyWallSit.weeks[0].setsDone, 12) << "21 wall-sit sets, 12 planned";
    EXPECT_EQ(percentOf(onlyWallSit.setsDone, onlyWallSit.setsPlanned), 67)
        << "extra wall sits do not make up for no step-ups";
    for (int day = 0; day < 4; ++day) {
        done.push_back(record("2026-11-28T09:00:00Z", "step_up", 2, 2));
    }
    const Adherence both = of(done);
    EXPECT_EQ(both.setsDone, 18);
    EXPECT_EQ(percentOf(both.setsDone, both.setsPlanned), 100);
}

TEST_F(AdherenceTest, APartlyDoneSessionCountsTheSetsDone) {
    const Adherence result = of({record("2026-12-01T08:00:00Z", "wall_sit", 1),
                                 record("2026-12-01T08:10:00Z", "step_up", 0, 2)});
    EXPECT_EQ(result.setsDone, 1);
    EXPECT_EQ(result.setsPlanned, 18);
}

TEST_F(AdherenceTest, OtherProgrammesLaterRecordsAndOldWeeksDoNotCount) {
    ExerciseDone otherCondition = record("2026-12-01T08:00:00Z", "wall_sit", 3);
    otherCondition.condition = "tendon_pain";
    const Adherence result = of({otherCondition, record("2026-12-02T08:00:00Z", "wall_sit", 3),
                                 record("2026-12-01T08:00:00Z", "another", 3),
                                 record("2026-10-01T08:00:00Z", "wall_sit", 3)});
    EXPECT_EQ(result.weeks.size(), 4U) << "started two months ago: four weeks counted";
    EXPECT_EQ(result.setsDone, 0);
    EXPECT_EQ(result.setsPlanned, 4 * 18);
}

TEST_F(AdherenceTest, ARecordCountsOnTheRunnersLocalDay) {
    const std::vector<ExerciseDone> lateEvening{record("2026-11-24T23:30:00Z", "wall_sit", 3)};
    EXPECT_EQ(of(lateEvening, 0).weeks.size(), 2U) << "24 November in UTC: last week";
    const Adherence inBerlin = of(lateEvening, 60);
    ASSERT_EQ(inBerlin.weeks.size(), 1U) << "25 November in Berlin: this week";
    EXPECT_EQ(inBerlin.weeks[0].setsDone, 3);
}

TEST_F(AdherenceTest, TodayMustBeACalendarDate) {
    EXPECT_THROW((void)adherence(kb_, session_, {}, "2026-02-30", 0), std::invalid_argument);
}

TEST(PercentOf, RoundsToTheNearestWholePercent) {
    EXPECT_EQ(percentOf(8, 12), 67);
    EXPECT_EQ(percentOf(1, 8), 13);
    EXPECT_EQ(percentOf(0, 12), 0);
    EXPECT_FALSE(percentOf(3, 0).has_value());
}

} // namespace
} // namespace kt
