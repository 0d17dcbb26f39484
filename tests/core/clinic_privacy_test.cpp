// The clinic file keeps patients private: nothing personal is on disk in clear, nothing can be
// read or written while locked, a wrong passphrase changes nothing, a new passphrase re-seals
// everything, a changed field is caught, and an erased patient leaves no trace in the file.
#include "kneetriage/store/clinic_store.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <string>

namespace kt {
namespace {

constexpr std::string_view kPassphrase = "correct horse battery";
constexpr std::string_view kName = "Zelda Quixote-Runner";
constexpr std::string_view kNotes = "half marathon in April, left knee";
constexpr std::string_view kAnswers = R"({"weight_bearing":"unable"})";

class ClinicPrivacyTest : public ::testing::Test {
  protected:
    void TearDown() override { std::filesystem::remove_all(folder_); }

    [[nodiscard]] ClinicStore newStore() const {
        ClinicStore store(file_, leastKeyWork());
        store.setPassphrase(kPassphrase);
        return store;
    }
    static std::int64_t addZelda(ClinicStore& store) {
        Patient patient;
        patient.reference = kName;
        patient.birthYear = 1987;
        patient.notes = kNotes;
        patient.createdAt = "2026-11-01T09:00:00Z";
        const std::int64_t id = store.addPatient(patient);
        Visit visit;
        static_cast<CheckRecord&>(visit) = CheckRecord{
            "2026-11-01T09:30:00Z", "1.2.0", std::string(kAnswers), "{}", "emergency", "fracture"};
        visit.patientId = id;
        visit.measuresJson = R"({"koos12":{"p1":3}})";
        store.addVisit(visit);
        return id;
    }
    static std::int64_t addPatientCalled(ClinicStore& store, std::string reference) {
        Patient patient;
        patient.reference = std::move(reference);
        patient.createdAt = "2026-11-02T09:00:00Z";
        return store.addPatient(patient);
    }
    // The file and its write-ahead log, as anyone who copies them would see them.
    [[nodiscard]] std::string bytesOnDisk() const {
        return test::bytesOf(file_) + test::bytesOf(file_.string() + "-wal");
    }
    static void raw(const std::filesystem::path& file, const std::string& sql) {
        Database database(file, Database::Mode::ReadWriteCreate);
        database.execute(sql);
    }

