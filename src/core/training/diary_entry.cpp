#include "kneetriage/training/diary_entry.h"

#include <algorithm>
#include <array>
#include <utility>

namespace kt {
namespace {

constexpr std::array<std::pair<AgainstUsual, std::string_view>, 3> kIds{{
    {AgainstUsual::Better, "better"},
    {AgainstUsual::Usual, "usual"},
    {AgainstUsual::Worse, "worse"},
}};

} // namespace

std::string_view againstUsualId(AgainstUsual value) {
    const auto* found = std::find_if(kIds.begin(), kIds.end(),
                                     [value](const auto& known) { return known.first == value; });
    return found->second;
}

std::optional<AgainstUsual> againstUsualFromId(std::string_view id) {
    for (const auto& [known, knownId] : kIds) {
        if (knownId == id) {
            return known;
        }
    }
    return std::nullopt;
}

} // namespace kt
