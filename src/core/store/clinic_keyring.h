#pragma once

#include "kneetriage/crypto/secret_key.h"
#include "kneetriage/store/sqlite_database.h"

#include <optional>
#include <string_view>

namespace kt {

// The clinic file's key record: the salt and work its key is derived with, and a value sealed
// with that key, so a wrong passphrase is told apart before any patient field is touched.
// The key itself is never stored.

// Whether the file has a passphrase yet.
[[nodiscard]] bool hasStoredKey(Database& database);

// The key for `passphrase`, or nullopt when the passphrase is wrong. Throws DatabaseError when
// the record is missing or damaged, CryptoError when the key cannot be derived.
[[nodiscard]] std::optional<SecretKey> keyFor(Database& database, std::string_view passphrase);

// Derives a key from `passphrase` with a new salt and writes its record in place of any other.
// Call inside a transaction when patient fields are re-sealed with it.
[[nodiscard]] SecretKey storeNewKey(Database& database, std::string_view passphrase,
                                    const KeyWork& work);

} // namespace kt
