#pragma once

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kt {

// libsodium could not start, or could not derive a key (usually too little memory).
class CryptoError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// How much work Argon2id does to turn a passphrase into a key. More makes guessing a stolen
// file's passphrase slower, and unlocking slower too.
struct KeyWork {
    unsigned long long opsLimit = 0;
    std::size_t memLimit = 0;
};

// libsodium's "moderate" work (about a second and 256 MiB here): the key guards health data, and
// a clinician unlocks a few times a day, not per request.
[[nodiscard]] KeyWork moderateKeyWork();
// The least work Argon2id allows: for tests, never for a real file.
[[nodiscard]] KeyWork leastKeyWork();
// Whether `work` read back from a file is within what this program will do: a hostile file must
// not make unlocking take hours or gigabytes.
[[nodiscard]] bool isAcceptableKeyWork(const KeyWork& work);

// What a key is derived with, stored beside what it protects: a random salt and the work.
struct KeyDerivation {
    std::string salt;
    KeyWork work;
};

[[nodiscard]] KeyDerivation newKeyDerivation(const KeyWork& work);

// A 256-bit key in memory that libsodium keeps out of swap and core dumps and wipes when freed.
class SecretKey {
  public:
    static constexpr std::size_t kSize = 32;

    // Argon2id over `passphrase`. Throws CryptoError when the work cannot be done.
    [[nodiscard]] static SecretKey fromPassphrase(std::string_view passphrase,
                                                  const KeyDerivation& derivation);

    [[nodiscard]] const unsigned char* bytes() const { return bytes_.get(); }

  private:
    struct Free {
        void operator()(unsigned char* bytes) const;
    };
    explicit SecretKey(std::unique_ptr<unsigned char, Free> bytes);
    std::unique_ptr<unsigned char, Free> bytes_;
};

} // namespace kt
