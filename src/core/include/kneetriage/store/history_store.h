#pragma once

#include "kneetriage/io/check_record.h"
#include "kneetriage/store/sqlite_database.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kt {

// The schema version of the history database, kept in PRAGMA user_version.
inline constexpr int kHistorySchemaVersion = 1;

// One finished check as saved on this machine, with the pain rating its chart shows.
struct SavedCheck : CheckRecord {
    std::int64_t id = 0;
    std::optional<int> painScore;
};

// The user's saved checks: a SQLite file in WAL mode, readable by its owner only. A file that is
// not a history database this version can use is never written to: it is moved aside and a new
// one started, and `notice()` says what happened so the user can be told.
class HistoryStore {
  public:
    explicit HistoryStore(const std::filesystem::path& file);

    // Saves durably: when this returns, the check survives a crash or power cut.
    std::int64_t save(const SavedCheck& check);
    [[nodiscard]] std::vector<SavedCheck> list();
    [[nodiscard]] std::int64_t count();
    [[nodiscard]] std::optional<SavedCheck> find(std::int64_t id);
    void remove(std::int64_t id);

    [[nodiscard]] const std::optional<std::string>& notice() const { return notice_; }

  private:
    std::optional<std::string> notice_;
    std::unique_ptr<Database> database_;
};

} // namespace kt
