#pragma once

#include "kneetriage/io/problem.h"
#include "kneetriage/kb/knowledge_base.h"

#include <istream>
#include <ostream>
#include <string>
#include <variant>

namespace kt {

// Triage of one answers document held in `text`: the result document, or what is wrong with it.
[[nodiscard]] std::variant<std::string, Problems>
triageDocument(const KnowledgeBase& kb, std::string file, std::string text);

struct BatchSummary {
    std::size_t cases = 0;
    std::size_t failed = 0;
};

// JSON Lines in, one result (or error object) per line out, in order, so output line N always
// belongs to input line N (a blank line is an error too). Streams: memory stays
// the same whatever the number of lines. Each bad line is also described on `errors`.
BatchSummary triageBatch(const KnowledgeBase& kb, std::istream& input, const std::string& file,
                         std::ostream& output, std::ostream& errors);

} // namespace kt
