#include "kneetriage/store/user_database.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace kt {
namespace {

void migrate(Database& database, std::span<const std::string_view> migrations);

// Removes a set-aside copy with its journal files; false when any of them stays.
bool removeCopy(const std::filesystem::path& copy) {
    bool all = true;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        std::error_code error;
        std::filesystem::remove(copy.string() + suffix, error);
        all = all && !error;
    }
    return all;
}

using Schema = std::map<std::string, std::set<std::string>>; // table -> its columns

Schema schemaOf(Database& database) {
    Schema schema;
    auto tables = database.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    auto columns = database.prepare("SELECT name FROM pragma_table_info(?)");
    while (tables.step()) {
        const std::string table = tables.text(0);
        columns.bind(1, table);
        while (columns.step()) {
            schema[table].insert(columns.text(0));
        }
        columns.reset();
    }
    return schema;
}

// What is missing from `found` that this version's schema has, or "" when nothing is.
std::string missingFrom(const Schema& found, std::span<const std::string_view> migrations) {
    Database expected(":memory:", Database::Mode::ReadWriteCreate);
    migrate(expected, migrations);
    for (const auto& [table, columns] : schemaOf(expected)) {
        const auto present = found.find(table);
        if (present == found.end()) {
            return "table " + table;
        }
        for (const std::string& column : columns) {
            if (!present->second.contains(column)) {
                return "column " + table + "." + column;
            }
        }
    }
    return {};
}

// Why an existing file cannot be used as it is, or nullopt when it can.
std::optional<std::string> whyUnusable(const std::filesystem::path& file, std::string_view what,
                                       std::span<const std::string_view> migrations) {
    const int newest = static_cast<int>(migrations.size());
    {
        std::ifstream stream(file, std::ios::binary);
        std::string header(16, '\0');
        stream.read(header.data(), static_cast<std::streamsize>(header.size()));
        if (stream.gcount() > 0 && header != std::string("SQLite format 3\0", 16)) {
            return std::string("it is not a SQLite database");
        }
    }
    try {
        Database probe(file, Database::Mode::ReadOnly);
        auto check = probe.prepare("PRAGMA quick_check");
        if (!check.step() || check.text(0) != "ok") {
            return std::string("it is damaged (integrity check failed)");
        }
        if (const int version = probe.userVersion(); version > newest) {
            // Healthy, only newer: setting it aside would hide the user's records behind an
            // empty file. It is refused and left exactly as it is.
            throw NewerDatabase(file.string() + ": written by a newer KneeTriage (" +
                                std::string(what) + " version " + std::to_string(version) +
                                ", this one reads up to " + std::to_string(newest) +
                                "); it was left unchanged. Use that newer version to open it.");
        }
        // The version number alone can claim a schema the file does not have.
        if (probe.userVersion() == newest) {
            if (const std::string missing = missingFrom(schemaOf(probe), migrations);
                !missing.empty()) {
                return "it says it is " + std::string(what) + " version " + std::to_string(newest) +
                       " but has no " + missing;
            }
        }
    } catch (const NewerDatabase&) {
        throw;
    } catch (const DatabaseError& error) {
        return std::string("it cannot be read: ") + error.what();
    }
    return std::nullopt;
}

// A name of its own beside `file`: never the name of an earlier copy set aside the same second.
std::filesystem::path asideName(const std::filesystem::path& file) {
    const auto stamp = std::chrono::duration_cast<std::chrono::seconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count();
    std::filesystem::path aside = file.string() + ".unusable-" + std::to_string(stamp);
    for (int again = 1; std::filesystem::exists(aside); ++again) {
        aside = file.string() + ".unusable-" + std::to_string(stamp) + "-" + std::to_string(again);
    }
    return aside;
}

// Removes the copies beyond the newest kKeptSetAsideCopies; returns how many went.
std::size_t capSetAsideCopies(const std::filesystem::path& file) {
    const auto copies = setAsideCopies(file);
    std::size_t removed = 0;
    for (std::size_t i = kKeptSetAsideCopies; i < copies.size(); ++i) {
        removed += removeCopy(copies[i]) ? 1 : 0;
    }
    return removed;
}

void migrate(Database& database, std::span<const std::string_view> migrations) {
    const int newest = static_cast<int>(migrations.size());
    if (database.userVersion() == newest) {
        return; // the usual case: no write, so no waiting for the disk at start-up
    }
    inTransaction(database, [&] {
        for (int version = database.userVersion(); version < newest; ++version) {
            database.execute(migrations[static_cast<std::size_t>(version)]);
            database.setUserVersion(version + 1);
        }
    });
}

// A user database is only ever a regular file of this user, reached without a symbolic link:
// a link could point the app at another program's database (whose mode, journal and schema
// it would change) or make it create a file elsewhere.
void refuseUnlessOwnRegularFile(const std::filesystem::path& file) {
    struct stat found {};
    if (::lstat(file.c_str(), &found) != 0) {
        return; // not there yet: it is created below, owner-only
    }
    if (S_ISLNK(found.st_mode)) {
        throw DatabaseError(file.string() +
                            ": is a symbolic link; KneeTriage keeps health records only in a "
                            "regular file of its own and does not follow links");
    }
    if (!S_ISREG(found.st_mode)) {
        throw DatabaseError(file.string() + ": is not a regular file; refusing to open it");
    }
    if (found.st_uid != ::geteuid()) {
        throw DatabaseError(file.string() + ": belongs to another user (uid " +
                            std::to_string(found.st_uid) + "); refusing to open it");
    }
}

