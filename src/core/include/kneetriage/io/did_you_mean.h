#pragma once

#include <span>
#include <string>
#include <string_view>

namespace kt {

// " (did you mean 'x'?)" for the closest candidate within a small edit distance, else "".
[[nodiscard]] std::string didYouMean(std::string_view wrong,
                                     std::span<const std::string> candidates);

} // namespace kt
