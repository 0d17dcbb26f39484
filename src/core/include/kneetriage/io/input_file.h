#pragma once

#include "kneetriage/io/problem.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <streambuf>
#include <string>
#include <string_view>
#include <variant>

namespace kt {

// A file opened for reading only once it is known to be a regular file. A FIFO with no writer
// would block the open for ever, and a device such as /dev/zero never ends, so anything else is
// refused before a byte is read: the open does not wait (O_NONBLOCK), and the type is taken from
// the open file itself (fstat), not from its name, which could be replaced in between.
class InputFile {
  public:
    // The open file, or a problem naming it, saying what it is, and that `expected` (such as
    // "a JSON file") was expected.
    [[nodiscard]] static std::variant<InputFile, Problem> open(const std::filesystem::path& path,
                                                               std::string_view expected);

    InputFile(InputFile&& other) noexcept;
    InputFile& operator=(InputFile&& other) noexcept;
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;
    ~InputFile();

    [[nodiscard]] int descriptor() const { return descriptor_; }
    // The size when it was opened.
    [[nodiscard]] std::uintmax_t size() const { return size_; }

  private:
    InputFile(int descriptor, std::uintmax_t size) : descriptor_(descriptor), size_(size) {}

    int descriptor_ = -1;
    std::uintmax_t size_ = 0;
};

// An InputFile as a std::istream source, for readers that stream (a batch of any length).
class InputFileBuffer : public std::streambuf {
  public:
    explicit InputFileBuffer(const InputFile& file) : descriptor_(file.descriptor()) {}

  protected:
    int_type underflow() override;

  private:
    int descriptor_;
    std::array<char, 65536> buffer_{};
};

// The whole regular file at `path` if it is at most `maxBytes` long, or why not.
[[nodiscard]] std::variant<std::string, Problem>
readInputFile(const std::filesystem::path& path, std::size_t maxBytes, std::string_view expected);

} // namespace kt
