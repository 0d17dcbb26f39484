#include "store/postgres_connection.h"

#include "kneetriage/store/clinic_store.h"

#include <array>
#include <cstdlib>
#include <libpq-fe.h>

namespace kt {
namespace {

// PostgreSQL's type ids (pg_type.oid) for what the clinic binds and reads.
constexpr Oid kBool = 16;
constexpr Oid kBytea = 17;
constexpr Oid kInt8 = 20;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;
constexpr Oid kText = 25;
constexpr int kBinary = 1;

bool isLocalHost(std::string_view host) {
    return host.empty() || host.front() == '/' || host.front() == '@' || host == "localhost" ||
           host == "127.0.0.1" || host == "::1";
}

// Every comma-separated entry of a libpq host list is this computer.
bool allLocal(std::string_view hosts) {
    while (true) {
        const std::size_t comma = hosts.find(',');
        if (!isLocalHost(hosts.substr(0, comma))) {
            return false;
        }
        if (comma == std::string_view::npos) {
            return true;
        }
        hosts.remove_prefix(comma + 1);
    }
}

std::string optionOrEnvironment(const std::string& value, const char* variable) {
    if (!value.empty()) {
        return value;
    }
    const char* fromEnvironment = std::getenv(variable);
    return fromEnvironment != nullptr ? fromEnvironment : "";
}

struct ParsedConninfo {
    std::string host, hostaddr, sslmode;
    bool password = false;
};

std::optional<ParsedConninfo> parsed(const std::string& conninfo, std::string& error) {
    char* message = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &message);
    if (options == nullptr) {
        error = message != nullptr ? message : "it cannot be read";
        PQfreemem(message);
        return std::nullopt;
    }
    ParsedConninfo found;
    for (const PQconninfoOption* option = options; option->keyword != nullptr; ++option) {
        const std::string value = option->val != nullptr ? option->val : "";
        const std::string_view keyword = option->keyword;
        if (keyword == "host") {
            found.host = value;
        } else if (keyword == "hostaddr") {
            found.hostaddr = value;
        } else if (keyword == "sslmode") {
            found.sslmode = value;
        } else if (keyword == "password") {
            found.password = !value.empty();
        }
    }
    PQconninfoFree(options);
    return found;
}

void appendBigEndian(std::string& out, std::uint64_t value) {
    for (int shift = 56; shift >= 0; shift -= 8) {
        out.push_back(static_cast<char>((value >> static_cast<unsigned>(shift)) & 0xFFU));
    }
}

std::int64_t readBigEndian(const char* bytes, int length) {
    std::uint64_t value = static_cast<unsigned char>(bytes[0]) >= 0x80 ? ~std::uint64_t{0} : 0;
    for (int i = 0; i < length; ++i) {
        value = (value << 8U) | static_cast<unsigned char>(bytes[i]);
    }
    return static_cast<std::int64_t>(value);
}

SqlValue cell(const PGresult* result, int row, int column) {
    if (PQgetisnull(result, row, column) != 0) {
        return std::monostate{};
    }
    const char* bytes = PQgetvalue(result, row, column);
    const int length = PQgetlength(result, row, column);
    switch (PQftype(result, column)) {
    case kInt8:
    case kInt4:
    case kInt2:
    case kBool:
        return readBigEndian(bytes, length);
    case kBytea:
        return SqlBytes{std::string(bytes, static_cast<std::size_t>(length))};
    default:
        return std::string(bytes, static_cast<std::size_t>(length));
    }
}

// The values in libpq's binary form, kept alive while the statement runs.
struct BoundValues {
    explicit BoundValues(const SqlParams& params);
    std::vector<std::string> storage;
    std::vector<const char*> values;
    std::vector<int> lengths, formats;
    std::vector<Oid> types;
};

BoundValues::BoundValues(const SqlParams& params) {
    storage.reserve(params.size());
    for (const SqlValue& value : params) {
        std::string bytes;
        Oid type = 0;
        if (const auto* number = std::get_if<std::int64_t>(&value)) {
            appendBigEndian(bytes, static_cast<std::uint64_t>(*number));
            type = kInt8;
        } else if (const auto* text = std::get_if<std::string>(&value)) {
            bytes = *text;
            type = kText;
        } else if (const auto* sealed = std::get_if<SqlBytes>(&value)) {
            bytes = sealed->bytes;
            type = kBytea;
        }
        const bool isNull = std::holds_alternative<std::monostate>(value);
        storage.push_back(std::move(bytes));
        values.push_back(isNull ? nullptr : storage.back().data());
        lengths.push_back(static_cast<int>(storage.back().size()));
        formats.push_back(kBinary);
        types.push_back(type);
    }
}

// libpq takes keywords in order, a later one overriding an earlier one. First come limits on
// waiting, which the string may change: without them a seat whose server went away over the
// network waits for the operating system, a quarter of an hour, with the window frozen.
// Within 10 s a server is reached or not; a connection that stops answering is given up after
// about 30 s (TCP only; a Unix socket ignores them). Then the string, expanded as the "dbname"
// value; then a password typed by the user as its own keyword, so it overrides ~/.pgpass and
// is never spliced into the string.
pg_conn* connectWithPassword(const std::string& conninfo, const std::string& password) {
    const std::array<const char*, 8> keywords{"connect_timeout",
                                              "keepalives_idle",
                                              "keepalives_interval",
                                              "keepalives_count",
                                              "tcp_user_timeout",
                                              "dbname",
                                              password.empty() ? nullptr : "password",
                                              nullptr};
    const std::array<const char*, 8> values{
        "10", "10", "5", "4", "30000", conninfo.c_str(), password.c_str(), nullptr};
    return PQconnectdbParams(keywords.data(), values.data(), 1);
}

// A connection that failed because of its password is the user's to mend (a prompt may help);
// libpq's message names the server and why, never the password.
void throwIfPasswordWanted(const pg_conn* connection, bool passwordGiven) {
    const std::string message =
        "cannot connect to the clinic server: " +
        std::string(connection != nullptr ? PQerrorMessage(connection) : "out of memory");
    if (connection != nullptr && PQconnectionNeedsPassword(connection) != 0) {
        throw ClinicServerNeedsPassword(message, false);
    }
    // The server asked for the password the user typed and the connection failed: it was
    // refused (or the role cannot log in; the message says which).
    if (connection != nullptr && passwordGiven && PQconnectionUsedPassword(connection) != 0) {
        throw ClinicServerNeedsPassword(message, true);
    }
}

} // namespace

