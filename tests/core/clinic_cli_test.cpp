// kneetriage-cli clinic, on a clinic file and on the practice server alike: a practice's script
// sets the clinic up, adds patients and lists them, one JSON line each; a wrong passphrase or a
// bad command line exits 2 and changes nothing; FHIR intakes are imported as a patient's visits
// and the visits exported as CSV, the same on both.
#include "clinic_places.h"
#include "test_support.h"

#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

namespace kt {
namespace {

using test::ClinicPlace;
using namespace std::chrono_literals;

class ClinicCliTest : public test::ClinicPlaceTest {
  protected:
    void TearDown() override {
        ::unsetenv("KT_CLINIC_PASSPHRASE");
        ClinicPlaceTest::TearDown();
    }
    [[nodiscard]] std::vector<std::string> where() const {
        return GetParam() == ClinicPlace::File
                   ? std::vector<std::string>{"clinic", "--db", file_.string()}
                   : std::vector<std::string>{"clinic", "--server", conninfo_};
    }
    [[nodiscard]] test::CommandResult clinic(std::vector<std::string> words,
                                             const std::filesystem::path& input = "/dev/null") {
        std::vector<std::string> arguments = where();
        arguments.insert(arguments.end(), words.begin(), words.end());
        return test::runCliWithin(60s, arguments, input);
    }
};

INSTANTIATE_TEST_SUITE_P(BothPlaces, ClinicCliTest,
                         ::testing::Values(ClinicPlace::File, ClinicPlace::Server),
                         test::placeName);

TEST_P(ClinicCliTest, AddedPatientsAreListedOneJsonLineEachWithTheirVisitCount) {
    ::setenv("KT_CLINIC_PASSPHRASE", "correct horse battery", 1);
    ASSERT_EQ(clinic({"init"}).exitStatus, 0);
    const test::CommandResult added = clinic({"add-patient", "Ann Smith", "--born", "1987"});
    ASSERT_EQ(added.exitStatus, 0) << added.err;
    ASSERT_EQ(clinic({"add-patient", "Bob"}).exitStatus, 0);
    const test::CommandResult listed = clinic({"patients"});
    ASSERT_EQ(listed.exitStatus, 0) << listed.err;
    // A script reads stderr for problems: the server's notices are not problems.
    EXPECT_EQ(listed.err, "");
    EXPECT_EQ(added.err, "");
    std::vector<nlohmann::json> lines;
    std::istringstream stream(listed.out);
    for (std::string line; std::getline(stream, line);) {
        lines.push_back(nlohmann::json::parse(line));
    }
    ASSERT_EQ(lines.size(), 2U) << listed.out;
    const nlohmann::json& ann = lines[0]["reference"] == "Ann Smith" ? lines[0] : lines[1];
    const nlohmann::json& bob = lines[0]["reference"] == "Bob" ? lines[0] : lines[1];
    EXPECT_EQ(ann["birth_year"], 1987);
    EXPECT_EQ(ann["visits"], 0);
    EXPECT_EQ(ann["id"], nlohmann::json::parse(added.out)["id"]);
    EXPECT_TRUE(bob["birth_year"].is_null());
}

TEST_P(ClinicCliTest, AWrongPassphraseOnStandardInputExitsTwoAndListsNothing) {
    ::setenv("KT_CLINIC_PASSPHRASE", "correct horse battery", 1);
    ASSERT_EQ(clinic({"add-patient", "Ann Smith"}).exitStatus, 0);
    ::unsetenv("KT_CLINIC_PASSPHRASE");
    const std::filesystem::path input = test::uniqueTempPath("kt-clinic-passphrase");
    std::ofstream(input) << "not the passphrase\n";
    const test::CommandResult listed = clinic({"patients"}, input);
    std::filesystem::remove(input);
    EXPECT_EQ(listed.exitStatus, 2);
    EXPECT_EQ(listed.out, "");
    EXPECT_NE(listed.err.find("passphrase is wrong"), std::string::npos) << listed.err;
}

TEST_P(ClinicCliTest, ABadCommandLineExitsTwoWithoutOpeningTheClinic) {
    EXPECT_EQ(clinic({"add-patient"}).exitStatus, 2);
    EXPECT_EQ(clinic({"patients", "--born", "1987"}).exitStatus, 2);
    EXPECT_EQ(clinic({"add-patient", "Ann", "--born", "nineteen"}).exitStatus, 2);
    EXPECT_EQ(test::runCliWithin(60s, {"clinic", "patients"}).exitStatus, 2);
    EXPECT_FALSE(std::filesystem::exists(file_));
}

TEST_P(ClinicCliTest, ImportedFhirIntakesBecomeVisitsThatExportAsCsv) {
    ::setenv("KT_CLINIC_PASSPHRASE", "correct horse battery", 1);
    ASSERT_EQ(clinic({"add-patient", "Ann Smith"}).exitStatus, 0);
    ASSERT_EQ(clinic({"add-patient", "Bob"}).exitStatus, 0);
    const std::string fhir = std::string(KT_TEST_DATA_DIR) + "/fhir/";
    const test::CommandResult imported =
        clinic({"import-fhir", "--patient", "Ann Smith", "--kb", KT_DATA_DIR,
                fhir + "every_answer_type.response.json", fhir + "every_answer_type.answers.json"});
    // The answers document is not a QuestionnaireResponse: said, and the good file kept.
    EXPECT_EQ(imported.exitStatus, 1) << imported.err;
    EXPECT_NE(imported.err.find("every_answer_type.answers.json"), std::string::npos);
    EXPECT_NE(imported.out.find(R"("visit":)"), std::string::npos) << imported.out;
    EXPECT_NE(clinic({"patients"}).out.find(R"("reference":"Ann Smith","visits":1)"),
              std::string::npos);

    const test::CommandResult csv = clinic({"export-csv", "Ann Smith", "--kb", KT_DATA_DIR});
    ASSERT_EQ(csv.exitStatus, 0) << csv.err;
    std::istringstream lines(csv.out);
    std::string header;
    std::string row;
    std::getline(lines, header);
    std::getline(lines, row);
    EXPECT_EQ(header.rfind("patient,date,disposition,most_likely", 0), 0U) << csv.out;
    // Dated when the response says it was written, triaged with today's knowledge base.
    EXPECT_EQ(row.rfind("Ann Smith,2026-03-14T09:40:12+01:00,", 0), 0U) << csv.out;
    EXPECT_FALSE(std::getline(lines, row)) << csv.out;
    // A patient without visits: the header alone.
    const std::string bob = clinic({"export-csv", "Bob", "--kb", KT_DATA_DIR}).out;
    EXPECT_EQ(bob, header + "\n");
}

TEST_P(ClinicCliTest, AnImportForAPatientWhoIsNotThereExitsTwoAndAddsNothing) {
    ::setenv("KT_CLINIC_PASSPHRASE", "correct horse battery", 1);
    ASSERT_EQ(clinic({"add-patient", "Ann Smith"}).exitStatus, 0);
    const test::CommandResult imported =
        clinic({"import-fhir", "--patient", "Ann", "--kb", KT_DATA_DIR,
                std::string(KT_TEST_DATA_DIR) + "/fhir/every_answer_type.response.json"});
    EXPECT_EQ(imported.exitStatus, 2);
    EXPECT_NE(imported.err.find("0 patients have the reference 'Ann'"), std::string::npos)
        << imported.err;
    EXPECT_NE(clinic({"patients"}).out.find(R"("visits":0)"), std::string::npos);
    EXPECT_EQ(clinic({"export-csv", "Ann"}).exitStatus, 2);
}

} // namespace
} // namespace kt
