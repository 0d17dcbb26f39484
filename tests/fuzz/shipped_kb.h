#pragma once

#include "kneetriage/kb/loader.h"

// The shipped knowledge base, loaded once per fuzzing process.
inline const kt::KnowledgeBase& shippedKnowledgeBase() {
    static const kt::KnowledgeBase kb =
        std::get<kt::KnowledgeBase>(kt::loadKnowledgeBase(KT_DATA_DIR));
    return kb;
}
