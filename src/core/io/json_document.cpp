#include "kneetriage/io/json_document.h"

#include "io/plain_json.h"
#include "kneetriage/io/input_file.h"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace kt {
namespace {

using nlohmann::json;

constexpr std::string_view kWhitespace = " \t\r\n";

std::size_t skipWhitespace(std::string_view text, std::size_t pos) {
    const std::size_t next = text.find_first_not_of(kWhitespace, pos);
    return next == std::string_view::npos ? text.size() : next;
}

// Position just past the string literal that starts at `pos` (which holds '"').
std::size_t skipString(std::string_view text, std::size_t pos) {
    for (++pos; pos < text.size(); ++pos) {
        if (text[pos] == '\\') {
            ++pos;
        } else if (text[pos] == '"') {
            return pos + 1;
        }
    }
    return text.size();
}

// Position just past the value starting at `pos`. Iterative, so depth cannot overflow the stack.
std::size_t skipValue(std::string_view text, std::size_t pos) {
    int depth = 0;
    while (pos < text.size()) {
        const char c = text[pos];
        if (c == '"') {
            pos = skipString(text, pos);
            if (depth == 0) {
                return pos;
            }
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
            if (depth <= 0) {
                return pos + 1;
            }
        } else if (depth == 0 && (c == ',' || kWhitespace.find(c) != std::string_view::npos)) {
            return pos;
        }
        ++pos;
    }
    return pos;
}

std::optional<std::string> readKey(std::string_view text, std::size_t begin, std::size_t end) {
    const std::string_view raw = text.substr(begin, end - begin);
    if (raw.size() >= 2 && raw.back() == '"' && raw.find('\\') == std::string_view::npos) {
        return std::string(raw.substr(1, raw.size() - 2)); // nothing to decode: the common case
    }
    try {
        return json::parse(text.substr(begin, end - begin)).get<std::string>();
    } catch (const json::exception&) {
        return std::nullopt;
    }
}

// Where a member of an object starts: its name, and its value.
struct MemberPlace {
    std::size_t name = 0;
    std::size_t value = 0;
};

// The member named `key` of the object at `pos`, or with `skip` the one after `skip` others of
// that name (the second of a name given twice), if present.
std::optional<MemberPlace> findMember(std::string_view text, std::size_t pos,
                                      const std::string& key, int skip = 0) {
    pos = skipWhitespace(text, pos + 1);
    while (pos < text.size() && text[pos] == '"') {
        const std::size_t nameAt = pos;
        const std::size_t keyEnd = skipString(text, pos);
        const std::optional<std::string> name = readKey(text, pos, keyEnd);
        pos = skipWhitespace(text, keyEnd);
        if (pos >= text.size() || text[pos] != ':') {
            return std::nullopt;
        }
        pos = skipWhitespace(text, pos + 1);
        if (name == key && skip-- == 0) {
            return MemberPlace{nameAt, pos};
        }
        pos = skipWhitespace(text, skipValue(text, pos));
        if (pos >= text.size() || text[pos] != ',') {
            return std::nullopt;
        }
        pos = skipWhitespace(text, pos + 1);
    }
    return std::nullopt;
}

std::optional<std::size_t> findElement(std::string_view text, std::size_t pos,
                                       const std::string& token) {
    std::size_t index = 0;
    try {
        index = std::stoul(token);
    } catch (const std::exception&) {
        return std::nullopt;
    }
    pos = skipWhitespace(text, pos + 1);
    for (std::size_t i = 0; i < index; ++i) {
        pos = skipWhitespace(text, skipValue(text, pos));
        if (pos >= text.size() || text[pos] != ',') {
            return std::nullopt;
        }
        pos = skipWhitespace(text, pos + 1);
    }
    if (pos >= text.size() || text[pos] == ']') {
        return std::nullopt;
    }
    return pos;
}

// Offset of the value at `pointer` in `text`, or of the nearest enclosing value that exists.
std::size_t offsetOf(std::string_view text, const json::json_pointer& pointer) {
    std::size_t pos = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    pos = skipWhitespace(text, pos);
    std::vector<std::string> tokens;
    for (json::json_pointer rest = pointer; !rest.empty(); rest = rest.parent_pointer()) {
        tokens.insert(tokens.begin(), rest.back());
    }
    for (const std::string& token : tokens) {
        if (pos >= text.size()) {
            break;
        }
        std::optional<std::size_t> next;
        if (text[pos] == '{') {
            const auto member = findMember(text, pos, token);
            next = member ? std::optional<std::size_t>(member->value) : std::nullopt;
        } else if (text[pos] == '[') {
            next = findElement(text, pos, token);
        }
        if (!next) {
            break;
        }
        pos = *next;
    }
    return pos;
}

// For messages: a member name as JSON, control characters escaped, never raw bytes to a terminal.
std::string quotedForMessage(const std::string& name) {
    return json(name).dump(-1, ' ', false, json::error_handler_t::replace);
}

// What stopped a parse that the parser itself would have let through.
struct Refusal {
    enum class Kind { TooDeep, NamedTwice } kind = Kind::TooDeep;
    json::json_pointer at; // the value nested too deep, or the object holding the name twice
    std::string name;
};

// Builds the value in the parser's one pass while refusing what the parser would accept without
// a word but must not be: nesting deeper than the limit, and a member name given twice in one
// object (the parser keeps the last, so a second "weight_bearing" could hide a warning sign:
// nothing is guessed). Strings are moved out of the parser, not copied.
class CheckedBuilder final : public json::json_sax_t {
  public:
    CheckedBuilder(json& root, int maxDepth) : root_(root), maxDepth_(maxDepth) {}

