#pragma once

#include <optional>
#include <string_view>

namespace kt {

// Contract §4, declared most urgent first so that a smaller value is more urgent.
enum class Disposition { Emergency, Urgent, SeeClinician, SelfCare };

[[nodiscard]] std::string_view dispositionId(Disposition disposition);
[[nodiscard]] std::optional<Disposition> dispositionFromId(std::string_view id);
[[nodiscard]] constexpr Disposition mostUrgent(Disposition a, Disposition b) {
    return a < b ? a : b;
}

} // namespace kt
