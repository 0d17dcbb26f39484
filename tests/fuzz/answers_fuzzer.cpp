// libFuzzer target: any bytes as an answers document, through the CLI's single-triage path
// (JSON parse, answers reader, flow, ranking, result writer) on the shipped knowledge base.
#include "kneetriage/io/batch.h"
#include "shipped_kb.h"

#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto outcome = kt::triageDocument(shippedKnowledgeBase(), "fuzz",
                                            std::string(reinterpret_cast<const char*>(data), size));
    if (const auto* result = std::get_if<std::string>(&outcome)) {
        // Whatever went in, what comes out is a valid result document.
        const auto parsed = nlohmann::json::parse(*result, nullptr, false);
        if (parsed.is_discarded() || parsed.value("format", "") != "kneetriage.result/1") {
            std::abort();
        }
    } else if (std::get<kt::Problems>(outcome).empty()) {
        std::abort(); // a refusal always says why
    }
    return 0;
}
