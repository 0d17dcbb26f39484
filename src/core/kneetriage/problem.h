#pragma once

#include <string>
#include <vector>

namespace kt {

// One thing wrong with an input file: where it is and what was expected there.
struct Problem {
    std::string file;
    int line = 0;   // 1-based; 0 when the place is the whole file
    int column = 0; // 1-based
    std::string pointer; // JSON pointer of the offending value ("" for the document)
    std::string message; // what was found and what was expected

    // "file:line:column: at /pointer: message", the form every tool prints.
    [[nodiscard]] std::string describe() const;
};

using Problems = std::vector<Problem>;

} // namespace kt
