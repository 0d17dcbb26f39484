#pragma once

#include "kneetriage/crypto/secret_key.h"

#include <optional>
#include <string>
#include <string_view>

namespace kt {

// Seals `plain` with XChaCha20-Poly1305 under a fresh random nonce. `context` (where the value
// lives, e.g. its column and row) is authenticated but not stored, so a sealed value copied to
// another place no longer opens. The result is binary: the nonce, then ciphertext and tag.
[[nodiscard]] std::string seal(const SecretKey& key, std::string_view plain,
                               std::string_view context);

// The plain text, or nullopt when `sealed` was not sealed with this key and context, or was
// changed since.
[[nodiscard]] std::optional<std::string> unseal(const SecretKey& key, std::string_view sealed,
                                                std::string_view context);

} // namespace kt
