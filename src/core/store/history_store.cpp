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

// Version 2: runs imported from activity files. Times are seconds since 1970 UTC, distances
// metres, durations seconds; a NULL is a figure the file did not give.
constexpr std::string_view kRuns = R"sql(
CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    start_utc INTEGER NOT NULL,
    utc_offset_seconds INTEGER,
    distance_m REAL NOT NULL,
    moving_s REAL NOT NULL,
    elevation_gain_m REAL,
    average_heart_rate REAL,
    average_cadence_spm REAL,
    sport TEXT NOT NULL,
    source_file TEXT NOT NULL,
    source_sha256 TEXT NOT NULL);
CREATE INDEX runs_by_start ON runs (start_utc);
)sql";

// Version 3: the pain diary, one entry per day of a run (a correction replaces the day's entry),
// and the exercises marked done in a session of the programme.
constexpr std::string_view kTraining = R"sql(
CREATE TABLE diary (
    day TEXT PRIMARY KEY,
    pain_during_run INTEGER CHECK (pain_during_run BETWEEN 0 AND 10),
    morning_pain TEXT NOT NULL CHECK (morning_pain IN ('better', 'usual', 'worse')),
    morning_stiffness TEXT NOT NULL CHECK (morning_stiffness IN ('better', 'usual', 'worse')),
    note TEXT NOT NULL);
CREATE TABLE exercises_done (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    done_at TEXT NOT NULL,
    condition TEXT NOT NULL,
    exercise TEXT NOT NULL,
    sets_planned INTEGER NOT NULL CHECK (sets_planned >= 0),
    sets_done INTEGER NOT NULL CHECK (sets_done BETWEEN 0 AND sets_planned));
CREATE INDEX exercises_done_by_time ON exercises_done (done_at);
)sql";

// Migrations, oldest first: entry v brings a file of version v to version v + 1.
constexpr std::array<std::string_view, kHistorySchemaVersion> kMigrations{kSchema, kRuns,
                                                                          kTraining};

constexpr std::string_view kRunColumns =
    "start_utc, utc_offset_seconds, distance_m, moving_s, elevation_gain_m, average_heart_rate, "
    "average_cadence_spm, sport, source_file, source_sha256";

void bindOptional(Statement& statement, int index, const std::optional<double>& value) {
    if (value) {
        statement.bind(index, *value);
    }
}

std::optional<double> optionalReal(const Statement& row, int column) {
    return row.isNull(column) ? std::nullopt : std::optional<double>(row.real(column));
}

bool alreadyStored(Database& database, const Run& run) {
    auto near = database.prepare("SELECT start_utc, distance_m FROM runs WHERE start_utc "
                                 "BETWEEN ? AND ?");
    near.bind(1, run.startUtc - kSameRunSeconds).bind(2, run.startUtc + kSameRunSeconds);
    while (near.step()) {
        Run stored;
        stored.startUtc = near.integer(0);
        stored.distanceMetres = near.real(1);
        if (isSameRun(stored, run)) {
            return true;
        }
    }
    return false;
}

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

StoredRuns HistoryStore::addRuns(std::span<const Run> runs) {
    StoredRuns stored;
    try {
        inTransaction(*database_, [&] {
            auto insert = database_->prepare("INSERT INTO runs (" + std::string(kRunColumns) +
                                             ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (const Run& run : runs) {
                if (alreadyStored(*database_, run)) {
                    ++stored.alreadyStored;
                    continue;
                }
                insert.bind(1, run.startUtc);
                if (run.utcOffsetSeconds) {
                    insert.bind(2, std::int64_t{*run.utcOffsetSeconds});
                }
                insert.bind(3, run.distanceMetres).bind(4, run.movingSeconds);
                bindOptional(insert, 5, run.elevationGainMetres);
                bindOptional(insert, 6, run.averageHeartRate);
                bindOptional(insert, 7, run.averageCadence);
                insert.bind(8, run.sport).bind(9, run.sourceFile).bind(10, run.sourceSha256);
                insert.run();
                ++stored.added;
            }
        });
    } catch (const DatabaseError& error) {
        throw DatabaseError(
            std::string("could not store the runs of this file (none of them was stored; those "
                        "stored before are kept): ") +
            error.what());
    }
    return stored;
}

std::vector<Run> HistoryStore::runs() {
    auto query = database_->prepare("SELECT " + std::string(kRunColumns) +
                                    " FROM runs ORDER BY start_utc, id");
    std::vector<Run> runs;
    while (query.step()) {
        Run run;
        run.startUtc = query.integer(0);
        if (!query.isNull(1)) {
            run.utcOffsetSeconds = static_cast<std::int32_t>(query.integer(1));
        }
        run.distanceMetres = query.real(2);
        run.movingSeconds = query.real(3);
        run.elevationGainMetres = optionalReal(query, 4);
        run.averageHeartRate = optionalReal(query, 5);
        run.averageCadence = optionalReal(query, 6);
        run.sport = query.text(7);
        run.sourceFile = query.text(8);
        run.sourceSha256 = query.text(9);
        runs.push_back(std::move(run));
    }
    return runs;
}

} // namespace kt
