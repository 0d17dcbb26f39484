#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace kt {

// `text` with each "{name}" replaced by its value: the numbers the program knows (days, caps,
// kilometres) put into the data's words.
[[nodiscard]] std::string
fillPlaceholders(std::string text,
                 std::initializer_list<std::pair<std::string_view, std::string>> values);

} // namespace kt
