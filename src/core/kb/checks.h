#pragma once

#include "kneetriage/io/json_document.h"
#include "kneetriage/kb/knowledge_base.h"

namespace kt {

// Where each entity of a loaded knowledge base came from, so checks can point at it.
struct EntityPlaces {
    const JsonDocument* questions = nullptr;
    const JsonDocument* redFlags = nullptr;
    const JsonDocument* conditions = nullptr;
    const JsonDocument* kb = nullptr;
};

// Checks of the flow as a whole: unreachable questions, cycles, the safety screen coming
// first, and conditions and red flags that no path can reach.
void checkFlow(const KnowledgeBase& kb, const EntityPlaces& places, Problems& problems);

// Checks that every id and meaning of the intake contract is present.
void checkContract(const KnowledgeBase& kb, const EntityPlaces& places, Problems& problems);

} // namespace kt
