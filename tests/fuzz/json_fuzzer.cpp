// libFuzzer target: the quick reader for plain JSON against nlohmann's full parser. Whatever
// the bytes, the quick reader either gives up or gives exactly the full parser's value; a text
// the full parser refuses is never accepted.
#include "io/plain_json.h"
#include "kneetriage/io/json_document.h"

#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto full = nlohmann::json::parse(text, nullptr, false);
    if (const auto quick = kt::parsePlainJson(text, 64)) {
        if (full.is_discarded() || *quick != full) {
            std::abort();
        }
    }
    // And through the reader every document goes through: accepted means the full value.
    const auto read = kt::parseJsonText("fuzz", std::string(text), {});
    if (const auto* document = std::get_if<kt::JsonDocument>(&read)) {
        if (full.is_discarded() || document->value != full) {
            std::abort();
        }
    }
    return 0;
}
