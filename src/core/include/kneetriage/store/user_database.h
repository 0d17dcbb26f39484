#pragma once

#include "kneetriage/store/sqlite_database.h"

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kt {

// A SQLite file holding the user's own records (history, clinic). It is created readable by
// its owner only, in WAL mode with full sync, and brought to the newest schema by running
// `migrations[v]` for each version v it is behind. A file this version cannot use (not SQLite
// or damaged) is never written to: it is moved aside and a new file started, and `notice` says
// so in words the user can act on. A healthy file from a newer version is refused with
// NewerDatabase and left as it is.
class NewerDatabase : public DatabaseError {
  public:
    using DatabaseError::DatabaseError;
};

struct UserDatabase {
    Database database;
    std::optional<std::string> notice;
};

// How many unusable copies are kept beside a user database; older ones are removed when another
// is set aside, and the notice says so.
inline constexpr std::size_t kKeptSetAsideCopies = 3;

// The copies of `file` set aside as unusable (FILE.unusable-STAMP), newest first.
[[nodiscard]] std::vector<std::filesystem::path> setAsideCopies(const std::filesystem::path& file);

// Deletes every set-aside copy of `file` (with its -wal and -shm); returns those that could not
// be deleted.
[[nodiscard]] std::vector<std::filesystem::path>
removeSetAsideCopies(const std::filesystem::path& file);

[[nodiscard]] UserDatabase openUserDatabase(const std::filesystem::path& file,
                                            std::string_view what,
                                            std::span<const std::string_view> migrations);

} // namespace kt
