#include "kneetriage/io/input_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>
#include <utility>

namespace kt {
namespace {

// What a file that is not a regular file is, in words a user knows.
std::string kindOf(mode_t mode) {
    if (S_ISDIR(mode)) {
        return "is a directory";
    }
    if (S_ISFIFO(mode)) {
        return "is a named pipe (FIFO), not a regular file";
    }
    if (S_ISCHR(mode)) {
        return "is a character device, not a regular file";
    }
    if (S_ISBLK(mode)) {
        return "is a block device, not a regular file";
    }
    if (S_ISSOCK(mode)) {
        return "is a socket, not a regular file";
    }
    return "is not a regular file";
}

std::string whyNotOpened(int error) {
    switch (error) {
    case ENOENT:
        return "cannot open: no such file";
    case EACCES:
        return "cannot open for reading (permission denied)";
    case ENXIO:
        return "cannot open: is a socket or a device with nothing behind it, not a regular file";
    default:
        return std::string("cannot open: ") + std::strerror(error);
    }
}

} // namespace

std::variant<InputFile, Problem> InputFile::open(const std::filesystem::path& path,
                                                 std::string_view expected) {
    const auto problem = [&](const std::string& what) {
        return Problem{path.string(), 0, 0, {}, what + "; expected " + std::string(expected)};
    };
    const int descriptor = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (descriptor < 0) {
        return problem(whyNotOpened(errno));
    }
    InputFile file(descriptor, 0);
    struct stat found {};
    if (::fstat(descriptor, &found) != 0) {
        return problem(std::string("cannot examine: ") + std::strerror(errno));
    }
    if (!S_ISREG(found.st_mode)) {
        return problem(kindOf(found.st_mode));
    }
    // Regular files never block; the flag only mattered for the open.
    ::fcntl(descriptor, F_SETFL, ::fcntl(descriptor, F_GETFL) & ~O_NONBLOCK);
    file.size_ = static_cast<std::uintmax_t>(found.st_size);
    return file;
}

InputFile::InputFile(InputFile&& other) noexcept
    : descriptor_(std::exchange(other.descriptor_, -1)), size_(other.size_) {}

InputFile& InputFile::operator=(InputFile&& other) noexcept {
    if (this != &other) {
        if (descriptor_ >= 0) {
            ::close(descriptor_);
        }
        descriptor_ = std::exchange(other.descriptor_, -1);
        size_ = other.size_;
    }
    return *this;
}

InputFile::~InputFile() {
    if (descriptor_ >= 0) {
        ::close(descriptor_);
    }
}

InputFileBuffer::int_type InputFileBuffer::underflow() {
    if (gptr() < egptr()) {
        return traits_type::to_int_type(*gptr());
    }
    ssize_t count = 0;
    do {
        count = ::read(descriptor_, buffer_.data(), buffer_.size());
    } while (count < 0 && errno == EINTR);
    if (count < 0) {
        // The istream reading through this buffer turns the exception into badbit.
        throw std::system_error(errno, std::generic_category(), "read");
    }
    if (count == 0) {
        return traits_type::eof();
    }
    setg(buffer_.data(), buffer_.data(), buffer_.data() + count);
    return traits_type::to_int_type(*gptr());
}

std::variant<std::string, Problem> readInputFile(const std::filesystem::path& path,
                                                 std::size_t maxBytes, std::string_view expected) {
    auto opened = InputFile::open(path, expected);
    if (auto* problem = std::get_if<Problem>(&opened)) {
        return std::move(*problem);
    }
    const InputFile& file = std::get<InputFile>(opened);
    if (file.size() > maxBytes) {
        return Problem{path.string(),
                       0,
                       0,
                       {},
                       "file is " + std::to_string(file.size()) + " bytes; expected at most " +
                           std::to_string(maxBytes)};
    }
    // Read to the end, not to the size seen at the open: the file may have grown, and what is
    // read is held to the limit either way (one byte over is enough to tell).
    std::string text(static_cast<std::size_t>(file.size()) + 1, '\0');
    std::size_t filled = 0;
    while (filled <= maxBytes) {
        if (filled == text.size()) {
            text.resize(std::min(text.size() * 2, maxBytes + 1));
        }
        const ssize_t count = ::read(file.descriptor(), text.data() + filled, text.size() - filled);
        if (count < 0 && errno == EINTR) {
            continue;
        }
        if (count < 0) {
            return Problem{path.string(),
                           0,
                           0,
                           {},
                           std::string("read error: ") + std::strerror(errno) + "; expected " +
                               std::string(expected)};
        }
        if (count == 0) {
            break;
        }
        filled += static_cast<std::size_t>(count);
    }
    if (filled > maxBytes) {
        return Problem{path.string(),
                       0,
                       0,
                       {},
                       "file grew past " + std::to_string(maxBytes) +
                           " bytes while it was read; expected at most " +
                           std::to_string(maxBytes)};
    }
    text.resize(filled);
    return text;
}

} // namespace kt
