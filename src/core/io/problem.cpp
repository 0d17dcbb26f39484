#include "kneetriage/io/problem.h"

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

std::string printable(std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string shown;
    shown.reserve(text.size());
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20U || byte == 0x7fU) {
            shown += "\\u00";
            shown += kHex[byte >> 4U];
            shown += kHex[byte & 0xFU];
        } else {
            shown += c;
        }
    }
    return shown;
}

} // namespace kt
