#include "clinic_seats.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace kt::bench {

KeyWork workOf(const SeatsPlan& plan) {
    return plan.moderateWork ? moderateKeyWork() : leastKeyWork();
}

std::string workName(const SeatsPlan& plan) {
    const KeyWork work = workOf(plan);
    return std::string(plan.moderateWork ? "moderate" : "least (the tests' work)") +
           ": Argon2id ops " + std::to_string(work.opsLimit) + ", memory " +
           std::to_string(work.memLimit / 1024) + " KiB";
}

ClinicStore openClinic(const SeatsPlan& plan) {
    return plan.server ? ClinicStore(ClinicServer{plan.conninfo}, workOf(plan))
                       : ClinicStore(plan.file, workOf(plan));
}

std::vector<std::string> planArguments(const SeatsPlan& plan) {
    std::vector<std::string> arguments{"--place",    plan.server ? "server" : "file",
                                       "--file",     plan.file.string(),
                                       "--conninfo", plan.conninfo,
                                       "--folder",   plan.folder.string(),
                                       "--seats",    std::to_string(plan.seats),
                                       "--intakes",  std::to_string(plan.intakes),
                                       "--patients", std::to_string(plan.patients),
                                       "--work",     plan.moderateWork ? "moderate" : "least"};
    if (!plan.inject.empty()) {
        arguments.insert(arguments.end(), {"--inject", plan.inject});
    }
    return arguments;
}

bool readPlanArgument(SeatsPlan& plan, const std::string& name, const std::string& value) {
    if (name == "--place") {
        plan.server = value == "server";
    } else if (name == "--file") {
        plan.file = value;
    } else if (name == "--conninfo") {
        plan.conninfo = value;
    } else if (name == "--folder") {
        plan.folder = value;
    } else if (name == "--seats") {
        plan.seats = std::stoi(value);
    } else if (name == "--intakes") {
        plan.intakes = std::stoi(value);
    } else if (name == "--patients") {
        plan.patients = std::stoi(value);
    } else if (name == "--work") {
        plan.moderateWork = value == "moderate";
    } else if (name == "--inject") {
        plan.inject = value;
    } else {
        return false;
    }
    return true;
}

int patientIndexFor(const SeatsPlan& plan, int seat, int intake) {
    return (intake + seat / 2) % plan.patients;
}

bool editsAt(int intake) {
    return intake % 10 == 5;
}

int editedPatientIndex(const SeatsPlan& plan, int intake) {
    return (intake / 10) % plan.patients;
}

std::string editMark(int seat, int intake) {
    return "[s" + std::to_string(seat) + "e" + std::to_string(intake) + "]";
}

std::vector<std::int64_t> patientIds(ClinicStore& store) {
    std::vector<std::int64_t> ids;
    for (const Patient& patient : store.patients("", true)) {
        ids.push_back(patient.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::filesystem::path reportFile(const SeatsPlan& plan, int seat) {
    return plan.folder / ("seat-" + std::to_string(seat) + ".txt");
}

SeatReport readReport(const SeatsPlan& plan, int seat) {
    std::ifstream in(reportFile(plan, seat));
    SeatReport report;
    if (!(in >> report.visits >> report.edits >> report.conflicts >> report.unlockSeconds >>
          report.addSeconds)) {
        throw std::runtime_error("seat " + std::to_string(seat) + " left no report");
    }
    return report;
}

} // namespace kt::bench
