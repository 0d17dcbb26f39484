#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

namespace kt {

// The value of `text` when it is plain JSON: no \u escapes, no member name given twice, nesting
// within `maxDepth`, numbers that are sure to fit; otherwise nullopt, and the full parser (which
// knows how to say what is wrong, and where) decides. It accepts no text that the full parser
// refuses and gives the same value for what it accepts, at a fraction of the cost: nlohmann's
// lexer keeps a copy of every character for its messages, and reading the knowledge base and
// every line of a batch spends most of its time there.
[[nodiscard]] std::optional<nlohmann::json> parsePlainJson(std::string_view text, int maxDepth);

} // namespace kt
