// A full disk, made without root or a small mount: an SQLite VFS registered in this process as
// the default wraps the real one and answers SQLITE_FULL once a budget of written bytes is spent.
#include "kneetriage/kb/loader.h"
#include "kneetriage/store/content_store.h"
#include "kneetriage/store/history_store.h"
#include "kneetriage/store/user_database.h"
#include "test_support.h"

#include <atomic>
#include <gtest/gtest.h>
#include <limits>
#include <sqlite3.h>

namespace kt {
namespace {

// Bytes that may still be written through the shim, across every file it opened.
std::atomic<std::int64_t> bytesLeft{std::numeric_limits<std::int64_t>::max()};

struct ShimFile {
    sqlite3_file base;
    sqlite3_file* real; // the wrapped VFS's file, allocated right after this struct
};

sqlite3_vfs* realVfs() {
    static sqlite3_vfs* const real = sqlite3_vfs_find(nullptr);
    return real;
}

sqlite3_file* real(sqlite3_file* file) {
    return reinterpret_cast<ShimFile*>(file)->real;
}

int shimWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset) {
    // A disk fills part-way through a write as often as between two.
    if (bytesLeft.fetch_sub(amount) < amount) {
        bytesLeft = 0;
        return SQLITE_FULL;
    }
    return real(file)->pMethods->xWrite(real(file), data, amount, offset);
}

// Every other method goes straight to the real file.
const sqlite3_io_methods kShimMethods = {
    3,
    [](sqlite3_file* file) { return real(file)->pMethods->xClose(real(file)); },
    [](sqlite3_file* file, void* data, int amount, sqlite3_int64 offset) {
        return real(file)->pMethods->xRead(real(file), data, amount, offset);
    },
    shimWrite,
    [](sqlite3_file* file, sqlite3_int64 size) {
        return real(file)->pMethods->xTruncate(real(file), size);
    },
    [](sqlite3_file* file, int flags) { return real(file)->pMethods->xSync(real(file), flags); },
    [](sqlite3_file* file, sqlite3_int64* size) {
        return real(file)->pMethods->xFileSize(real(file), size);
    },
    [](sqlite3_file* file, int lock) { return real(file)->pMethods->xLock(real(file), lock); },
    [](sqlite3_file* file, int lock) { return real(file)->pMethods->xUnlock(real(file), lock); },
    [](sqlite3_file* file, int* held) {
        return real(file)->pMethods->xCheckReservedLock(real(file), held);
    },
    [](sqlite3_file* file, int operation, void* argument) {
        return real(file)->pMethods->xFileControl(real(file), operation, argument);
    },
    [](sqlite3_file* file) { return real(file)->pMethods->xSectorSize(real(file)); },
    [](sqlite3_file* file) { return real(file)->pMethods->xDeviceCharacteristics(real(file)); },
    [](sqlite3_file* file, int region, int size, int extend, void volatile** memory) {
        return real(file)->pMethods->xShmMap(real(file), region, size, extend, memory);
    },
    [](sqlite3_file* file, int offset, int count, int flags) {
        return real(file)->pMethods->xShmLock(real(file), offset, count, flags);
    },
    [](sqlite3_file* file) { real(file)->pMethods->xShmBarrier(real(file)); },
    [](sqlite3_file* file, int deleteFlag) {
        return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
    },
    [](sqlite3_file* file, sqlite3_int64 offset, int amount, void** page) {
        return real(file)->pMethods->xFetch(real(file), offset, amount, page);
    },
    [](sqlite3_file* file, sqlite3_int64 offset, void* page) {
        return real(file)->pMethods->xUnfetch(real(file), offset, page);
    },
};

int shimOpen(sqlite3_vfs* /*vfs*/, const char* name, sqlite3_file* file, int flags, int* outFlags) {
    auto* shim = reinterpret_cast<ShimFile*>(file);
    shim->base.pMethods = nullptr;
    shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
    const int code = realVfs()->xOpen(realVfs(), name, shim->real, flags, outFlags);
    if (shim->real->pMethods != nullptr) {
        shim->base.pMethods = &kShimMethods;
    }
    return code;
}

// The real VFS with its files wrapped; the rest of its methods are its own.
sqlite3_vfs& shimVfs() {
    static sqlite3_vfs vfs = [] {
        sqlite3_vfs made = *realVfs();
        made.zName = "kt-full-disk";
        made.szOsFile = static_cast<int>(sizeof(ShimFile)) + realVfs()->szOsFile;
        made.pAppData = nullptr;
        made.xOpen = shimOpen;
        return made;
    }();
    return vfs;
}

class FullDisk : public ::testing::Test {
  protected:
    void SetUp() override {
        ASSERT_EQ(sqlite3_vfs_register(&shimVfs(), 1), SQLITE_OK);
        bytesLeft = std::numeric_limits<std::int64_t>::max();
    }
    void TearDown() override {
        bytesLeft = std::numeric_limits<std::int64_t>::max();
        sqlite3_vfs_unregister(&shimVfs());
        std::filesystem::remove_all(directory_);
    }

