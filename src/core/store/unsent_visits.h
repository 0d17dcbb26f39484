#pragma once

#include "kneetriage/crypto/secret_key.h"
#include "kneetriage/store/clinic_store.h"
#include "kneetriage/store/sqlite_database.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kt {

// One visit kept by this seat: its intake key, and the visit, or nullopt when it does not open
// with the key it was read with (sealed under an earlier clinic passphrase).
struct KeptVisit {
    std::string intakeKey;
    std::optional<Visit> visit;
};

// The visits a seat saved while the clinic server could not be reached, in a SQLite file of the
// seat's own with the protections of user_database.h. Each visit is sealed whole with the clinic
// key, bound to its intake key: only the random intake key is in clear.
class UnsentVisits {
  public:
    // Opens (or creates) the file.
    explicit UnsentVisits(const std::filesystem::path& file);

    // Keeps `visit` (which has its intake key), in place of one kept with the same key.
    void keep(const SecretKey& key, const Visit& visit);
    [[nodiscard]] std::vector<KeptVisit> opened(const SecretKey& key);
    // Forgets a kept visit, once the server has it.
    void forget(const std::string& intakeKey);
    [[nodiscard]] std::size_t count();

  private:
    Database database_;
};

// How many visits `file` keeps; 0, creating nothing, when there is no such file.
[[nodiscard]] std::size_t countUnsentVisits(const std::filesystem::path& file);

// A new random intake key: 32 hex digits.
[[nodiscard]] std::string newIntakeKey();

} // namespace kt
