// kneetriage-cli clinic copy: a practice moves its clinic file onto the server and back, and
// both sides print the same counts and digest of the opened fields; every name, note and answer
// arrives; a target that already has patients is refused and left as it was.
#include "clinic_places.h"
#include "test_support.h"

#include <cstdlib>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

namespace kt {
namespace {

using test::ClinicPlace;
using namespace std::chrono_literals;

// Runs on the server place only: it needs the test server and a file both.
class ClinicCopyTest : public test::ClinicPlaceTest {
  protected:
    void SetUp() override {
        ClinicPlaceTest::SetUp();
        ::setenv("KT_CLINIC_PASSPHRASE", kPassphrase.data(), 1);
    }
    void TearDown() override {
        ::unsetenv("KT_CLINIC_PASSPHRASE");
        ::unsetenv("KT_CLINIC_TARGET_PASSPHRASE");
        ClinicPlaceTest::TearDown();
    }
    // A clinic file with an archived patient and one with two visits, notes and a birth year.
    void fillFile() const {
        ClinicStore store(file_, leastKeyWork());
        store.setPassphrase(kPassphrase);
        Patient ann;
        ann.reference = "Ann Smith";
        ann.birthYear = 1987;
        ann.notes = "left knee, since May";
        ann.createdAt = "2026-01-02T10:00:00Z";
        ann.id = store.addPatient(ann);
        Patient bob;
        bob.reference = "Bob Jones";
        bob.archived = true;
        bob.createdAt = "2026-01-03T10:00:00Z";
        store.addPatient(bob);
        for (const char* day : {"2026-01-04T09:00:00Z", "2026-02-04T09:00:00Z"}) {
            Visit visit;
            visit.patientId = ann.id;
            visit.createdAt = day;
            visit.kbVersion = "kb-1";
            visit.answersJson = R"({"pain_site":"front"})";
            visit.resultJson = R"({"disposition":"self_care"})";
            visit.measuresJson = R"({"kujala":{"q1":2}})";
            visit.disposition = "self_care";
            visit.topCondition = "Patellofemoral pain";
            store.addVisit(visit);
        }
    }
    // The two summary lines of a copy: from, to.
    static std::vector<nlohmann::json> summaries(const test::CommandResult& copied) {
        std::vector<nlohmann::json> lines;
        std::istringstream stream(copied.out);
        for (std::string line; std::getline(stream, line);) {
            lines.push_back(nlohmann::json::parse(line));
        }
        return lines;
    }
};

INSTANTIATE_TEST_SUITE_P(FileAndServer, ClinicCopyTest, ::testing::Values(ClinicPlace::Server),
                         test::placeName);

TEST_P(ClinicCopyTest, AClinicCopiedToTheServerAndBackKeepsEveryFieldAndTheSameDigest) {
    fillFile();
    const test::CommandResult there =
        test::runCliWithin(60s, {"clinic", "--db", file_.string(), "copy", "--to", conninfo()});
    ASSERT_EQ(there.exitStatus, 0) << there.err;
    const std::vector<nlohmann::json> thereLines = summaries(there);
    ASSERT_EQ(thereLines.size(), 2U) << there.out;
    EXPECT_EQ(thereLines[0]["patients"], 2);
    EXPECT_EQ(thereLines[0]["visits"], 2);
    EXPECT_EQ(thereLines[0]["digest"], thereLines[1]["digest"]);

    // Back into a new file under another passphrase.
    const std::filesystem::path back = folder_ / "back.sqlite";
    ::setenv("KT_CLINIC_TARGET_PASSPHRASE", "another long passphrase", 1);
    const test::CommandResult returned =
        test::runCliWithin(60s, {"clinic", "--server", conninfo(), "copy", "--to", back.string()});
    ASSERT_EQ(returned.exitStatus, 0) << returned.err;
    const std::vector<nlohmann::json> backLines = summaries(returned);
    ASSERT_EQ(backLines.size(), 2U) << returned.out;
    for (const char* key : {"patients", "visits", "digest"}) {
        EXPECT_EQ(backLines[0][key], thereLines[0][key]) << key;
        EXPECT_EQ(backLines[1][key], thereLines[0][key]) << key;
    }

    ClinicStore copy(back, leastKeyWork());
    ASSERT_TRUE(copy.unlock("another long passphrase"));
    const std::vector<Patient> patients = copy.patients("", true);
    ASSERT_EQ(patients.size(), 2U);
    const Patient& ann = patients[1];
    EXPECT_EQ(ann.reference, "Ann Smith");
    EXPECT_EQ(ann.birthYear, 1987);
    EXPECT_EQ(ann.notes, "left knee, since May");
    EXPECT_TRUE(patients[0].archived);
    const std::vector<Visit> visits = copy.visits(ann.id);
    ASSERT_EQ(visits.size(), 2U);
    EXPECT_EQ(visits[1].createdAt, "2026-02-04T09:00:00Z");
    EXPECT_EQ(visits[1].answersJson, R"({"pain_site":"front"})");
    EXPECT_EQ(visits[1].measuresJson, R"({"kujala":{"q1":2}})");
    EXPECT_EQ(visits[1].topCondition, "Patellofemoral pain");
}

TEST_P(ClinicCopyTest, ACopyIntoAServerThatHasPatientsIsRefusedAndChangesNothing) {
    fillFile();
    {
        ClinicStore server = unlockedStore();
        Patient carla;
        carla.reference = "Carla";
        carla.createdAt = "2026-03-01T10:00:00Z";
        server.addPatient(carla);
    }
    const test::CommandResult copied =
        test::runCliWithin(60s, {"clinic", "--db", file_.string(), "copy", "--to", conninfo()});
    EXPECT_EQ(copied.exitStatus, 2);
    EXPECT_NE(copied.err.find("already has patients"), std::string::npos) << copied.err;
    ClinicStore server = unlockedStore();
    const std::vector<Patient> patients = server.patients("", true);
    ASSERT_EQ(patients.size(), 1U);
    EXPECT_EQ(patients[0].reference, "Carla");
}

TEST_P(ClinicCopyTest, ACopyWithoutATargetOrWithAWrongSourcePassphraseExitsTwo) {
    fillFile();
    EXPECT_EQ(test::runCliWithin(60s, {"clinic", "--db", file_.string(), "copy"}).exitStatus, 2);
    ::setenv("KT_CLINIC_PASSPHRASE", "not the passphrase", 1);
    EXPECT_EQ(
        test::runCliWithin(60s, {"clinic", "--db", file_.string(), "copy", "--to", conninfo()})
            .exitStatus,
        2);
    ClinicStore server = unlockedStore();
    EXPECT_TRUE(server.patients("", true).empty());
}

} // namespace
} // namespace kt
