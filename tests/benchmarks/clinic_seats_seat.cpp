// One seat of the load run: a process of its own, with its own connection, as a clinician's
// computer is.
#include "clinic_seats.h"
#include "kneetriage/engine/triage.h"
#include "kneetriage/io/answers_reader.h"
#include "kneetriage/kb/loader.h"

#include <fstream>
#include <iostream>
#include <unistd.h>
#include <utility>

namespace kt::bench {
namespace {

// A front-of-knee intake whose age, severity and duration vary, triaged by the shipped
// knowledge base, so the sealed answers and result are the size a real visit's are.
std::string answersText(int seat, int intake) {
    const int step = seat * 131 + intake;
    return R"({"format": "kneetriage.answers/1", "answers": {"weight_bearing": "normal",)"
           R"( "fever_unwell": "no", "hot_red_swollen": "no", "calf_pain_swelling": "no",)"
           R"( "short_of_breath": "no", "recent_surgery_or_travel": "no", "locked_knee": "no",)"
           R"( "deformity": "no", "numb_cold_foot": "no", "night_pain_weight_loss": "no",)"
           R"( "age_years": )" +
           std::to_string(16 + step % 60) +
           R"(, "pain_location": "front", "front_spot": "around_kneecap",)"
           R"( "onset": "gradual", "recent_load_increase": "yes", "swelling": "none",)"
           R"( "duration_weeks": )" +
           std::to_string(1 + step % 20) +
           R"(, "pain_pattern": "after_running",)"
           R"( "worse_with": ["stairs_down", "prolonged_sitting", "squatting"],)"
           R"( "morning_stiffness": "none", "giving_way": "no", "grinding": "unsure",)"
           R"( "bone_point_tender": "no", "pain_severity": )" +
           std::to_string(step % 11) + "}}";
}

// The visit's identity rides in its sealed measures, so the check reads it back through the
// same sealing as the rest of the visit.
std::string measuresText(int seat, int intake) {
    return R"({"intake": {"seat": )" + std::to_string(seat) + R"(, "number": )" +
           std::to_string(intake) + "}}";
}

std::vector<Visit> makeIntakes(const SeatsPlan& plan, int seat,
                               const std::vector<std::int64_t>& ids) {
    const KnowledgeBase kb = std::get<KnowledgeBase>(loadKnowledgeBase(KT_DATA_DIR));
    std::vector<Visit> visits;
    for (int intake = 0; intake < plan.intakes; ++intake) {
        const Answers answers =
            std::get<Answers>(readAnswersText(kb, "intake", answersText(seat, intake)));
        Visit visit;
        static_cast<CheckRecord&>(visit) =
            makeCheckRecord(kb, answers, triage(kb, answers), "2026-12-01T09:00:00Z");
        visit.patientId = ids.at(static_cast<std::size_t>(patientIndexFor(plan, seat, intake)));
        visit.measuresJson = measuresText(seat, intake);
        visits.push_back(std::move(visit));
    }
    return visits;
}

// Appends this seat's mark to the patient's notes; on a conflict, reads the other seat's save
// and makes the edit again over it, as a clinician told of the conflict would.
int editNotes(ClinicStore& store, std::int64_t id, const std::string& mark) {
    int conflicts = 0;
    Patient read = store.patient(id).value();
    for (;;) {
        Patient edited = read;
        edited.notes += " " + mark;
        const std::optional<PatientConflict> conflict = store.updatePatient(read, edited);
        if (!conflict) {
            return conflicts;
        }
        if (conflict->changed != std::vector<std::string>{"notes"}) {
            throw std::runtime_error("a conflict named other fields than the notes");
        }
        ++conflicts;
        read = conflict->saved;
    }
}

// Says this seat is ready (or has failed), so the runner never waits for it in vain; once.
void tellReady(int readyFd) {
    if (readyFd < 0) {
        return;
    }
    const char ready = 'r';
    if (::write(readyFd, &ready, 1) != 1) {
        throw std::runtime_error("cannot tell the runner this seat is ready");
    }
    ::close(readyFd);
}

void waitForGo(int& readyFd, int goFd) {
    tellReady(std::exchange(readyFd, -1));
    char ignored = 0;
    while (::read(goFd, &ignored, 1) > 0) {
    }
}

SeatReport addIntakes(const SeatsPlan& plan, int seat, ClinicStore& store,
                      const std::vector<std::int64_t>& ids, const std::vector<Visit>& visits) {
    SeatReport report;
    bool editLeftOut = false;
    const Clock::time_point start = Clock::now();
    for (int intake = 0; intake < plan.intakes; ++intake) {
        const bool faulty = seat == 0 && (intake == 0 || intake == 1);
        if (!(faulty && intake == 1 && plan.inject == "missing")) {
            store.addVisit(visits[static_cast<std::size_t>(intake)]);
        }
        if (faulty && intake == 0 && plan.inject == "duplicate") {
            store.addVisit(visits[0]);
        }
        ++report.visits;
        if (editsAt(intake)) {
            const std::int64_t id =
                ids.at(static_cast<std::size_t>(editedPatientIndex(plan, intake)));
            if (seat == 0 && plan.inject == "lost-edit" && !editLeftOut) {
                editLeftOut = true;
            } else {
                report.conflicts += editNotes(store, id, editMark(seat, intake));
            }
            ++report.edits;
        }
    }
    report.addSeconds = secondsSince(start);
    return report;
}

// The seat's work; exit status 1 when anything failed, said on standard error (with the
// SQLSTATE, so a deadlock would show as 40P01).
int seatWork(const SeatsPlan& plan, int seat, int& readyFd, int goFd) {
    try {
        ClinicStore store = openClinic(plan);
        const Clock::time_point unlocking = Clock::now();
        if (!store.unlock(kBenchPassphrase)) {
            throw std::runtime_error("the passphrase did not unlock the clinic");
        }
        const double unlockSeconds = secondsSince(unlocking);
        const std::vector<std::int64_t> ids = patientIds(store);
        const std::vector<Visit> visits = makeIntakes(plan, seat, ids);
        waitForGo(readyFd, goFd);
        SeatReport report = addIntakes(plan, seat, store, ids, visits);
        report.unlockSeconds = unlockSeconds;
        std::ofstream(reportFile(plan, seat))
            << report.visits << ' ' << report.edits << ' ' << report.conflicts << ' '
            << report.unlockSeconds << ' ' << report.addSeconds << '\n';
        return 0;
    } catch (const ClinicServerError& error) {
        std::cerr << "seat " << seat << ": " << error.what() << " (SQLSTATE " << error.sqlState()
                  << ")\n";
    } catch (const std::exception& error) {
        std::cerr << "seat " << seat << ": " << error.what() << '\n';
    }
    return 1;
}

} // namespace

int runSeat(const SeatsPlan& plan, int seat, int readyFd, int goFd) {
    const int status = seatWork(plan, seat, readyFd, goFd);
    tellReady(readyFd);
    return status;
}

} // namespace kt::bench
