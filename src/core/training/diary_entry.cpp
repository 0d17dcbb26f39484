#include "kneetriage/training/diary_entry.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <utility>

namespace kt {
namespace {

constexpr std::array<std::pair<AgainstUsual, std::string_view>, 3> kIds{{
    {AgainstUsual::Better, "better"},
    {AgainstUsual::Usual, "usual"},
    {AgainstUsual::Worse, "worse"},
}};

// The number written by `text`, which holds decimal digits only.
unsigned number(std::string_view text) {
    unsigned value = 0;
    for (const char digit : text) {
        value = value * 10 + static_cast<unsigned>(digit - '0');
    }
    return value;
}

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

bool isCalendarDate(std::string_view text) {
    const auto isDigitAt = [text](std::size_t at) { return text[at] >= '0' && text[at] <= '9'; };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    for (const std::size_t at : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U}) {
        if (!isDigitAt(at)) {
            return false;
        }
    }
    const std::chrono::year_month_day date{
        std::chrono::year(static_cast<int>(number(text.substr(0, 4)))),
        std::chrono::month(number(text.substr(5, 2))), std::chrono::day(number(text.substr(8, 2)))};
    return date.ok();
}

} // namespace kt
