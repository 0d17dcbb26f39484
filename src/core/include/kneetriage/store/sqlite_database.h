#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace kt {

// Any SQLite failure, with the database file and what was being done.
class DatabaseError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

class Statement;

// An open SQLite connection. Values are always bound, never spliced into SQL text.
class Database {
  public:
    enum class Mode { ReadOnly, ReadWriteCreate };

    Database(const std::filesystem::path& file, Mode mode);
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database(Database&&) noexcept = default;
    Database& operator=(Database&&) noexcept = default;
    ~Database() = default;

    // Runs SQL that returns no rows; the text may hold several statements (schema scripts).
    void execute(std::string_view sql);
    // Prepares exactly one statement; a second statement in `sql` is refused.
    [[nodiscard]] Statement prepare(std::string_view sql);

    [[nodiscard]] std::int64_t lastInsertId() const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    [[nodiscard]] std::int64_t changes() const;
    // Whether a transaction is open (SQLite ends one by itself on some errors, a full disk among
    // them).
    [[nodiscard]] bool transactionOpen() const;
    [[nodiscard]] int userVersion();
    void setUserVersion(int version);
    [[nodiscard]] const std::string& file() const { return file_; }
    [[nodiscard]] sqlite3* handle() const { return connection_.get(); }

  private:
    struct Closer {
        void operator()(sqlite3* connection) const;
    };
    std::unique_ptr<sqlite3, Closer> connection_;
    std::string file_;
};

class Statement {
  public:
    Statement(Statement&&) noexcept = default;
    Statement& operator=(Statement&&) noexcept = default;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement() = default;

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::int64_t number);
    Statement& bind(int index, double number);
    // Binds bytes as a BLOB (sealed values), never as text.
    Statement& bindBytes(int index, std::string_view bytes);

    // Steps once: true while there is a row to read.
    bool step();
    // Steps through a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] std::string bytes(int column) const;
    [[nodiscard]] std::int64_t integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] bool isNull(int column) const;

    // What the current row holds in `column` (SQLite keeps a type per value, not per column).
    enum class Kind { Null, Integer, Real, Text, Blob };
    [[nodiscard]] int columnCount() const;
    [[nodiscard]] Kind columnKind(int column) const;

  private:
    friend class Database;
    Statement(sqlite3_stmt* statement, const Database& database);
    void check(int code, std::string_view doing) const;

    struct Finalizer {
        void operator()(sqlite3_stmt* statement) const;
    };
    std::unique_ptr<sqlite3_stmt, Finalizer> statement_;
    sqlite3* connection_;
    std::string file_;
};

// Runs `work` inside BEGIN IMMEDIATE .. COMMIT; rolls back if it throws.
template <typename Work> void inTransaction(Database& database, Work&& work) {
    database.execute("BEGIN IMMEDIATE");
    try {
        work();
        database.execute("COMMIT");
    } catch (...) {
        // Had SQLite rolled back already, a ROLLBACK would fail and its error would hide why
        // the work failed.
        if (database.transactionOpen()) {
            database.execute("ROLLBACK");
        }
        throw;
    }
}

} // namespace kt
