#include "kneetriage/store/sqlite_database.h"

#include <sqlite3.h>

namespace kt {
namespace {

[[noreturn]] void fail(sqlite3* connection, const std::string& file, std::string_view doing) {
    const char* reason = connection != nullptr ? sqlite3_errmsg(connection) : "out of memory";
    throw DatabaseError(file + ": " + std::string(doing) + ": " + reason);
}

} // namespace

void Database::Closer::operator()(sqlite3* connection) const {
    sqlite3_close_v2(connection);
}

void Statement::Finalizer::operator()(sqlite3_stmt* statement) const {
    sqlite3_finalize(statement);
}

Database::Database(const std::filesystem::path& file, Mode mode) : file_(file.string()) {
    // A file the program writes is never reached through a symbolic link.
    const int flags = (mode == Mode::ReadOnly
                           ? SQLITE_OPEN_READONLY
                           : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW) |
                      SQLITE_OPEN_NOMUTEX;
    sqlite3* raw = nullptr;
    const int code = sqlite3_open_v2(file_.c_str(), &raw, flags, nullptr);
    connection_.reset(raw);
    if (code != SQLITE_OK) {
        fail(raw, file_, "cannot open database");
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, 5000);
}

void Database::execute(std::string_view sql) {
    char* error = nullptr;
    const int code =
        sqlite3_exec(connection_.get(), std::string(sql).c_str(), nullptr, nullptr, &error);
    if (code != SQLITE_OK) {
        const std::string reason = error != nullptr ? error : sqlite3_errstr(code);
        sqlite3_free(error);
        throw DatabaseError(file_ + ": " + reason);
    }
}

Statement Database::prepare(std::string_view sql) {
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    const int code = sqlite3_prepare_v2(connection_.get(), sql.data(), static_cast<int>(sql.size()),
                                        &raw, &tail);
    Statement statement(raw, *this);
    if (code != SQLITE_OK) {
        fail(connection_.get(), file_, "cannot prepare '" + std::string(sql) + "'");
    }
    const std::string_view rest(tail, static_cast<std::size_t>(sql.data() + sql.size() - tail));
    if (rest.find_first_not_of(" \t\r\n;") != std::string_view::npos) {
        throw DatabaseError(file_ + ": refusing a second statement in one prepare: '" +
                            std::string(sql) + "'");
    }
    return statement;
}

std::int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(connection_.get());
}

std::int64_t Database::changes() const {
    return sqlite3_changes64(connection_.get());
}

bool Database::transactionOpen() const {
    return sqlite3_get_autocommit(connection_.get()) == 0;
}

int Database::userVersion() {
    Statement statement = prepare("PRAGMA user_version");
    statement.step();
    return static_cast<int>(statement.integer(0));
}

void Database::setUserVersion(int version) {
    // PRAGMA takes no bound parameters; the value is an int we format, never user text.
    execute("PRAGMA user_version = " + std::to_string(version));
}

Statement::Statement(sqlite3_stmt* statement, const Database& database)
    : statement_(statement), connection_(database.handle()), file_(database.file()) {}

void Statement::check(int code, std::string_view doing) const {
    if (code != SQLITE_OK) {
        fail(connection_, file_, doing);
    }
}

Statement& Statement::bind(int index, std::string_view text) {
    check(sqlite3_bind_text(statement_.get(), index, text.data(), static_cast<int>(text.size()),
                            SQLITE_TRANSIENT),
          "bind text");
    return *this;
}

Statement& Statement::bind(int index, std::int64_t number) {
    check(sqlite3_bind_int64(statement_.get(), index, number), "bind integer");
    return *this;
}

Statement& Statement::bind(int index, double number) {
    check(sqlite3_bind_double(statement_.get(), index, number), "bind real");
    return *this;
}

Statement& Statement::bindBytes(int index, std::string_view bytes) {
    check(sqlite3_bind_blob(statement_.get(), index, bytes.data(), static_cast<int>(bytes.size()),
                            SQLITE_TRANSIENT),
          "bind bytes");
    return *this;
}

bool Statement::step() {
    const int code = sqlite3_step(statement_.get());
    if (code == SQLITE_ROW) {
        return true;
    }
    if (code == SQLITE_DONE) {
        return false;
    }
    fail(connection_, file_, std::string("step '") + sqlite3_sql(statement_.get()) + "'");
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(statement_.get());
    sqlite3_clear_bindings(statement_.get());
}

std::string Statement::text(int column) const {
    const auto* value = sqlite3_column_text(statement_.get(), column);
    return value != nullptr ? std::string(reinterpret_cast<const char*>(value),
                                          static_cast<std::size_t>(
                                              sqlite3_column_bytes(statement_.get(), column)))
                            : std::string{};
}

std::string Statement::bytes(int column) const {
    const auto* value = static_cast<const char*>(sqlite3_column_blob(statement_.get(), column));
    return value != nullptr ? std::string(value, static_cast<std::size_t>(sqlite3_column_bytes(
                                                     statement_.get(), column)))
                            : std::string{};
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(statement_.get(), column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(statement_.get(), column);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(statement_.get(), column) == SQLITE_NULL;
}

int Statement::columnCount() const {
    return sqlite3_column_count(statement_.get());
}

Statement::Kind Statement::columnKind(int column) const {
    switch (sqlite3_column_type(statement_.get(), column)) {
    case SQLITE_INTEGER:
        return Kind::Integer;
    case SQLITE_FLOAT:
        return Kind::Real;
    case SQLITE_BLOB:
        return Kind::Blob;
    case SQLITE_NULL:
        return Kind::Null;
    default:
        return Kind::Text;
    }
}

} // namespace kt