    std::filesystem::path folder_ = test::uniqueTempPath("kt-clinic-privacy");
    std::filesystem::path file_ = folder_ / "clinic.sqlite";
};

TEST_F(ClinicPrivacyTest, TheFileHoldsNoNameNotesOrAnswersInClear) {
    ClinicStore store = newStore();
    const std::int64_t id = addZelda(store);
    ASSERT_EQ(store.patient(id)->reference, kName);
    const std::string bytes = bytesOnDisk();
    ASSERT_GT(bytes.size(), 4096U);
    for (const std::string_view secret :
         {kName, std::string_view("Zelda"), kNotes, std::string_view("weight_bearing"),
          std::string_view("emergency"), std::string_view("fracture"), std::string_view("koos12"),
          std::string_view("1987")}) {
        EXPECT_EQ(bytes.find(secret), std::string::npos) << secret << " is readable in the file";
    }
}

TEST_F(ClinicPrivacyTest, NothingIsReadOrWrittenBeforeThePassphraseIsSetOrAfterLocking) {
    ClinicStore fresh(file_, leastKeyWork());
    EXPECT_FALSE(fresh.hasPassphrase());
    EXPECT_THROW((void)fresh.patients("", true), ClinicLocked);
    EXPECT_THROW(fresh.addPatient(Patient{}), ClinicLocked);
    fresh.setPassphrase(kPassphrase);
    const std::int64_t id = addZelda(fresh);
    fresh.lock();
    EXPECT_FALSE(fresh.isUnlocked());
    EXPECT_THROW((void)fresh.patient(id), ClinicLocked);
    EXPECT_THROW((void)fresh.visits(id), ClinicLocked);
    EXPECT_THROW(fresh.deletePatient(id), ClinicLocked);
}

TEST_F(ClinicPrivacyTest, AWrongPassphraseIsRefusedAndChangesNothing) {
    {
        ClinicStore store = newStore();
        addZelda(store);
    }
    const std::string before = bytesOnDisk();
    ClinicStore reopened(file_, leastKeyWork());
    EXPECT_TRUE(reopened.hasPassphrase());
    EXPECT_FALSE(reopened.unlock("correct horse battery!"));
    EXPECT_FALSE(reopened.isUnlocked());
    EXPECT_FALSE(reopened.changePassphrase("not the passphrase", "another passphrase"));
    EXPECT_THROW((void)reopened.patients("", true), ClinicLocked);
    EXPECT_EQ(bytesOnDisk(), before);
    EXPECT_TRUE(reopened.unlock(kPassphrase));
    EXPECT_EQ(reopened.patients("", true).at(0).reference, kName);
}

TEST_F(ClinicPrivacyTest, ANewPassphraseOpensEverythingAndTheOldOneNothing) {
    std::int64_t id = 0;
    {
        ClinicStore store = newStore();
        id = addZelda(store);
        ASSERT_TRUE(store.changePassphrase(kPassphrase, "a new clinic passphrase"));
        EXPECT_EQ(store.visits(id).at(0).answersJson, kAnswers);
    }
    ClinicStore reopened(file_, leastKeyWork());
    EXPECT_FALSE(reopened.unlock(kPassphrase));
    ASSERT_TRUE(reopened.unlock("a new clinic passphrase"));
    EXPECT_EQ(reopened.patient(id)->notes, kNotes);
    EXPECT_EQ(reopened.patient(id)->birthYear, 1987);
    EXPECT_EQ(reopened.visits(id).at(0).measuresJson, R"({"koos12":{"p1":3}})");
}

TEST_F(ClinicPrivacyTest, APassphraseChangeThatFailsPartWayKeepsTheOldPassphraseAndData) {
    std::int64_t zelda = 0;
    {
        ClinicStore store = newStore();
        zelda = addZelda(store);
        addPatientCalled(store, "Damaged Later");
    }
    // The last row cannot be opened, so re-sealing fails after the earlier rows were re-sealed.
    raw(file_, "UPDATE patients SET notes = x'00112233' WHERE reference <> '' AND id = "
               "(SELECT max(id) FROM patients)");
    ClinicStore store(file_, leastKeyWork());
    EXPECT_THROW((void)store.changePassphrase(kPassphrase, "a new clinic passphrase"),
                 DatabaseError);
    EXPECT_EQ(store.patient(zelda)->reference, kName) << "the old key is still in use";
    ClinicStore reopened(file_, leastKeyWork());
    EXPECT_FALSE(reopened.unlock("a new clinic passphrase"));
    ASSERT_TRUE(reopened.unlock(kPassphrase));
    EXPECT_EQ(reopened.visits(zelda).at(0).disposition, "emergency");
}

TEST_F(ClinicPrivacyTest, AFieldChangedOrMovedOutsideTheProgramIsUnreadableNotGuessed) {
    std::int64_t zelda = 0;
    std::int64_t other = 0;
    {
        ClinicStore store = newStore();
        zelda = addZelda(store);
        other = addPatientCalled(store, "Second Runner");
    }
    // Swap the sealed names of the two rows (each opens with the key, but only in its own row)
    // and change one byte of a sealed result.
    {
        Database database(file_, Database::Mode::ReadWriteCreate);
        const auto sealedName = [&](std::int64_t id) {
            auto query = database.prepare("SELECT reference FROM patients WHERE id = ?");
            query.bind(1, id).step();
            return query.bytes(0);
        };
        const std::string zeldas = sealedName(zelda);
        const std::string others = sealedName(other);
        auto update = database.prepare("UPDATE patients SET reference = ? WHERE id = ?");
        update.bindBytes(1, others).bind(2, zelda).run();
        update.bindBytes(1, zeldas).bind(2, other).run();
    }
    raw(file_, "UPDATE visits SET result_json = substr(result_json, 1, 30) || x'ff' || "
               "substr(result_json, 32)");
    ClinicStore store(file_, leastKeyWork());
    ASSERT_TRUE(store.unlock(kPassphrase));
    const std::vector<Patient> patients = store.patients("", true);
    ASSERT_EQ(patients.size(), 2U) << "an unreadable patient is still listed";
    for (const Patient& patient : patients) {
        EXPECT_TRUE(patient.unreadable);
        EXPECT_TRUE(patient.reference.empty());
    }
    const std::vector<Visit> visits = store.visits(zelda);
    ASSERT_EQ(visits.size(), 1U);
    EXPECT_TRUE(visits[0].unreadable);
    EXPECT_TRUE(visits[0].answersJson.empty());
    EXPECT_EQ(visits[0].createdAt, "2026-11-01T09:30:00Z");
}

TEST_F(ClinicPrivacyTest, AnErasedPatientAndTheirVisitsLeaveNoTraceInTheFile) {
    ClinicStore store = newStore();
    const std::int64_t zelda = addZelda(store);
    const std::int64_t keptId = addPatientCalled(store, "Kept Runner");
    const std::string sealedName = [&] {
        Database database(file_, Database::Mode::ReadOnly);
        auto query = database.prepare("SELECT reference FROM patients WHERE id = ?");
        query.bind(1, zelda).step();
        return query.bytes(0);
    }();
    ASSERT_EQ(sealedName.size(), 24U + kName.size() + 16U);
    ASSERT_NE(bytesOnDisk().find(sealedName), std::string::npos);
    EXPECT_TRUE(store.deletePatient(zelda));
    EXPECT_FALSE(store.patient(zelda).has_value());
    EXPECT_EQ(store.visitCount(zelda), 0);
    EXPECT_EQ(store.patient(keptId)->reference, "Kept Runner");
    EXPECT_EQ(bytesOnDisk().find(sealedName), std::string::npos)
        << "the erased row's sealed bytes are still in the file";
    EXPECT_FALSE(store.deletePatient(zelda));
}

TEST_F(ClinicPrivacyTest, AVersionOneFileInClearIsSealedWhenItsPassphraseIsSet) {
    std::filesystem::create_directories(folder_);
    {
        Database old(file_, Database::Mode::ReadWriteCreate);
        old.execute(R"sql(
CREATE TABLE patients (id INTEGER PRIMARY KEY AUTOINCREMENT, reference TEXT NOT NULL,
    birth_year INTEGER, notes TEXT NOT NULL DEFAULT '', archived INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL);
CREATE TABLE visits (id INTEGER PRIMARY KEY AUTOINCREMENT,
    patient_id INTEGER NOT NULL REFERENCES patients(id), created_at TEXT NOT NULL,
    kb_version TEXT NOT NULL, answers_json TEXT NOT NULL, result_json TEXT NOT NULL,
    measures_json TEXT NOT NULL, disposition TEXT NOT NULL, top_condition TEXT NOT NULL);
CREATE INDEX visits_by_patient ON visits(patient_id, created_at);
INSERT INTO patients (reference, birth_year, notes, created_at)
    VALUES ('Zelda Quixote-Runner', 1987, 'half marathon in April, left knee',
            '2026-11-01T09:00:00Z');
INSERT INTO visits (patient_id, created_at, kb_version, answers_json, result_json,
    measures_json, disposition, top_condition)
    VALUES (1, '2026-11-01T09:30:00Z', '1.2.0', '{"weight_bearing":"unable"}', '{}', '{}',
            'emergency', 'fracture');
PRAGMA user_version = 1;)sql");
    }
    ClinicStore store(file_, leastKeyWork());
    EXPECT_FALSE(store.notice().has_value());
    ASSERT_FALSE(store.hasPassphrase());
    store.setPassphrase(kPassphrase);
    EXPECT_EQ(store.patient(1)->reference, kName);
    EXPECT_EQ(store.patient(1)->birthYear, 1987);
    EXPECT_EQ(store.visits(1).at(0).answersJson, kAnswers);
    const std::string bytes = bytesOnDisk();
    EXPECT_EQ(bytes.find("Zelda"), std::string::npos);
    EXPECT_EQ(bytes.find("weight_bearing"), std::string::npos);
}

TEST_F(ClinicPrivacyTest, AShortPassphraseIsRefusedAndNothingIsSet) {
    ClinicStore store(file_, leastKeyWork());
    EXPECT_THROW(store.setPassphrase("short"), std::invalid_argument);
    EXPECT_FALSE(store.hasPassphrase());
    EXPECT_FALSE(store.isUnlocked());
}

TEST_F(ClinicPrivacyTest, AKeyRecordAskingForHugeWorkIsRefusedNotObeyed) {
    { ClinicStore store = newStore(); }
    raw(file_, "UPDATE clinic_key SET ops_limit = 1000000000000");
    ClinicStore store(file_, leastKeyWork());
    EXPECT_THROW((void)store.unlock(kPassphrase), CryptoError);
    raw(file_, "UPDATE clinic_key SET ops_limit = 1, mem_limit = 1099511627776");
    EXPECT_THROW((void)store.unlock(kPassphrase), CryptoError);
    EXPECT_FALSE(store.isUnlocked());
}

} // namespace
} // namespace kt
