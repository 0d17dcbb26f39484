#pragma once

#include <string>

namespace kt::cli {

// This moment as an ISO 8601 UTC timestamp ("2026-12-02T09:30:00Z"): when a document the
// command writes was made. Core reads no clock, so the shell passes it in.
std::string utcNow();

} // namespace kt::cli
