#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <variant>
#include <vector>

namespace kt {

// "unsure" to a yes/no question: an answer, but known to be unknown.
struct Unsure {
    friend bool operator==(Unsure, Unsure) = default;
};

// Index into a question's options (choice and yes/no).
struct OptionIndex {
    std::size_t index = 0;
    friend bool operator==(OptionIndex, OptionIndex) = default;
};

// Set of option indices (multi); empty means "none of these".
struct OptionSet {
    std::uint64_t bits = 0;
    [[nodiscard]] bool contains(std::size_t index) const { return (bits >> index) & 1U; }
    friend bool operator==(OptionSet, OptionSet) = default;
};

// std::monostate: not answered. A missing answer is unknown, never "no".
using AnswerValue = std::variant<std::monostate, Unsure, OptionIndex, OptionSet, double>;

// Answers indexed like KnowledgeBase::questions.
class Answers {
  public:
    explicit Answers(std::size_t questionCount) : values_(questionCount) {}

    [[nodiscard]] const AnswerValue& operator[](std::size_t question) const {
        return values_[question];
    }
    void set(std::size_t question, AnswerValue value) { values_[question] = value; }
    [[nodiscard]] bool given(std::size_t question) const {
        return !std::holds_alternative<std::monostate>(values_[question]);
    }
    [[nodiscard]] std::size_t size() const { return values_.size(); }

    // Only the answers to `questions` (such as the path a check took); the others unanswered.
    [[nodiscard]] Answers onlyFor(std::span<const std::size_t> questions) const {
        Answers kept(values_.size());
        for (const std::size_t question : questions) {
            kept.values_[question] = values_[question];
        }
        return kept;
    }

    friend bool operator==(const Answers&, const Answers&) = default;

  private:
    std::vector<AnswerValue> values_;
};

} // namespace kt
