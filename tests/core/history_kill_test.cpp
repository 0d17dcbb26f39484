// Crash safety of the history: a writer is killed with SIGKILL at random moments, 300 times;
// every check it reported saved must be there afterwards, and the file must pass
// PRAGMA integrity_check. Nothing may be set aside as unusable.
#include "kneetriage/store/history_store.h"
#include "test_support.h"

#include <chrono>
#include <csignal>
#include <gtest/gtest.h>
#include <random>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace kt {
namespace {

struct Saved {
    std::int64_t id = 0;
    std::string token;
};

// Starts the writer, kills it after `delay`, and returns what it reported saved.
std::vector<Saved> runAndKill(const std::filesystem::path& file, const std::string& tag,
                              std::chrono::microseconds delay) {
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
    std::this_thread::sleep_for(delay);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    std::string output;
    char buffer[4096];
    for (ssize_t count = 0; (count = ::read(pipeEnds[0], buffer, sizeof buffer)) > 0;) {
        output.append(buffer, static_cast<std::size_t>(count));
    }
    ::close(pipeEnds[0]);
    std::vector<Saved> saved;
    std::istringstream lines(output);
    for (std::string line; std::getline(lines, line);) {
        std::istringstream words(line);
        std::string word;
        Saved entry;
        if (words >> word >> entry.id >> entry.token && word == "saved") {
            saved.push_back(entry);
        }
    }
    return saved;
}

TEST(HistoryKill, EveryReportedSaveSurvivesSigkillAndTheFileStaysIntact) {
    const auto directory = test::uniqueTempPath("kt-kill");
    const auto file = directory / "history.sqlite";
    std::mt19937 random(20261127);
    std::uniform_int_distribution<int> delayMicroseconds(500, 40000);
    std::vector<Saved> everything;
    constexpr int kIterations = 300;
    for (int iteration = 0; iteration < kIterations; ++iteration) {
        const auto saved = runAndKill(file, "run" + std::to_string(iteration),
                                      std::chrono::microseconds(delayMicroseconds(random)));
        everything.insert(everything.end(), saved.begin(), saved.end());
        if (iteration % 50 == 49 || iteration == kIterations - 1) {
            HistoryStore store(file);
            ASSERT_FALSE(store.notice().has_value()) << *store.notice();
            for (const Saved& entry : everything) {
                const auto check = store.find(entry.id);
                ASSERT_TRUE(check.has_value())
                    << "lost check " << entry.id << " (" << entry.token << ")";
                ASSERT_NE(check->answersJson.find("\"" + entry.token + "\""), std::string::npos);
            }
        }
    }
    Database database(file, Database::Mode::ReadOnly);
    auto integrity = database.prepare("PRAGMA integrity_check");
    ASSERT_TRUE(integrity.step());
    EXPECT_EQ(integrity.text(0), "ok");
    std::cout << kIterations << " kills, " << everything.size() << " saves reported, all found\n";
    EXPECT_GT(everything.size(), 300U); // the writer got to work between kills
    std::filesystem::remove_all(directory);
}

} // namespace
} // namespace kt
