#pragma once

#include "kneetriage/crypto/secret_key.h"
#include "store/clinic_backend.h"

#include <filesystem>
#include <memory>

namespace kt {

// The clinic in one SQLite file on this computer (the default): owner-only, WAL, an unusable
// file set aside (user_database.h), and erased rows overwritten (secure_delete).
[[nodiscard]] std::unique_ptr<ClinicBackend> openSqliteClinic(const std::filesystem::path& file);

} // namespace kt
