#pragma once

#include "kneetriage/io/problem.h"

#include <cstddef>
#include <filesystem>
#include <istream>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <variant>

namespace kt {

// Bounds on what any JSON input may be, so hostile files fail with a message, not a crash.
struct JsonLimits {
    std::size_t maxBytes = 8U * 1024U * 1024U;
    int maxDepth = 64;
};

// A parsed JSON text that still knows its file name and source, so a problem found later
// can be reported at its line and column.
struct JsonDocument {
    std::string file;
    std::string text;
    nlohmann::json value;

    // A problem at `pointer` in this document, with its line and column filled in.
    [[nodiscard]] Problem problemAt(const nlohmann::json::json_pointer& pointer,
                                    std::string message) const;
};

using JsonResult = std::variant<JsonDocument, Problem>;

[[nodiscard]] JsonResult parseJsonText(std::string file, std::string text,
                                       const JsonLimits& limits);
[[nodiscard]] JsonResult readJsonFile(const std::filesystem::path& path, const JsonLimits& limits);
// A document from a stream such as standard input, read under the same size limit as a file.
[[nodiscard]] JsonResult readJsonStream(std::string name, std::istream& input,
                                        const JsonLimits& limits);
// At most `maxBytes` and one chunk more from `input`, so that a longer text is seen as too long.
[[nodiscard]] std::string readBoundedText(std::istream& input, std::size_t maxBytes);

// Line and column (1-based) of the value at `pointer` in `text`; the nearest enclosing value
// that exists when the pointer goes further than the text does.
struct TextPlace {
    int line = 1;
    int column = 1;
};
[[nodiscard]] TextPlace locate(std::string_view text, const nlohmann::json::json_pointer& pointer);
[[nodiscard]] TextPlace placeOfOffset(std::string_view text, std::size_t offset);

} // namespace kt
