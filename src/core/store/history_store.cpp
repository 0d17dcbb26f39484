#include "kneetriage/store/history_store.h"

#include "kneetriage/store/user_database.h"

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

constexpr std::string_view kColumns = "SELECT id, created_at, kb_version, answers_json, "
                                      "result_json, disposition, top_condition, pain_score "
                                      "FROM checks ";

} // namespace

HistoryStore::HistoryStore(const std::filesystem::path& file) {
    UserDatabase opened = openUserDatabase(file, "history", kMigrations);
    database_ = std::make_unique<Database>(std::move(opened.database));
    notice_ = std::move(opened.notice);
}

std::int64_t HistoryStore::save(const SavedCheck& check) {
    auto insert = database_->prepare("INSERT INTO checks (created_at, kb_version, answers_json, "
                                     "result_json, disposition, top_condition, "
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
