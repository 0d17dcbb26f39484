#include "password_asking_server.h"

#include <array>
#include <cstdlib>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace kt::test {
namespace {

constexpr int kWaitMilliseconds = 10000;

bool readAll(int client, std::string& bytes) {
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

// A message's body: the startup message has no type byte, every later one has.
bool readMessage(int client, std::string& body, bool typed) {
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

// A client that hung up is the client's business: the test sees what it says.
void send(int client, const std::string& bytes) {
    [[maybe_unused]] const ssize_t sent = ::write(client, bytes.data(), bytes.size());
}

// An ErrorResponse as PostgreSQL sends it for a wrong password.
void refuse(int client) {
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

} // namespace

PasswordAskingServer::PasswordAskingServer(int connections) {
    std::string folder = (std::filesystem::temp_directory_path() / "kt-pw-XXXXXX").string();
    if (::mkdtemp(folder.data()) == nullptr) {
        throw std::runtime_error("cannot make a folder for the stand-in server");
    }
    folder_ = folder;
    listener_ = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const std::string path = (folder_ / ".s.PGSQL.5432").string();
    path.copy(address.sun_path, sizeof(address.sun_path) - 1);
    if (::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0 ||
        ::listen(listener_, 1) != 0) {
        ::close(listener_);
        std::filesystem::remove_all(folder_);
        throw std::runtime_error("cannot listen on " + path);
    }
    thread_ = std::thread([this, connections] { serve(connections); });
}

PasswordAskingServer::~PasswordAskingServer() {
    if (thread_.joinable()) {
        thread_.join();
    }
    ::close(listener_);
    std::filesystem::remove_all(folder_);
}

std::string PasswordAskingServer::conninfo() const {
    return "host=" + folder_.string() + " dbname=clinic user=reception";
}

const std::vector<std::string>& PasswordAskingServer::passwordsReceived() {
    if (thread_.joinable()) {
        thread_.join();
    }
    return passwords_;
}

void PasswordAskingServer::serve(int connections) {
    for (int served = 0; served < connections; ++served) {
        pollfd waiting{listener_, POLLIN, 0};
        if (::poll(&waiting, 1, kWaitMilliseconds) != 1) {
            return;
        }
        const int client = ::accept(listener_, nullptr, nullptr);
        serveOne(client);
        ::close(client);
    }
}

void PasswordAskingServer::serveOne(int client) {
    std::string startup;
    if (!readMessage(client, startup, false)) {
        return;
    }
    constexpr std::array<char, 9> kAskForPassword{'R', 0, 0, 0, 8, 0, 0, 0, 3};
    send(client, std::string(kAskForPassword.data(), kAskForPassword.size()));
    std::string reply;
    if (!readMessage(client, reply, true)) {
        passwords_.emplace_back();
        return;
    }
    passwords_.push_back(reply.substr(0, reply.find('\0')));
    refuse(client);
}

} // namespace kt::test
