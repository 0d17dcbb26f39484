#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kt {

// One thing wrong with an input file: where it is and what was expected there.
struct Problem {
    std::string file;
    int line = 0;        // 1-based; 0 when the place is the whole file
    int column = 0;      // 1-based
    std::string pointer; // JSON pointer of the offending value ("" for the document)
    std::string message; // what was found and what was expected

    // "file:line:column: at /pointer: message", the form every tool prints.
    [[nodiscard]] std::string describe() const;
};

using Problems = std::vector<Problem>;

// How many problems one input gets listed: enough to fix a file, and a hostile file with
// 100,000 bad values neither floods the terminal nor takes minutes to place them all.
inline constexpr std::size_t kMaxListedProblems = 100;

// `text` as it may be echoed in a message: control characters (such as a terminal's escape)
// written as \u00XX, never sent raw.
[[nodiscard]] std::string printable(std::string_view text);

} // namespace kt
