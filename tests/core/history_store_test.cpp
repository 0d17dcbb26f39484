#include "kneetriage/store/history_store.h"
#include "kneetriage/store/user_database.h"
#include "test_support.h"

#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sys/stat.h>

namespace kt {
namespace {

class HistoryStoreTest : public ::testing::Test {
  protected:
    void TearDown() override { std::filesystem::remove_all(directory_); }

    static SavedCheck check(const std::string& when, int pain) {
        return SavedCheck{{when, "1.0.0", R"({"format":"kneetriage.answers/1","answers":{}})", "{}",
                           "self_care", "Runner's knee"},
                          0,
                          pain};
    }
    std::vector<std::filesystem::path> asideFiles() const {
        std::vector<std::filesystem::path> found;
        for (const auto& entry : std::filesystem::directory_iterator(directory_)) {
            const std::string name = entry.path().filename().string();
            const bool journal = name.ends_with("-wal") || name.ends_with("-shm");
            if (name.find(".unusable-") != std::string::npos && !journal) {
                found.push_back(entry.path());
            }
        }
        return found;
    }

    std::filesystem::path directory_ = test::uniqueTempPath("kt-history");
    std::filesystem::path file_ = directory_ / "history.sqlite";
};

TEST_F(HistoryStoreTest, SavesListsNewestFirstFindsAndDeletes) {
    HistoryStore store(file_);
    const auto first = store.save(check("2026-11-01T08:00:00Z", 6));
    const auto second = store.save(check("2026-11-08T08:00:00Z", 3));
    const auto all = store.list();
    ASSERT_EQ(all.size(), 2U);
    EXPECT_EQ(all[0].id, second);
    EXPECT_EQ(all[1].painScore, 6);
    EXPECT_EQ(store.find(first)->createdAt, "2026-11-01T08:00:00Z");
    store.remove(first);
    EXPECT_FALSE(store.find(first).has_value());
    EXPECT_EQ(store.list().size(), 1U);
}

TEST_F(HistoryStoreTest, SurvivesReopening) {
    {
        HistoryStore store(file_);
        store.save(check("2026-11-01T08:00:00Z", 5));
    }
    HistoryStore reopened(file_);
    EXPECT_EQ(reopened.list().size(), 1U);
    EXPECT_FALSE(reopened.notice().has_value());
}

TEST_F(HistoryStoreTest, FileIsReadableByItsOwnerOnlyAndInWalMode) {
    HistoryStore store(file_);
    struct stat status {};
    ASSERT_EQ(::stat(file_.c_str(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777U, 0600U);
    Database probe(file_, Database::Mode::ReadOnly);
    auto mode = probe.prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode.step());
    EXPECT_EQ(mode.text(0), "wal");
}

TEST_F(HistoryStoreTest, MigratesAnEmptyVersionZeroFile) {
    std::filesystem::create_directories(directory_);
    {
        Database database(file_, Database::Mode::ReadWriteCreate);
        database.execute("CREATE TABLE unrelated (x INTEGER)"); // a valid file of version 0
        ASSERT_EQ(database.userVersion(), 0);
    }
    HistoryStore store(file_);
    EXPECT_FALSE(store.notice().has_value());
    store.save(check("2026-11-01T08:00:00Z", 2));
    EXPECT_EQ(store.list().size(), 1U);
    Database probe(file_, Database::Mode::ReadOnly);
    EXPECT_EQ(probe.userVersion(), kHistorySchemaVersion);
}

TEST_F(HistoryStoreTest, ADamagedFileIsKeptAside) {
    {
        HistoryStore store(file_);
        for (int i = 0; i < 200; ++i) {
            store.save(check("2026-11-01T08:00:00Z", i % 10));
        }
    }
    {
        // Scribble over the middle of the file, past the header: the pages no longer add up.
        std::fstream file(file_, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(4096 + 100);
        const std::string noise(8192, '\x5a');
        file.write(noise.data(), static_cast<std::streamsize>(noise.size()));
    }
    HistoryStore store(file_);
    ASSERT_TRUE(store.notice().has_value());
    EXPECT_NE(store.notice()->find("damaged"), std::string::npos) << *store.notice();
    EXPECT_EQ(asideFiles().size(), 1U);
}

TEST_F(HistoryStoreTest, AFileThatIsNotSqliteIsKeptAsideUnchanged) {
    std::filesystem::create_directories(directory_);
    const std::string text = "my precious notes, not a database at all........";
    {
        std::ofstream out(file_);
        out << text;
    }
    HistoryStore store(file_);
    ASSERT_TRUE(store.notice().has_value());
    EXPECT_NE(store.notice()->find("not a SQLite database"), std::string::npos);
    const auto aside = asideFiles();
    ASSERT_EQ(aside.size(), 1U);
    std::ifstream kept(aside.front());
    const std::string keptText((std::istreambuf_iterator<char>(kept)),
                               std::istreambuf_iterator<char>());
    EXPECT_EQ(keptText, text);
    EXPECT_TRUE(store.list().empty());
}

TEST_F(HistoryStoreTest, AFileThatClaimsThisVersionWithoutItsTablesIsKeptAside) {
    std::filesystem::create_directories(directory_);
    {
        Database database(file_, Database::Mode::ReadWriteCreate);
        database.execute("CREATE TABLE checks (id INTEGER PRIMARY KEY)"); // columns missing
        database.setUserVersion(kHistorySchemaVersion);
    }
    HistoryStore store(file_);
    ASSERT_TRUE(store.notice().has_value());
    EXPECT_NE(store.notice()->find("has no column checks."), std::string::npos) << *store.notice();
    EXPECT_EQ(asideFiles().size(), 1U);
    store.save(check("2026-12-01T08:00:00Z", 3)); // the new file works
    EXPECT_EQ(store.count(), 1);
}

TEST_F(HistoryStoreTest, SetAsideCopiesAreListedNewestFirstAndCappedWithANotice) {
    std::filesystem::create_directories(directory_);
    for (const char* stamp : {"100", "300", "200", "50"}) { // older copies, out of order
        std::ofstream(file_.string() + ".unusable-" + stamp) << "old";
        std::ofstream(file_.string() + ".unusable-" + stamp + "-wal") << "old";
    }
    std::ofstream(file_) << "not a database, so it is set aside now";
    HistoryStore store(file_);
    ASSERT_TRUE(store.notice().has_value());
    EXPECT_NE(store.notice()->find("The 2 oldest set-aside copies were removed"), std::string::npos)
        << *store.notice();
    const auto copies = setAsideCopies(file_);
    ASSERT_EQ(copies.size(), kKeptSetAsideCopies);
    EXPECT_EQ(test::bytesOf(copies[0]), "not a database, so it is set aside now"); // newest
    EXPECT_EQ(copies[1].filename().string(), "history.sqlite.unusable-300");
    EXPECT_EQ(copies[2].filename().string(), "history.sqlite.unusable-200");
    EXPECT_FALSE(std::filesystem::exists(file_.string() + ".unusable-100"));
    EXPECT_FALSE(std::filesystem::exists(file_.string() + ".unusable-100-wal"));
    EXPECT_TRUE(std::filesystem::exists(file_.string() + ".unusable-300-wal"));
}

TEST_F(HistoryStoreTest, TwoCopiesSetAsideInOneSecondBothKeepTheirBytes) {
    std::filesystem::create_directories(directory_);
    std::ofstream(file_) << "first unusable file";
    { HistoryStore store(file_); }
    std::filesystem::remove(file_);
    std::ofstream(file_) << "second unusable file";
    { HistoryStore store(file_); }
    const auto copies = setAsideCopies(file_);
    ASSERT_EQ(copies.size(), 2U);
    std::set<std::string> kept{test::bytesOf(copies[0]), test::bytesOf(copies[1])};
    EXPECT_EQ(kept, (std::set<std::string>{"first unusable file", "second unusable file"}));
}

TEST_F(HistoryStoreTest, AFileFromANewerVersionIsRefusedAndLeftExactlyAsItIs) {
    {
        HistoryStore store(file_);
        store.save(check("2026-11-01T08:00:00Z", 5));
    }
    {
        Database database(file_, Database::Mode::ReadWriteCreate);
        database.setUserVersion(kHistorySchemaVersion + 1);
    }
    std::ifstream before(file_, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(before),
                            std::istreambuf_iterator<char>()};
    try {
        HistoryStore store(file_);
        FAIL() << "opened a history from a newer version";
    } catch (const NewerDatabase& error) {
        EXPECT_NE(std::string(error.what()).find("newer KneeTriage"), std::string::npos);
        EXPECT_NE(std::string(error.what()).find("left unchanged"), std::string::npos);
    }
    EXPECT_TRUE(asideFiles().empty()); // nothing set aside for an empty file
    std::ifstream after(file_, std::ios::binary);
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(after), std::istreambuf_iterator<char>()),
              bytes);
}

std::string refusal(const std::filesystem::path& file) {
    try {
        HistoryStore store(file);
    } catch (const DatabaseError& error) {
        return error.what();
    }
    return "opened";
}

TEST_F(HistoryStoreTest, ALinkToAnotherProgramsDatabaseIsRefusedAndItIsLeftAsItWas) {
    std::filesystem::create_directories(directory_);
    const auto other = directory_ / "other-program.sqlite";
    {
        Database database(other, Database::Mode::ReadWriteCreate);
        database.execute("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('theirs')");
    }
    std::filesystem::permissions(other, std::filesystem::perms::owner_all |
                                            std::filesystem::perms::group_read |
                                            std::filesystem::perms::others_read);
    const std::string before = test::bytesOf(other);
    const auto link = directory_ / "history.sqlite";
    std::filesystem::create_symlink(other, link);
    EXPECT_NE(refusal(link).find("is a symbolic link"), std::string::npos);
    EXPECT_EQ(test::bytesOf(other), before);
    EXPECT_TRUE(
        (std::filesystem::status(other).permissions() & std::filesystem::perms::others_read) !=
        std::filesystem::perms::none); // its mode untouched
    EXPECT_FALSE(std::filesystem::exists(other.string() + "-wal"));
}

TEST_F(HistoryStoreTest, ADanglingLinkIsRefusedAndCreatesNothing) {
    std::filesystem::create_directories(directory_);
    const auto target = directory_ / "elsewhere" / "made-by-a-link.sqlite";
    const auto link = directory_ / "history.sqlite";
    std::filesystem::create_symlink(target, link);
    EXPECT_NE(refusal(link).find("is a symbolic link"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(target));
}

TEST_F(HistoryStoreTest, AFifoOrAFolderAtItsPlaceIsRefusedWithoutWaiting) {
    std::filesystem::create_directories(directory_ / "a-folder.sqlite");
    EXPECT_NE(refusal(directory_ / "a-folder.sqlite").find("is not a regular file"),
              std::string::npos);
    const auto fifo = directory_ / "fifo.sqlite";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    EXPECT_NE(refusal(fifo).find("is not a regular file"), std::string::npos);
}

TEST_F(HistoryStoreTest, TheFoldersItCreatesAreItsOwnersAlone) {
    const auto file = directory_ / "new" / "folder" / "history.sqlite";
    { HistoryStore store(file); }
    for (const auto& folder : {directory_ / "new", directory_ / "new" / "folder"}) {
        EXPECT_EQ(std::filesystem::status(folder).permissions() & std::filesystem::perms::all,
                  std::filesystem::perms::owner_all)
            << folder;
    }
}

} // namespace
} // namespace kt
