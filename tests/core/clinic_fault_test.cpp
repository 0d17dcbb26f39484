// Faults of the practice server: a save cut off when the server goes away loses nothing that
// was reported saved, the visit it was saving is kept (sealed) on the seat and sent once when the
// server is back, a seat reconnects by itself, and a database that is not a KneeTriage clinic
// (or is a newer one) is refused with a message.
#include "clinic_places.h"
#include "kneetriage/store/clinic_store.h"
#include "kneetriage/store/user_database.h"
#include "test_support.h"

#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <gtest/gtest.h>
#include <iostream>
#include <libpq-fe.h>
#include <memory>
#include <string>
#include <thread>
#include <unistd.h>

namespace kt {
namespace {

using test::ClinicPlace;
using Clock = std::chrono::steady_clock;

constexpr std::string_view kName = "Ottilie Brackenbury";
constexpr std::string_view kNotes = "patellar pain since the trail race";
constexpr std::string_view kAnswer = "stairs_down_worse";

// A connection of the test's own to the server, as its administrator.
class Admin {
  public:
    explicit Admin(const std::string& conninfo)
        : connection_(PQconnectdb(conninfo.c_str()), &PQfinish) {
        EXPECT_EQ(PQstatus(connection_.get()), CONNECTION_OK) << PQerrorMessage(connection_.get());
    }
    // The first value of the first row ("" for none).
    std::string run(const std::string& sql) {
        const std::unique_ptr<PGresult, decltype(&PQclear)> result(
            PQexec(connection_.get(), sql.c_str()), &PQclear);
        const ExecStatusType status = PQresultStatus(result.get());
        EXPECT_TRUE(status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
            << sql << ": " << PQerrorMessage(connection_.get());
        return PQntuples(result.get()) > 0 ? PQgetvalue(result.get(), 0, 0) : "";
    }

  private:
    std::unique_ptr<PGconn, decltype(&PQfinish)> connection_;
};

// `sh pg_test_cluster.sh ACTION DIR`'s output.
std::string cluster(const std::string& action, const std::string& dir) {
    const std::string command = "sh " KT_PG_CLUSTER_SCRIPT " " + action + " " + dir;
    const std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), &pclose);
    std::string out;
    std::array<char, 256> buffer{};
    while (pipe && fgets(buffer.data(), buffer.size(), pipe.get()) != nullptr) {
        out += buffer.data();
    }
    while (!out.empty() && out.back() == '\n') {
        out.pop_back();
    }
    return out;
}

// A server of this test's own, which it may stop: never the shared one.
class PrivateCluster {
  public:
    PrivateCluster()
        : dir_("/tmp/kt-pgf-" + std::to_string(::getpid())), conninfo_(cluster("start", dir_)) {}
    ~PrivateCluster() { cluster("stop", dir_); }
    PrivateCluster(const PrivateCluster&) = delete;
    PrivateCluster& operator=(const PrivateCluster&) = delete;
    void crash() const { cluster("crash", dir_); }
    void resume() const { cluster("resume", dir_); }
    [[nodiscard]] const std::string& conninfo() const { return conninfo_; }

