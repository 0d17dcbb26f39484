// One seat changes the clinic passphrase while another is still unlocked with the old key: the
// other seat must write nothing sealed with the old key (it would open for no one), lock, and
// say why, in the file and on the practice server alike.
#include "clinic_places.h"
#include "kneetriage/store/clinic_store.h"

#include <atomic>
#include <functional>
#include <gtest/gtest.h>
#include <string>
#include <thread>
#include <vector>

namespace kt {
namespace {

using test::ClinicPlace;

constexpr std::string_view kNewPassphrase = "a new clinic passphrase";

class ClinicPassphraseChangeTest : public test::ClinicPlaceTest {
  protected:
    static Patient ann() {
        Patient patient;
        patient.reference = "Ann";
        patient.notes = "left knee";
        patient.createdAt = "2026-11-01T09:00:00Z";
        return patient;
    }
    static Visit visitOf(std::int64_t patientId) {
        Visit visit;
        static_cast<CheckRecord&>(visit) =
            CheckRecord{"2026-11-02T09:00:00Z", "1.2.0", "{}", "{}", "self_care", "pfp"};
        visit.patientId = patientId;
        visit.measuresJson = "{}";
        return visit;
    }
    // Expects `write` to throw ClinicLocked saying the passphrase changed, and `seat` locked.
    static void expectLockedBecauseChanged(ClinicStore& seat, const std::function<void()>& write) {
        try {
            write();
            ADD_FAILURE() << "the seat wrote (or read) with the old key";
        } catch (const ClinicLocked& locked) {
            EXPECT_NE(std::string(locked.what()).find("passphrase was changed on another computer"),
                      std::string::npos)
                << locked.what();
        }
        EXPECT_FALSE(seat.isUnlocked());
    }
};

INSTANTIATE_TEST_SUITE_P(BothPlaces, ClinicPassphraseChangeTest,
                         ::testing::Values(ClinicPlace::File, ClinicPlace::Server),
                         test::placeName);

TEST_P(ClinicPassphraseChangeTest, EveryWriteFromASeatStillOnTheOldKeyWritesNothingAndLocksIt) {
    ClinicStore reception = unlockedStore();
    const std::int64_t id = reception.addPatient(ann());
    reception.addVisit(visitOf(id));
    const std::vector<std::pair<std::string, std::function<void(ClinicStore&, const Patient&)>>>
        writes{
            {"addPatient", [](ClinicStore& seat, const Patient&) { seat.addPatient(ann()); }},
            {"addVisit", [id](ClinicStore& seat, const Patient&) { seat.addVisit(visitOf(id)); }},
            {"updatePatient",
             [](ClinicStore& seat, const Patient& read) {
                 Patient edited = read;
                 edited.notes = "written with the old key";
                 static_cast<void>(seat.updatePatient(read, edited));
             }},
            {"setArchived",
             [id](ClinicStore& seat, const Patient&) { seat.setArchived(id, true); }},
            {"deletePatient", [id](ClinicStore& seat, const Patient&) { seat.deletePatient(id); }},
            {"fillEmptyClinic", [](ClinicStore& seat, const Patient&) {
                 seat.fillEmptyClinic({{ann(), {}}});
             }}};
    std::string current(kPassphrase);
    for (const auto& [name, write] : writes) {
        SCOPED_TRACE(name);
        ClinicStore room3 = openStore();
        ASSERT_TRUE(room3.unlock(current));
        const Patient read = *room3.patient(id);
        const std::string next = current + "!";
        ASSERT_TRUE(reception.changePassphrase(current, next));
        current = next;
        expectLockedBecauseChanged(room3, [&] { write(room3, read); });
        const std::vector<Patient> patients = reception.patients("", true);
        ASSERT_EQ(patients.size(), 1U);
        EXPECT_EQ(patients[0].notes, "left knee");
        EXPECT_FALSE(patients[0].archived);
        EXPECT_EQ(reception.visitCount(id), 1);
    }
}

TEST_P(ClinicPassphraseChangeTest, UnlockedWithTheNewPassphraseTheSeatWritesWhatEveryoneReads) {
    ClinicStore reception = unlockedStore();
    ClinicStore room3 = unlockedStore();
    const std::int64_t id = reception.addPatient(ann());
    ASSERT_TRUE(reception.changePassphrase(kPassphrase, kNewPassphrase));
    expectLockedBecauseChanged(room3, [&] { room3.addVisit(visitOf(id)); });
    EXPECT_FALSE(room3.unlock(kPassphrase));
    ASSERT_TRUE(room3.unlock(kNewPassphrase));
    room3.addVisit(visitOf(id));
    const std::vector<Visit> visits = reception.visits(id);
    ASSERT_EQ(visits.size(), 1U);
    EXPECT_FALSE(visits[0].unreadable);
    EXPECT_EQ(visits[0].disposition, "self_care");
}

TEST_P(ClinicPassphraseChangeTest, ReadingRowsSealedUnderANewPassphraseSaysItChanged) {
    ClinicStore reception = unlockedStore();
    const std::int64_t id = reception.addPatient(ann());
    reception.addVisit(visitOf(id));
    for (const auto& read : std::vector<std::function<void(ClinicStore&)>>{
             [](ClinicStore& seat) { static_cast<void>(seat.patients("", false)); },
             [id](ClinicStore& seat) { static_cast<void>(seat.patient(id)); },
             [id](ClinicStore& seat) { static_cast<void>(seat.visits(id)); }}) {
        ClinicStore room3 = openStore();
        ASSERT_TRUE(room3.unlock(kPassphrase));
        ASSERT_TRUE(reception.changePassphrase(kPassphrase, kNewPassphrase));
        expectLockedBecauseChanged(room3, [&] { read(room3); });
        ASSERT_TRUE(reception.changePassphrase(kNewPassphrase, kPassphrase));
    }
}

// The change and another seat's writes at the same time: each write lands before the re-key
// (and is re-sealed with everything else) or is refused after it; none is sealed with the old
// key after the new one is in place.
TEST_P(ClinicPassphraseChangeTest, WritesDuringAChangeAreAllReadableAfterIt) {
    ClinicStore reception = unlockedStore();
    ClinicStore room3 = unlockedStore();
    const std::int64_t id = reception.addPatient(ann());
    for (int i = 0; i < 200; ++i) {
        reception.addVisit(visitOf(id));
    }
    std::atomic<bool> changed{false};
    bool locked = false;
    std::thread writer([&] {
        try {
            while (!changed) {
                room3.addVisit(visitOf(id));
            }
            room3.addVisit(visitOf(id)); // after the change: refused
        } catch (const ClinicLocked&) {
            locked = true;
        }
    });
    const bool done = reception.changePassphrase(kPassphrase, kNewPassphrase);
    changed = true;
    writer.join();
    ASSERT_TRUE(done);
    EXPECT_TRUE(locked);
    for (const Visit& visit : reception.visits(id)) {
        ASSERT_FALSE(visit.unreadable) << "visit #" << visit.id << " was sealed with the old key";
    }
}

} // namespace
} // namespace kt
