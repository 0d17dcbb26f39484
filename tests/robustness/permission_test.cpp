// File permissions as a user who is subject to them. CI runs as root, who may write anywhere, so
// run_unprivileged.sh runs this program as nobody there; as root it has nothing to test.
#include "kneetriage/store/history_store.h"
#include "kneetriage/store/user_database.h"

#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace kt {
namespace {

namespace fs = std::filesystem;

std::string environment(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr ? value : "";
}

std::string bytesOf(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> namesIn(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

SavedCheck check(const std::string& when) {
    return SavedCheck{{when, "1.0.0", R"({"format":"kneetriage.answers/1","answers":{}})", "{}",
                       "self_care", "Runner's knee"},
                      0,
                      4};
}

class Unprivileged : public ::testing::Test {
  protected:
    void SetUp() override {
        if (::geteuid() == 0) {
            const std::string why = environment("KT_CANNOT_DROP_PRIVILEGES");
            GTEST_SKIP() << "running as root, who is not held to file permissions"
                         << (why.empty() ? "; run through tests/robustness/run_unprivileged.sh"
                                         : "; " + why);
        }
        fs::create_directories(folder_);
    }
    void TearDown() override {
        std::error_code ignored;
        fs::permissions(folder_, fs::perms::owner_all, ignored);
        for (const auto& entry : fs::recursive_directory_iterator(folder_, ignored)) {
            fs::permissions(entry.path(), fs::perms::owner_all, ignored);
        }
        fs::remove_all(folder_, ignored);
    }

    // A history with two checks in it, closed.
    void saveTwoChecks(const fs::path& file) const {
        HistoryStore store(file);
        store.save(check("2026-11-01T08:00:00Z"));
        store.save(check("2026-11-08T08:00:00Z"));
    }

    // The message of the DatabaseError that opening a history at `file` throws ("" if none).
    static std::string openingFails(const fs::path& file) {
        try {
            HistoryStore store(file);
        } catch (const DatabaseError& error) {
            return error.what();
        }
        ADD_FAILURE() << "the history at " << file << " opened";
        return {};
    }

    const fs::path folder_ =
        fs::temp_directory_path() / ("kt-permissions-" + std::to_string(::getpid()));
};

TEST_F(Unprivileged, HistoryInAFolderThatCannotBeWrittenIsRefusedWithAClearError) {
    const fs::path history = folder_ / "history";
    fs::create_directories(history);
    fs::permissions(history, fs::perms::owner_read | fs::perms::owner_exec);
    const std::string message = openingFails(history / "history.sqlite");
    EXPECT_NE(message.find(history.string()), std::string::npos) << message;
    EXPECT_NE(message.find("cannot be written (permission denied)"), std::string::npos) << message;
    EXPECT_TRUE(namesIn(history).empty());

    const fs::path below = history / "kneetriage" / "history.sqlite"; // a folder it must make
    const std::string notMade = openingFails(below);
    EXPECT_NE(notMade.find("cannot create the folder: Permission denied"), std::string::npos)
        << notMade;
}

TEST_F(Unprivileged, HistoryInAFolderMadeReadOnlyIsRefusedAndLeftAsItWas) {
    const fs::path history = folder_ / "history";
    saveTwoChecks(history / "history.sqlite");
    const auto before = namesIn(history);
    const std::string bytes = bytesOf(history / "history.sqlite");
    fs::permissions(history, fs::perms::owner_read | fs::perms::owner_exec);

    const std::string message = openingFails(history / "history.sqlite");
    EXPECT_NE(message.find(history.string()), std::string::npos) << message;
    EXPECT_NE(message.find("cannot be written (permission denied)"), std::string::npos) << message;
    EXPECT_EQ(namesIn(history), before);
    EXPECT_EQ(bytesOf(history / "history.sqlite"), bytes);

    fs::permissions(history, fs::perms::owner_all);
    HistoryStore reopened(history / "history.sqlite");
    EXPECT_FALSE(reopened.notice().has_value()) << *reopened.notice();
    EXPECT_EQ(reopened.count(), 2);
}

TEST_F(Unprivileged, AReadOnlyHistoryFileIsRefusedWithAClearErrorAndNeverSetAside) {
    const fs::path file = folder_ / "history.sqlite";
    saveTwoChecks(file);
    const std::string bytes = bytesOf(file);
    fs::permissions(file, fs::perms::owner_read); // 0400

    const std::string message = openingFails(file);
    EXPECT_NE(message.find(file.string() + ": cannot be written (permission denied)"),
              std::string::npos)
        << message;
    EXPECT_TRUE(setAsideCopies(file).empty());
    EXPECT_EQ(namesIn(folder_), std::vector<std::string>{"history.sqlite"});
    EXPECT_EQ(bytesOf(file), bytes);

    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
    HistoryStore reopened(file);
    EXPECT_FALSE(reopened.notice().has_value()) << *reopened.notice();
    EXPECT_EQ(reopened.count(), 2);
}

struct CliRun {
    int exitStatus = -1;
    std::string err;
};

CliRun runCli(const std::string& arguments) {
    const fs::path err = fs::temp_directory_path() / ("kt-cli-" + std::to_string(::getpid()));
    const std::string command = "'" + environment("KT_PERMISSION_CLI") + "' " + arguments +
                                " </dev/null >/dev/null 2>'" + err.string() + "'";
    const int status = std::system(command.c_str());
    CliRun run{WIFEXITED(status) ? WEXITSTATUS(status) : -1, bytesOf(err)};
    fs::remove(err);
    return run;
}

TEST_F(Unprivileged, BuildingContentIntoAFolderThatCannotBeWrittenFailsAndLeavesNothing) {
    const fs::path out = folder_ / "out";
    fs::create_directories(out);
    const std::string data = environment("KT_PERMISSION_DATA");
    ASSERT_FALSE(data.empty()) << "KT_PERMISSION_DATA names the data directory to build from";
    ASSERT_EQ(
        runCli("build-content --kb '" + data + "' '" + (out / "content.sqlite").string() + "'")
            .exitStatus,
        0);
    const std::string bytes = bytesOf(out / "content.sqlite");
    fs::permissions(out, fs::perms::owner_read | fs::perms::owner_exec);

    for (const fs::path& target : {out / "content.sqlite", out / "new.sqlite"}) {
        const CliRun run = runCli("build-content --kb '" + data + "' '" + target.string() + "'");
        EXPECT_EQ(run.exitStatus, 2) << run.err;
        EXPECT_NE(
            run.err.find(target.string() + ": cannot create a file beside it: Permission denied"),
            std::string::npos)
            << run.err;
        EXPECT_EQ(namesIn(out), std::vector<std::string>{"content.sqlite"});
    }
    EXPECT_EQ(bytesOf(out / "content.sqlite"), bytes);
}

} // namespace
} // namespace kt
