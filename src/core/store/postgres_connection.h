#pragma once

#include "store/clinic_backend.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace kt {

// An open libpq connection. Every statement goes through PQexecParams with its values bound
// in binary (so one statement per call, and nothing is ever spliced into SQL); results come
// back in binary and are read by their column types.
class PostgresConnection {
  public:
    // Connects by a libpq connection string. Throws ClinicServerError when the string asks for
    // a connection without TLS to another computer, names a password (it belongs in ~/.pgpass),
    // or the server cannot be reached, and ClinicServerNeedsPassword when the server wants a
    // password it was not given or refused `password` (one the user typed; empty for none).
    explicit PostgresConnection(const std::string& conninfo, const std::string& password = {});

    // `sql` with `?` placeholders, numbered in order.
    std::vector<SqlRow> query(std::string_view sql, const SqlParams& params);
    std::int64_t execute(std::string_view sql, const SqlParams& params);
    // Several statements and no values: schema migrations only.
    void executeScript(const std::string& sql);
    [[nodiscard]] bool transactionOpen() const;
    [[nodiscard]] int serverVersion() const;
    [[nodiscard]] const std::string& where() const { return where_; }

  private:
    struct ConnectionCloser {
        void operator()(pg_conn* connection) const;
    };
    struct ResultClearer {
        void operator()(pg_result* result) const;
    };
    using Result = std::unique_ptr<pg_result, ResultClearer>;

    Result run(std::string_view sql, const SqlParams& params);
    void check(const Result& result, std::string_view sql) const;

    std::unique_ptr<pg_conn, ConnectionCloser> connection_;
    std::string where_;
};

// Why `conninfo` must not be used, or nullopt: every host that is not this computer (a Unix
// socket folder or localhost) needs sslmode require, verify-ca or verify-full, and a password
// is never taken from the string. Environment defaults (PGHOST, PGSSLMODE) count as libpq
// applies them.
[[nodiscard]] std::optional<std::string> unsafeConnection(const std::string& conninfo);

// `sql` with each `?` outside quotes replaced by $1, $2, ...
[[nodiscard]] std::string numberedPlaceholders(std::string_view sql);

} // namespace kt
