// A practice server that asks for a password ~/.pgpass does not give: the seat is told so by a
// typed error (so the app can ask the user), the password the user then types reaches the
// server beside the connection string, and a refused one is told apart from a missing one.
// The server here is a stand-in (tests/server/password_asking_server.h).
#include "kneetriage/store/clinic_store.h"
#include "password_asking_server.h"

#include <cstdlib>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace kt {
namespace {

class ClinicServerPasswordTest : public ::testing::Test {
  protected:
    // Nothing from this computer's ~/.pgpass.
    void SetUp() override { ::setenv("PGPASSFILE", "/nonexistent/kt-pgpass", 1); }
    void TearDown() override { ::unsetenv("PGPASSFILE"); }
};

TEST_F(ClinicServerPasswordTest, AServerAskingForAPasswordNoneGivesIsToldApart) {
    test::PasswordAskingServer server;
    try {
        ClinicStore store(ClinicServer{.conninfo = server.conninfo()}, leastKeyWork());
        FAIL() << "connected without a password";
    } catch (const ClinicServerNeedsPassword& error) {
        EXPECT_FALSE(error.refused());
        EXPECT_NE(std::string(error.what()).find("password"), std::string::npos) << error.what();
    }
    EXPECT_EQ(server.passwordsReceived(), std::vector<std::string>{""});
}

TEST_F(ClinicServerPasswordTest, ATypedPasswordReachesTheServerAndARefusedOneIsSaidSo) {
    test::PasswordAskingServer server;
    const std::string typed = "s3cret with spaces='and quotes'";
    try {
        ClinicStore store(ClinicServer{.conninfo = server.conninfo(), .password = typed},
                          leastKeyWork());
        FAIL() << "connected to a server that refuses every password";
    } catch (const ClinicServerNeedsPassword& error) {
        EXPECT_TRUE(error.refused());
        EXPECT_EQ(std::string(error.what()).find(typed), std::string::npos) << error.what();
    }
    EXPECT_EQ(server.passwordsReceived(), std::vector<std::string>{typed});
}

TEST(ClinicServerPlace, APasswordInTheStringIsAProblemOfItsOwnKind) {
    const auto problem = clinicServerProblem("host=db.example.org sslmode=require password=x");
    ASSERT_TRUE(problem.has_value());
    EXPECT_EQ(problem->kind, ClinicServerProblem::Kind::Password);
    EXPECT_FALSE(clinicServerProblem("host=/var/run/postgresql dbname=clinic").has_value());
    EXPECT_EQ(clinicServerProblem("host=db.example.org dbname=clinic")->kind,
              ClinicServerProblem::Kind::Unencrypted);
    EXPECT_EQ(clinicServerProblem("host")->kind, ClinicServerProblem::Kind::Unreadable);
}

} // namespace
} // namespace kt
