// libFuzzer target: any bytes as a JSON Lines batch, through the CLI's batch path. Checks the
// promise that output line N answers input line N.
#include "kneetriage/io/batch.h"
#include "shipped_kb.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream input(std::string(reinterpret_cast<const char*>(data), size));
    std::ostringstream output;
    std::ostringstream errors;
    const kt::BatchSummary summary =
        kt::triageBatch(shippedKnowledgeBase(), input, "fuzz", output, errors);
    const std::string written = output.str();
    const auto lines = static_cast<std::size_t>(std::count(written.begin(), written.end(), '\n'));
    if (lines != summary.cases || summary.failed > summary.cases) {
        std::abort();
    }
    return 0;
}
