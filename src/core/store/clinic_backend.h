#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kt {

// Where the clinic store keeps its rows: the SQLite file or a PostgreSQL server. The store speaks
// one SQL to both (clinic_schema.h): `?` placeholders, `RETURNING id`, no dialect functions.
// Every value is bound, never spliced into the SQL text.

// Bytes that are bound and read as a BLOB (SQLite) or bytea (PostgreSQL): sealed fields.
struct SqlBytes {
    std::string bytes;
};
using SqlValue = std::variant<std::monostate, std::int64_t, std::string, SqlBytes>;
using SqlParams = std::vector<SqlValue>;

// One result row, read by column index. Text and bytes read either kind (a version-1 clinic
// file holds in TEXT what a newer one seals as a BLOB).
class SqlRow {
  public:
    explicit SqlRow(std::vector<SqlValue> values) : values_(std::move(values)) {}
    [[nodiscard]] std::int64_t integer(std::size_t column) const;
    [[nodiscard]] std::string text(std::size_t column) const;
    [[nodiscard]] bool isNull(std::size_t column) const;

  private:
    std::vector<SqlValue> values_;
};

class ClinicBackend {
  public:
    ClinicBackend() = default;
    ClinicBackend(const ClinicBackend&) = delete;
    ClinicBackend& operator=(const ClinicBackend&) = delete;
    virtual ~ClinicBackend() = default;

    // The file or server, for messages.
    [[nodiscard]] virtual const std::string& where() const = 0;
    // Exactly one statement; its rows.
    virtual std::vector<SqlRow> query(std::string_view sql, const SqlParams& params) = 0;
    // Exactly one statement that returns no rows; how many rows it changed.
    virtual std::int64_t execute(std::string_view sql, const SqlParams& params) = 0;
    // Runs `work` in one transaction that no other writer interleaves with; rolls back if it
    // throws.
    virtual void inTransaction(const std::function<void()>& work) = 0;
    // Inside a transaction: keeps every other seat from writing until it ends (a re-key must
    // see every row).
    virtual void lockEverything() = 0;
    // Inside a transaction, first: keeps the key record from being replaced (a passphrase
    // change, which locks everything) until it ends, so what is sealed is sealed with the key
    // the record was just checked against.
    virtual void holdKeyRecord() = 0;
    // After an erasure: makes sure no copy of the erased bytes stays in a log.
    virtual void erased() = 0;
    // Changes whenever any connection commits a write, and not on a read (ClinicStore::revision).
    [[nodiscard]] virtual std::int64_t revision() = 0;
    // Something the user should be told about opening (a damaged file set aside).
    [[nodiscard]] virtual const std::optional<std::string>& notice() const = 0;
};

} // namespace kt
