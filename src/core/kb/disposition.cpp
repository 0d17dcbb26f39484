#include "kneetriage/kb/disposition.h"

#include <array>
#include <utility>

namespace kt {
namespace {

constexpr std::array<std::pair<Disposition, std::string_view>, 4> kIds{{
    {Disposition::Emergency, "emergency"},
    {Disposition::Urgent, "urgent"},
    {Disposition::SeeClinician, "see_clinician"},
    {Disposition::SelfCare, "self_care"},
}};

} // namespace

std::string_view dispositionId(Disposition disposition) {
    for (const auto& [value, id] : kIds) {
        if (value == disposition) {
            return id;
        }
    }
    return "self_care";
}

std::optional<Disposition> dispositionFromId(std::string_view id) {
    for (const auto& [value, name] : kIds) {
        if (name == id) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace kt
