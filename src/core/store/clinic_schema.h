#pragma once

#include <string>
#include <vector>

namespace kt {

enum class SqlDialect { Sqlite, Postgres };

// The clinic schema, one migration per version (index v brings version v to v + 1), written
// once and rendered for each back end: only the column types differ between them.
[[nodiscard]] std::vector<std::string> clinicMigrations(SqlDialect dialect);

} // namespace kt
