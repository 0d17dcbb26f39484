#pragma once

#include "kneetriage/kb/knowledge_base.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace kt {

// The flow as a graph of questions, for the checks of a loaded knowledge base and for the FHIR
// questionnaire's enableWhen, which both ask what the flow can reach.

// The distinct questions the flow can go to straight after `question`; the end not counted.
[[nodiscard]] std::vector<std::size_t> successors(const Question& question);

struct Reach {
    std::vector<bool> questions; // by index; `from` only when a cycle leads back to it
    bool end = false;            // the end of the flow
};

// What the flow can reach from `from` without passing through `avoid`.
[[nodiscard]] Reach reachFrom(const KnowledgeBase& kb, std::size_t from,
                              std::optional<std::size_t> avoid = std::nullopt);

} // namespace kt
