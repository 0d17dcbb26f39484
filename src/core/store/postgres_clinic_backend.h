#pragma once

#include "store/clinic_backend.h"

#include <memory>
#include <string>

namespace kt {

// The clinic on a PostgreSQL server shared by every seat of a practice. The schema is brought
// up to date on connecting, by one seat at a time; a server with a newer schema, or older than
// PostgreSQL 12, is refused with a message that says so.
// `password`: one the user typed for this run, or empty (PostgresConnection).
[[nodiscard]] std::unique_ptr<ClinicBackend> connectPostgresClinic(const std::string& conninfo,
                                                                   const std::string& password);

} // namespace kt