    bool null() override { return place(nullptr) != nullptr; }
    bool boolean(bool value) override { return place(value) != nullptr; }
    bool number_integer(json::number_integer_t value) override { return place(value) != nullptr; }
    bool number_unsigned(json::number_unsigned_t value) override { return place(value) != nullptr; }
    bool number_float(json::number_float_t value, const json::string_t& /*text*/) override {
        return place(value) != nullptr;
    }
    bool string(json::string_t& value) override { return place(std::move(value)) != nullptr; }
    bool binary(json::binary_t& value) override { return place(std::move(value)) != nullptr; }
    bool start_object(std::size_t /*elements*/) override { return open(json::value_t::object); }
    bool start_array(std::size_t /*elements*/) override { return open(json::value_t::array); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(json::string_t& name) override {
        Open& object = open_.back();
        auto& members = object.value->get_ref<json::object_t&>();
        const auto [member, added] = members.try_emplace(std::move(name));
        if (!added) {
            refusal_ = Refusal{Refusal::Kind::NamedTwice, path(false), member->first};
            return false;
        }
        object.name = &member->first;
        object.member = &member->second;
        return true;
    }

    bool parse_error(std::size_t /*position*/, const std::string& /*token*/,
                     const json::exception& error) override {
        message_ = error.what();
        if (const auto* parseError = dynamic_cast<const json::parse_error*>(&error)) {
            byte_ = parseError->byte;
        }
        return false;
    }

    [[nodiscard]] const std::optional<Refusal>& refusal() const { return refusal_; }
    // The parser's own complaint, and the byte it names (none for a number out of range).
    [[nodiscard]] const std::string& message() const { return message_; }
    [[nodiscard]] const std::optional<std::size_t>& byte() const { return byte_; }

  private:
    // An object or array still open, and in an object the member being read.
    struct Open {
        json* value = nullptr;
        const std::string* name = nullptr;
        json* member = nullptr;
    };

    json* place(json value) {
        if (open_.empty()) {
            root_ = std::move(value);
            return &root_;
        }
        Open& parent = open_.back();
        if (parent.value->is_array()) {
            return &parent.value->get_ref<json::array_t&>().emplace_back(std::move(value));
        }
        *parent.member = std::move(value);
        return parent.member;
    }

    bool open(json::value_t type) {
        json* value = place(json(type));
        if (open_.size() >= static_cast<std::size_t>(maxDepth_)) {
            refusal_ = Refusal{Refusal::Kind::TooDeep, path(true), {}};
            return false;
        }
        open_.push_back(Open{value});
        return true;
    }

    bool close() {
        open_.pop_back();
        return true;
    }

    // Where the innermost open value is, or with `placed` the value just placed in it: only
    // worked out when a parse is refused, so reading costs nothing for it.
    [[nodiscard]] json::json_pointer path(bool placed) const {
        json::json_pointer at;
        const std::size_t steps = placed ? open_.size() : open_.size() - 1;
        for (std::size_t i = 0; i < steps; ++i) {
            const Open& parent = open_[i];
            at /=
                parent.value->is_array() ? std::to_string(parent.value->size() - 1) : *parent.name;
        }
        return at;
    }

    json& root_;
    int maxDepth_;
    std::vector<Open> open_;
    std::optional<Refusal> refusal_;
    std::string message_;
    std::optional<std::size_t> byte_;
};

Problem problemAtOffset(const std::string& file, std::string_view text, std::size_t offset,
                        std::string message) {
    const TextPlace place = placeOfOffset(text, offset);
    return Problem{file, place.line, place.column, {}, std::move(message)};
}

Problem refusedProblem(const std::string& file, std::string_view text, const Refusal& refusal,
                       int maxDepth) {
    const std::size_t at = offsetOf(text, refusal.at);
    if (refusal.kind == Refusal::Kind::TooDeep) {
        return problemAtOffset(file, text, at,
                               "nesting is deeper than " + std::to_string(maxDepth) +
                                   " levels; expected a flatter document");
    }
    const auto second = findMember(text, at, refusal.name, 1);
    return problemAtOffset(file, text, second ? second->name : at,
                           "member " + quotedForMessage(refusal.name) +
                               " appears twice in one object; expected each member once");
}

} // namespace

TextPlace placeOfOffset(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    TextPlace place;
    for (std::size_t pos = 0; pos < offset; ++pos) {
        if (text[pos] == '\n') {
            ++place.line;
            place.column = 1;
        } else if ((static_cast<unsigned char>(text[pos]) & 0xC0U) != 0x80U) {
            ++place.column; // columns count characters, not UTF-8 continuation bytes
        }
    }
    return place;
}

TextPlace locate(std::string_view text, const json::json_pointer& pointer) {
    return placeOfOffset(text, offsetOf(text, pointer));
}

Problem JsonDocument::problemAt(const json::json_pointer& pointer, std::string message) const {
    const TextPlace place = locate(text, pointer);
    return Problem{file, place.line, place.column, pointer.to_string(), std::move(message)};
}

JsonResult parseJsonText(std::string file, std::string text, const JsonLimits& limits) {
    if (text.size() > limits.maxBytes) {
        return Problem{file,
                       0,
                       0,
                       {},
                       "file is " + std::to_string(text.size()) + " bytes; expected at most " +
                           std::to_string(limits.maxBytes)};
    }
    if (text.find_first_not_of(std::string(kWhitespace) + "\xEF\xBB\xBF") == std::string::npos) {
        return Problem{file, 0, 0, {}, "file is empty; expected a JSON document"};
    }
    // The parser would stop reading at a NUL byte and ignore the rest without a word.
    if (const std::size_t nul = text.find('\0'); nul != std::string::npos) {
        return problemAtOffset(file, text, nul, "a NUL byte; expected JSON text");
    }
    if (auto plain = parsePlainJson(text, limits.maxDepth)) {
        return JsonDocument{std::move(file), std::move(text), std::move(*plain)};
    }
    json value;
    CheckedBuilder builder(value, limits.maxDepth);
    if (json::sax_parse(text, &builder)) {
        return JsonDocument{std::move(file), std::move(text), std::move(value)};
    }
    if (const auto& refusal = builder.refusal()) {
        return refusedProblem(file, text, *refusal, limits.maxDepth);
    }
    if (const auto& byte = builder.byte()) {
        // nlohmann reports "[json.exception.parse_error.101] parse error at line 1, column 2: ..."
        const std::string& what = builder.message();
        const std::size_t colon = what.find(": ", what.find("parse error"));
        const std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
        return problemAtOffset(file, text, *byte == 0 ? 0 : *byte - 1, "invalid JSON: " + reason);
    }
    // Such as a number too large for a double ("1e400"): nlohmann gives no position.
    return Problem{file, 0, 0, {}, "invalid JSON: " + builder.message()};
}

JsonResult readJsonFile(const std::filesystem::path& path, const JsonLimits& limits) {
    auto read = readInputFile(path, limits.maxBytes, "a JSON file");
    if (auto* problem = std::get_if<Problem>(&read)) {
        return std::move(*problem);
    }
    return parseJsonText(path.string(), std::move(std::get<std::string>(read)), limits);
}

std::string readBoundedText(std::istream& input, std::size_t maxBytes) {
    // In chunks, stopping one chunk past the limit: a pipe or device that never ends cannot
    // exhaust memory, and the caller still sees that the text was too long.
    std::string text;
    std::array<char, 65536> chunk{};
    while (input && text.size() <= maxBytes) {
        input.read(chunk.data(), chunk.size());
        text.append(chunk.data(), static_cast<std::size_t>(input.gcount()));
    }
    return text;
}

JsonResult readJsonStream(std::string name, std::istream& input, const JsonLimits& limits) {
    std::string text = readBoundedText(input, limits.maxBytes);
    if (input.bad()) {
        return Problem{std::move(name), 0, 0, {}, "read error; expected a JSON document"};
    }
    if (text.size() > limits.maxBytes) {
        return Problem{std::move(name),
                       0,
                       0,
                       {},
                       "more than " + std::to_string(limits.maxBytes) +
                           " bytes; expected at most " + std::to_string(limits.maxBytes) +
                           " (reading stopped there)"};
    }
    return parseJsonText(std::move(name), std::move(text), limits);
}

} // namespace kt
