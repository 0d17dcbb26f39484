#include "store/clinic_keyring.h"

#include "kneetriage/crypto/seal.h"

namespace kt {
namespace {

constexpr std::string_view kCheckText = "KneeTriage clinic key";
constexpr std::string_view kCheckContext = "clinic_key.key_check";

} // namespace

bool hasStoredKey(Database& database) {
    auto query = database.prepare("SELECT count(*) FROM clinic_key");
    query.step();
    return query.integer(0) > 0;
}

std::optional<SecretKey> keyFor(Database& database, std::string_view passphrase) {
    auto query = database.prepare(
        "SELECT salt, ops_limit, mem_limit, key_check FROM clinic_key WHERE id = 1");
    if (!query.step()) {
        throw DatabaseError(database.file() + ": no clinic passphrase has been set");
    }
    const std::int64_t ops = query.integer(1);
    const std::int64_t memory = query.integer(2);
    if (ops <= 0 || memory <= 0) {
        throw DatabaseError(database.file() + ": the key record is damaged (its work limits are " +
                            std::to_string(ops) + " and " + std::to_string(memory) + ")");
    }
    const KeyDerivation derivation{
        query.bytes(0), {static_cast<unsigned long long>(ops), static_cast<std::size_t>(memory)}};
    SecretKey key = SecretKey::fromPassphrase(passphrase, derivation);
    if (unseal(key, query.bytes(3), kCheckContext) != kCheckText) {
        return std::nullopt;
    }
    return key;
}

SecretKey storeNewKey(Database& database, std::string_view passphrase, const KeyWork& work) {
    const KeyDerivation derivation = newKeyDerivation(work);
    SecretKey key = SecretKey::fromPassphrase(passphrase, derivation);
    database
        .prepare("INSERT OR REPLACE INTO clinic_key (id, salt, ops_limit, mem_limit, key_check) "
                 "VALUES (1, ?, ?, ?, ?)")
        .bindBytes(1, derivation.salt)
        .bind(2, static_cast<std::int64_t>(work.opsLimit))
        .bind(3, static_cast<std::int64_t>(work.memLimit))
        .bindBytes(4, seal(key, kCheckText, kCheckContext))
        .run();
    return key;
}

} // namespace kt
