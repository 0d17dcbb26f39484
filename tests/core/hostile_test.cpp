// The hostile-file corpus (tests/hostile/manifest.json) and the files too awkward to keep in
// git: each goes through kneetriage-cli, which must answer with the documented exit status and
// a message naming the file and what was expected, never a crash.
#include "test_support.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <unistd.h>

namespace kt {
namespace {

using nlohmann::json;

struct HostileCase {
    std::string kind;   // "answers" or "kb"
    std::string file;   // under tests/hostile; a kb "*.patch.json" names its data file itself
    std::string target; // kb: the knowledge-base file a whole hostile file replaces
    std::optional<std::string> expect; // stderr text; none when the file is acceptable
    std::string at; // the JSON pointer the message must place the problem at, if said
};

void PrintTo(const HostileCase& hostile, std::ostream* out) {
    *out << hostile.file;
}

std::vector<HostileCase> manifest() {
    std::ifstream in(KT_HOSTILE_DIR "/manifest.json");
    const json document = json::parse(in);
    std::vector<HostileCase> cases;
    for (const json& item : document.at("cases")) {
        HostileCase hostile{item.at("kind"), item.at("file"), item.value("target", ""),
                            std::nullopt, item.value("at", "")};
        if (!item.at("expect").is_null()) {
            hostile.expect = item.at("expect").get<std::string>();
        }
        cases.push_back(std::move(hostile));
    }
    return cases;
}

std::string quoted(const std::filesystem::path& path) {
    return "'" + path.string() + "'";
}

bool isPatch(const std::filesystem::path& file) {
    return file.filename().string().ends_with(".patch.json");
}

// Applies a "*.patch.json" case to the knowledge base in `kb`: {"file": a data file,
// "patch": RFC 6902 operations, "byte_order_mark": true to write one first}. The patch works
// on the shipped file as it is today, so the case cannot go stale; its "test" operations make
// it fail loudly, not silently test something else, when the file has moved on under it.
std::filesystem::path applyPatch(const std::filesystem::path& patchFile, const test::KbCopy& kb) {
    std::ifstream patchIn(patchFile);
    const json patch = json::parse(patchIn);
    const std::string target = patch.at("file");
    std::ifstream dataIn(std::filesystem::path(KT_DATA_DIR) / target);
    const json patched = json::parse(dataIn).patch(patch.at("patch"));
    std::ofstream out(kb.path() / target, std::ios::binary | std::ios::trunc);
    if (patch.value("byte_order_mark", false)) {
        out << "\xEF\xBB\xBF";
    }
    out << patched.dump(2) << '\n';
    return kb.path() / target;
}

class HostileFile : public ::testing::TestWithParam<HostileCase> {};

TEST_P(HostileFile, GetsAClearErrorAndTheDocumentedExitStatus) {
    const HostileCase& hostile = GetParam();
    const std::filesystem::path source = std::filesystem::path(KT_HOSTILE_DIR) / hostile.file;
    test::CommandResult run;
    std::string named;
    std::optional<test::KbCopy> kb;
    if (hostile.kind == "answers") {
        run = test::runCli("triage " + quoted(source));
        named = source.string();
    } else {
        kb.emplace(KT_DATA_DIR);
        if (isPatch(source)) {
            named = applyPatch(source, *kb).string();
        } else {
            named = (kb->path() / hostile.target).string();
            std::filesystem::copy_file(source, named,
                                       std::filesystem::copy_options::overwrite_existing);
        }
        run = test::runCli("validate --kb " + quoted(kb->path()));
    }
    if (!hostile.expect) {
        EXPECT_EQ(run.exitStatus, 0) << run.err;
        return;
    }
    EXPECT_EQ(run.exitStatus, 2) << run.err;
    EXPECT_NE(run.err.find(named), std::string::npos) << "the message must name the file:\n"
                                                      << run.err;
    EXPECT_NE(run.err.find(*hostile.expect), std::string::npos) << run.err;
    if (!hostile.at.empty()) {
        // The line that says what is wrong also says where: file, line:column and pointer.
        std::istringstream lines(run.err);
        bool found = false;
        for (std::string line; std::getline(lines, line);) {
            found = found || (line.starts_with(named + ":") &&
                              line.find(": at " + hostile.at + ": ") != std::string::npos &&
                              line.find(*hostile.expect) != std::string::npos);
        }
        EXPECT_TRUE(found) << "expected " << named << ":LINE:COLUMN: at " << hostile.at << ": "
                           << *hostile.expect << "\n"
                           << run.err;
    }
    EXPECT_TRUE(run.out.empty());
}

INSTANTIATE_TEST_SUITE_P(Corpus, HostileFile, ::testing::ValuesIn(manifest()),
                         [](const ::testing::TestParamInfo<HostileCase>& info) {
                             return test::testNameFrom(info.param.file);
                         });

class HostileTemporaryFile : public ::testing::Test {
  protected:
    void TearDown() override { std::filesystem::remove_all(path_); }
    std::filesystem::path path_ = test::uniqueTempPath("kt-hostile");
};

TEST_F(HostileTemporaryFile, A200MegabyteAnswersFileIsRefusedWithoutReadingIt) {
    { std::ofstream out(path_, std::ios::binary); }
    std::filesystem::resize_file(path_, 200U * 1024U * 1024U);
    const auto run = test::runCli("triage " + quoted(path_));
    EXPECT_EQ(run.exitStatus, 2);
    EXPECT_NE(run.err.find(path_.string() + ": file is 209715200 bytes; expected at most 1048576"),
              std::string::npos)
        << run.err;
}

TEST_F(HostileTemporaryFile, A200MegabyteKnowledgeBaseFileIsRefused) {
    const test::KbCopy kb(KT_DATA_DIR);
    std::filesystem::resize_file(kb.path() / "kb/questions.json", 200U * 1024U * 1024U);
    const auto run = test::runCli("validate --kb " + quoted(kb.path()));
    EXPECT_EQ(run.exitStatus, 2);
    EXPECT_NE(run.err.find("questions.json: file is 209715200 bytes; expected at most"),
              std::string::npos)
        << run.err;
}

TEST_F(HostileTemporaryFile, A200MegabyteBatchLineIsSkippedAndTheRunGoesOn) {
    {
        std::ofstream out(path_, std::ios::binary);
        out << std::string(200U * 1024U * 1024U, 'x')
            << "\n{\"format\":\"kneetriage.answers/1\",\"answers\":{}}\n";
    }
    const auto run = test::runCli("triage --batch " + quoted(path_));
    EXPECT_EQ(run.exitStatus, 1);
    EXPECT_NE(run.err.find("line is longer than 1048576 bytes"), std::string::npos)
        << run.err.substr(0, 500);
    EXPECT_NE(run.out.find("kneetriage.result/1"), std::string::npos);
}

TEST_F(HostileTemporaryFile, ADirectoryInsteadOfAFileIsNamed) {
    std::filesystem::create_directories(path_);
    const auto answers = test::runCli("triage " + quoted(path_));
    EXPECT_EQ(answers.exitStatus, 2);
    EXPECT_NE(answers.err.find(path_.string() + ": is a directory; expected a JSON file"),
              std::string::npos);
    const auto batch = test::runCli("triage --batch " + quoted(path_));
    EXPECT_EQ(batch.exitStatus, 2);
    const test::KbCopy kb(KT_DATA_DIR);
    std::filesystem::remove(kb.path() / "kb/kb.json");
    std::filesystem::create_directory(kb.path() / "kb/kb.json");
    const auto validate = test::runCli("validate --kb " + quoted(kb.path()));
    EXPECT_EQ(validate.exitStatus, 2);
    EXPECT_NE(validate.err.find("kb.json: is a directory; expected a JSON file"),
              std::string::npos);
}

TEST_F(HostileTemporaryFile, AFileWithoutReadPermissionIsNamed) {
    if (::geteuid() == 0) {
        GTEST_SKIP() << "root reads any file; run as a normal user to check this";
    }
    {
        std::ofstream out(path_);
        out << "{}";
    }
    std::filesystem::permissions(path_, std::filesystem::perms::none);
    const auto run = test::runCli("triage " + quoted(path_));
    EXPECT_EQ(run.exitStatus, 2);
    EXPECT_NE(run.err.find("cannot open for reading"), std::string::npos) << run.err;
}

TEST_F(HostileTemporaryFile, AMissingKnowledgeBaseDirectoryIsNamed) {
    const auto run = test::runCli("validate --kb " + quoted(path_));
    EXPECT_EQ(run.exitStatus, 2);
    EXPECT_NE(run.err.find((path_ / "kb/kb.json").string() + ": cannot open: no such file"),
              std::string::npos);
}

} // namespace
} // namespace kt
