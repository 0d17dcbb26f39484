#include "kneetriage/history_store.h"

#include <sys/stat.h>

#include <chrono>
#include <fstream>

namespace kt {
namespace {

constexpr std::string_view kSchema = R"sql(
CREATE TABLE IF NOT EXISTS checks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    kb_version TEXT NOT NULL,
    answers_json TEXT NOT NULL,
    result_json TEXT NOT NULL,
    disposition TEXT NOT NULL,
    top_condition TEXT NOT NULL,
    pain_score INTEGER);
)sql";

// Why an existing file cannot be used as it is, or nullopt when it can.
std::optional<std::string> whyUnusable(const std::filesystem::path& file) {
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
        const int version = probe.userVersion();
        if (version > kHistorySchemaVersion) {
            return "it was written by a newer KneeTriage (history version " + std::to_string(version) + ")";
        }
    } catch (const DatabaseError& error) {
        return std::string("it cannot be read: ") + error.what();
    }
    return std::nullopt;
}

std::filesystem::path asideName(const std::filesystem::path& file) {
    const auto stamp = std::chrono::duration_cast<std::chrono::seconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count();
    return file.string() + ".unusable-" + std::to_string(stamp);
}

void migrate(Database& database) {
    if (database.userVersion() == kHistorySchemaVersion) {
        return; // the usual case: no write, so no waiting for the disk at start-up
    }
    // Version 0 is a new, empty file. Each later version adds one step here, in order.
    inTransaction(database, [&] {
        if (database.userVersion() < 1) {
            database.execute(kSchema);
            database.setUserVersion(1);
        }
    });
}

SavedCheck readRow(Statement& row) {
    SavedCheck check;
    check.id = row.integer(0);
    check.createdAt = row.text(1);
    check.kbVersion = row.text(2);
    check.answersJson = row.text(3);
    check.resultJson = row.text(4);
    check.disposition = row.text(5);
    check.topCondition = row.text(6);
    if (!row.isNull(7)) {
        check.painScore = static_cast<int>(row.integer(7));
    }
    return check;
}

constexpr std::string_view kColumns =
    "SELECT id, created_at, kb_version, answers_json, result_json, disposition, top_condition, pain_score "
    "FROM checks ";

} // namespace

Database HistoryStore::openUsable(const std::filesystem::path& file, std::optional<std::string>& notice) {
    std::filesystem::create_directories(file.parent_path());
    std::error_code error;
    if (std::filesystem::exists(file, error)) {
        if (const auto reason = whyUnusable(file)) {
            const auto aside = asideName(file);
            std::filesystem::rename(file, aside);
            for (const char* suffix : {"-wal", "-shm"}) {
                std::filesystem::rename(file.string() + suffix, aside.string() + suffix, error);
            }
            notice = "Your history file " + file.string() + " could not be used because " + *reason +
                     ". It was kept, unchanged, as " + aside.string() + ", and a new history was started.";
        }
    }
    // Created with owner-only permissions: health records are nobody else's business.
    const mode_t previous = ::umask(077);
    Database database(file, Database::Mode::ReadWriteCreate);
    ::umask(previous);
    std::filesystem::permissions(file, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                 error);
    database.execute("PRAGMA journal_mode = WAL");
    database.execute("PRAGMA synchronous = FULL");
    migrate(database);
    return database;
}

HistoryStore::HistoryStore(const std::filesystem::path& file)
    : file_(file), database_(openUsable(file, notice_)) {}

std::int64_t HistoryStore::save(const SavedCheck& check) {
    auto insert = database_.prepare(
        "INSERT INTO checks (created_at, kb_version, answers_json, result_json, disposition, top_condition, "
        "pain_score) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, check.createdAt)
        .bind(2, check.kbVersion)
        .bind(3, check.answersJson)
        .bind(4, check.resultJson)
        .bind(5, check.disposition)
        .bind(6, check.topCondition);
    if (check.painScore) {
        insert.bind(7, std::int64_t{*check.painScore});
    }
    insert.run();
    return database_.lastInsertId();
}

std::vector<SavedCheck> HistoryStore::list() {
    auto query = database_.prepare(std::string(kColumns) + "ORDER BY created_at DESC, id DESC");
    std::vector<SavedCheck> checks;
    while (query.step()) {
        checks.push_back(readRow(query));
    }
    return checks;
}

std::int64_t HistoryStore::count() {
    auto query = database_.prepare("SELECT count(*) FROM checks");
    query.step();
    return query.integer(0);
}

std::optional<SavedCheck> HistoryStore::find(std::int64_t id) {
    auto query = database_.prepare(std::string(kColumns) + "WHERE id = ?");
    query.bind(1, id);
    if (!query.step()) {
        return std::nullopt;
    }
    return readRow(query);
}

void HistoryStore::remove(std::int64_t id) { database_.prepare("DELETE FROM checks WHERE id = ?").bind(1, id).run(); }

} // namespace kt
