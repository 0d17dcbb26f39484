// The clinic's patients, in the file and on the practice server alike: patients found by what
// the clinician types, archived ones kept out of the everyday list, visits counted per patient,
// and the file readable by its owner only.
#include "clinic_places.h"
#include "kneetriage/store/clinic_store.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <vector>

namespace kt {
namespace {

using test::ClinicPlace;

class ClinicStoreTest : public test::ClinicPlaceTest {
  protected:
    static std::vector<std::string> references(const std::vector<Patient>& patients) {
        std::vector<std::string> found;
        for (const Patient& patient : patients) {
            found.push_back(patient.reference);
        }
        return found;
    }
    static Patient patientCalled(std::string reference, std::string createdAt,
                                 std::string notes = {}) {
        Patient patient;
        patient.reference = std::move(reference);
        patient.notes = std::move(notes);
        patient.createdAt = std::move(createdAt);
        return patient;
    }
    static Visit visitOf(std::int64_t patientId, std::string createdAt) {
        Visit visit;
        static_cast<CheckRecord&>(visit) =
            CheckRecord{std::move(createdAt), "1.2.0", "{}", "{}", "self_care", "pfp"};
        visit.patientId = patientId;
        visit.measuresJson = "{}";
        return visit;
    }
};

INSTANTIATE_TEST_SUITE_P(BothPlaces, ClinicStoreTest,
                         ::testing::Values(ClinicPlace::File, ClinicPlace::Server),
                         test::placeName);

TEST(ClinicFileTest, CreatesItsFolderAndAFileOnlyItsOwnerCanRead) {
    const std::filesystem::path folder = test::uniqueTempPath("kt-clinic");
    const std::filesystem::path file = folder / "not" / "yet" / "there" / "clinic.sqlite";
    {
        ClinicStore store(file, leastKeyWork());
        store.setPassphrase("correct horse battery");
        EXPECT_FALSE(store.notice().has_value());
    }
    struct stat status {};
    EXPECT_EQ(::stat(file.c_str(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777U, 0600U);
    std::filesystem::remove_all(folder);
}

TEST_P(ClinicStoreTest, AddedPatientIsReadBackWithEveryField) {
    ClinicStore store = unlockedStore();
    Patient added = patientCalled("R. Runner", "2026-11-01T09:00:00Z", "left knee, marathon");
    added.birthYear = 1990;
    added.id = store.addPatient(added);
    const std::optional<Patient> read = store.patient(added.id);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->reference, "R. Runner");
    EXPECT_EQ(read->birthYear, 1990);
    EXPECT_EQ(read->notes, "left knee, marathon");
    EXPECT_FALSE(read->archived);
    EXPECT_EQ(read->createdAt, "2026-11-01T09:00:00Z");
    EXPECT_FALSE(store.patient(added.id + 100).has_value());
}

TEST_P(ClinicStoreTest, SearchMatchesReferenceOrNotesWhateverTheCaseNewestFirst) {
    ClinicStore store = unlockedStore();
    store.addPatient(patientCalled("Ann Smith", "2026-11-01T09:00:00Z"));
    store.addPatient(patientCalled("Bob Jones", "2026-11-02T09:00:00Z", "ran with SMITHs club"));
    store.addPatient(patientCalled("Cy Brown", "2026-11-03T09:00:00Z"));
    EXPECT_EQ(references(store.patients("smith", false)),
              (std::vector<std::string>{"Bob Jones", "Ann Smith"}));
    EXPECT_EQ(references(store.patients("", false)),
              (std::vector<std::string>{"Cy Brown", "Bob Jones", "Ann Smith"}));
    EXPECT_TRUE(store.patients("nobody", false).empty());
}

TEST_P(ClinicStoreTest, SearchTextIsLiteralNotAPattern) {
    ClinicStore store = unlockedStore();
    store.addPatient(patientCalled("100% fit", "2026-11-01T09:00:00Z"));
    store.addPatient(patientCalled("1000 fit", "2026-11-02T09:00:00Z"));
    store.addPatient(patientCalled("a_b", "2026-11-03T09:00:00Z"));
    store.addPatient(patientCalled("axb", "2026-11-04T09:00:00Z"));
    EXPECT_EQ(references(store.patients("0%", false)), std::vector<std::string>{"100% fit"});
    EXPECT_EQ(references(store.patients("a_b", false)), std::vector<std::string>{"a_b"});
}

TEST_P(ClinicStoreTest, ArchivedPatientIsListedOnlyWhenAskedForAndCanReturn) {
    ClinicStore store = unlockedStore();
    const std::int64_t kept = store.addPatient(patientCalled("Kept", "2026-11-01T09:00:00Z"));
    const std::int64_t gone = store.addPatient(patientCalled("Gone", "2026-11-02T09:00:00Z"));
    store.setArchived(gone, true);
    EXPECT_EQ(references(store.patients("", false)), std::vector<std::string>{"Kept"});
    EXPECT_EQ(references(store.patients("", true)), (std::vector<std::string>{"Gone", "Kept"}));
    EXPECT_TRUE(store.patient(gone)->archived);
    EXPECT_FALSE(store.patient(kept)->archived);
    store.setArchived(gone, false);
    EXPECT_EQ(references(store.patients("", false)), (std::vector<std::string>{"Gone", "Kept"}));
}

TEST_P(ClinicStoreTest, VisitsAreCountedAndListedPerPatientOldestFirst) {
    ClinicStore store = unlockedStore();
    const std::int64_t ann = store.addPatient(patientCalled("Ann", "2026-11-01T09:00:00Z"));
    const std::int64_t bob = store.addPatient(patientCalled("Bob", "2026-11-01T10:00:00Z"));
    store.addVisit(visitOf(ann, "2026-11-15T09:00:00Z"));
    store.addVisit(visitOf(ann, "2026-11-01T09:00:00Z"));
    store.addVisit(visitOf(bob, "2026-11-02T09:00:00Z"));
    EXPECT_EQ(store.visitCount(ann), 2);
    EXPECT_EQ(store.visitCount(bob), 1);
    EXPECT_EQ(store.visitCount(bob + 100), 0);
    const std::vector<Patient> listed = store.patients("", false); // newest first
    ASSERT_EQ(listed.size(), 2U);
    EXPECT_EQ(listed[0].visitCount, 1);
    EXPECT_EQ(listed[1].visitCount, 2);
    const std::vector<Visit> visits = store.visits(ann);
    ASSERT_EQ(visits.size(), 2U);
    EXPECT_EQ(visits[0].createdAt, "2026-11-01T09:00:00Z");
    EXPECT_EQ(visits[1].createdAt, "2026-11-15T09:00:00Z");
    EXPECT_EQ(visits[0].patientId, ann);
    EXPECT_EQ(visits[0].disposition, "self_care");
}

TEST_P(ClinicStoreTest, PatientsAndVisitsSurviveReopening) {
    std::int64_t ann = 0;
    {
        ClinicStore store = unlockedStore();
        ann = store.addPatient(patientCalled("Ann", "2026-11-01T09:00:00Z"));
        store.addVisit(visitOf(ann, "2026-11-01T09:00:00Z"));
    }
    ClinicStore reopened = unlockedStore();
    EXPECT_FALSE(reopened.notice().has_value());
    EXPECT_EQ(references(reopened.patients("", false)), std::vector<std::string>{"Ann"});
    EXPECT_EQ(reopened.visitCount(ann), 1);
}

TEST_P(ClinicStoreTest, ALockedClinicReadsAndWritesNothingAndAWrongPassphraseIsRefused) {
    std::int64_t ann = 0;
    {
        ClinicStore store = unlockedStore();
        ann = store.addPatient(patientCalled("Ann", "2026-11-01T09:00:00Z"));
        store.lock();
        EXPECT_THROW((void)store.patient(ann), ClinicLocked);
        EXPECT_THROW(store.addVisit(visitOf(ann, "2026-11-02T09:00:00Z")), ClinicLocked);
    }
    ClinicStore other = openStore();
    EXPECT_TRUE(other.hasPassphrase());
    EXPECT_FALSE(other.unlock("correct horse battery!"));
    EXPECT_THROW((void)other.patients("", true), ClinicLocked);
    ASSERT_TRUE(other.unlock(kPassphrase));
    EXPECT_EQ(other.visitCount(ann), 0);
    EXPECT_EQ(other.patient(ann)->reference, "Ann");
}

TEST_P(ClinicStoreTest, ANewPassphraseOpensEverythingAndTheOldOneNothing) {
    std::int64_t ann = 0;
    {
        ClinicStore store = unlockedStore();
        ann = store.addPatient(patientCalled("Ann", "2026-11-01T09:00:00Z", "left knee"));
        store.addVisit(visitOf(ann, "2026-11-02T09:00:00Z"));
        ASSERT_TRUE(store.changePassphrase(kPassphrase, "a new clinic passphrase"));
    }
    ClinicStore other = openStore();
    EXPECT_FALSE(other.unlock(kPassphrase));
    ASSERT_TRUE(other.unlock("a new clinic passphrase"));
    EXPECT_EQ(other.patient(ann)->notes, "left knee");
    EXPECT_EQ(other.visits(ann).at(0).disposition, "self_care");
}

TEST_P(ClinicStoreTest, AnEditFromTheLatestReadingIsSavedAndCanBeFollowedByAnother) {
    ClinicStore store = unlockedStore();
    const std::int64_t id = store.addPatient(patientCalled("Ann", "2026-11-01T09:00:00Z"));
    Patient read = *store.patient(id);
    Patient edited = read;
    edited.birthYear = 1990;
    EXPECT_FALSE(store.updatePatient(read, edited).has_value());
    read = *store.patient(id);
    EXPECT_EQ(read.birthYear, 1990);
    edited = read;
    edited.notes = "right knee";
    EXPECT_FALSE(store.updatePatient(read, edited).has_value());
    EXPECT_EQ(store.patient(id)->notes, "right knee");
    EXPECT_EQ(store.patient(id)->birthYear, 1990);
}

TEST_P(ClinicStoreTest, TheSecondSeatToEditAPatientIsToldWhatChangedAndOverwritesNothing) {
    ClinicStore reception = unlockedStore();
    ClinicStore room3 = unlockedStore();
    const std::int64_t id = reception.addPatient(patientCalled("Ann", "2026-11-01T09:00:00Z"));
    const Patient atReception = *reception.patient(id);
    const Patient inRoom3 = *room3.patient(id);
    Patient receptionEdit = atReception;
    receptionEdit.notes = "phoned: pain worse";
    ASSERT_FALSE(reception.updatePatient(atReception, receptionEdit).has_value());
    Patient room3Edit = inRoom3;
    room3Edit.reference = "Ann Smith";
    const std::optional<PatientConflict> conflict = room3.updatePatient(inRoom3, room3Edit);
    ASSERT_TRUE(conflict.has_value()) << "room 3 overwrote reception's save";
    EXPECT_EQ(conflict->changed, std::vector<std::string>{"notes"});
    EXPECT_EQ(conflict->saved.notes, "phoned: pain worse");
    const Patient stored = *room3.patient(id);
    EXPECT_EQ(stored.reference, "Ann");
    EXPECT_EQ(stored.notes, "phoned: pain worse");
}

TEST(PatientEdit, AnEditCarriedOverKeepsWhatThisSeatChangedAndTakesTheRestFromTheNewerSave) {
    Patient read;
    read.id = 7;
    read.version = 1;
    read.reference = "Ann";
    read.birthYear = 1980;
    read.notes = "Left knee";
    Patient edited = read;
    edited.reference = "Ann Jones";
    Patient saved = read;
    saved.version = 2;
    saved.notes = "Right knee, room 3";
    saved.birthYear = 1981;
    const Patient carried = carryEditOver(read, edited, saved);
    EXPECT_EQ(carried.reference, "Ann Jones");
    EXPECT_EQ(carried.notes, "Right knee, room 3");
    EXPECT_EQ(carried.birthYear, 1981);
    EXPECT_EQ(carried.version, 2); // saved over the newer save, not the old reading
}

TEST_P(ClinicStoreTest, TwoSeatsAddingVisitsToOnePatientAtOnceBothSucceed) {
    ClinicStore reception = unlockedStore();
    ClinicStore room3 = unlockedStore();
    const std::int64_t id = reception.addPatient(patientCalled("Ann", "2026-11-01T09:00:00Z"));
    constexpr int kEach = 25;
    const auto addVisits = [&](ClinicStore& seat, const std::string& day) {
        for (int i = 0; i < kEach; ++i) {
            seat.addVisit(visitOf(id, day));
        }
    };
    std::thread other([&] { addVisits(room3, "2026-11-03T09:00:00Z"); });
    addVisits(reception, "2026-11-02T09:00:00Z");
    other.join();
    EXPECT_EQ(reception.visitCount(id), 2 * kEach);
    EXPECT_EQ(room3.visits(id).size(), 2U * kEach);
}

} // namespace
} // namespace kt
