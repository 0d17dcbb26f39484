// Seats of one clinic see each other's changes: every write by one seat (to a patient or a
// visit) moves the revision every other seat polls, and reading moves it for nobody, in the file
// and on the practice server alike.
#include "clinic_places.h"
#include "kneetriage/store/clinic_store.h"

#include <functional>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace kt {
namespace {

using test::ClinicPlace;

class ClinicRevisionTest : public test::ClinicPlaceTest {
  protected:
    static Patient patientCalled(std::string reference) {
        Patient patient;
        patient.reference = std::move(reference);
        patient.createdAt = "2026-11-01T09:00:00Z";
        return patient;
    }
};

INSTANTIATE_TEST_SUITE_P(BothPlaces, ClinicRevisionTest,
                         ::testing::Values(ClinicPlace::File, ClinicPlace::Server),
                         test::placeName);

TEST_P(ClinicRevisionTest, ReadingMovesNoSeatsRevision) {
    ClinicStore reception = unlockedStore();
    ClinicStore room3 = unlockedStore();
    const std::int64_t id = reception.addPatient(patientCalled("Ann"));
    const std::int64_t seen = room3.revision();
    const std::int64_t own = reception.revision();
    for (ClinicStore* seat : {&reception, &room3}) {
        EXPECT_EQ(seat->patients("", true).size(), 1U);
        EXPECT_TRUE(seat->patient(id).has_value());
        EXPECT_TRUE(seat->visits(id).empty());
        EXPECT_EQ(seat->visitCount(id), 0);
        EXPECT_TRUE(seat->hasPassphrase());
    }
    EXPECT_EQ(room3.revision(), seen);
    EXPECT_EQ(reception.revision(), own);
}

TEST_P(ClinicRevisionTest, EveryKindOfWriteByOneSeatMovesTheOthersRevision) {
    ClinicStore reception = unlockedStore();
    ClinicStore room3 = unlockedStore();
    const std::int64_t ann = reception.addPatient(patientCalled("Ann"));
    Visit visit;
    visit.patientId = ann;
    visit.createdAt = "2026-11-02T09:00:00Z";
    visit.kbVersion = "1.2.0";
    const std::vector<std::pair<std::string, std::function<void()>>> writes{
        {"add a patient", [&] { reception.addPatient(patientCalled("Bea")); }},
        {"add a visit", [&] { reception.addVisit(visit); }},
        {"edit a patient",
         [&] {
             const Patient read = *reception.patient(ann);
             Patient edited = read;
             edited.notes = "phoned";
             EXPECT_FALSE(reception.updatePatient(read, edited).has_value());
         }},
        {"archive a patient", [&] { reception.setArchived(ann, true); }},
        {"delete a patient", [&] { reception.deletePatient(ann); }},
    };
    for (const auto& [what, write] : writes) {
        const std::int64_t seen = room3.revision();
        const std::int64_t own = reception.revision();
        write();
        EXPECT_NE(room3.revision(), seen) << what;
        EXPECT_NE(reception.revision(), own) << what << " (the writing seat's own)";
    }
}

TEST_P(ClinicRevisionTest, TheFirstWriteToANewClinicMovesItForALockedSeatToo) {
    ClinicStore reception = openStore();
    ClinicStore locked = openStore();
    const std::int64_t seen = locked.revision();
    reception.setPassphrase(kPassphrase);
    const std::int64_t afterFirst = locked.revision();
    EXPECT_NE(afterFirst, seen);
    reception.addPatient(patientCalled("Ann"));
    EXPECT_NE(locked.revision(), afterFirst);
}

} // namespace
} // namespace kt