std::optional<ClinicServerProblem> clinicServerProblem(const std::string& conninfo) {
    using Kind = ClinicServerProblem::Kind;
    std::string error;
    const std::optional<ParsedConninfo> found = parsed(conninfo, error);
    if (!found) {
        return ClinicServerProblem{Kind::Unreadable,
                                   "the server connection string cannot be read: " + error};
    }
    if (found->password) {
        return ClinicServerProblem{
            Kind::Password,
            "the server connection string names a password; keep it in ~/.pgpass instead"};
    }
    const std::string host = optionOrEnvironment(found->host, "PGHOST");
    const std::string hostaddr = optionOrEnvironment(found->hostaddr, "PGHOSTADDR");
    const std::string sslmode = optionOrEnvironment(found->sslmode, "PGSSLMODE");
    const bool local = hostaddr.empty() ? allLocal(host) : allLocal(hostaddr);
    const bool encrypted =
        sslmode == "require" || sslmode == "verify-ca" || sslmode == "verify-full";
    if (!local && !encrypted) {
        return ClinicServerProblem{
            Kind::Unencrypted,
            "the server '" + host + hostaddr +
                "' is another computer, so patient data must travel encrypted: add "
                "sslmode=verify-full (or at least sslmode=require) to the connection string"};
    }
    return std::nullopt;
}

std::optional<std::string> unsafeConnection(const std::string& conninfo) {
    std::optional<ClinicServerProblem> problem = clinicServerProblem(conninfo);
    return problem ? std::optional<std::string>(std::move(problem->text)) : std::nullopt;
}

std::string numberedPlaceholders(std::string_view sql) {
    std::string numbered;
    bool quoted = false;
    int next = 1;
    for (const char c : sql) {
        if (c == '\'') {
            quoted = !quoted;
        }
        if (c == '?' && !quoted) {
            numbered += "$" + std::to_string(next++);
        } else {
            numbered += c;
        }
    }
    return numbered;
}

void PostgresConnection::ConnectionCloser::operator()(pg_conn* connection) const {
    PQfinish(connection);
}

void PostgresConnection::ResultClearer::operator()(pg_result* result) const {
    PQclear(result);
}

