#pragma once

#include "kneetriage/kb/loader.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kt::test {

// A private copy of a knowledge base in a temporary directory, removed when it goes; tests
// break it in one place and check what the loader says.
class KbCopy {
  public:
    explicit KbCopy(const std::filesystem::path& source = KT_TEST_DATA_DIR "/mini_kb");
    KbCopy(const KbCopy&) = delete;
    KbCopy& operator=(const KbCopy&) = delete;
    ~KbCopy();

    [[nodiscard]] const std::filesystem::path& path() const { return root_; }
    void edit(const std::string& file, const std::function<void(nlohmann::json&)>& change) const;
    void write(const std::string& file, const std::string& text) const;
    [[nodiscard]] LoadResult load(bool checkContract = false) const;

  private:
    std::filesystem::path root_;
};

// Every problem of a load that was expected to fail, one per line, in the CLI's form.
[[nodiscard]] std::string describeAll(const LoadResult& result);

// The mini knowledge base of tests/data, which must load.
[[nodiscard]] KnowledgeBase loadMiniKb();

struct CommandResult {
    int exitStatus = -1;
    std::string out;
    std::string err;
    bool timedOut = false;
};

// Runs kneetriage-cli with `arguments` (shell-quoted by the caller) and optional standard input.
[[nodiscard]] CommandResult runCli(const std::string& arguments, const std::string& input = {});

// Runs kneetriage-cli with `arguments` (each one argument, no shell) and standard input from
// `input`, and kills it if it has not finished within `deadline`: a command that hangs fails the
// test that ran it (timedOut, exit status -1) instead of stopping the whole run.
[[nodiscard]] CommandResult runCliWithin(std::chrono::milliseconds deadline,
                                         const std::vector<std::string>& arguments,
                                         const std::filesystem::path& input = "/dev/null");

[[nodiscard]] std::filesystem::path uniqueTempPath(const std::string& stem);

// Every byte of `file` ("" when it cannot be read).
[[nodiscard]] std::string bytesOf(const std::filesystem::path& file);

// A name for a parameterised test from free text: letters and digits kept, anything else '_'.
[[nodiscard]] std::string testNameFrom(std::string text);

} // namespace kt::test
