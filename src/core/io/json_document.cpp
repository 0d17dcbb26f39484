#include "kneetriage/io/json_document.h"

#include <algorithm>
#include <array>
#include <deque>
#include <fstream>
#include <optional>
#include <system_error>
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

// Start of the member value named `key` of the object at `pos`, if present.
std::optional<std::size_t> findMember(std::string_view text, std::size_t pos,
                                      const std::string& key) {
    pos = skipWhitespace(text, pos + 1);
    while (pos < text.size() && text[pos] == '"') {
        const std::size_t keyEnd = skipString(text, pos);
        const std::optional<std::string> name = readKey(text, pos, keyEnd);
        pos = skipWhitespace(text, keyEnd);
        if (pos >= text.size() || text[pos] != ':') {
            return std::nullopt;
        }
        pos = skipWhitespace(text, pos + 1);
        if (name == key) {
            return pos;
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

// What the parser would accept without a word but must not be: nesting deeper than the limit,
// and a member name given twice in one object (the parser keeps the last, so a second
// "weight_bearing" could hide a warning sign: nothing is guessed).
struct StructureProblem {
    std::size_t offset = 0;
    std::string message;
};

// For messages: a member name as JSON, control characters escaped, never raw bytes to a terminal.
std::string quotedForMessage(const std::string& name) {
    return json(name).dump(-1, ' ', false, json::error_handler_t::replace);
}

// A member name and where it starts, for finding a name given twice in one object.
struct NameAt {
    std::string_view name;
    std::size_t offset = 0;
};

// The second place of a name given twice, if any: sorted, so a hostile object with thousands of
// members costs n log n, not n squared.
std::optional<NameAt> secondOfTwice(std::vector<NameAt>& names) {
    if (names.size() < 2) {
        return std::nullopt;
    }
    std::stable_sort(names.begin(), names.end(),
                     [](const NameAt& a, const NameAt& b) { return a.name < b.name; });
    std::optional<NameAt> first;
    for (std::size_t i = 1; i < names.size(); ++i) {
        if (names[i].name == names[i - 1].name && (!first || names[i].offset < first->offset)) {
            first = names[i];
        }
    }
    return first;
}

// One pass over the text, keeping only the member names of the objects still open (as views
// into the text; a name written with escapes is decoded once and kept in `decoded`).
std::optional<StructureProblem> structureProblem(std::string_view text, int maxDepth) {
    struct Frame {
        bool object = false;
        bool expectingName = false;
        std::vector<NameAt> names;
    };
    std::vector<Frame> open;
    std::deque<std::string> decoded;
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
        const char c = text[pos];
        if (c == '"') {
            const std::size_t end = skipString(text, pos);
            if (!open.empty() && open.back().expectingName) {
                open.back().expectingName = false;
                std::string_view name = text.substr(pos + 1, end > pos + 1 ? end - pos - 2 : 0);
                if (name.find('\\') != std::string_view::npos) {
                    name =
                        decoded.emplace_back(readKey(text, pos, end).value_or(std::string(name)));
                }
                open.back().names.push_back({name, pos});
            }
            pos = end - 1;
        } else if (c == '{' || c == '[') {
            if (open.size() >= static_cast<std::size_t>(maxDepth)) {
                return StructureProblem{pos, "nesting is deeper than " + std::to_string(maxDepth) +
                                                 " levels; expected a flatter document"};
            }
            open.push_back(Frame{c == '{', c == '{', {}});
        } else if (c == '}' || c == ']') {
            if (open.empty()) {
                continue;
            }
            if (const auto twice = secondOfTwice(open.back().names)) {
                return StructureProblem{
                    twice->offset, "member " + quotedForMessage(std::string(twice->name)) +
                                       " appears twice in one object; expected each member once"};
            }
            open.pop_back();
        } else if (c == ',' && !open.empty() && open.back().object) {
            open.back().expectingName = true;
        }
    }
    return std::nullopt;
}

Problem problemAtOffset(const std::string& file, std::string_view text, std::size_t offset,
                        std::string message) {
    const TextPlace place = placeOfOffset(text, offset);
    return Problem{file, place.line, place.column, {}, std::move(message)};
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
            next = findMember(text, pos, token);
        } else if (text[pos] == '[') {
            next = findElement(text, pos, token);
        }
        if (!next) {
            break;
        }
        pos = *next;
    }
    return placeOfOffset(text, pos);
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
    if (auto problem = structureProblem(text, limits.maxDepth)) {
        return problemAtOffset(file, text, problem->offset, std::move(problem->message));
    }
    try {
        json value = json::parse(text);
        return JsonDocument{std::move(file), std::move(text), std::move(value)};
    } catch (const json::parse_error& error) {
        // nlohmann reports "[json.exception.parse_error.101] parse error at line 1, column 2: ..."
        const std::string what = error.what();
        const std::size_t colon = what.find(": ", what.find("parse error"));
        const std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
        const std::size_t offset = error.byte == 0 ? 0 : error.byte - 1;
        return problemAtOffset(file, text, offset, "invalid JSON: " + reason);
    } catch (const json::exception& error) {
        // Such as a number too large for a double ("1e400"): nlohmann gives no position.
        return Problem{file, 0, 0, {}, std::string("invalid JSON: ") + error.what()};
    }
}

JsonResult readJsonFile(const std::filesystem::path& path, const JsonLimits& limits) {
    const std::string file = path.string();
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status)) {
        return Problem{file, 0, 0, {}, "cannot open: no such file; expected a JSON file"};
    }
    if (std::filesystem::is_directory(status)) {
        return Problem{file, 0, 0, {}, "is a directory; expected a JSON file"};
    }
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        return Problem{
            file,
            0,
            0,
            {},
            "cannot open for reading (permission denied?); expected a readable JSON file"};
    }
    std::string text;
    const std::size_t size = std::filesystem::is_regular_file(status)
                                 ? static_cast<std::size_t>(std::filesystem::file_size(path, error))
                                 : 0;
    if (!error && size > limits.maxBytes) {
        return Problem{file,
                       0,
                       0,
                       {},
                       "file is " + std::to_string(size) + " bytes; expected at most " +
                           std::to_string(limits.maxBytes)};
    }
    text.reserve(error ? 0 : std::min(size, limits.maxBytes) + 1);
    text += readBoundedText(stream, limits.maxBytes);
    if (stream.bad()) {
        return Problem{file, 0, 0, {}, "read error; expected a readable JSON file"};
    }
    return parseJsonText(file, std::move(text), limits);
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
