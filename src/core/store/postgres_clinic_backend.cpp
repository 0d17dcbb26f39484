#include "store/postgres_clinic_backend.h"

#include "kneetriage/store/clinic_store.h"
#include "kneetriage/store/user_database.h"
#include "store/clinic_schema.h"
#include "store/postgres_connection.h"

namespace kt {
namespace {

// GENERATED AS IDENTITY needs 10; 12 is the oldest release still maintained when this was
// written.
constexpr int kOldestServer = 120000;
// Seats that connect at once take turns to migrate (any constant unique to KneeTriage).
constexpr std::int64_t kMigrationLock = 0x4b6e656554726961;

class PostgresClinic final : public ClinicBackend {
  public:
    PostgresClinic(const std::string& conninfo, const std::string& password)
        : connection_(conninfo, password) {
        if (connection_.serverVersion() < kOldestServer) {
            throw ClinicServerError(connection_.where() + ": PostgreSQL " +
                                    std::to_string(connection_.serverVersion() / 10000) +
                                    " is too old; KneeTriage needs PostgreSQL 12 or newer");
        }
        inTransaction([this] { migrate(); });
    }

    const std::string& where() const override { return connection_.where(); }

    std::vector<SqlRow> query(std::string_view sql, const SqlParams& params) override {
        std::vector<SqlRow> rows = onceMore(sql, [&] { return connection_.query(sql, params); });
        noteWrite(sql);
        return rows;
    }

    std::int64_t execute(std::string_view sql, const SqlParams& params) override {
        const std::int64_t changed =
            onceMore(sql, [&] { return connection_.execute(sql, params); });
        noteWrite(sql);
        return changed;
    }

    void inTransaction(const std::function<void()>& work) override {
        execute("BEGIN", {});
        working_ = true;
        try {
            work();
            working_ = false;
            connection_.execute("COMMIT", {});
        } catch (...) {
            wrote_ = false;
            working_ = false;
            if (connection_.transactionOpen()) {
                connection_.execute("ROLLBACK", {});
            }
            throw;
        }
        if (wrote_) {
            wrote_ = false;
            bumpRevision();
        }
    }

    // A new sequence's last_value is already 1 before the first nextval makes it 1 again.
    std::int64_t revision() override {
        return connection_
            .query("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM clinic_revision", {})
            .at(0)
            .integer(0);
    }

    void lockEverything() override {
        connection_.execute("LOCK TABLE clinic_key, patients, visits IN EXCLUSIVE MODE", {});
    }

    // Conflicts with lockEverything's EXCLUSIVE lock only, so seats that write at once do not
    // wait for each other. Taken before the key record is read, so that read sees a re-key
    // that committed while this waited.
    void holdKeyRecord() override {
        connection_.execute("LOCK TABLE clinic_key IN ROW SHARE MODE", {});
    }

    // The server's own write-ahead log and free space are the server administrator's to
    // manage (VACUUM); a row deleted here is gone for every seat.
    void erased() override {}

    const std::optional<std::string>& notice() const override { return notice_; }

  private:
    void migrate();
    // A schema KneeTriage never set up may hold tables of the same names made by something
    // else: they are not the clinic's, and are not touched.
    void refuseTablesOfOthers();

    // Between statements, a lost connection is made again (and the schema checked again: the
    // server may have been upgraded or restored meanwhile). Inside a transaction it is not: the
    // server rolled the transaction back, so its statement fails instead of running alone.
    void reconnectIfLost() {
        if (!working_ && connection_.reconnectIfLost()) {
            inTransaction([this] { migrate(); });
        }
    }

    // The connection can be lost unnoticed until a statement is sent (the server ended the
    // session a moment before). A statement that changes nothing, a read or BEGIN, is then sent
    // once more on a new connection; any other is not, since the server may have done it.
    template <typename Statement>
    auto onceMore(std::string_view sql, const Statement& statement) -> decltype(statement()) {
        reconnectIfLost();
        if (working_ || !(sql == "BEGIN" || sql.starts_with("SELECT "))) {
            return statement();
        }
        try {
            return statement();
        } catch (const ClinicServerUnreachable&) {
            reconnectIfLost();
            return statement();
        }
    }

    // Any statement but a SELECT writes. Outside a transaction it has committed already; inside
    // one the revision moves on after the COMMIT.
    void noteWrite(std::string_view sql) {
        if (sql.substr(0, 6) == "SELECT") {
            return;
        }
        if (connection_.transactionOpen()) {
            wrote_ = true;
        } else {
            bumpRevision();
        }
    }

    // After the commit, never before: a seat that sees the new revision and reads again then
    // finds the change. (A sequence is not transactional, so a bump inside the transaction could
    // be seen, and the lists read again, before the change they should show was committed.)
    // A write that committed is not reported as failed because announcing it failed (the user
    // would make it again); the next write's announcement covers it.
    void bumpRevision() {
        try {
            connection_.query("SELECT nextval('clinic_revision')", {});
        } catch (const ClinicServerError&) {
            return;
        }
    }

    PostgresConnection connection_;
    bool working_ = false;
    std::optional<std::string> notice_;
    bool wrote_ = false;
};

void PostgresClinic::migrate() {
    connection_.execute("SELECT pg_advisory_xact_lock(?)", {kMigrationLock});
    connection_.execute("CREATE TABLE IF NOT EXISTS kneetriage_schema ("
                        "id BIGINT PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL)",
                        {});
    const std::vector<SqlRow> rows =
        connection_.query("SELECT version FROM kneetriage_schema WHERE id = 1", {});
    const std::int64_t version = rows.empty() ? 0 : rows.front().integer(0);
    if (version > kClinicSchemaVersion) {
        throw NewerDatabase(connection_.where() + ": the clinic on this server has schema " +
                            std::to_string(version) + ", made by a newer KneeTriage; this one " +
                            "knows schema " + std::to_string(kClinicSchemaVersion) +
                            ". Update KneeTriage on this seat.");
    }
    if (version == 0) {
        refuseTablesOfOthers();
    }
    const std::vector<std::string> migrations = clinicMigrations(SqlDialect::Postgres);
    for (auto v = static_cast<std::size_t>(version); v < migrations.size(); ++v) {
        connection_.executeScript(migrations[v]);
    }
    connection_.execute("INSERT INTO kneetriage_schema (id, version) VALUES (1, ?) "
                        "ON CONFLICT (id) DO UPDATE SET version = excluded.version",
                        {static_cast<std::int64_t>(migrations.size())});
    // What seats poll to see another's change (ClinicStore::revision). It holds no clinic data
    // and nothing reads it as such, so it comes outside the schema versions: a seat of an older
    // KneeTriage still works beside it; only its own changes are not announced.
    connection_.execute("CREATE SEQUENCE IF NOT EXISTS clinic_revision", {});
    wrote_ = false; // bringing the schema up to date changes no patient or visit
}

void PostgresClinic::refuseTablesOfOthers() {
    const std::vector<SqlRow> found = connection_.query(
        "SELECT table_name::text FROM information_schema.tables WHERE table_schema = "
        "current_schema() AND table_name IN ('patients', 'visits', 'clinic_key') ORDER BY 1",
        {});
    if (!found.empty()) {
        throw ClinicServerError(connection_.where() + ": the database already has a table '" +
                                found.front().text(0) +
                                "' that KneeTriage did not make; give the clinic a database (or "
                                "schema) of its own");
    }
}

} // namespace

std::unique_ptr<ClinicBackend> connectPostgresClinic(const std::string& conninfo,
                                                     const std::string& password) {
    return std::make_unique<PostgresClinic>(conninfo, password);
}

} // namespace kt
