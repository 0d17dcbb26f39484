// Every path kneetriage-cli reads, given a FIFO with no writer or a character device: refused at
// once with exit status 2 and a message naming the path and what was expected, never a hang
// (a FIFO's open waits for a writer) and never an endless read (/dev/zero has no end).
#include "test_support.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

namespace kt {
namespace {

using namespace std::chrono_literals;

// A refusal takes milliseconds; a hang is killed here, and the test fails instead of the run.
constexpr auto kDeadline = 10s;

enum class Special { Fifo, CharacterDevice };

struct InputCase {
    std::string name;
    // "{file}" stands for the special file's path, "{kb}" for a copy of the shipped data.
    std::vector<std::string> arguments;
    // Where the special file goes inside the copy of the data, or "" when it is {file} itself.
    std::string inKb;
    // What the error says about it, after the path: the loader checks pictures by name alone.
    bool refusedByType = true;
};

// Failure messages name the case, not its bytes.
void PrintTo(const InputCase& input, std::ostream* out) {
    *out << input.name;
}
void PrintTo(Special special, std::ostream* out) {
    *out << (special == Special::Fifo ? "FIFO" : "character device");
}

std::string describe(Special special) {
    return special == Special::Fifo ? "is a named pipe (FIFO), not a regular file; expected"
                                    : "is a character device, not a regular file; expected";
}

class SpecialFileInput : public ::testing::TestWithParam<std::tuple<InputCase, Special>> {
  protected:
    void SetUp() override { std::filesystem::create_directories(folder_); }
    void TearDown() override { std::filesystem::remove_all(folder_); }

    // A FIFO made afresh, or a link to /dev/zero where the data must be a file of the kb copy.
    std::filesystem::path place(Special special, const std::filesystem::path& where) {
        std::filesystem::remove(where);
        if (special == Special::Fifo) {
            EXPECT_EQ(::mkfifo(where.c_str(), 0600), 0) << where;
        } else {
            std::filesystem::create_symlink("/dev/zero", where);
        }
        return where;
    }

    const std::filesystem::path folder_ = test::uniqueTempPath("kt-special");
};

TEST_P(SpecialFileInput, IsRefusedAtOnceWithExitTwoAndItsPath) {
    const auto& [input, special] = GetParam();
    const test::KbCopy kb(KT_DATA_DIR);
    std::filesystem::path file;
    if (!input.inKb.empty()) {
        file = place(special, kb.path() / input.inKb);
    } else if (special == Special::Fifo) {
        file = place(special, folder_ / "input.json");
    } else {
        file = "/dev/zero";
    }
    std::vector<std::string> arguments;
    for (const std::string& argument : input.arguments) {
        arguments.push_back(argument == "{file}"  ? file.string()
                            : argument == "{kb}"  ? kb.path().string()
                            : argument == "{out}" ? (folder_ / "content.sqlite").string()
                                                  : argument);
    }
    const auto started = std::chrono::steady_clock::now();
    const auto run = test::runCliWithin(kDeadline, arguments);
    const auto took = std::chrono::steady_clock::now() - started;
    ASSERT_FALSE(run.timedOut) << "still running after " << kDeadline.count() << " s";
    EXPECT_EQ(run.exitStatus, 2) << run.err;
    const std::string named =
        input.refusedByType ? file.string() + ": " + describe(special) : file.filename().string();
    EXPECT_NE(run.err.find(named), std::string::npos) << "expected " << named << "\n" << run.err;
    EXPECT_TRUE(run.out.empty());
    EXPECT_FALSE(std::filesystem::exists(folder_ / "content.sqlite"));
    RecordProperty(
        "milliseconds",
        static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(took).count()));
}

INSTANTIATE_TEST_SUITE_P(
    EveryPathRead, SpecialFileInput,
    ::testing::Combine(
        ::testing::Values(
            InputCase{"TriageAnswers", {"triage", "{file}"}, ""},
            InputCase{"TriageBatch", {"triage", "--batch", "{file}"}, ""},
            InputCase{"FhirResponse", {"fhir", "response", "{file}"}, ""},
            InputCase{"FhirAnswers", {"fhir", "answers", "{file}"}, ""},
            InputCase{"ValidateKbManifest", {"validate", "--kb", "{kb}"}, "kb/kb.json"},
            InputCase{"TriageKbQuestions", {"triage", "--kb", "{kb}", "-"}, "kb/questions.json"},
            InputCase{"BuildContentExercises",
                      {"build-content", "--kb", "{kb}", "{out}"},
                      "content/exercises.json"},
            InputCase{"BuildContentPicture",
                      {"build-content", "--kb", "{kb}", "{out}"},
                      "content/illustrations/wall_sit.svg",
                      false}),
        ::testing::Values(Special::Fifo, Special::CharacterDevice)),
    [](const auto& info) {
        return std::get<0>(info.param).name +
               (std::get<1>(info.param) == Special::Fifo ? "_Fifo" : "_CharacterDevice");
    });

// Standard input stays a stream, held to the same size limit as a file.
TEST(SpecialFileInput, EndlessStandardInputIsCutAtTheSizeLimit) {
    const auto answers = test::runCliWithin(kDeadline, {"triage", "-"}, "/dev/zero");
    ASSERT_FALSE(answers.timedOut);
    EXPECT_EQ(answers.exitStatus, 2);
    EXPECT_NE(answers.err.find("<stdin>: "), std::string::npos) << answers.err;
    EXPECT_NE(answers.err.find("expected at most 1048576"), std::string::npos) << answers.err;
    const auto fhir = test::runCliWithin(kDeadline, {"fhir", "response", "-"}, "/dev/zero");
    ASSERT_FALSE(fhir.timedOut);
    EXPECT_EQ(fhir.exitStatus, 2);
    EXPECT_NE(fhir.err.find("<stdin>: more than 4194304 bytes"), std::string::npos) << fhir.err;
}

} // namespace
} // namespace kt
