#include "kneetriage/kb/knowledge_base.h"

#include "kb/enum_names.h"

namespace kt {
namespace {

constexpr EnumNames<QuestionKind, 4> kKindNames{{{
    {QuestionKind::Choice, "choice"},
    {QuestionKind::Multi, "multi"},
    {QuestionKind::Number, "number"},
    {QuestionKind::YesNo, "yesno"},
}}};

} // namespace

std::string_view kindName(QuestionKind kind) {
    return kKindNames.name(kind);
}

std::optional<QuestionKind> kindFromName(std::string_view name) {
    return kKindNames.value(name);
}

std::vector<std::string> Question::codes() const {
    std::vector<std::string> result;
    for (const Option& option : options) {
        result.push_back(option.code);
    }
    return result;
}

std::string joinedList(const std::vector<std::string>& words) {
    std::string text;
    for (const std::string& word : words) {
        text += (text.empty() ? "" : ", ") + word;
    }
    return text;
}

std::optional<std::size_t> Question::optionIndex(std::string_view code) const {
    for (std::size_t i = 0; i < options.size(); ++i) {
        if (options[i].code == code) {
            return i;
        }
    }
    return std::nullopt;
}

std::optional<std::size_t> KnowledgeBase::findQuestion(std::string_view id) const {
    const auto found = questionIndex.find(id);
    if (found == questionIndex.end()) {
        return std::nullopt;
    }
    return found->second;
}

const std::string& KnowledgeBase::likelihoodWords(double score) const {
    // The loader guarantees bands, highest first, the last from 0.
    for (const LikelihoodBand& band : words.likelihood) {
        if (score >= band.from) {
            return band.words;
        }
    }
    return words.likelihood.back().words;
}

} // namespace kt