  private:
    std::string dir_;
    std::string conninfo_;
};

Visit visitOf(std::int64_t patientId, const std::string& when) {
    Visit visit;
    visit.patientId = patientId;
    visit.createdAt = when;
    visit.kbVersion = "kb-1";
    visit.answersJson = R"({"answers":{"stairs":")" + std::string(kAnswer) + R"("}})";
    visit.resultJson = R"({"disposition":"see_clinician"})";
    visit.disposition = "see_clinician";
    visit.topCondition = "patellofemoral pain";
    return visit;
}

class ClinicFaultTest : public test::ClinicPlaceTest {
  protected:
    // A seat named `seat` on the server (so its session can be found), keeping unsent visits in
    // this test's folder, unlocked.
    [[nodiscard]] ClinicStore seat(const std::string& seat,
                                   const std::string& server = std::string()) const {
        ClinicStore store(ClinicServer{.conninfo = (server.empty() ? conninfo_ : server) +
                                                   " application_name=" + seat,
                                       .unsentVisits = unsentFile()},
                          leastKeyWork());
        if (store.hasPassphrase()) {
            EXPECT_TRUE(store.unlock(kPassphrase));
        } else {
            store.setPassphrase(kPassphrase);
        }
        return store;
    }
    [[nodiscard]] std::filesystem::path unsentFile() const { return folder_ / "unsent.sqlite"; }
    static std::int64_t addOttilie(ClinicStore& store) {
        Patient patient;
        patient.reference = kName;
        patient.notes = kNotes;
        patient.createdAt = "2026-11-03T08:00:00Z";
        return store.addPatient(patient);
    }
    [[nodiscard]] std::int64_t visitsOnServer() const {
        return std::stoll(
            Admin(test::testServer()).run("SELECT count(*) FROM " + schema_ + ".visits"));
    }
    // Runs `save` while the visits table is locked against writes (reads go on), and ends the
    // session of the seat named `seat` as soon as its INSERT waits for the lock: for the seat,
    // the server went away mid-save.
    void cutOff(const std::string& seat, const std::function<void()>& save) const {
        Admin admin(test::testServer());
        admin.run("BEGIN");
        admin.run("LOCK TABLE " + schema_ + ".visits IN SHARE MODE");
        std::thread saving(save);
        // Outside the lock's transaction, which would see one snapshot of the sessions.
        Admin watcher(test::testServer());
        const std::string waiting =
            "SELECT pid FROM pg_stat_activity WHERE application_name = '" + seat +
            "' AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO visits%'";
        std::string pid;
        for (const auto until = Clock::now() + std::chrono::seconds(30);
             pid.empty() && Clock::now() < until;) {
            pid = watcher.run(waiting);
        }
        EXPECT_FALSE(pid.empty()) << "the save never waited for the lock";
        admin.run("SELECT pg_terminate_backend(" + (pid.empty() ? "0" : pid) + ")");
        saving.join();
        admin.run("COMMIT");
    }
    // Whether `visit`, saved on `store` and cut off, was said to be kept unsent.
    bool saveCutOff(ClinicStore& store, const std::string& seat, const Visit& visit) const {
        bool kept = false;
        cutOff(seat, [&] {
            try {
                store.addVisit(visit);
            } catch (const VisitKeptUnsent&) {
                kept = true;
            }
        });
        return kept;
    }
};

INSTANTIATE_TEST_SUITE_P(Server, ClinicFaultTest, ::testing::Values(ClinicPlace::Server),
                         test::placeName);

TEST_P(ClinicFaultTest, ASaveCutOffMidwayIsKeptOnTheSeatAndSentOnceWhenTheServerIsBack) {
    ClinicStore store = seat("kt_cut_" + schema_);
    const std::int64_t patient = addOttilie(store);
    const std::int64_t first = store.addVisit(visitOf(patient, "2026-11-03T08:10:00Z"));
    const std::int64_t second = store.addVisit(visitOf(patient, "2026-11-03T08:20:00Z"));

    ASSERT_TRUE(saveCutOff(store, "kt_cut_" + schema_, visitOf(patient, "2026-11-03T08:30:00Z")));
    EXPECT_EQ(store.unsentVisitCount(), 1U);
    const std::vector<Visit> saved = store.visits(patient);
    ASSERT_EQ(saved.size(), 2U) << "the cut-off visit is on the server, or a saved one is gone";
    EXPECT_EQ(saved[0].id, first);
    EXPECT_EQ(saved[1].id, second);

    // Kept until the server has it, even if it had (a COMMIT whose answer was lost).
    std::filesystem::copy_file(unsentFile(), folder_ / "before-send.sqlite");
    EXPECT_EQ(store.sendUnsentVisits(), 1U);
    EXPECT_EQ(store.unsentVisitCount(), 0U);
    std::filesystem::copy_file(folder_ / "before-send.sqlite", unsentFile(),
                               std::filesystem::copy_options::overwrite_existing);
    std::filesystem::remove(unsentFile().string() + "-wal");
    EXPECT_EQ(store.sendUnsentVisits(), 1U);
    const std::vector<Visit> now = store.visits(patient);
    ASSERT_EQ(now.size(), 3U) << "sent twice, stored twice";
    EXPECT_EQ(now[2].createdAt, "2026-11-03T08:30:00Z");
    EXPECT_EQ(now[2].answersJson, visitOf(patient, "").answersJson);
    EXPECT_EQ(visitsOnServer(), 3);
}

TEST_P(ClinicFaultTest, ASeatWhoseSessionWasEndedReconnectsOnItsNextStep) {
    ClinicStore store = seat("kt_reconnect_" + schema_);
    const std::int64_t patient = addOttilie(store);
    Admin(test::testServer())
        .run("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
             "'kt_reconnect_" +
             schema_ + "'");
    const auto started = Clock::now();
    EXPECT_EQ(store.patient(patient)->reference, kName);
    const auto took = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started);
    std::cout << "reconnected and read in " << took.count() << " us\n";
    EXPECT_GT(store.addVisit(visitOf(patient, "2026-11-03T09:00:00Z")), 0);
    EXPECT_EQ(store.unsentVisitCount(), 0U);
}

