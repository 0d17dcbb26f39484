#pragma once

#include "kneetriage/crypto/secret_key.h"
#include "store/clinic_backend.h"

#include <optional>
#include <string_view>

namespace kt {

// The clinic's key record: the salt and work its key is derived with, and a value sealed with
// that key, so a wrong passphrase is told apart before any patient field is touched. The key
// itself is never stored, in the file or on the server.

// Whether the clinic has a passphrase yet.
[[nodiscard]] bool hasStoredKey(ClinicBackend& backend);

// The key for `passphrase`, or nullopt when the passphrase is wrong. Throws DatabaseError when
// the record is missing or damaged, CryptoError when the key cannot be derived.
[[nodiscard]] std::optional<SecretKey> keyFor(ClinicBackend& backend, std::string_view passphrase);

// Whether `key` opens the stored key record: false when the passphrase was changed (by another
// seat) since `key` was derived, or the record is gone.
[[nodiscard]] bool keyStillOpens(ClinicBackend& backend, const SecretKey& key);

// Derives a key from `passphrase` with a new salt and writes its record in place of any other.
// Call inside a transaction when patient fields are re-sealed with it.
[[nodiscard]] SecretKey storeNewKey(ClinicBackend& backend, std::string_view passphrase,
                                    const KeyWork& work);

} // namespace kt
