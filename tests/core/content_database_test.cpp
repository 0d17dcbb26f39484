#include "kneetriage/kb/loader.h"
#include "kneetriage/store/content_store.h"
#include "test_support.h"

#include <fstream>
#include <gtest/gtest.h>
#include <sys/stat.h>

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
    ContentStore store(file_, kb_);
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
    ContentStore store(file_, kb_);
    const auto exercises = store.exercises();
    ASSERT_EQ(exercises.size(), 1U);
    EXPECT_EQ(exercises[0].exercise.dosage.holdSeconds, 30);
    EXPECT_EQ(exercises[0].conditionIds, (std::vector<std::string>{"runners_knee", "tendon_pain"}));
    EXPECT_NE(exercises[0].illustrationSvg.find("<svg"), std::string::npos);
}

TEST_F(ContentDatabaseTest, KeepsEveryWarningSignsWordsAndSources) {
    ContentStore store(file_, kb_);
    ASSERT_FALSE(kb_.warningSigns.empty());
    for (const WarningSign& flag : kb_.warningSigns) {
        const auto text = store.warningSign(flag.id);
        ASSERT_TRUE(text.has_value()) << flag.id;
        EXPECT_EQ(text->name, flag.name);
        EXPECT_EQ(text->advice, flag.advice);
        EXPECT_EQ(text->sources.size(), flag.sources.size()) << flag.id;
    }
    EXPECT_FALSE(store.warningSign("no_such_sign").has_value());
}

TEST_F(ContentDatabaseTest, ReadingLeavesTheFileAsItWas) {
    const std::string before = test::bytesOf(file_);
    {
        ContentStore store(file_, kb_);
        EXPECT_TRUE(store.condition("runners_knee").has_value());
        EXPECT_FALSE(store.exercises().empty());
    }
    EXPECT_EQ(test::bytesOf(file_), before);
    EXPECT_FALSE(std::filesystem::exists(file_.string() + "-wal"));
    EXPECT_FALSE(std::filesystem::exists(file_.string() + "-journal"));
}

std::string refusal(const std::filesystem::path& file, const KnowledgeBase& kb) {
    try {
        ContentStore store(file, kb);
    } catch (const DatabaseError& error) {
        return error.what();
    }
    return {};
}

TEST_F(ContentDatabaseTest, RefusesTheContentOfAnotherKnowledgeBaseVersion) {
    KnowledgeBase newer = kb_;
    newer.version = kb_.version + ".1";
    const std::string message = refusal(file_, newer);
    EXPECT_NE(message.find("built from knowledge base " + kb_.id + " " + kb_.version),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("kneetriage-cli build-content"), std::string::npos) << message;
}

TEST_F(ContentDatabaseTest, RefusesTheContentOfAnotherKnowledgeBase) {
    KnowledgeBase other = kb_;
    other.id = "someone-elses-kb";
    EXPECT_NE(refusal(file_, other).find("but the knowledge base in use is someone-elses-kb"),
              std::string::npos);
}

TEST_F(ContentDatabaseTest, AMissingFileIsNamedWithTheCommandThatBuildsIt) {
    const auto missing = test::uniqueTempPath("kt-missing") / "content.sqlite";
    const std::string message = refusal(missing, kb_);
    EXPECT_EQ(message.rfind(missing.string() + ": no content database", 0), 0U) << message;
    EXPECT_NE(message.find("build-content --kb " + missing.parent_path().string()),
              std::string::npos)
        << message;
    EXPECT_FALSE(std::filesystem::exists(missing)); // opening never creates it
}

TEST_F(ContentDatabaseTest, RefusesAnotherSchemaVersion) {
    {
        Database database(file_, Database::Mode::ReadWriteCreate);
        database.setUserVersion(kContentSchemaVersion + 1);
    }
    try {
        ContentStore store(file_, kb_);
        FAIL() << "opened a database of another schema version";
    } catch (const DatabaseError& error) {
        EXPECT_NE(std::string(error.what()).find("content schema version 3, expected 2"),
                  std::string::npos);
    }
}

