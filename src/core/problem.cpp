#include "kneetriage/problem.h"

namespace kt {

std::string Problem::describe() const {
    std::string text = file;
    if (line > 0) {
        text += ':' + std::to_string(line) + ':' + std::to_string(column);
    }
    text += ": ";
    if (!pointer.empty()) {
        text += "at " + pointer + ": ";
    }
    return text + message;
}

} // namespace kt
