#include "kneetriage/store/history_store.h"
#include "kneetriage/store/sqlite_database.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <stdexcept>

namespace kt {
namespace {

class TrainingStoreTest : public ::testing::Test {
  protected:
    void TearDown() override { std::filesystem::remove_all(directory_); }

    std::filesystem::path directory_ = test::uniqueTempPath("kt-training");
    std::filesystem::path file_ = directory_ / "history.sqlite";
};

DiaryEntry entry(std::string date, std::optional<int> pain, AgainstUsual morning) {
    return {std::move(date), pain, morning, AgainstUsual::Usual, ""};
}

TEST_F(TrainingStoreTest, DiaryEntriesSurviveReopeningOldestDayFirst) {
    {
        HistoryStore store(file_);
        store.saveDiaryEntry(
            {"2026-11-21", 4, AgainstUsual::Worse, AgainstUsual::Better, "hilly route"});
        store.saveDiaryEntry(entry("2026-11-20", std::nullopt, AgainstUsual::Usual));
    }
    HistoryStore reopened(file_);
    const auto diary = reopened.diary();
    ASSERT_EQ(diary.size(), 2U);
    EXPECT_EQ(diary[0].date, "2026-11-20");
    EXPECT_FALSE(diary[0].painDuringRun) << "a rest day has no pain during a run, not 0";
    EXPECT_EQ(diary[1].painDuringRun, 4);
    EXPECT_EQ(diary[1].morningPain, AgainstUsual::Worse);
    EXPECT_EQ(diary[1].morningStiffness, AgainstUsual::Better);
    EXPECT_EQ(diary[1].note, "hilly route");
}

TEST_F(TrainingStoreTest, ACorrectedDayReplacesThatDaysEntryOnly) {
    HistoryStore store(file_);
    store.saveDiaryEntry(entry("2026-11-20", 2, AgainstUsual::Usual));
    store.saveDiaryEntry(entry("2026-11-21", 6, AgainstUsual::Worse));
    store.saveDiaryEntry(entry("2026-11-21", 3, AgainstUsual::Usual));
    const auto diary = store.diary();
    ASSERT_EQ(diary.size(), 2U);
    EXPECT_EQ(diary[0].painDuringRun, 2);
    EXPECT_EQ(diary[1].painDuringRun, 3);
    EXPECT_EQ(diary[1].morningPain, AgainstUsual::Usual);
}

TEST_F(TrainingStoreTest, AnImpossibleDiaryEntryIsRefusedAndNothingIsWritten) {
    HistoryStore store(file_);
    EXPECT_THROW(store.saveDiaryEntry(entry("2026-02-30", 2, AgainstUsual::Usual)),
                 std::invalid_argument);
    EXPECT_THROW(store.saveDiaryEntry(entry("20.11.2026", 2, AgainstUsual::Usual)),
                 std::invalid_argument);
    EXPECT_THROW(store.saveDiaryEntry(entry("2026-11-20", 11, AgainstUsual::Usual)),
                 std::invalid_argument);
    EXPECT_THROW(store.saveDiaryEntry(entry("2026-11-20", -1, AgainstUsual::Usual)),
                 std::invalid_argument);
    EXPECT_TRUE(store.diary().empty());
}

TEST_F(TrainingStoreTest, ExercisesDoneAreKeptInTimeOrderAndImpossibleSetsRefused) {
    HistoryStore store(file_);
    store.addExerciseDone({"2026-11-21T18:00:00Z", "patellofemoral_pain", "wall_sit", 1, 1});
    store.addExerciseDone({"2026-11-20T18:00:00Z", "patellofemoral_pain", "clamshell", 3, 2});
    EXPECT_THROW(
        store.addExerciseDone({"2026-11-22T18:00:00Z", "patellofemoral_pain", "clamshell", 3, 4}),
        std::invalid_argument);
    const auto done = store.exercisesDone();
    ASSERT_EQ(done.size(), 2U);
    EXPECT_EQ(done[0].exerciseId, "clamshell");
    EXPECT_EQ(done[0].setsDone, 2);
    EXPECT_EQ(done[0].setsPlanned, 3);
    EXPECT_EQ(done[1].condition, "patellofemoral_pain");
}

TEST_F(TrainingStoreTest, AVersionTwoHistoryKeepsItsRunsAndGainsADiary) {
    std::filesystem::create_directories(directory_);
    {
        Database database(file_, Database::Mode::ReadWriteCreate);
        database.execute("CREATE TABLE checks (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at "
                         "TEXT NOT NULL, kb_version TEXT NOT NULL, answers_json TEXT NOT NULL, "
                         "result_json TEXT NOT NULL, disposition TEXT NOT NULL, top_condition "
                         "TEXT NOT NULL, pain_score INTEGER)");
        database.execute("CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, start_utc "
                         "INTEGER NOT NULL, utc_offset_seconds INTEGER, distance_m REAL NOT NULL, "
                         "moving_s REAL NOT NULL, elevation_gain_m REAL, average_heart_rate REAL, "
                         "average_cadence_spm REAL, sport TEXT NOT NULL, source_file TEXT NOT "
                         "NULL, source_sha256 TEXT NOT NULL)");
        database.execute(
            "INSERT INTO runs (start_utc, distance_m, moving_s, sport, source_file, "
            "source_sha256) VALUES (1709622765, 5580, 1900, 'running', 'a.fit', 'ab')");
        database.execute("PRAGMA user_version = 2");
    }
    HistoryStore store(file_);
    EXPECT_FALSE(store.notice().has_value()) << "a version-2 file is migrated, not set aside";
    ASSERT_EQ(store.runs().size(), 1U);
    EXPECT_EQ(store.runs()[0].distanceMetres, 5580);
    store.saveDiaryEntry(entry("2024-03-05", 1, AgainstUsual::Usual));
    EXPECT_EQ(store.diary().size(), 1U);
}

} // namespace
} // namespace kt
