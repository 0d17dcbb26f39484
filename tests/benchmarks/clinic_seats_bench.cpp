// The clinic under load (issue 14): seats as separate processes adding intakes to one clinic at
// once, timed and then checked; and how long a list of many sealed patients takes to open and
// to search. Figures to report, not timed pass/fail tests: the run-once ctest cases fail only
// when the check finds a visit or an edit missing, doubled or unreadable, or a seat failed.
//
//   clinic_seats_bench [--place server|file] [--seats 8] [--intakes 250] [--patients 40]
//                      [--work least|moderate] [--inject duplicate|missing|lost-edit]
//   clinic_seats_bench --list 20000 [--place server|file]
//
// The server is KT_TEST_PG_CONNINFO's (as the clinic tests'); each run makes a schema of its
// own there and drops it afterwards.
#include "clinic_seats.h"

#include <cstdlib>
#include <iostream>
#include <libpq-fe.h>
#include <memory>
#include <sys/wait.h>
#include <unistd.h>

namespace kt::bench {
namespace {

void serverSql(const std::string& conninfo, const std::string& sql) {
    const std::unique_ptr<PGconn, decltype(&PQfinish)> connection(PQconnectdb(conninfo.c_str()),
                                                                  &PQfinish);
    const std::unique_ptr<PGresult, decltype(&PQclear)> result(
        PQexec(connection.get(), sql.c_str()), &PQclear);
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
        throw std::runtime_error(sql + ": " + PQerrorMessage(connection.get()));
    }
}

// A clinic of the run's own, gone with it: a file in a fresh folder, or a fresh schema on the
// server.
class ScratchPlace {
  public:
    explicit ScratchPlace(SeatsPlan& plan) : plan_(plan) {
        plan.folder =
            std::filesystem::temp_directory_path() / ("kt-seats-" + std::to_string(::getpid()));
        std::filesystem::create_directories(plan.folder);
        plan.file = plan.folder / "clinic.sqlite";
        if (plan.server) {
            const char* server = std::getenv("KT_TEST_PG_CONNINFO");
            if (server == nullptr) {
                throw std::runtime_error("KT_TEST_PG_CONNINFO names no server");
            }
            admin_ = server;
            schema_ = "kt_bench_" + std::to_string(::getpid());
            serverSql(admin_, "CREATE SCHEMA " + schema_);
            plan.conninfo = admin_ + " options='-c search_path=" + schema_ + "'";
        }
    }
    ScratchPlace(const ScratchPlace&) = delete;
    ScratchPlace& operator=(const ScratchPlace&) = delete;
    ~ScratchPlace() {
        std::filesystem::remove_all(plan_.folder);
        if (!schema_.empty()) {
            serverSql(admin_, "DROP SCHEMA " + schema_ + " CASCADE");
        }
    }

  private:
    const SeatsPlan& plan_;
    std::string admin_;
    std::string schema_;
};

Patient runner(int number) {
    Patient patient;
    patient.reference = "Runner " + std::to_string(number);
    patient.birthYear = 1960 + number % 50;
    patient.notes = "left knee, after the marathon; sees the physio on Tuesdays";
    patient.createdAt = "2026-11-01T09:00:00Z";
    return patient;
}

// Sets the passphrase and adds the patients; their row versions before the run.
std::vector<std::int64_t> prepareClinic(const SeatsPlan& plan) {
    ClinicStore store = openClinic(plan);
    store.setPassphrase(kBenchPassphrase);
    for (int number = 0; number < plan.patients; ++number) {
        store.addPatient(runner(number));
    }
    std::vector<std::int64_t> versions;
    for (const std::int64_t id : patientIds(store)) {
        versions.push_back(store.patient(id).value().version);
    }
    return versions;
}

pid_t startSeat(const SeatsPlan& plan, int seat, int readyFd, int goFd, int goWriteFd) {
    std::vector<std::string> arguments{
        "clinic_seats_bench",    "--seat", std::to_string(seat), "--ready",
        std::to_string(readyFd), "--go",   std::to_string(goFd)};
    for (std::string& argument : planArguments(plan)) {
        arguments.push_back(std::move(argument));
    }
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(goWriteFd); // or this seat would wait for itself
        std::vector<char*> argv;
        for (std::string& argument : arguments) {
            argv.push_back(argument.data());
        }
        argv.push_back(nullptr);
        ::execv("/proc/self/exe", argv.data());
        std::_Exit(127);
    }
    return child;
}

struct RunOutcome {
    double wallSeconds = 0;
    int failedSeats = 0;
};

// Starts every seat, lets them all go at once when every one is unlocked and ready, and waits.
RunOutcome runSeats(const SeatsPlan& plan) {
    int ready[2];
    int go[2];
    if (::pipe(ready) != 0 || ::pipe(go) != 0) {
        throw std::runtime_error("no pipe for the seats");
    }
    std::vector<pid_t> children;
    for (int seat = 0; seat < plan.seats; ++seat) {
        children.push_back(startSeat(plan, seat, ready[1], go[0], go[1]));
    }
    ::close(ready[1]);
    ::close(go[0]);
    char byte = 0;
    for (int seat = 0; seat < plan.seats && ::read(ready[0], &byte, 1) == 1; ++seat) {
    }
    const Clock::time_point start = Clock::now();
    ::close(go[1]);
    RunOutcome outcome;
    for (const pid_t child : children) {
        int status = 0;
        ::waitpid(child, &status, 0);
        outcome.failedSeats += WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
    }
    outcome.wallSeconds = secondsSince(start);
    ::close(ready[0]);
    return outcome;
}