    // A check with a result long enough to need several pages, so a full disk can stop it
    // part-way.
    static SavedCheck check(int number) {
        const std::string when = "2026-11-" + std::to_string(10 + number) + "T08:00:00Z";
        const std::string result = R"({"note":")" + std::string(20000, 'a' + number % 26) + R"("})";
        return SavedCheck{{when, "1.0.0", R"({"format":"kneetriage.answers/1","answers":{}})",
                           result, "self_care", "Runner's knee " + std::to_string(number)},
                          0,
                          number};
    }

    static void expectSame(const SavedCheck& saved, const SavedCheck& expected) {
        EXPECT_EQ(saved.createdAt, expected.createdAt);
        EXPECT_EQ(saved.resultJson, expected.resultJson);
        EXPECT_EQ(saved.topCondition, expected.topCondition);
        EXPECT_EQ(saved.painScore, expected.painScore);
    }

    std::filesystem::path directory_ = test::uniqueTempPath("kt-full-disk");
    std::filesystem::path file_ = directory_ / "history.sqlite";
};

TEST_F(FullDisk, SavingHistoryFailsWithAClearErrorAndKeepsEveryEarlierCheck) {
    std::vector<std::int64_t> ids;
    {
        HistoryStore store(file_);
        for (int number = 0; number < 3; ++number) {
            ids.push_back(store.save(check(number)));
        }
        bytesLeft = 6000; // a page and a half: the disk fills in the middle of the save
        try {
            (void)store.save(check(3));
            ADD_FAILURE() << "a save on a full disk returned as if it had worked";
        } catch (const DatabaseError& error) {
            const std::string message = error.what();
            EXPECT_NE(message.find(file_.string()), std::string::npos) << message;
            EXPECT_NE(message.find("could not save the check"), std::string::npos) << message;
            EXPECT_NE(message.find("disk is full"), std::string::npos) << message;
        }
        EXPECT_EQ(store.count(), 3); // the same session still reads what it had
    }
    bytesLeft = std::numeric_limits<std::int64_t>::max();

    HistoryStore reopened(file_);
    EXPECT_FALSE(reopened.notice().has_value()) << *reopened.notice();
    EXPECT_TRUE(setAsideCopies(file_).empty());
    ASSERT_EQ(reopened.count(), 3);
    for (int number = 0; number < 3; ++number) {
        const auto saved = reopened.find(ids[static_cast<std::size_t>(number)]);
        ASSERT_TRUE(saved.has_value());
        expectSame(*saved, check(number));
    }
    const auto again = reopened.save(check(4));
    expectSame(*reopened.find(again), check(4));
    EXPECT_EQ(reopened.count(), 4);
    {
        Database database(file_, Database::Mode::ReadOnly);
        auto integrity = database.prepare("PRAGMA integrity_check");
        ASSERT_TRUE(integrity.step());
        EXPECT_EQ(integrity.text(0), "ok");
    }
}

TEST_F(FullDisk, BuildingContentLeavesThePreviousDatabaseUntouched) {
    const LoadResult loaded = loadKnowledgeBase(KT_DATA_DIR);
    ASSERT_TRUE(std::holds_alternative<KnowledgeBase>(loaded)) << test::describeAll(loaded);
    const auto& kb = std::get<KnowledgeBase>(loaded);
    std::filesystem::create_directories(directory_);
    const auto out = directory_ / "content.sqlite";
    buildContentDatabase(kb, out);
    const std::string before = test::bytesOf(out);

    bytesLeft = 50000;
    try {
        buildContentDatabase(kb, out);
        ADD_FAILURE() << "a build on a full disk returned as if it had worked";
    } catch (const DatabaseError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("disk is full"), std::string::npos) << message;
    }
    bytesLeft = std::numeric_limits<std::int64_t>::max();

    EXPECT_EQ(test::bytesOf(out), before);
    std::vector<std::string> left;
    for (const auto& entry : std::filesystem::directory_iterator(directory_)) {
        left.push_back(entry.path().filename().string());
    }
    EXPECT_EQ(left, std::vector<std::string>{"content.sqlite"});
    ContentStore opened(out, kb);
}

} // namespace
} // namespace kt
