#include "kneetriage/store/content_store.h"
#include "test_support.h"

#include <fstream>
#include <gtest/gtest.h>

namespace kt {
namespace {

class ContentDatabaseTest : public ::testing::Test {
  protected:
    void SetUp() override { buildContentDatabase(kb_, file_); }
    void TearDown() override { std::filesystem::remove(file_); }

    KnowledgeBase kb_ = test::loadMiniKb();
    std::filesystem::path file_ = test::uniqueTempPath("kt-content") += ".sqlite";
};

TEST_F(ContentDatabaseTest, RoundTripsConditionsWithTheirExercisesAndSources) {
    ContentStore store(file_);
    const auto condition = store.condition("runners_knee");
    ASSERT_TRUE(condition.has_value());
    EXPECT_EQ(condition->text.clinicalName, "Patellofemoral pain");
    EXPECT_EQ(condition->text.pointsTo, std::vector<std::string>{"Pain around the kneecap"});
    EXPECT_EQ(condition->exerciseIds, std::vector<std::string>{"wall_sit"});
    ASSERT_EQ(condition->sources.size(), 1U);
    EXPECT_EQ(condition->sources[0].url, "https://www.nhs.uk/conditions/knee-pain/");
    EXPECT_FALSE(store.condition("no_such_condition").has_value());
}

TEST_F(ContentDatabaseTest, StoresExercisesWithDosageAndIllustration) {
    ContentStore store(file_);
    const auto exercises = store.exercises();
    ASSERT_EQ(exercises.size(), 1U);
    EXPECT_EQ(exercises[0].exercise.dosage.holdSeconds, 30);
    EXPECT_EQ(exercises[0].conditionIds, (std::vector<std::string>{"runners_knee", "tendon_pain"}));
    EXPECT_NE(exercises[0].illustrationSvg.find("<svg"), std::string::npos);
}

TEST_F(ContentDatabaseTest, OpensReadOnly) {
    ContentStore store(file_);
    Database database(file_, Database::Mode::ReadOnly);
    EXPECT_THROW(database.execute("DELETE FROM conditions"), DatabaseError);
}

TEST_F(ContentDatabaseTest, RefusesAnotherSchemaVersion) {
    {
        Database database(file_, Database::Mode::ReadWriteCreate);
        database.setUserVersion(kContentSchemaVersion + 1);
    }
    try {
        ContentStore store(file_);
        FAIL() << "opened a database of another schema version";
    } catch (const DatabaseError& error) {
        EXPECT_NE(std::string(error.what()).find("content schema version 2, expected 1"),
                  std::string::npos);
    }
}

TEST_F(ContentDatabaseTest, RefusesAFileThatIsNotSqlite) {
    const auto bogus = test::uniqueTempPath("kt-bogus");
    {
        std::ofstream out(bogus);
        out << "this is not a database, just text that is long enough to have a header";
    }
    EXPECT_THROW(ContentStore store(bogus), DatabaseError);
    std::filesystem::remove(bogus);
}

TEST(Database, RefusesTwoStatementsInOnePrepare) {
    Database database(":memory:", Database::Mode::ReadWriteCreate);
    database.execute("CREATE TABLE t (x TEXT)");
    EXPECT_THROW((void)database.prepare("INSERT INTO t VALUES ('a'); DROP TABLE t"), DatabaseError);
}

TEST(Database, BoundTextIsNeverExecuted) {
    Database database(":memory:", Database::Mode::ReadWriteCreate);
    database.execute("CREATE TABLE t (x TEXT)");
    database.prepare("INSERT INTO t VALUES (?)")
        .bind(1, std::string_view("'); DROP TABLE t; --"))
        .run();
    auto count = database.prepare("SELECT count(*), max(x) FROM t");
    ASSERT_TRUE(count.step());
    EXPECT_EQ(count.integer(0), 1);
    EXPECT_EQ(count.text(1), "'); DROP TABLE t; --");
}

TEST(ContentDatabase, BuildOutputOfTheShippedKnowledgeBaseHasEveryCondition) {
    ContentStore store(KT_CONTENT_DB);
    for (const char* id :
         {"patellofemoral_pain", "itb_syndrome", "septic_arthritis", "referred_hip_pain"}) {
        const auto condition = store.condition(id);
        ASSERT_TRUE(condition.has_value()) << id;
        EXPECT_FALSE(condition->sources.empty()) << id;
    }
    EXPECT_GE(store.exercises().size(), 30U);
}

} // namespace
} // namespace kt
