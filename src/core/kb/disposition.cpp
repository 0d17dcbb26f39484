#include "kneetriage/kb/disposition.h"

#include "kb/enum_names.h"

namespace kt {
namespace {

constexpr EnumNames<Disposition, 4> kIds{{{
    {Disposition::Emergency, "emergency"},
    {Disposition::Urgent, "urgent"},
    {Disposition::SeeClinician, "see_clinician"},
    {Disposition::SelfCare, "self_care"},
}}};

} // namespace

std::string_view dispositionId(Disposition disposition) {
    return kIds.name(disposition);
}

std::optional<Disposition> dispositionFromId(std::string_view id) {
    return kIds.value(id);
}

} // namespace kt
