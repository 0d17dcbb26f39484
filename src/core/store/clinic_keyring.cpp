#include "store/clinic_keyring.h"

#include "kneetriage/crypto/seal.h"
#include "kneetriage/store/sqlite_database.h"

namespace kt {
namespace {

constexpr std::string_view kCheckText = "KneeTriage clinic key";
constexpr std::string_view kCheckContext = "clinic_key.key_check";

} // namespace

bool hasStoredKey(ClinicBackend& backend) {
    return backend.query("SELECT count(*) FROM clinic_key", {}).at(0).integer(0) > 0;
}

std::optional<SecretKey> keyFor(ClinicBackend& backend, std::string_view passphrase) {
    const std::vector<SqlRow> rows = backend.query(
        "SELECT salt, ops_limit, mem_limit, key_check FROM clinic_key WHERE id = 1", {});
    if (rows.empty()) {
        throw DatabaseError(backend.where() + ": no clinic passphrase has been set");
    }
    const SqlRow& record = rows.front();
    const std::int64_t ops = record.integer(1);
    const std::int64_t memory = record.integer(2);
    if (ops <= 0 || memory <= 0) {
        throw DatabaseError(backend.where() + ": the key record is damaged (its work limits are " +
                            std::to_string(ops) + " and " + std::to_string(memory) + ")");
    }
    const KeyDerivation derivation{
        record.text(0), {static_cast<unsigned long long>(ops), static_cast<std::size_t>(memory)}};
    SecretKey key = SecretKey::fromPassphrase(passphrase, derivation);
    if (unseal(key, record.text(3), kCheckContext) != kCheckText) {
        return std::nullopt;
    }
    return key;
}

bool keyStillOpens(ClinicBackend& backend, const SecretKey& key) {
    const std::vector<SqlRow> rows =
        backend.query("SELECT key_check FROM clinic_key WHERE id = 1", {});
    return !rows.empty() && unseal(key, rows.front().text(0), kCheckContext) == kCheckText;
}

SecretKey storeNewKey(ClinicBackend& backend, std::string_view passphrase, const KeyWork& work) {
    const KeyDerivation derivation = newKeyDerivation(work);
    SecretKey key = SecretKey::fromPassphrase(passphrase, derivation);
    backend.execute("DELETE FROM clinic_key", {});
    backend.execute("INSERT INTO clinic_key (id, salt, ops_limit, mem_limit, key_check) "
                    "VALUES (1, ?, ?, ?, ?)",
                    {SqlBytes{derivation.salt}, static_cast<std::int64_t>(work.opsLimit),
                     static_cast<std::int64_t>(work.memLimit),
                     SqlBytes{seal(key, kCheckText, kCheckContext)}});
    return key;
}

} // namespace kt
