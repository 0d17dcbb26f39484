#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kt {

// The one way an enum of the knowledge base maps to and from the name its JSON files use: each
// enum has one table of these, so a value and its name cannot drift apart in two places.
template <typename Enum, std::size_t Count> class EnumNames {
  public:
    constexpr explicit EnumNames(std::array<std::pair<Enum, std::string_view>, Count> table)
        : table_(table) {}

    // Every value is in the table, so a missing one is a programming error caught by the tests
    // that name every value; the first name keeps the answer defined.
    [[nodiscard]] constexpr std::string_view name(Enum value) const {
        for (const auto& [entry, name] : table_) {
            if (entry == value) {
                return name;
            }
        }
        return table_.front().second;
    }

    [[nodiscard]] constexpr std::optional<Enum> value(std::string_view name) const {
        for (const auto& [entry, text] : table_) {
            if (text == name) {
                return entry;
            }
        }
        return std::nullopt;
    }

    // For messages that list what was expected.
    [[nodiscard]] std::vector<std::string> names() const {
        std::vector<std::string> result;
        for (const auto& entry : table_) {
            result.emplace_back(entry.second);
        }
        return result;
    }

  private:
    std::array<std::pair<Enum, std::string_view>, Count> table_;
};

} // namespace kt
