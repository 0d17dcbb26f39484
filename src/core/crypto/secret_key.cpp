#include "kneetriage/crypto/secret_key.h"

#include <sodium.h>

namespace kt {
namespace {

// sodium_init is safe to call more than once and from any thread; it must precede any use.
void startSodium() {
    if (sodium_init() < 0) {
        throw CryptoError("libsodium could not start, so the clinic file cannot be unlocked");
    }
}

// The most work a stored file may ask for: libsodium's "sensitive" set.
constexpr unsigned long long kMostOps = crypto_pwhash_OPSLIMIT_SENSITIVE;
constexpr std::size_t kMostMemory = crypto_pwhash_MEMLIMIT_SENSITIVE;

} // namespace

KeyWork moderateKeyWork() {
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KeyWork leastKeyWork() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

bool isAcceptableKeyWork(const KeyWork& work) {
    return work.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && work.opsLimit <= kMostOps &&
           work.memLimit >= crypto_pwhash_MEMLIMIT_MIN && work.memLimit <= kMostMemory;
}

KeyDerivation newKeyDerivation(const KeyWork& work) {
    startSodium();
    KeyDerivation derivation{std::string(crypto_pwhash_SALTBYTES, '\0'), work};
    randombytes_buf(derivation.salt.data(), derivation.salt.size());
    return derivation;
}

void SecretKey::Free::operator()(unsigned char* bytes) const {
    sodium_free(bytes);
}

SecretKey::SecretKey(std::unique_ptr<unsigned char, Free> bytes) : bytes_(std::move(bytes)) {}

SecretKey SecretKey::fromPassphrase(std::string_view passphrase, const KeyDerivation& derivation) {
    startSodium();
    if (derivation.salt.size() != crypto_pwhash_SALTBYTES ||
        !isAcceptableKeyWork(derivation.work)) {
        throw CryptoError("the key settings stored with the file are not ones this program makes");
    }
    std::unique_ptr<unsigned char, Free> bytes(static_cast<unsigned char*>(sodium_malloc(kSize)));
    if (!bytes) {
        throw CryptoError("no memory for a key");
    }
    if (crypto_pwhash(bytes.get(), kSize, passphrase.data(), passphrase.size(),
                      reinterpret_cast<const unsigned char*>(derivation.salt.data()),
                      derivation.work.opsLimit, derivation.work.memLimit,
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw CryptoError("deriving the key from the passphrase needs " +
                          std::to_string(derivation.work.memLimit >> 20U) +
                          " MiB of memory, which this computer could not give");
    }
    return SecretKey(std::move(bytes));
}

} // namespace kt
