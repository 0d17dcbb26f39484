#include "io/json_fields.h"

#include "kneetriage/io/did_you_mean.h"

namespace kt {

using nlohmann::json;

std::string describeJsonType(const json& value) {
    switch (value.type()) {
    case json::value_t::object:
        return "an object";
    case json::value_t::array:
        return "an array";
    case json::value_t::string:
        return "a string";
    case json::value_t::boolean:
        return "a boolean";
    case json::value_t::null:
        return "null";
    default:
        return "a number";
    }
}

JsonFields::JsonFields(const JsonDocument& document, const json& value, Pointer at,
                       Problems& problems)
    : document_(document), value_(value), at_(std::move(at)), problems_(problems) {}

void JsonFields::problem(const Pointer& at, std::string message) const {
    problems_.push_back(document_.problemAt(at, std::move(message)));
}

const json* JsonFields::member(std::string_view key) const {
    if (!value_.is_object()) {
        return nullptr;
    }
    const auto found = value_.find(key);
    return found == value_.end() ? nullptr : &*found;
}

const json* JsonFields::typed(std::string_view key, bool required, json::value_t type,
                              std::string_view expected) {
    const json* found = member(key);
    if (found == nullptr) {
        if (required) {
            problem(at_, "missing member \"" + std::string(key) + "\"; expected " +
                             std::string(expected));
        }
        return nullptr;
    }
    const bool matches =
        type == json::value_t::number_float ? found->is_number() : found->type() == type;
    if (!matches) {
        problem(pointer(key),
                "found " + describeJsonType(*found) + ", expected " + std::string(expected));
        return nullptr;
    }
    return found;
}

std::string JsonFields::requiredString(std::string_view key) {
    const json* found = typed(key, true, json::value_t::string, "a string");
    if (found != nullptr && found->get_ref<const std::string&>().empty()) {
        problem(pointer(key), "found an empty string, expected text");
    }
    return found ? found->get<std::string>() : std::string{};
}

std::string JsonFields::optionalString(std::string_view key) {
    const json* found = typed(key, false, json::value_t::string, "a string");
    return found ? found->get<std::string>() : std::string{};
}

std::optional<double> JsonFields::requiredNumber(std::string_view key) {
    const json* found = typed(key, true, json::value_t::number_float, "a number");
    return found ? std::optional<double>(found->get<double>()) : std::nullopt;
}

std::optional<double> JsonFields::optionalNumber(std::string_view key) {
    const json* found = typed(key, false, json::value_t::number_float, "a number");
    return found ? std::optional<double>(found->get<double>()) : std::nullopt;
}

std::optional<bool> JsonFields::optionalBool(std::string_view key) {
    const json* found = typed(key, false, json::value_t::boolean, "true or false");
    return found ? std::optional<bool>(found->get<bool>()) : std::nullopt;
}

const json* JsonFields::array(std::string_view key, bool required) {
    return typed(key, required, json::value_t::array, "an array");
}

const json* JsonFields::object(std::string_view key, bool required) {
    return typed(key, required, json::value_t::object, "an object");
}

std::vector<std::string> JsonFields::stringList(std::string_view key, bool required) {
    std::vector<std::string> strings;
    const json* list = typed(key, required, json::value_t::array, "an array of strings");
    if (list == nullptr) {
        return strings;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json& element = (*list)[i];
        if (element.is_string()) {
            strings.push_back(element.get<std::string>());
        } else {
            problem(pointer(key) / i, "found " + describeJsonType(element) + ", expected a string");
        }
    }
    return strings;
}

void JsonFields::allowOnly(std::initializer_list<std::string_view> known) {
    if (!value_.is_object()) {
        return;
    }
    for (auto member = value_.begin(); member != value_.end(); ++member) {
        const std::string& key = member.key();
        if (std::find(known.begin(), known.end(), key) == known.end()) {
            // Only a member that is not known pays for the names it is compared with.
            const std::vector<std::string> names(known.begin(), known.end());
            problem(pointer(key), "unknown member \"" + key + "\"" + didYouMean(key, names));
        }
    }
}

} // namespace kt
