#pragma once

#include <filesystem>
#include <string_view>

namespace kt {

// The data directory shipped with a program: found relative to the program file, in the same
// place in an installation and in the build tree (which is laid out like one), so no path of
// the machine that built it is baked in.
[[nodiscard]] std::filesystem::path shippedDataDirectory(const std::filesystem::path& programFile);

// The content database that belongs to a data directory: built from its JSON by
// `kneetriage-cli build-content` and kept inside it, so a clinic's own copy of the data never
// shows the shipped texts. One per language: content.sqlite (English), content.de.sqlite.
[[nodiscard]] std::filesystem::path contentDatabaseOf(const std::filesystem::path& dataDirectory,
                                                      std::string_view language = "en");

} // namespace kt
