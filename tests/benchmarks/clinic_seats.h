#pragma once

// The load run of issue 14: several seats (separate processes, each with its own connection)
// adding intakes to one clinic at once. What every seat does is decided by (seat, intake)
// alone, so the check afterwards knows exactly which visits and edits must be stored.

#include "kneetriage/store/clinic_store.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kt::bench {

using Clock = std::chrono::steady_clock;

inline double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct SeatsPlan {
    bool server = true;           // the PostgreSQL server, or the clinic file
    std::filesystem::path file;   // the clinic file
    std::string conninfo;         // the server, with the run's own schema as search_path
    std::filesystem::path folder; // where the seats write their reports
    int seats = 8;
    int intakes = 250; // per seat
    int patients = 40;
    bool moderateWork = false; // Argon2id at the work a real clinic gets, else the least
    // A fault put in on purpose, to see the check catch it: "duplicate" (seat 0 adds its first
    // intake twice), "missing" (seat 0 leaves out its second) or "lost-edit" (seat 0 leaves out
    // its first edit).
    std::string inject;
};

inline constexpr std::string_view kBenchPassphrase = "load run clinic passphrase";

[[nodiscard]] KeyWork workOf(const SeatsPlan& plan);
[[nodiscard]] std::string workName(const SeatsPlan& plan);
[[nodiscard]] ClinicStore openClinic(const SeatsPlan& plan);

// The arguments that hand `plan` to a seat process, and back.
[[nodiscard]] std::vector<std::string> planArguments(const SeatsPlan& plan);
// Reads one "--name value" pair at argv[i] into `plan`; false when it is not one of them.
bool readPlanArgument(SeatsPlan& plan, const std::string& name, const std::string& value);

// Which patient (index into the patients sorted by id) intake `intake` of `seat` is for: seats
// 2k and 2k+1 take the same patient at the same step, so two seats add to one patient at once.
[[nodiscard]] int patientIndexFor(const SeatsPlan& plan, int seat, int intake);
// Every tenth intake, every seat edits the same patient's notes, so edits collide.
[[nodiscard]] bool editsAt(int intake);
[[nodiscard]] int editedPatientIndex(const SeatsPlan& plan, int intake);
// The mark an edit appends to the notes: every one must be in the final notes exactly once.
[[nodiscard]] std::string editMark(int seat, int intake);

// The patient ids, oldest first.
[[nodiscard]] std::vector<std::int64_t> patientIds(ClinicStore& store);

// One seat: unlocks, makes its intakes, writes a byte to `readyFd`, waits until `goFd` is
// closed, adds them, and writes its report. The process's exit status.
int runSeat(const SeatsPlan& plan, int seat, int readyFd, int goFd);

// What a seat did, as its report file holds it.
struct SeatReport {
    int visits = 0;
    int edits = 0;
    int conflicts = 0;
    double unlockSeconds = 0;
    double addSeconds = 0;
};
[[nodiscard]] std::filesystem::path reportFile(const SeatsPlan& plan, int seat);
[[nodiscard]] SeatReport readReport(const SeatsPlan& plan, int seat);

// Everything stored, against what the plan says must be: one line per problem (a visit
// missing, stored twice or for the wrong patient, unreadable, an edit lost or made twice).
[[nodiscard]] std::vector<std::string>
checkClinic(const SeatsPlan& plan, const std::vector<std::int64_t>& initialVersions);

} // namespace kt::bench