TEST_P(ClinicFaultTest, AStoppedServerKeepsTheVisitAndTheSeatGoesOnWhenItIsBack) {
    const PrivateCluster server;
    ASSERT_FALSE(server.conninfo().empty()) << "the private cluster did not start";
    ClinicStore store = seat("kt_stopped", server.conninfo());
    const std::int64_t patient = addOttilie(store);
    const std::int64_t saved = store.addVisit(visitOf(patient, "2026-11-03T10:00:00Z"));
    server.crash();
    const auto started = Clock::now();
    try {
        store.addVisit(visitOf(patient, "2026-11-03T10:10:00Z"));
        FAIL() << "saved on a stopped server";
    } catch (const VisitKeptUnsent& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("cannot be reached"), std::string::npos) << message;
        EXPECT_NE(message.find("database postgres"), std::string::npos) << message;
        EXPECT_NE(message.find("kept on this computer"), std::string::npos) << message;
    }
    std::cout
        << "kept unsent "
        << std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started).count()
        << " us after the save began\n";
    EXPECT_THROW((void)store.sendUnsentVisits(), ClinicServerUnreachable);
    EXPECT_EQ(store.unsentVisitCount(), 1U);
    server.resume();
    const auto resent = Clock::now();
    EXPECT_EQ(store.sendUnsentVisits(), 1U);
    std::cout
        << "reconnected and sent in "
        << std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - resent).count()
        << " us\n";
    const std::vector<Visit> visits = store.visits(patient);
    ASSERT_EQ(visits.size(), 2U);
    EXPECT_EQ(visits[0].id, saved);
    EXPECT_EQ(visits[1].createdAt, "2026-11-03T10:10:00Z");
}

TEST_P(ClinicFaultTest, TheSeatsFileOfUnsentVisitsHoldsNoNameNoteOrAnswerInClear) {
    ClinicStore store = seat("kt_private_" + schema_);
    const std::int64_t patient = addOttilie(store);
    Visit visit = visitOf(patient, "2026-11-03T11:00:00Z");
    visit.measuresJson = R"({"note":")" + std::string(kNotes) + R"("})";
    ASSERT_TRUE(saveCutOff(store, "kt_private_" + schema_, visit));
    const std::string bytes =
        test::bytesOf(unsentFile()) + test::bytesOf(unsentFile().string() + "-wal");
    ASSERT_GT(bytes.size(), 1000U);
    for (const std::string_view secret :
         {kNotes, kAnswer, std::string_view("see_clinician"), std::string_view("patellofemoral"),
          std::string_view("2026-11-03T11:00:00Z")}) {
        EXPECT_EQ(bytes.find(secret), std::string::npos) << secret << " is readable in the file";
    }
}

TEST_P(ClinicFaultTest, AVisitKeptUnderAnEarlierPassphraseStaysKeptAndSaysSo) {
    ClinicStore store = seat("kt_rekeyed_" + schema_);
    const std::int64_t patient = addOttilie(store);
    ASSERT_TRUE(
        saveCutOff(store, "kt_rekeyed_" + schema_, visitOf(patient, "2026-11-03T12:00:00Z")));
    ClinicStore other = seat("kt_other_" + schema_);
    ASSERT_TRUE(other.changePassphrase(kPassphrase, "a new clinic passphrase"));
    store.lock();
    ASSERT_TRUE(store.unlock("a new clinic passphrase"));
    try {
        (void)store.sendUnsentVisits();
        FAIL() << "a visit that does not open was passed over in silence";
    } catch (const DatabaseError& error) {
        EXPECT_NE(std::string(error.what()).find("earlier clinic passphrase"), std::string::npos)
            << error.what();
    }
    EXPECT_EQ(store.unsentVisitCount(), 1U);
    EXPECT_EQ(visitsOnServer(), 0);
}

TEST_P(ClinicFaultTest, TablesOfAnotherProgramWithTheClinicsNamesAreRefusedUntouched) {
    serverSql("CREATE TABLE " + schema_ + ".visits (booked_for date, room text)");
    try {
        ClinicStore store = openStore();
        FAIL() << "another program's tables were used";
    } catch (const ClinicServerError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("'visits' that KneeTriage did not make"), std::string::npos)
            << message;
        EXPECT_NE(message.find("database postgres"), std::string::npos) << message;
    }
    EXPECT_EQ(Admin(test::testServer())
                  .run("SELECT count(*) FROM information_schema.columns WHERE table_schema = '" +
                       schema_ + "' AND table_name = 'visits'"),
              "2");
}

