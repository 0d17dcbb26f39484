#include "test_support.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace kt::test {

std::filesystem::path uniqueTempPath(const std::string& stem) {
    static std::atomic<int> counter{0};
    return std::filesystem::temp_directory_path() /
           (stem + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
}

KbCopy::KbCopy(const std::filesystem::path& source) : root_(uniqueTempPath("kt-kb")) {
    std::filesystem::copy(source, root_, std::filesystem::copy_options::recursive);
}

KbCopy::~KbCopy() {
    std::error_code ignored;
    std::filesystem::remove_all(root_, ignored);
}

void KbCopy::edit(const std::string& file,
                  const std::function<void(nlohmann::json&)>& change) const {
    nlohmann::json document;
    {
        std::ifstream in(root_ / file);
        document = nlohmann::json::parse(in);
    }
    change(document);
    write(file, document.dump(2));
}

void KbCopy::write(const std::string& file, const std::string& text) const {
    std::ofstream out(root_ / file, std::ios::binary | std::ios::trunc);
    out << text;
}

LoadResult KbCopy::load(bool checkContract) const {
    LoadOptions options;
    options.checkContract = checkContract;
    return loadKnowledgeBase(root_, options);
}

std::string describeAll(const LoadResult& result) {
    if (!std::holds_alternative<Problems>(result)) {
        return "(loaded without problems)";
    }
    std::string text;
    for (const Problem& problem : std::get<Problems>(result)) {
        text += problem.describe() + "\n";
    }
    return text;
}

KnowledgeBase loadMiniKb() {
    LoadOptions options;
    options.checkContract = false;
    LoadResult result = loadKnowledgeBase(KT_TEST_DATA_DIR "/mini_kb", options);
    if (!std::holds_alternative<KnowledgeBase>(result)) {
        ADD_FAILURE() << describeAll(result);
        return {};
    }
    return std::move(std::get<KnowledgeBase>(result));
}

namespace {

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

CommandResult runCli(const std::string& arguments, const std::string& input) {
    const auto base = uniqueTempPath("kt-cli");
    const auto in = base.string() + ".in";
    const auto out = base.string() + ".out";
    const auto err = base.string() + ".err";
    {
        std::ofstream stream(in, std::ios::binary);
        stream << input;
    }
    const std::string command = std::string("'") + KT_CLI + "' " + arguments + " <'" + in + "' >'" +
                                out + "' 2>'" + err + "'";
    const int status = std::system(command.c_str());
    CommandResult result{WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
    for (const auto& file : {in, out, err}) {
        std::filesystem::remove(file);
    }
    return result;
}

CommandResult runCliWithin(std::chrono::milliseconds deadline,
                           const std::vector<std::string>& arguments,
                           const std::filesystem::path& input) {
    const auto base = uniqueTempPath("kt-cli");
    const std::string out = base.string() + ".out";
    const std::string err = base.string() + ".err";
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 0, input.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&files, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&files, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<std::string> words{KT_CLI};
    words.insert(words.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& word : words) {
        argv.push_back(word.data());
    }
    argv.push_back(nullptr);
    pid_t child = 0;
    const int spawned = posix_spawn(&child, KT_CLI, &files, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&files);
    if (spawned != 0) {
        ADD_FAILURE() << "cannot start " << KT_CLI << ": " << std::strerror(spawned);
        return {};
    }
    CommandResult result;
    int status = 0;
    const auto giveUp = std::chrono::steady_clock::now() + deadline;
    while (::waitpid(child, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() >= giveUp) {
            ::kill(child, SIGKILL);
            ::waitpid(child, &status, 0);
            result.timedOut = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    result.exitStatus = !result.timedOut && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = slurp(out);
    result.err = slurp(err);
    std::filesystem::remove(out);
    std::filesystem::remove(err);
    return result;
}

std::string testNameFrom(std::string text) {
    std::replace_if(
        text.begin(), text.end(),
        [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
    return text;
}

std::string bytesOf(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace kt::test