PostgresConnection::PostgresConnection(const std::string& conninfo, const std::string& password) {
    if (const std::optional<std::string> reason = unsafeConnection(conninfo)) {
        throw ClinicServerError(*reason);
    }
    connection_.reset(connectWithPassword(conninfo, password));
    if (!connection_) {
        throw ClinicServerError("cannot connect to the clinic server: out of memory");
    }
    const char* hostName = PQhost(connection_.get());
    const char* database = PQdb(connection_.get());
    const std::string host = hostName != nullptr ? hostName : "";
    where_ = "server " + host + " database " + (database != nullptr ? database : "");
    if (PQstatus(connection_.get()) != CONNECTION_OK) {
        throwIfPasswordWanted(connection_.get(), !password.empty());
        throw unreachable("cannot be reached");
    }
    // What libpq connected to, whatever defaults it filled in.
    if (!isLocalHost(host) && PQsslInUse(connection_.get()) == 0) {
        throw ClinicServerError(where_ + ": the connection is not encrypted");
    }
    // libpq prints the server's notices ("relation already exists, skipping") on stderr, in
    // the middle of a command's output; what matters of them arrives as errors anyway.
    PQsetNoticeProcessor(
        connection_.get(), [](void*, const char*) {}, nullptr);
}

ClinicServerUnreachable PostgresConnection::unreachable(std::string_view what) const {
    std::string reason = PQerrorMessage(connection_.get());
    while (!reason.empty() && (reason.back() == '\n' || reason.back() == ' ')) {
        reason.pop_back();
    }
    return ClinicServerUnreachable(where_ + ": the clinic server " + std::string(what) + " (" +
                                   reason + ")");
}

bool PostgresConnection::reconnectIfLost() {
    // Reads what the server sent since the last statement, without waiting: a server that
    // ended this session (shut down, restarted, or an administrator ended it) has said so, or
    // closed the socket, and libpq marks the connection lost.
    PQconsumeInput(connection_.get());
    if (PQstatus(connection_.get()) == CONNECTION_OK) {
        return false;
    }
    PQreset(connection_.get());
    if (PQstatus(connection_.get()) != CONNECTION_OK) {
        throw unreachable("cannot be reached");
    }
    return true;
}

PostgresConnection::Result PostgresConnection::run(std::string_view sql, const SqlParams& params) {
    const std::string numbered = numberedPlaceholders(sql);
    const BoundValues bound(params);
    Result result(PQexecParams(connection_.get(), numbered.c_str(), static_cast<int>(params.size()),
                               bound.types.data(), bound.values.data(), bound.lengths.data(),
                               bound.formats.data(), kBinary));
    check(result, sql);
    return result;
}

void PostgresConnection::check(const Result& result, std::string_view sql) const {
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        return;
    }
    if (PQstatus(connection_.get()) != CONNECTION_OK) {
        throw unreachable("cannot be reached: the connection was lost");
    }
    const char* state = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
    throw ClinicServerError(where_ + ": " + std::string(PQerrorMessage(connection_.get())) +
                                "(while running: " + std::string(sql.substr(0, 60)) + ")",
                            state != nullptr ? state : "");
}

std::vector<SqlRow> PostgresConnection::query(std::string_view sql, const SqlParams& params) {
    const Result result = run(sql, params);
    std::vector<SqlRow> rows;
    const int columns = PQnfields(result.get());
    for (int row = 0; row < PQntuples(result.get()); ++row) {
        std::vector<SqlValue> values;
        for (int column = 0; column < columns; ++column) {
            values.push_back(cell(result.get(), row, column));
        }
        rows.emplace_back(std::move(values));
    }
    return rows;
}

std::int64_t PostgresConnection::execute(std::string_view sql, const SqlParams& params) {
    const Result result = run(sql, params);
    const std::string changed = PQcmdTuples(result.get());
    return changed.empty() ? 0 : std::stoll(changed);
}

void PostgresConnection::executeScript(const std::string& sql) {
    const Result result(PQexec(connection_.get(), sql.c_str()));
    check(result, sql);
}

bool PostgresConnection::transactionOpen() const {
    // PQTRANS_UNKNOWN: the connection is lost, and the server has ended the transaction.
    const PGTransactionStatusType status = PQtransactionStatus(connection_.get());
    return status == PQTRANS_ACTIVE || status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
}

int PostgresConnection::serverVersion() const {
    return PQserverVersion(connection_.get());
}

} // namespace kt