TEST_F(ContentDatabaseTest, RefusesAFileThatIsNotSqlite) {
    const auto bogus = test::uniqueTempPath("kt-bogus");
    {
        std::ofstream out(bogus);
        out << "this is not a database, just text that is long enough to have a header";
    }
    EXPECT_THROW(ContentStore store(bogus, kb_), DatabaseError);
    std::filesystem::remove(bogus);
}

std::vector<std::string> leftoversBeside(const std::filesystem::path& file) {
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::directory_iterator(file.parent_path())) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(file.filename().string() + ".partial")) {
            found.push_back(name);
        }
    }
    return found;
}

TEST_F(ContentDatabaseTest, ARebuildReplacesTheFileWholeReadableByAllAndLeavesNothingBeside) {
    buildContentDatabase(kb_, file_); // over the one SetUp built
    ContentStore store(file_, kb_);
    EXPECT_TRUE(store.condition("runners_knee").has_value());
    EXPECT_TRUE(leftoversBeside(file_).empty());
    EXPECT_EQ(std::filesystem::status(file_).permissions() & std::filesystem::perms::all,
              std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                  std::filesystem::perms::group_read | std::filesystem::perms::others_read);
}

TEST_F(ContentDatabaseTest, OnlyARegularFileIsReplacedNeverALinkADeviceOrAFolder) {
    const auto folder = test::uniqueTempPath("kt-out");
    std::filesystem::create_directories(folder / "a-folder");
    const auto bystander = folder / "bystander.txt";
    std::ofstream(bystander) << "not ours";
    std::filesystem::create_symlink(bystander, folder / "link.sqlite");
    ASSERT_EQ(::mkfifo((folder / "fifo.sqlite").c_str(), 0600), 0);
    for (const char* name : {"link.sqlite", "fifo.sqlite", "a-folder"}) {
        const auto out = folder / name;
        try {
            buildContentDatabase(kb_, out);
            ADD_FAILURE() << name << " was replaced";
        } catch (const DatabaseError& error) {
            EXPECT_NE(std::string(error.what()).find("is not a regular file"), std::string::npos)
                << error.what();
        }
        EXPECT_TRUE(leftoversBeside(out).empty()) << name;
    }
    EXPECT_TRUE(std::filesystem::is_symlink(folder / "link.sqlite"));
    EXPECT_EQ(test::bytesOf(bystander), "not ours");
    EXPECT_TRUE(std::filesystem::is_fifo(folder / "fifo.sqlite"));
    std::filesystem::remove_all(folder);
}

TEST_F(ContentDatabaseTest, AFolderThatCannotBeWrittenIsNamedAndNothingIsLeft) {
    const auto out = test::uniqueTempPath("kt-no-such-folder") / "content.sqlite";
    try {
        buildContentDatabase(kb_, out);
        ADD_FAILURE() << "built into a folder that does not exist";
    } catch (const DatabaseError& error) {
        EXPECT_NE(std::string(error.what()).find(out.string() + ": cannot create a file beside it"),
                  std::string::npos)
            << error.what();
    }
    EXPECT_FALSE(std::filesystem::exists(out.parent_path()));
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

TEST(ContentDatabase, TheStagedContentHasEveryConditionAndExerciseOfTheShippedKnowledgeBase) {
    const KnowledgeBase kb = std::get<KnowledgeBase>(loadKnowledgeBase(KT_DATA_DIR));
    ContentStore store(KT_CONTENT_DB, kb);
    for (const Condition& condition : kb.conditions) {
        const auto content = store.condition(condition.id);
        ASSERT_TRUE(content.has_value()) << condition.id;
        EXPECT_EQ(content->name, condition.name);
        EXPECT_FALSE(content->sources.empty()) << condition.id;
    }
    EXPECT_EQ(store.exercises().size(), kb.exercises.size());
}

} // namespace
} // namespace kt
