#include "kneetriage/crypto/seal.h"

#include <sodium.h>

namespace kt {
namespace {

constexpr std::size_t kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const unsigned char* bytesOf(std::string_view text) {
    return reinterpret_cast<const unsigned char*>(text.data());
}

} // namespace

std::string seal(const SecretKey& key, std::string_view plain, std::string_view context) {
    std::string sealed(kNonceSize + plain.size() + kTagSize, '\0');
    auto* out = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(out, kNonceSize);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + kNonceSize, &written, bytesOf(plain),
                                               plain.size(), bytesOf(context), context.size(),
                                               nullptr, out, key.bytes());
    return sealed;
}

std::optional<std::string> unseal(const SecretKey& key, std::string_view sealed,
                                  std::string_view context) {
    if (sealed.size() < kNonceSize + kTagSize) {
        return std::nullopt;
    }
    std::string plain(sealed.size() - kNonceSize - kTagSize, '\0');
    unsigned long long read = 0;
    const unsigned char* nonce = bytesOf(sealed);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()),
                                                   &read, nullptr, nonce + kNonceSize,
                                                   sealed.size() - kNonceSize, bytesOf(context),
                                                   context.size(), nonce, key.bytes()) != 0) {
        return std::nullopt;
    }
    return plain;
}

} // namespace kt
