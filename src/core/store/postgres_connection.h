#pragma once

#include "kneetriage/store/clinic_store.h"
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
    // a connection without TLS to another computer or names a password (it belongs in
    // ~/.pgpass), ClinicServerNeedsPassword when the server wants a password it was not given
    // or refused `password` (one the user typed; empty for none), and ClinicServerUnreachable
    // when the server cannot be reached; a statement throws ClinicServerUnreachable when the
    // connection is lost.
    explicit PostgresConnection(const std::string& conninfo, const std::string& password = {});

    // `sql` with `?` placeholders, numbered in order.
    std::vector<SqlRow> query(std::string_view sql, const SqlParams& params);
    std::int64_t execute(std::string_view sql, const SqlParams& params);
    // Several statements and no values: schema migrations only.
    void executeScript(const std::string& sql);
    // After the connection was lost (the server restarted, or ended this session): connects
    // again with the same connection string; true when it did. Throws ClinicServerUnreachable
    // when the server still cannot be reached. The server has rolled back whatever transaction
    // was open, so the caller must not go on with it.
    bool reconnectIfLost();
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
    [[nodiscard]] ClinicServerUnreachable unreachable(std::string_view what) const;

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
