// The practice server: a connection that would carry patient data unencrypted to another
// computer, or a password in the connection string, is refused before anything is sent, and a
// server whose clinic schema is newer than this program is refused with a message, not used; a
// dump of the server, as its administrator or a backup would take it, shows no patient data.
#include "clinic_places.h"
#include "kneetriage/store/clinic_store.h"
#include "kneetriage/store/user_database.h"
#include "test_support.h"

#include <arpa/inet.h>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <gtest/gtest.h>
#include <memory>
#include <netinet/in.h>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace kt {
namespace {

using test::ClinicPlace;

// How `text` shows in a dump if it was stored unsealed in a bytea column: \x and hex digits.
std::string asHex(const std::string& text) {
    static constexpr std::string_view kDigits = "0123456789abcdef";
    std::string hex;
    for (const unsigned char c : text) {
        hex += kDigits[c >> 4U];
        hex += kDigits[c & 0x0FU];
    }
    return hex;
}

std::string refusal(const std::string& conninfo) {
    try {
        ClinicStore store(ClinicServer{conninfo}, leastKeyWork());
    } catch (const ClinicServerError& error) {
        return error.what();
    }
    return "connected";
}

TEST(ClinicServerConnection, AnotherComputerWithoutTlsIsRefusedBeforeConnecting) {
    for (const std::string conninfo :
         {"host=clinic.example.org dbname=kt", "host=clinic.example.org sslmode=prefer",
          "postgresql://clinic.example.org/kt?sslmode=allow",
          "host=localhost,clinic.example.org sslmode=disable"}) {
        EXPECT_NE(refusal(conninfo).find("sslmode=verify-full"), std::string::npos) << conninfo;
    }
}

TEST(ClinicServerConnection, APasswordInTheConnectionStringIsRefused) {
    EXPECT_NE(refusal("host=/nonexistent password=secret").find("~/.pgpass"), std::string::npos);
}

// A server that took the connection and then went silent (a network gone between the seat and
// the server): the seat gives up within its own limit, rather than leave the window frozen for
// as long as the operating system waits.
TEST(ClinicServerConnection, AServerThatNeverAnswersIsGivenUpWithinSeconds) {
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(listener, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ASSERT_EQ(::bind(listener, reinterpret_cast<sockaddr*>(&address), length), 0);
    ASSERT_EQ(::listen(listener, 4), 0); // connections complete, and nothing ever answers
    ASSERT_EQ(::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length), 0);
    const std::string conninfo =
        "host=127.0.0.1 port=" + std::to_string(ntohs(address.sin_port)) + " dbname=kt user=kt";
    auto refused = std::make_shared<std::promise<std::string>>();
    std::future<std::string> told = refused->get_future();
    // Detached: a seat that waited for ever must fail this test, not hang it.
    std::thread([conninfo, refused] { refused->set_value(refusal(conninfo)); }).detach();
    const auto start = std::chrono::steady_clock::now();
    ASSERT_EQ(told.wait_for(std::chrono::seconds(40)), std::future_status::ready)
        << "the seat was still waiting after 40 s";
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
    EXPECT_NE(told.get().find("cannot be reached"), std::string::npos);
    ::close(listener);
}

class ClinicServerTest : public test::ClinicPlaceTest {};

INSTANTIATE_TEST_SUITE_P(Server, ClinicServerTest, ::testing::Values(ClinicPlace::Server),
                         test::placeName);

TEST_P(ClinicServerTest, ASchemaFromANewerKneeTriageIsRefusedAndLeftAlone) {
    { ClinicStore store = unlockedStore(); }
    serverSql("UPDATE " + schema_ + ".kneetriage_schema SET version = 99");
    try {
        ClinicStore store = openStore();
        FAIL() << "a newer schema was used";
    } catch (const NewerDatabase& error) {
        EXPECT_NE(std::string(error.what()).find("schema 99"), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find("database postgres"), std::string::npos)
            << error.what();
    }
}

TEST_P(ClinicServerTest, SeveralSeatsConnectingAtOnceShareOneSchema) {
    ClinicStore first = unlockedStore();
    ClinicStore second = openStore();
    EXPECT_TRUE(second.hasPassphrase());
    ASSERT_TRUE(second.unlock(kPassphrase));
    Patient patient;
    patient.reference = "Seen at reception";
    patient.createdAt = "2026-11-01T09:00:00Z";
    const std::int64_t id = first.addPatient(patient);
    EXPECT_EQ(second.patient(id)->reference, "Seen at reception");
}

TEST_P(ClinicServerTest, ADumpOfTheServerShowsNoNameNoteOrAnswer) {
    const std::vector<std::string> secrets{"Annabel Quince", "torn meniscus after the marathon",
                                           "downhill_only_pain", "Quince family physio"};
    {
        ClinicStore store = unlockedStore();
        Patient patient;
        patient.reference = secrets[0];
        patient.birthYear = 1979;
        patient.notes = secrets[1];
        patient.createdAt = "2026-11-01T09:00:00Z";
        Visit visit;
        visit.patientId = store.addPatient(patient);
        visit.createdAt = "2026-11-01T09:30:00Z";
        visit.kbVersion = "kb-1";
        visit.answersJson = R"({"answers":{"when":")" + secrets[2] + R"("}})";
        visit.resultJson = R"({"disposition":"self_care"})";
        visit.measuresJson = R"({"note":")" + secrets[3] + R"("})";
        visit.disposition = "self_care";
        store.addVisit(visit);
    }
    const char* bin = std::getenv("KT_PG_BIN");
    const std::filesystem::path dump = folder_ / "clinic.sql";
    std::filesystem::create_directories(folder_);
    const std::string command = std::string(bin != nullptr ? bin : "/usr/lib/postgresql/15/bin") +
                                "/pg_dump --schema=" + schema_ + " -d '" + test::testServer() +
                                "' > " + dump.string();
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    const std::string text = test::bytesOf(dump);
    // The dump holds the rows: their dates and the sealed bytes.
    ASSERT_NE(text.find("2026-11-01T09:30:00Z"), std::string::npos) << text;
    for (const std::string& secret : secrets) {
        EXPECT_EQ(text.find(secret), std::string::npos) << secret;
        EXPECT_EQ(text.find(asHex(secret)), std::string::npos) << secret << " in hex";
    }
}

} // namespace
} // namespace kt
