#include "store/sqlite_clinic_backend.h"

#include "kneetriage/store/user_database.h"
#include "store/clinic_schema.h"

#include <sqlite3.h>

namespace kt {
namespace {

class SqliteClinic final : public ClinicBackend {
  public:
    explicit SqliteClinic(UserDatabase opened)
        : database_(std::move(opened.database)), notice_(std::move(opened.notice)) {
        database_.execute("PRAGMA secure_delete = ON");
    }

    const std::string& where() const override { return database_.file(); }

    std::vector<SqlRow> query(std::string_view sql, const SqlParams& params) override {
        Statement statement = prepared(sql, params);
        std::vector<SqlRow> rows;
        while (statement.step()) {
            rows.push_back(read(statement));
        }
        return rows;
    }

    std::int64_t execute(std::string_view sql, const SqlParams& params) override {
        prepared(sql, params).run();
        return database_.changes();
    }

    void inTransaction(const std::function<void()>& work) override {
        kt::inTransaction(database_, work);
    }

    // BEGIN IMMEDIATE already keeps every other writer out.
    void lockEverything() override {}
    void holdKeyRecord() override {}

    // Moves committed pages out of the write-ahead log, so overwritten data leaves no copy
    // there.
    void erased() override { database_.execute("PRAGMA wal_checkpoint(TRUNCATE)"); }

    const std::optional<std::string>& notice() const override { return notice_; }

    // data_version moves on when another connection commits to the file; this connection's
    // own writes are counted by total_changes. Neither moves on a read.
    std::int64_t revision() override {
        Statement statement = database_.prepare("PRAGMA data_version");
        statement.step();
        constexpr unsigned kOwnChangesBits = 32;
        return static_cast<std::int64_t>(
            (static_cast<std::uint64_t>(statement.integer(0)) << kOwnChangesBits) +
            (static_cast<std::uint64_t>(sqlite3_total_changes64(database_.handle())) &
             0xFFFFFFFFU));
    }

  private:
    Statement prepared(std::string_view sql, const SqlParams& params) {
        Statement statement = database_.prepare(sql);
        int index = 1;
        for (const SqlValue& value : params) {
            if (const auto* number = std::get_if<std::int64_t>(&value)) {
                statement.bind(index, *number);
            } else if (const auto* text = std::get_if<std::string>(&value)) {
                statement.bind(index, std::string_view(*text));
            } else if (const auto* bytes = std::get_if<SqlBytes>(&value)) {
                statement.bindBytes(index, bytes->bytes);
            }
            ++index;
        }
        return statement;
    }

    static SqlRow read(const Statement& statement) {
        std::vector<SqlValue> values;
        for (int column = 0; column < statement.columnCount(); ++column) {
            switch (statement.columnKind(column)) {
            case Statement::Kind::Null:
                values.emplace_back(std::monostate{});
                break;
            case Statement::Kind::Integer:
                values.emplace_back(statement.integer(column));
                break;
            case Statement::Kind::Blob:
                values.emplace_back(SqlBytes{statement.bytes(column)});
                break;
            case Statement::Kind::Real:
            case Statement::Kind::Text:
                values.emplace_back(statement.text(column));
                break;
            }
        }
        return SqlRow(std::move(values));
    }

    Database database_;
    std::optional<std::string> notice_;
};

} // namespace

std::unique_ptr<ClinicBackend> openSqliteClinic(const std::filesystem::path& file) {
    const std::vector<std::string> migrations = clinicMigrations(SqlDialect::Sqlite);
    const std::vector<std::string_view> views(migrations.begin(), migrations.end());
    return std::make_unique<SqliteClinic>(openUserDatabase(file, "clinic", views));
}

} // namespace kt
