#pragma once

#include "kneetriage/io/json_document.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kt {

// Reads the members of one JSON object, recording a located problem for each member that is
// missing, of the wrong type or not expected, so a loader can report every problem at once.
class JsonFields {
  public:
    using Pointer = nlohmann::json::json_pointer;

    JsonFields(const JsonDocument& document, const nlohmann::json& value, Pointer at,
               Problems& problems);

    [[nodiscard]] bool isObject() const { return value_.is_object(); }
    [[nodiscard]] const Pointer& pointer() const { return at_; }
    [[nodiscard]] Pointer pointer(std::string_view key) const { return at_ / std::string(key); }
    [[nodiscard]] const JsonDocument& document() const { return document_; }

    [[nodiscard]] std::string requiredString(std::string_view key);
    [[nodiscard]] std::string optionalString(std::string_view key);
    [[nodiscard]] std::optional<double> requiredNumber(std::string_view key);
    [[nodiscard]] std::optional<double> optionalNumber(std::string_view key);
    [[nodiscard]] std::optional<bool> optionalBool(std::string_view key);
    [[nodiscard]] std::vector<std::string> stringList(std::string_view key, bool required);
    // The member's array, or nullptr (with a problem recorded if it was required or not an array).
    [[nodiscard]] const nlohmann::json* array(std::string_view key, bool required);
    [[nodiscard]] const nlohmann::json* object(std::string_view key, bool required);
    [[nodiscard]] const nlohmann::json* member(std::string_view key) const;

    // Reports each member not in `known`, with a did-you-mean.
    void allowOnly(std::initializer_list<std::string_view> known);

    void problem(const Pointer& at, std::string message) const;

  private:
    const nlohmann::json* typed(std::string_view key, bool required, nlohmann::json::value_t type,
                                std::string_view expected);

    const JsonDocument& document_;
    const nlohmann::json& value_;
    Pointer at_;
    Problems& problems_;
};

// "a string", "an array", ... for messages of the form "found X, expected Y".
[[nodiscard]] std::string describeJsonType(const nlohmann::json& value);

// Reads every element of `array` as an object with `read`, reporting elements that are not objects.
template <typename Read>
void forEachObject(const JsonDocument& document, const nlohmann::json& array,
                   const nlohmann::json::json_pointer& at, Problems& problems, Read&& read) {
    for (std::size_t i = 0; i < array.size(); ++i) {
        const auto elementAt = at / i;
        if (!array[i].is_object()) {
            problems.push_back(document.problemAt(elementAt, "found " + describeJsonType(array[i]) +
                                                                 ", expected an object"));
            continue;
        }
        JsonFields fields(document, array[i], elementAt, problems);
        read(fields);
    }
}

} // namespace kt