// A folder or file this user may not write is refused before anything reads it: SQLite would
// open such a file read-only and fail only at the first save, and one it cannot open at all would
// be judged unusable and set aside, though nothing is wrong with it.
void refuseUnlessWritable(const std::filesystem::path& file, std::string_view what) {
    const auto denied = [](int error) {
        return error == EACCES ? std::string("permission denied") : std::strerror(error);
    };
    if (file.has_parent_path() &&
        ::faccessat(AT_FDCWD, file.parent_path().c_str(), W_OK | X_OK, AT_EACCESS) != 0) {
        throw DatabaseError(file.parent_path().string() + ": the folder cannot be written (" +
                            denied(errno) + "), so the " + std::string(what) + " file " +
                            file.filename().string() +
                            " cannot be kept there; nothing was changed");
    }
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const std::string part = file.string() + suffix;
        if (::faccessat(AT_FDCWD, part.c_str(), R_OK | W_OK, AT_EACCESS) != 0 && errno != ENOENT) {
            throw DatabaseError(part + ": cannot be written (" + denied(errno) + "); the " +
                                std::string(what) +
                                " file was left unchanged. Give yourself read and write "
                                "permission on it (chmod u+rw) to use it again.");
        }
    }
}

} // namespace

UserDatabase openUserDatabase(const std::filesystem::path& file, std::string_view what,
                              std::span<const std::string_view> migrations) {
    std::optional<std::string> notice;
    if (file.has_parent_path()) {
        // Folders it creates are its owner's alone (0700), like the files in them.
        const mode_t previous = ::umask(077);
        std::error_code created;
        std::filesystem::create_directories(file.parent_path(), created);
        ::umask(previous);
        if (created) {
            throw DatabaseError(file.parent_path().string() +
                                ": cannot create the folder: " + created.message());
        }
    }
    for (const char* suffix : {"", "-wal", "-shm"}) {
        refuseUnlessOwnRegularFile(file.string() + suffix);
    }
    refuseUnlessWritable(file, what);
    std::error_code error;
    if (std::filesystem::exists(file, error)) {
        if (const auto reason = whyUnusable(file, what, migrations)) {
            const auto aside = asideName(file);
            std::filesystem::rename(file, aside);
            for (const char* suffix : {"-wal", "-shm"}) {
                std::filesystem::rename(file.string() + suffix, aside.string() + suffix, error);
            }
            notice = "Your " + std::string(what) + " file " + file.string() +
                     " could not be used because " + *reason + ". It was kept, unchanged, as " +
                     aside.string() + ", and a new one was started.";
            if (const std::size_t removed = capSetAsideCopies(file); removed > 0) {
                *notice += " The " + std::to_string(removed) +
                           " oldest set-aside copies were "
                           "removed; the newest " +
                           std::to_string(kKeptSetAsideCopies) + " are kept.";
            }
        }
    }
    // Created with owner-only permissions: health records are nobody else's business.
    const mode_t previous = ::umask(077);
    Database database(file, Database::Mode::ReadWriteCreate);
    ::umask(previous);
    std::filesystem::permissions(
        file, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write, error);
    database.execute("PRAGMA journal_mode = WAL");
    database.execute("PRAGMA synchronous = FULL");
    database.execute("PRAGMA foreign_keys = ON");
    migrate(database, migrations);
    return UserDatabase{std::move(database), std::move(notice)};
}

std::vector<std::filesystem::path> setAsideCopies(const std::filesystem::path& file) {
    std::vector<std::filesystem::path> copies;
    std::error_code error;
    const std::string prefix = file.filename().string() + ".unusable-";
    for (const auto& entry : std::filesystem::directory_iterator(file.parent_path(), error)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(prefix) && !name.ends_with("-wal") && !name.ends_with("-shm")) {
            copies.push_back(entry.path());
        }
    }
    // Newest first: the stamp is seconds since 1970, compared as a number.
    const auto stampOf = [&prefix](const std::filesystem::path& copy) {
        return std::strtoll(copy.filename().string().c_str() + prefix.size(), nullptr, 10);
    };
    std::sort(copies.begin(), copies.end(), [&](const auto& a, const auto& b) {
        return stampOf(a) != stampOf(b) ? stampOf(a) > stampOf(b) : a > b;
    });
    return copies;
}

std::vector<std::filesystem::path> removeSetAsideCopies(const std::filesystem::path& file) {
    std::vector<std::filesystem::path> kept;
    for (const auto& copy : setAsideCopies(file)) {
        if (!removeCopy(copy)) {
            kept.push_back(copy);
        }
    }
    return kept;
}

} // namespace kt
