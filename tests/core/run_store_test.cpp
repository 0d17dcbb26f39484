#include "kneetriage/store/history_store.h"
#include "kneetriage/store/sqlite_database.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace kt {
namespace {

class RunStoreTest : public ::testing::Test {
  protected:
    void TearDown() override { std::filesystem::remove_all(directory_); }

    static kt::Run run(std::int64_t start, double metres) {
        kt::Run made;
        made.startUtc = start;
        made.distanceMetres = metres;
        made.movingSeconds = metres / 3;
        made.sport = "running";
        made.sourceFile = "activities/1.fit";
        made.sourceSha256 = std::string(64, 'a');
        return made;
    }

    std::filesystem::path directory_ = test::uniqueTempPath("kt-runs");
    std::filesystem::path file_ = directory_ / "history.sqlite";
};

TEST_F(RunStoreTest, StoresRunsWithTheirOptionalFiguresOldestFirst) {
    HistoryStore store(file_);
    kt::Run full = run(1709622765, 5580);
    full.utcOffsetSeconds = 3600;
    full.elevationGainMetres = 248;
    full.averageHeartRate = 149;
    full.averageCadence = 173;
    const kt::Run bare = run(1709000000, 3000);
    const StoredRuns stored = store.addRuns(std::vector<kt::Run>{full, bare});
    EXPECT_EQ(stored.added, 2U);
    const auto runs = store.runs();
    ASSERT_EQ(runs.size(), 2U);
    EXPECT_EQ(runs[0].startUtc, 1709000000);
    EXPECT_FALSE(runs[0].elevationGainMetres || runs[0].averageHeartRate ||
                 runs[0].averageCadence || runs[0].utcOffsetSeconds);
    EXPECT_EQ(runs[1].utcOffsetSeconds, 3600);
    EXPECT_EQ(runs[1].averageCadence, 173);
    EXPECT_EQ(runs[1].sourceSha256, std::string(64, 'a'));
}

TEST_F(RunStoreTest, TheSameRunImportedAgainIsStoredOnce) {
    {
        HistoryStore store(file_);
        EXPECT_EQ(store.addRuns(std::vector<kt::Run>{run(1709622765, 5580)}).added, 1U);
    }
    HistoryStore reopened(file_);
    // Strava's copy: 30 s later, 40 m shorter. A run the next day is another run.
    const StoredRuns again =
        reopened.addRuns(std::vector<kt::Run>{run(1709622795, 5540), run(1709709165, 5580)});
    EXPECT_EQ(again.alreadyStored, 1U);
    EXPECT_EQ(again.added, 1U);
    EXPECT_EQ(reopened.runs().size(), 2U);
}

TEST_F(RunStoreTest, AVersionOneHistoryKeepsItsChecksAndGainsRuns) {
    std::filesystem::create_directories(directory_);
    {
        Database old(file_, Database::Mode::ReadWriteCreate);
        old.execute(R"sql(
CREATE TABLE checks (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL,
    kb_version TEXT NOT NULL, answers_json TEXT NOT NULL, result_json TEXT NOT NULL,
    disposition TEXT NOT NULL, top_condition TEXT NOT NULL, pain_score INTEGER);
INSERT INTO checks (created_at, kb_version, answers_json, result_json, disposition,
    top_condition, pain_score) VALUES ('2026-11-01T08:00:00Z', '1.0.0', '{}', '{}', 'self_care',
    'Runner''s knee', 4);)sql");
        old.setUserVersion(1);
    }
    HistoryStore store(file_);
    EXPECT_FALSE(store.notice().has_value());
    ASSERT_EQ(store.list().size(), 1U);
    EXPECT_EQ(store.list().front().painScore, 4);
    EXPECT_EQ(store.addRuns(std::vector<kt::Run>{run(1709622765, 5580)}).added, 1U);
    Database probe(file_, Database::Mode::ReadOnly);
    EXPECT_EQ(probe.userVersion(), kHistorySchemaVersion);
}

TEST_F(RunStoreTest, AFileThatCannotBeStoredLeavesNoneOfItsRuns) {
    HistoryStore store(file_);
    // A trigger that refuses the second insert stands in for a full disk half-way through a file.
    {
        Database side(file_, Database::Mode::ReadWriteCreate);
        side.execute("CREATE TRIGGER refuse_second BEFORE INSERT ON runs WHEN NEW.start_utc = 2 "
                     "BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
    }
    const kt::Run first = run(1709000000, 3000);
    const kt::Run second = run(2, 3000);
    EXPECT_THROW(store.addRuns(std::vector<kt::Run>{first, second}), DatabaseError);
    EXPECT_TRUE(store.runs().empty());
}

TEST(RunsCli, ImportWritesOneLinePerRunAndStoresThemOnceWithHistory) {
    const auto directory = test::uniqueTempPath("kt-runs-cli");
    const std::string history = (directory / "history.sqlite").string();
    const std::string fixtures = KT_TESTS_DIR "/runs/fixtures";
    const auto first = test::runCli("runs import --history '" + history + "' '" + fixtures + "'");
    EXPECT_EQ(first.exitStatus, 0) << first.err;
    EXPECT_EQ(std::count(first.out.begin(), first.out.end(), '\n'), 4);
    EXPECT_NE(first.err.find("stored 4 new run(s)"), std::string::npos) << first.err;
    const auto again = test::runCli("runs import --history '" + history + "' '" + fixtures + "'");
    EXPECT_NE(again.err.find("stored 0 new run(s)"), std::string::npos) << again.err;
    EXPECT_NE(again.err.find("4 were there already"), std::string::npos) << again.err;
    std::filesystem::remove_all(directory);
}

TEST(RunsCli, ABadFileGivesAnErrorLineExitOneAndTheOthersTheirRuns) {
    const auto run = test::runCli("runs import '" KT_TESTS_DIR "/runs/hostile' '" KT_TESTS_DIR
                                  "/runs/fixtures/run.tcx'");
    EXPECT_EQ(run.exitStatus, 1);
    EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 2); // 101.gpx and run.tcx
    EXPECT_NE(run.err.find("wrong_units.tcx: the run of"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("6 of 8 file(s) could not be imported"), std::string::npos) << run.err;
}

TEST(RunsCli, NoPathOrAnUnknownVerbIsAUsageError) {
    EXPECT_EQ(test::runCli("runs import").exitStatus, 2);
    EXPECT_EQ(test::runCli("runs export x").exitStatus, 2);
    EXPECT_EQ(test::runCli("triage --history h.sqlite -").exitStatus, 2);
}

} // namespace
} // namespace kt
