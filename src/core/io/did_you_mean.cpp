#include "kneetriage/io/did_you_mean.h"

#include <algorithm>
#include <vector>

namespace kt {
namespace {

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitution});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

std::string didYouMean(std::string_view wrong, std::span<const std::string> candidates) {
    // A third of the word, at least 2: catches typos without suggesting unrelated ids.
    const std::size_t tolerance = std::max<std::size_t>(2, wrong.size() / 3);
    const std::string* best = nullptr;
    std::size_t bestDistance = tolerance + 1;
    for (const std::string& candidate : candidates) {
        const std::size_t distance = editDistance(wrong, candidate);
        if (distance < bestDistance) {
            best = &candidate;
            bestDistance = distance;
        }
    }
    return best ? " (did you mean '" + *best + "'?)" : std::string{};
}

} // namespace kt
