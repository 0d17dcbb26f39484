#pragma once

#include "kneetriage/io/json_document.h"
#include "kneetriage/kb/knowledge_base.h"

#include <filesystem>
#include <variant>

namespace kt {

struct LoadOptions {
    // Also require every id of the intake contract and full, sourced content: what a shipped
    // knowledge base must meet. Small test knowledge bases turn it off.
    bool checkContract = true;
    JsonLimits limits;
    // The language of the texts: "en" reads the files as they are; another language puts the
    // translations of data/i18n/<language>/ over them (src/core/i18n). Ids, rules and scores
    // are the same in every language; a text without a usable translation stays English.
    std::string language = "en";
};

using LoadResult = std::variant<KnowledgeBase, Problems>;

// Loads and checks the knowledge base in `dataDirectory` (kb/*.json and content/*.json).
// Either everything loads and passes every check, or every problem found is returned.
[[nodiscard]] LoadResult loadKnowledgeBase(const std::filesystem::path& dataDirectory,
                                           const LoadOptions& options = {});

} // namespace kt