void printFigures(const SeatsPlan& plan, const RunOutcome& outcome) {
    SeatReport total;
    double slowestAdd = 0;
    for (int seat = 0; seat < plan.seats; ++seat) {
        const SeatReport report = readReport(plan, seat);
        total.visits += report.visits;
        total.edits += report.edits;
        total.conflicts += report.conflicts;
        total.unlockSeconds += report.unlockSeconds;
        slowestAdd = std::max(slowestAdd, report.addSeconds);
    }
    std::cout << "clinic load run: " << (plan.server ? "server" : "file") << ", " << plan.seats
              << " seats (processes) x " << plan.intakes << " intakes, " << plan.patients
              << " patients; key work " << workName(plan) << "\n  " << total.visits
              << " visits and " << total.edits << " edits in " << outcome.wallSeconds
              << " s from go to the last seat's exit: " << total.visits / outcome.wallSeconds
              << " visits/s\n  " << total.conflicts
              << " edits met a PatientConflict and were made again over the other seat's save\n"
              << "  unlocking took " << total.unlockSeconds / plan.seats
              << " s per seat; the slowest seat added its intakes in " << slowestAdd << " s\n";
}

int runLoad(SeatsPlan plan) {
    const ScratchPlace place(plan);
    const std::vector<std::int64_t> versions = prepareClinic(plan);
    const RunOutcome outcome = runSeats(plan);
    if (outcome.failedSeats > 0) {
        std::cout << outcome.failedSeats << " seats failed\n";
        return 1;
    }
    printFigures(plan, outcome);
    const std::vector<std::string> problems = checkClinic(plan, versions);
    for (std::size_t i = 0; i < problems.size() && i < 20; ++i) {
        std::cout << "  PROBLEM: " << problems[i] << '\n';
    }
    if (!problems.empty()) {
        std::cout << "check: " << problems.size() << " problems\n";
        return 1;
    }
    std::cout << "check: every intake stored exactly once, for its patient, readable; every "
                 "edit kept once; no seat failed\n";
    return 0;
}

double medianMilliseconds(const std::function<void()>& work) {
    std::vector<double> times;
    for (int i = 0; i < 7; ++i) {
        const Clock::time_point start = Clock::now();
        work();
        times.push_back(secondsSince(start) * 1000);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int runList(SeatsPlan plan, int count) {
    const ScratchPlace place(plan);
    ClinicStore store = openClinic(plan);
    store.setPassphrase(kBenchPassphrase);
    std::vector<PatientRecord> records;
    for (int number = 0; number < count; ++number) {
        records.push_back({runner(number), {}});
    }
    const Clock::time_point filling = Clock::now();
    store.fillEmptyClinic(records);
    const double fillSeconds = secondsSince(filling);
    store.lock();
    const Clock::time_point unlocking = Clock::now();
    if (!store.unlock(kBenchPassphrase)) {
        throw std::runtime_error("the passphrase did not unlock the clinic");
    }
    const double unlockMs = secondsSince(unlocking) * 1000;
    std::size_t listed = 0;
    std::size_t found = 0;
    const double listMs = medianMilliseconds([&] { listed = store.patients("", false).size(); });
    const double searchMs =
        medianMilliseconds([&] { found = store.patients("runner 12", false).size(); });
    std::cout << "clinic list: " << (plan.server ? "server" : "file") << ", " << count
              << " sealed patients (written in one transaction in " << fillSeconds
              << " s)\n  unlock " << unlockMs << " ms (key work " << workName(plan)
              << ")\n  open the list: " << listMs << " ms median of 7 (" << listed
              << " patients)\n  search \"runner 12\": " << searchMs << " ms median of 7 (" << found
              << " found)\n";
    return listed == static_cast<std::size_t>(count) ? 0 : 1;
}

int run(int argc, char** argv) {
    SeatsPlan plan;
    int seat = -1;
    int readyFd = -1;
    int goFd = -1;
    int list = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        const std::string value = argv[i + 1];
        if (name == "--seat") {
            seat = std::stoi(value);
        } else if (name == "--ready") {
            readyFd = std::stoi(value);
        } else if (name == "--go") {
            goFd = std::stoi(value);
        } else if (name == "--list") {
            list = std::stoi(value);
        } else if (!readPlanArgument(plan, name, value)) {
            std::cerr << "clinic_seats_bench: unknown option " << name << '\n';
            return 2;
        }
    }
    if (seat >= 0) {
        return runSeat(plan, seat, readyFd, goFd);
    }
    return list > 0 ? runList(plan, list) : runLoad(plan);
}

} // namespace
} // namespace kt::bench

int main(int argc, char** argv) {
    try {
        return kt::bench::run(argc, argv);
    } catch (const std::exception& error) {
        std::cerr << "clinic_seats_bench: " << error.what() << '\n';
        return 1;
    }
}
