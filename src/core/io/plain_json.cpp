#include "io/plain_json.h"

#include <charconv>
#include <cmath>
#include <string>

namespace kt {
namespace {

using nlohmann::json;

// Thrown to give up on the quick path; never seen outside this file.
struct NotPlain {};

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Length of the UTF-8 sequence at `at` if it is one that the full parser accepts (RFC 3629: no
// overlong forms, no surrogates, nothing past U+10FFFF), else 0.
std::size_t validUtf8Length(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) {
        return at + i < text.size() ? static_cast<unsigned char>(text[at + i]) : 0U;
    };
    const auto within = [](unsigned value, unsigned low, unsigned high) {
        return value >= low && value <= high;
    };
    const unsigned lead = byte(0);
    const unsigned second = byte(1);
    std::size_t length = 0;
    if (within(lead, 0xC2U, 0xDFU)) {
        length = within(second, 0x80U, 0xBFU) ? 2 : 0;
    } else if (within(lead, 0xE0U, 0xEFU)) {
        const unsigned low = lead == 0xE0U ? 0xA0U : 0x80U;
        const unsigned high = lead == 0xEDU ? 0x9FU : 0xBFU;
        length = within(second, low, high) ? 3 : 0;
    } else if (within(lead, 0xF0U, 0xF4U)) {
        const unsigned low = lead == 0xF0U ? 0x90U : 0x80U;
        const unsigned high = lead == 0xF4U ? 0x8FU : 0xBFU;
        length = within(second, low, high) ? 4 : 0;
    }
    for (std::size_t i = 2; i < length; ++i) {
        if (!within(byte(i), 0x80U, 0xBFU)) {
            return 0;
        }
    }
    return length;
}

// A recursive-descent reader of the plain part of JSON. Recursion is bounded: nesting past the
// limit gives up, and the full parser then refuses the text with its own message.
class PlainReader {
  public:
    PlainReader(std::string_view text, int maxDepth) : text_(text), maxDepth_(maxDepth) {}

    json document() {
        json value = this->value(0);
        skipWhitespace();
        if (pos_ != text_.size()) {
            throw NotPlain{};
        }
        return value;
    }

  private:
    void skipWhitespace() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' ||
                                       text_[pos_] == '\r' || text_[pos_] == '\t')) {
            ++pos_;
        }
    }

    char peek() const {
        if (pos_ >= text_.size()) {
            throw NotPlain{};
        }
        return text_[pos_];
    }

    void expect(char c) {
        if (peek() != c) {
            throw NotPlain{};
        }
        ++pos_;
    }

    json value(int depth) {
        skipWhitespace();
        switch (peek()) {
        case '{':
            return object(depth);
        case '[':
            return array(depth);
        case '"':
            return json(string());
        case 't':
            return literal("true", json(true));
        case 'f':
            return literal("false", json(false));
        case 'n':
            return literal("null", json(nullptr));
        default:
            return number();
        }
    }

    json literal(std::string_view word, json value) {
        if (text_.substr(pos_, word.size()) != word) {
            throw NotPlain{};
        }
        pos_ += word.size();
        return value;
    }

    json object(int depth) {
        if (depth >= maxDepth_) {
            throw NotPlain{};
        }
        ++pos_;
        json value(json::value_t::object);
        auto& members = value.get_ref<json::object_t&>();
        skipWhitespace();
        if (peek() == '}') {
            ++pos_;
            return value;
        }
        while (true) {
            skipWhitespace();
            std::string name = string();
            skipWhitespace();
            expect(':');
            json member = this->value(depth + 1);
            if (!members.try_emplace(std::move(name), std::move(member)).second) {
                throw NotPlain{}; // a name given twice: the full parser says where
            }
            skipWhitespace();
            if (peek() == '}') {
                ++pos_;
                return value;
            }
            expect(',');
        }
    }

    json array(int depth) {
        if (depth >= maxDepth_) {
            throw NotPlain{};
        }
        ++pos_;
        json value(json::value_t::array);
        auto& elements = value.get_ref<json::array_t&>();
        skipWhitespace();
        if (peek() == ']') {
            ++pos_;
            return value;
        }
        while (true) {
            elements.push_back(this->value(depth + 1));
            skipWhitespace();
            if (peek() == ']') {
                ++pos_;
                return value;
            }
            expect(',');
        }
    }

    // A string without \u escapes, in valid UTF-8 and free of control characters.
    std::string string() {
        expect('"');
        std::string decoded;
        std::size_t runFrom = pos_;
        while (true) {
            const char c = peek();
            const auto byte = static_cast<unsigned char>(c);
            if (c == '"') {
                decoded.append(text_.substr(runFrom, pos_ - runFrom));
                ++pos_;
                return decoded;
            }
            if (byte < 0x20U) {
                throw NotPlain{};
            }
            if (byte >= 0x80U) {
                const std::size_t length = validUtf8Length(text_, pos_);
                if (length == 0) {
                    throw NotPlain{};
                }
                pos_ += length;
                continue;
            }
            if (c == '\\') {
                decoded.append(text_.substr(runFrom, pos_ - runFrom));
                decoded += escaped(pos_ + 1 < text_.size() ? text_[pos_ + 1] : '\0');
                pos_ += 2;
                runFrom = pos_;
                continue;
            }
            ++pos_;
        }
    }

    static char escaped(char c) {
        switch (c) {
        case '"':
        case '\\':
        case '/':
            return c;
        case 'b':
            return '\b';
        case 'f':
            return '\f';
        case 'n':
            return '\n';
        case 'r':
            return '\r';
        case 't':
            return '\t';
        default:
            throw NotPlain{}; // \u and anything invalid
        }
    }

    // Grammar of RFC 8259; the value as the full parser makes it: an integer without sign as
    // unsigned, with sign as signed, anything with a fraction or exponent as a double.
    json number() {
        const std::size_t begin = pos_;
        const bool negative = pos_ < text_.size() && text_[pos_] == '-';
        pos_ += negative ? 1 : 0;
        const std::size_t digitsFrom = pos_;
        if (peek() == '0') {
            ++pos_;
        } else {
            digits();
        }
        const std::size_t integerDigits = pos_ - digitsFrom;
        bool fractional = false;
        if (pos_ < text_.size() && text_[pos_] == '.') {
            ++pos_;
            digits();
            fractional = true;
        }
        if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
            ++pos_;
            if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) {
                ++pos_;
            }
            digits();
            fractional = true;
        }
        const char* first = text_.data() + begin;
        const char* last = text_.data() + pos_;
        if (fractional) {
            double value = 0;
            const auto [end, error] = std::from_chars(first, last, value);
            if (error != std::errc{} || end != last || !std::isfinite(value)) {
                throw NotPlain{};
            }
            return json(value);
        }
        if (integerDigits > 18) {
            throw NotPlain{}; // might not fit: the full parser decides what it becomes
        }
        if (negative) {
            std::int64_t value = 0;
            std::from_chars(first, last, value);
            return json(value);
        }
        std::uint64_t value = 0;
        std::from_chars(first, last, value);
        return json(value);
    }

    void digits() {
        const std::size_t from = pos_;
        while (pos_ < text_.size() && isDigit(text_[pos_])) {
            ++pos_;
        }
        if (pos_ == from) {
            throw NotPlain{};
        }
    }

    std::string_view text_;
    int maxDepth_;
    std::size_t pos_ = 0;
};

} // namespace

std::optional<json> parsePlainJson(std::string_view text, int maxDepth) {
    try {
        return PlainReader(text, maxDepth).document();
    } catch (const NotPlain&) {
        return std::nullopt;
    }
}

} // namespace kt
