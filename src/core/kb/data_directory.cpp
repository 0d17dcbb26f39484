#include "kneetriage/kb/data_directory.h"

namespace kt {

std::filesystem::path shippedDataDirectory(const std::filesystem::path& programFile) {
    // KT_DATA_FROM_PROGRAM comes from the install layout (GNUInstallDirs) at configure time.
    return (programFile.parent_path() / KT_DATA_FROM_PROGRAM).lexically_normal();
}

std::filesystem::path contentDatabaseOf(const std::filesystem::path& dataDirectory,
                                        std::string_view language) {
    if (language == "en") {
        return dataDirectory / "content.sqlite";
    }
    return dataDirectory / ("content." + std::string(language) + ".sqlite");
}

} // namespace kt
