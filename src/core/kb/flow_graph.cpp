#include "kb/flow_graph.h"

#include <algorithm>

namespace kt {
namespace {

std::vector<std::size_t> targets(const Question& question) {
    std::vector<std::size_t> all = question.next.byOption;
    all.push_back(question.next.answered);
    all.push_back(question.next.unknown);
    return all;
}

} // namespace

std::vector<std::size_t> successors(const Question& question) {
    std::vector<std::size_t> next = targets(question);
    std::erase(next, kEndOfFlow);
    std::sort(next.begin(), next.end());
    next.erase(std::unique(next.begin(), next.end()), next.end());
    return next;
}

Reach reachFrom(const KnowledgeBase& kb, std::size_t from, std::optional<std::size_t> avoid) {
    Reach reach{std::vector<bool>(kb.questions.size(), false), false};
    std::vector<std::size_t> pending{from};
    while (!pending.empty()) {
        const std::size_t current = pending.back();
        pending.pop_back();
        for (const std::size_t next : targets(kb.questions[current])) {
            if (next == kEndOfFlow) {
                reach.end = true;
            } else if (next != avoid && !reach.questions[next]) {
                reach.questions[next] = true;
                pending.push_back(next);
            }
        }
    }
    return reach;
}

} // namespace kt
