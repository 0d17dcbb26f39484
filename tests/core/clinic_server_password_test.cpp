// A practice server that asks for a password ~/.pgpass does not give: the seat is told so by a
// typed error (so the app can ask the user), the password the user then types reaches the
// server beside the connection string, and a refused one is told apart from a missing one.
// The server here is a stand-in that speaks just enough of PostgreSQL's protocol to ask for a
// password (the test cluster trusts its socket, so it never asks).
#include "kneetriage/store/clinic_store.h"
#include "test_support.h"

#include <array>
#include <cstdlib>
#include <filesystem>
#include <gtest/gtest.h>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

namespace kt {
namespace {

constexpr int kWaitMilliseconds = 10000;

// Listens on a Unix socket where libpq looks for a server, takes one connection, asks for a
// password in clear (AuthenticationCleartextPassword), keeps what it is sent and refuses it.
class PasswordAskingServer {
  public:
    PasswordAskingServer() : folder_(test::uniqueTempPath("kt-pw")) {
        std::filesystem::create_directories(folder_);
        listener_ = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const std::string path = (folder_ / ".s.PGSQL.5432").string();
        path.copy(address.sun_path, sizeof(address.sun_path) - 1);
        if (::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0 ||
            ::listen(listener_, 1) != 0) {
            ADD_FAILURE() << "cannot listen on " << path;
        }
        thread_ = std::thread([this] { serveOne(); });
    }
    PasswordAskingServer(const PasswordAskingServer&) = delete;
    PasswordAskingServer& operator=(const PasswordAskingServer&) = delete;
    ~PasswordAskingServer() {
        if (thread_.joinable()) {
            thread_.join();
        }
        ::close(listener_);
        std::filesystem::remove_all(folder_);
    }

    [[nodiscard]] std::string conninfo() const {
        return "host=" + folder_.string() + " dbname=clinic user=reception";
    }
    // Waits for the connection to end; what the client sent as its password.
    [[nodiscard]] const std::string& passwordReceived() {
        if (thread_.joinable()) {
            thread_.join();
        }
        return password_;
    }

  private:
    void serveOne() {
        pollfd waiting{listener_, POLLIN, 0};
        if (::poll(&waiting, 1, kWaitMilliseconds) != 1) {
            return;
        }
        const int client = ::accept(listener_, nullptr, nullptr);
        std::string startup;
        if (readMessage(client, startup, false)) {
            constexpr std::array<char, 9> kAskForPassword{'R', 0, 0, 0, 8, 0, 0, 0, 3};
            send(client, std::string(kAskForPassword.data(), kAskForPassword.size()));
            std::string reply;
            if (readMessage(client, reply, true) && !reply.empty()) {
                password_ = reply.substr(0, reply.find('\0'));
                refuse(client);
            }
        }
        ::close(client);
    }

    // A message's body: the startup message has no type byte, every later one has.
    static bool readMessage(int client, std::string& body, bool typed) {
        std::string head(typed ? 5 : 4, '\0');
        if (!readAll(client, head)) {
            return false;
        }
        const auto* length = reinterpret_cast<const unsigned char*>(head.data() + (typed ? 1 : 0));
        const std::size_t size = (std::size_t{length[0]} << 24U) | (std::size_t{length[1]} << 16U) |
                                 (std::size_t{length[2]} << 8U) | length[3];
        body.assign(size - 4, '\0');
        return readAll(client, body);
    }

    static bool readAll(int client, std::string& bytes) {
        std::size_t done = 0;
        while (done < bytes.size()) {
            pollfd readable{client, POLLIN, 0};
            if (::poll(&readable, 1, kWaitMilliseconds) != 1) {
                return false;
            }
            const ssize_t got = ::read(client, bytes.data() + done, bytes.size() - done);
            if (got <= 0) {
                return false;
            }
            done += static_cast<std::size_t>(got);
        }
        return true;
    }

    static void send(int client, const std::string& bytes) {
        if (::write(client, bytes.data(), bytes.size()) != static_cast<ssize_t>(bytes.size())) {
            ADD_FAILURE() << "cannot answer the client";
        }
    }

    // An ErrorResponse as PostgreSQL sends it for a wrong password.
    static void refuse(int client) {
        using namespace std::string_literals;
        const std::string fields = "SFATAL\0VFATAL\0C28P01\0"s
                                   "Mpassword authentication failed for user \"reception\"\0\0"s;
        const std::size_t length = fields.size() + 4;
        std::string message = "E";
        for (const unsigned shift : {24U, 16U, 8U, 0U}) {
            message += static_cast<char>((length >> shift) & 0xFFU);
        }
        send(client, message + fields);
    }

    std::filesystem::path folder_;
    int listener_ = -1;
    std::thread thread_;
    std::string password_;
};

class ClinicServerPasswordTest : public ::testing::Test {
  protected:
    // Nothing from this computer's ~/.pgpass.
    void SetUp() override { ::setenv("PGPASSFILE", "/nonexistent/kt-pgpass", 1); }
    void TearDown() override { ::unsetenv("PGPASSFILE"); }
};

TEST_F(ClinicServerPasswordTest, AServerAskingForAPasswordNoneGivesIsToldApart) {
    PasswordAskingServer server;
    try {
        ClinicStore store(ClinicServer{server.conninfo(), {}}, leastKeyWork());
        FAIL() << "connected without a password";
    } catch (const ClinicServerNeedsPassword& error) {
        EXPECT_FALSE(error.refused());
        EXPECT_NE(std::string(error.what()).find("password"), std::string::npos) << error.what();
    }
    EXPECT_EQ(server.passwordReceived(), "");
}

TEST_F(ClinicServerPasswordTest, ATypedPasswordReachesTheServerAndARefusedOneIsSaidSo) {
    PasswordAskingServer server;
    const std::string typed = "s3cret with spaces='and quotes'";
    try {
        ClinicStore store(ClinicServer{server.conninfo(), typed}, leastKeyWork());
        FAIL() << "connected to a server that refuses every password";
    } catch (const ClinicServerNeedsPassword& error) {
        EXPECT_TRUE(error.refused());
        EXPECT_EQ(std::string(error.what()).find(typed), std::string::npos) << error.what();
    }
    EXPECT_EQ(server.passwordReceived(), typed);
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
