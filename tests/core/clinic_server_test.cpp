// The practice server: a connection that would carry patient data unencrypted to another
// computer, or a password in the connection string, is refused before anything is sent, and a
// server whose clinic schema is newer than this program is refused with a message, not used.
#include "clinic_places.h"
#include "kneetriage/store/clinic_store.h"
#include "kneetriage/store/user_database.h"

#include <gtest/gtest.h>
#include <string>

namespace kt {
namespace {

using test::ClinicPlace;

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

} // namespace
} // namespace kt
