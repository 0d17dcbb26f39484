#pragma once

#include "kneetriage/io/json_document.h"
#include "kneetriage/kb/disposition.h"

#include <string>
#include <variant>
#include <vector>

namespace kt {

// A "kneetriage.result/1" document read back: the result as it was given, in its own words,
// whatever knowledge base is in use today.
struct SavedResult {
    struct Flag {
        std::string id;
        Disposition disposition = Disposition::SeeClinician;
        std::string advice;
    };
    struct Condition {
        std::string id;
        std::string name;
        double score = 0;
        std::vector<std::string> why;
        std::vector<std::string> against;
    };
    struct Exercise {
        std::string id;
        std::string name;
    };

    std::string kbId;
    std::string kbVersion;
    Disposition disposition = Disposition::SeeClinician;
    std::vector<Flag> redFlags;
    std::vector<Condition> conditions;
    std::vector<Exercise> exercises;
    std::vector<std::string> advice;
    std::vector<std::string> asked;
    std::vector<std::string> ignored;
};

// The one reader of result documents (appendResultJson is the one writer). Every member the
// writer writes is required with its type; each problem names its place.
[[nodiscard]] std::variant<SavedResult, Problems> readResultDocument(const JsonDocument& document);

} // namespace kt
