// Crash safety of the history: a writer is killed with SIGKILL 300 times, each time after a
// seeded, pseudo-random number of saves it has reported (0 to 8; 0 kills it while it opens the
// file), so the test does not depend on timing or on how fast the disk syncs. Every check it
// reported saved, before or after the kill was decided, must be there afterwards, the file must
// pass PRAGMA integrity_check, and nothing may be set aside as unusable.
#include "kneetriage/store/history_store.h"
#include "test_support.h"

#include <csignal>
#include <cstdio>
#include <gtest/gtest.h>
#include <iostream>
#include <optional>
#include <random>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace kt {
namespace {

struct Saved {
    std::int64_t id = 0;
    std::string token;
};

std::optional<Saved> savedIn(const std::string& line) {
    std::istringstream words(line);
    std::string word;
    Saved entry;
    if (words >> word >> entry.id >> entry.token && word == "saved") {
        return entry;
    }
    return std::nullopt;
}

struct Killed {
    std::vector<Saved> saved; // every save the writer reported, to its last line
    bool diedOfTheKill = false;
};

// Starts the writer, lets it report `savesBeforeKill` saves, kills it, and returns everything
// it reported.
Killed runAndKill(const std::filesystem::path& file, const std::string& tag, int savesBeforeKill) {
    int pipeEnds[2];
    if (::pipe(pipeEnds) != 0) {
        ADD_FAILURE() << "pipe failed";
        return {};
    }
    const pid_t child = ::fork();
    if (child == 0) {
        ::dup2(pipeEnds[1], STDOUT_FILENO);
        ::close(pipeEnds[0]);
        ::close(pipeEnds[1]);
        ::execl(KT_HISTORY_WRITER, KT_HISTORY_WRITER, file.c_str(), tag.c_str(),
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(pipeEnds[1]);
    std::FILE* const output = ::fdopen(pipeEnds[0], "r");
    Killed killed;
    char line[512];
    while (static_cast<int>(killed.saved.size()) < savesBeforeKill &&
           std::fgets(line, sizeof line, output) != nullptr) {
        if (const auto entry = savedIn(line)) {
            killed.saved.push_back(*entry);
        }
    }
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    killed.diedOfTheKill = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    // Saves reported between the count being reached and the kill landing count too.
    while (std::fgets(line, sizeof line, output) != nullptr) {
        if (const auto entry = savedIn(line)) {
            killed.saved.push_back(*entry);
        }
    }
    std::fclose(output);
    return killed;
}

void expectEverySaveFound(const std::filesystem::path& file, const std::vector<Saved>& saves) {
    HistoryStore store(file);
    ASSERT_FALSE(store.notice().has_value()) << *store.notice();
    for (const Saved& entry : saves) {
        const auto check = store.find(entry.id);
        ASSERT_TRUE(check.has_value()) << "lost check " << entry.id << " (" << entry.token << ")";
        ASSERT_NE(check->answersJson.find("\"" + entry.token + "\""), std::string::npos);
    }
}

TEST(HistoryKill, EveryReportedSaveSurvivesSigkillAndTheFileStaysIntact) {
    const auto directory = test::uniqueTempPath("kt-kill");
    const auto file = directory / "history.sqlite";
    std::mt19937 random(20261127);
    std::uniform_int_distribution<int> savesBeforeKill(0, 8);
    std::vector<Saved> everything;
    std::size_t waitedFor = 0;
    constexpr int kKills = 300;
    for (int kill = 0; kill < kKills; ++kill) {
        const int count = savesBeforeKill(random);
        const Killed killed = runAndKill(file, "run" + std::to_string(kill), count);
        ASSERT_TRUE(killed.diedOfTheKill) << "kill " << kill << ": the writer ended by itself";
        ASSERT_GE(killed.saved.size(), static_cast<std::size_t>(count))
            << "kill " << kill << ": the writer stopped reporting saves";
        waitedFor += static_cast<std::size_t>(count);
        everything.insert(everything.end(), killed.saved.begin(), killed.saved.end());
        if (kill % 50 == 49) {
            expectEverySaveFound(file, everything);
        }
    }
    {
        Database database(file, Database::Mode::ReadOnly);
        auto integrity = database.prepare("PRAGMA integrity_check");
        ASSERT_TRUE(integrity.step());
        EXPECT_EQ(integrity.text(0), "ok");
    }
    expectEverySaveFound(file, everything);
    EXPECT_GE(everything.size(), waitedFor);
    std::cout << kKills << " kills, " << everything.size() << " saves reported (" << waitedFor
              << " waited for), all found\n";
    std::filesystem::remove_all(directory);
}

} // namespace
} // namespace kt
