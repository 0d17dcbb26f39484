#include "kneetriage/kb/data_directory.h"

namespace kt {

std::filesystem::path shippedDataDirectory(const std::filesystem::path& programFile) {
    // KT_DATA_FROM_PROGRAM comes from the install layout (GNUInstallDirs) at configure time.
    return (programFile.parent_path() / KT_DATA_FROM_PROGRAM).lexically_normal();
}

std::filesystem::path contentDatabaseOf(const std::filesystem::path& dataDirectory) {
    return dataDirectory / "content.sqlite";
}

} // namespace kt
