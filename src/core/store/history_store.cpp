#include "kneetriage/store/history_store.h"

#include "kneetriage/store/user_database.h"
#include "store/check_record_columns.h"

#include <array>

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

// Migrations, oldest first: entry v brings a file of version v to version v + 1.
constexpr std::array<std::string_view, kHistorySchemaVersion> kMigrations{kSchema};

SavedCheck readRow(const Statement& row) {
    SavedCheck check;
    static_cast<CheckRecord&>(check) = readCheckRecord(row, 2);
    check.id = row.integer(0);
    if (!row.isNull(1)) {
        check.painScore = static_cast<int>(row.integer(1));
    }
    return check;
}

const std::string kColumns =
    "SELECT id, pain_score, " + std::string(kCheckRecordColumns) + " FROM checks ";

} // namespace

HistoryStore::HistoryStore(const std::filesystem::path& file) {
    UserDatabase opened = openUserDatabase(file, "history", kMigrations);
    database_ = std::make_unique<Database>(std::move(opened.database));
    notice_ = std::move(opened.notice);
}

std::int64_t HistoryStore::save(const SavedCheck& check) {
    try {
        auto insert =
            database_->prepare("INSERT INTO checks (pain_score, " +
                               std::string(kCheckRecordColumns) + ") VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (check.painScore) {
            insert.bind(1, std::int64_t{*check.painScore});
        }
        bindCheckRecord(insert, 2, check);
        insert.run();
    } catch (const DatabaseError& error) {
        // One INSERT is all or nothing, so what failed is this check alone (a full disk, a file
        // made read-only): the user is told so, not only SQLite's words.
        throw DatabaseError(
            std::string("could not save the check (those saved before are kept): ") + error.what());
    }
    return database_->lastInsertId();
}

std::vector<SavedCheck> HistoryStore::list() {
    auto query = database_->prepare(std::string(kColumns) + "ORDER BY created_at DESC, id DESC");
    std::vector<SavedCheck> checks;
    while (query.step()) {
        checks.push_back(readRow(query));
    }
    return checks;
}

std::int64_t HistoryStore::count() {
    auto query = database_->prepare("SELECT count(*) FROM checks");
    query.step();
    return query.integer(0);
}

std::optional<SavedCheck> HistoryStore::find(std::int64_t id) {
    auto query = database_->prepare(std::string(kColumns) + "WHERE id = ?");
    query.bind(1, id);
    if (!query.step()) {
        return std::nullopt;
    }
    return readRow(query);
}

void HistoryStore::remove(std::int64_t id) {
    database_->prepare("DELETE FROM checks WHERE id = ?").bind(1, id).run();
}

} // namespace kt
