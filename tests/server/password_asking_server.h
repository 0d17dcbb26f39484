#pragma once

#include <filesystem>
#include <string>
#include <thread>
#include <vector>

namespace kt::test {

// A stand-in for a PostgreSQL server that wants a password (the test cluster trusts its socket,
// so it never asks): on a Unix socket where libpq looks for a server, it takes up to
// `connections` clients one after another, asks each for a password in clear
// (AuthenticationCleartextPassword), keeps what it is sent and refuses it as PostgreSQL refuses
// a wrong password. It speaks just enough of the protocol for that; no test framework in it, so
// the core and the GUI tests share it.
class PasswordAskingServer {
  public:
    explicit PasswordAskingServer(int connections = 1);
    PasswordAskingServer(const PasswordAskingServer&) = delete;
    PasswordAskingServer& operator=(const PasswordAskingServer&) = delete;
    ~PasswordAskingServer();

    // host (the socket's folder), dbname and user; never a password.
    [[nodiscard]] std::string conninfo() const;
    // Waits until every client was served (or none came for ten seconds); what each sent as
    // its password, "" for a client that had none to give.
    [[nodiscard]] const std::vector<std::string>& passwordsReceived();

  private:
    void serve(int connections);
    void serveOne(int client);

    std::filesystem::path folder_;
    int listener_ = -1;
    std::vector<std::string> passwords_;
    std::thread thread_;
};

} // namespace kt::test
