// The check after a load run: every intake stored exactly once, for its patient, readable, and
// every edit of a patient's notes kept (none lost to another seat's save, none made twice).
#include "clinic_seats.h"

#include <cstdio>
#include <map>
#include <utility>

namespace kt::bench {
namespace {

using Intake = std::pair<int, int>; // seat, intake

std::optional<Intake> intakeOf(const Visit& visit) {
    int seat = -1;
    int number = -1;
    if (std::sscanf(visit.measuresJson.c_str(), R"({"intake": {"seat": %d, "number": %d}})", &seat,
                    &number) != 2) {
        return std::nullopt;
    }
    return Intake{seat, number};
}

std::string named(const Intake& intake) {
    return "intake " + std::to_string(intake.second) + " of seat " + std::to_string(intake.first);
}

std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++count;
    }
    return count;
}

void checkVisits(const SeatsPlan& plan, ClinicStore& store, const std::vector<std::int64_t>& ids,
                 std::vector<std::string>& problems) {
    std::map<Intake, int> stored;
    for (std::size_t index = 0; index < ids.size(); ++index) {
        for (const Visit& visit : store.visits(ids[index])) {
            const std::optional<Intake> intake = intakeOf(visit);
            if (visit.unreadable || !intake) {
                problems.push_back("visit #" + std::to_string(visit.id) + " cannot be read");
                continue;
            }
            ++stored[*intake];
            if (patientIndexFor(plan, intake->first, intake->second) != static_cast<int>(index)) {
                problems.push_back(named(*intake) + " is stored for the wrong patient");
            }
        }
    }
    for (int seat = 0; seat < plan.seats; ++seat) {
        for (int number = 0; number < plan.intakes; ++number) {
            const int count = stored[{seat, number}];
            if (count != 1) {
                problems.push_back(named({seat, number}) + " stored " + std::to_string(count) +
                                   " times");
            }
        }
    }
    if (stored.size() != static_cast<std::size_t>(plan.seats * plan.intakes)) {
        problems.push_back("visits of intakes no seat made are stored");
    }
}

void checkEdits(const SeatsPlan& plan, ClinicStore& store, const std::vector<std::int64_t>& ids,
                const std::vector<std::int64_t>& initialVersions,
                std::vector<std::string>& problems) {
    std::vector<std::int64_t> expected(ids.size(), 0);
    for (int number = 0; number < plan.intakes; ++number) {
        if (!editsAt(number)) {
            continue;
        }
        const auto index = static_cast<std::size_t>(editedPatientIndex(plan, number));
        const std::string notes = store.patient(ids[index]).value().notes;
        for (int seat = 0; seat < plan.seats; ++seat) {
            const std::size_t count = occurrences(notes, editMark(seat, number));
            if (count != 1) {
                problems.push_back("edit " + editMark(seat, number) + " of patient #" +
                                   std::to_string(ids[index]) + " is in the notes " +
                                   std::to_string(count) + " times");
            }
            ++expected[index];
        }
    }
    for (std::size_t index = 0; index < ids.size(); ++index) {
        const std::int64_t saves =
            store.patient(ids[index]).value().version - initialVersions[index];
        if (saves != expected[index]) {
            problems.push_back("patient #" + std::to_string(ids[index]) + " was saved " +
                               std::to_string(saves) + " times for " +
                               std::to_string(expected[index]) + " edits");
        }
    }
}

} // namespace

std::vector<std::string> checkClinic(const SeatsPlan& plan,
                                     const std::vector<std::int64_t>& initialVersions) {
    ClinicStore store = openClinic(plan);
    if (!store.unlock(kBenchPassphrase)) {
        return {"the passphrase no longer unlocks the clinic"};
    }
    const std::vector<std::int64_t> ids = patientIds(store);
    std::vector<std::string> problems;
    if (ids.size() != initialVersions.size()) {
        problems.push_back("the clinic holds " + std::to_string(ids.size()) + " patients, not " +
                           std::to_string(initialVersions.size()));
        return problems;
    }
    checkVisits(plan, store, ids, problems);
    checkEdits(plan, store, ids, initialVersions, problems);
    return problems;
}

} // namespace kt::bench