// On both back ends: a visit sent again with its intake key (the answer to the first send was
// lost) is one row, and a clinic from before intake keys gives its visits keys of their own.
class ClinicIntakeKeyTest : public test::ClinicPlaceTest {};

INSTANTIATE_TEST_SUITE_P(Places, ClinicIntakeKeyTest,
                         ::testing::Values(ClinicPlace::File, ClinicPlace::Server),
                         test::placeName);

TEST_P(ClinicIntakeKeyTest, AVisitSavedAgainWithItsIntakeKeyIsStoredOnce) {
    ClinicStore store = unlockedStore();
    Patient patient;
    patient.reference = std::string(kName);
    patient.createdAt = "2026-11-03T08:00:00Z";
    Visit visit = visitOf(store.addPatient(patient), "2026-11-03T13:00:00Z");
    visit.intakeKey = "0123456789abcdef0123456789abcdef";
    const std::int64_t first = store.addVisit(visit);
    EXPECT_EQ(store.addVisit(visit), first);
    EXPECT_EQ(store.visitCount(visit.patientId), 1);
    visit.intakeKey.clear();
    EXPECT_NE(store.addVisit(visit), first);
    EXPECT_NE(store.addVisit(visit), first);
    EXPECT_EQ(store.visitCount(visit.patientId), 3);
}

TEST_P(ClinicIntakeKeyTest, AClinicFromBeforeIntakeKeysGivesEachVisitOne) {
    std::int64_t patient = 0;
    {
        ClinicStore store = unlockedStore();
        Patient ottilie;
        ottilie.reference = std::string(kName);
        ottilie.createdAt = "2026-11-03T08:00:00Z";
        patient = store.addPatient(ottilie);
        store.addVisit(visitOf(patient, "2026-11-03T14:00:00Z"));
        store.addVisit(visitOf(patient, "2026-11-03T14:10:00Z"));
    }
    const std::string toVersion3 = "DROP INDEX visits_by_intake_key; ALTER TABLE visits DROP "
                                   "COLUMN intake_key;";
    if (GetParam() == ClinicPlace::File) {
        Database(file_, Database::Mode::ReadWriteCreate)
            .execute(toVersion3 + " PRAGMA user_version = 3;");
    } else {
        serverSql("SET search_path = " + schema_ + "; " + toVersion3 +
                  " UPDATE kneetriage_schema SET version = 3;");
    }
    ClinicStore store = unlockedStore();
    const std::vector<Visit> visits = store.visits(patient);
    ASSERT_EQ(visits.size(), 2U);
    EXPECT_FALSE(visits[0].intakeKey.empty());
    EXPECT_NE(visits[0].intakeKey, visits[1].intakeKey);
    EXPECT_EQ(visits[1].answersJson, visitOf(patient, "").answersJson);
    Visit again = visits[1];
    EXPECT_EQ(store.addVisit(again), visits[1].id);
    EXPECT_EQ(store.visitCount(patient), 2);
}

TEST_P(ClinicFaultTest, AnImportCutOffByTheServerIsKeptExitsOneAndIsSentBySendUnsent) {
    using namespace std::chrono_literals;
    const std::string seatName = "kt_cli_" + schema_;
    const std::vector<std::string> where{"clinic", "--server",
                                         conninfo_ + " application_name=" + seatName, "--unsent",
                                         unsentFile().string()};
    const auto cli = [&](std::vector<std::string> words) {
        words.insert(words.begin(), where.begin(), where.end());
        return test::runCliWithin(60s, words);
    };
    ::setenv("KT_CLINIC_PASSPHRASE", std::string(kPassphrase).c_str(), 1);
    ASSERT_EQ(cli({"add-patient", "Ann Smith"}).exitStatus, 0);
    test::CommandResult imported;
    cutOff(seatName, [&] {
        imported = cli({"import-fhir", "--patient", "Ann Smith", "--kb", KT_DATA_DIR,
                        std::string(KT_TEST_DATA_DIR) + "/fhir/every_answer_type.response.json"});
    });
    EXPECT_EQ(imported.exitStatus, 1) << imported.err;
    EXPECT_NE(imported.err.find("kept on this computer"), std::string::npos) << imported.err;
    EXPECT_EQ(imported.out, "");
    const test::CommandResult sent = cli({"send-unsent"});
    EXPECT_EQ(sent.exitStatus, 0) << sent.err;
    EXPECT_EQ(sent.out, "{\"sent\":1}\n");
    EXPECT_NE(cli({"patients"}).out.find(R"("visits":1)"), std::string::npos);
    EXPECT_EQ(cli({"send-unsent"}).out, "{\"sent\":0}\n");
    ::unsetenv("KT_CLINIC_PASSPHRASE");
}

} // namespace
} // namespace kt
