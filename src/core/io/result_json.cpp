#include "kneetriage/io/result_json.h"

#include <array>
#include <charconv>
#include <cmath>

namespace kt {
namespace {

template <typename Items, typename Write>
void appendArray(std::string& out, const Items& items, Write&& write) {
    out += '[';
    bool first = true;
    for (const auto& item : items) {
        if (!first) {
            out += ',';
        }
        first = false;
        write(item);
    }
    out += ']';
}

void appendNumber(std::string& out, double value, int decimals) {
    std::array<char, 32> buffer{};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                            std::chars_format::fixed, decimals);
    out.append(buffer.data(), error == std::errc{} ? end : buffer.data());
}

void appendInteger(std::string& out, std::size_t value) {
    std::array<char, 24> buffer{};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    out.append(buffer.data(), error == std::errc{} ? end : buffer.data());
}

// Length of the valid UTF-8 sequence starting at `at`, or 0 if it is not one.
std::size_t utf8SequenceLength(std::string_view text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    const std::size_t length = lead >= 0xF0U && lead <= 0xF4U ? 4
                               : lead >= 0xE0U                ? 3
                               : lead >= 0xC2U                ? 2
                                                              : 0;
    if (length == 0 || at + length > text.size() || (lead >= 0xF8U)) {
        return 0;
    }
    for (std::size_t i = 1; i < length; ++i) {
        if ((static_cast<unsigned char>(text[at + i]) & 0xC0U) != 0x80U) {
            return 0;
        }
    }
    return length;
}

} // namespace

void appendJsonString(std::string& out, std::string_view text) {
    static constexpr std::string_view kHex = "0123456789abcdef";
    out += '"';
    std::size_t plainFrom = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20U && byte < 0x80U && c != '"' && c != '\\') {
            continue; // plain ASCII is copied in runs below
        }
        if (byte >= 0x80U) {
            const std::size_t length = utf8SequenceLength(text, i);
            if (length > 0) {
                i += length - 1;
                continue;
            }
        }
        out.append(text.substr(plainFrom, i - plainFrom));
        plainFrom = i + 1;
        if (byte >= 0x80U) {
            out += "\\ufffd"; // messages may quote bytes of a broken input: keep the output UTF-8
        } else if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else {
            out += "\\u00";
            out += kHex[byte >> 4U];
            out += kHex[byte & 0xFU];
        }
    }
    out.append(text.substr(plainFrom));
    out += '"';
}

namespace {

std::string escaped(std::string_view text) {
    std::string json;
    appendJsonString(json, text);
    return json;
}

template <typename Items, typename Text>
std::vector<std::string> escapedTexts(const Items& items, Text&& text) {
    std::vector<std::string> json;
    json.reserve(items.size());
    for (const auto& item : items) {
        json.push_back(escaped(text(item)));
    }
    return json;
}

} // namespace

ResultJsonWriter::ResultJsonWriter(const KnowledgeBase& kb)
    : kb_(kb), head_(R"({"format":"kneetriage.result/1","knowledge_base":{"id":)" + escaped(kb.id) +
                     R"(,"version":)" + escaped(kb.version) + R"(},"disposition":")"),
      redFlagAdvice_(
          escapedTexts(kb.warningSigns, [](const WarningSign& flag) { return flag.advice; })),
      conditionNames_(
          escapedTexts(kb.conditions, [](const Condition& condition) { return condition.name; })),
      exerciseNames_(
          escapedTexts(kb.exercises, [](const Exercise& exercise) { return exercise.name; })),
      adviceTexts_(escapedTexts(kb.advice, [](const Advice& advice) { return advice.text; })) {
    featureReasons_.reserve(kb.conditions.size());
    for (const Condition& condition : kb.conditions) {
        featureReasons_.push_back(escapedTexts(
            condition.features, [](const Feature& feature) { return feature.reason; }));
    }
}

void ResultJsonWriter::appendRedFlags(std::string& out, const TriageResult& result) const {
    appendArray(out, result.redFlags, [&](std::size_t index) {
        const WarningSign& flag = kb_.warningSigns[index];
        out += R"({"id":")";
        out += flag.id;
        out += R"(","disposition":")";
        out += dispositionId(flag.disposition);
        out += R"(","advice":)";
        out += redFlagAdvice_[index];
        out += '}';
    });
}

void ResultJsonWriter::appendConditions(std::string& out, const TriageResult& result) const {
    appendArray(out, result.conditions, [&](const RankedCondition& ranked) {
        const std::vector<std::string>& reasons = featureReasons_[ranked.condition];
        const auto appendReasons = [&](const std::vector<std::size_t>& features) {
            appendArray(out, features, [&](std::size_t feature) { out += reasons[feature]; });
        };
        out += R"({"id":")";
        out += kb_.conditions[ranked.condition].id;
        out += R"(","name":)";
        out += conditionNames_[ranked.condition];
        out += R"(,"score":)";
        appendNumber(out, std::round(ranked.score * 100) / 100, 2);
        out += R"(,"why":)";
        appendReasons(ranked.why);
        out += R"(,"against":)";
        appendReasons(ranked.against);
        out += '}';
    });
}

void ResultJsonWriter::appendExercises(std::string& out, const TriageResult& result) const {
    appendArray(out, result.exercises, [&](std::size_t index) {
        out += R"({"id":")";
        out += kb_.exercises[index].id;
        out += R"(","name":)";
        out += exerciseNames_[index];
        out += '}';
    });
}

// Most urgent first: the red flags' advice, then the reasons to book that still apply, then
// the advice for managing meanwhile.
void ResultJsonWriter::appendAdvice(std::string& out, const TriageResult& result) const {
    std::vector<const std::string*> advice;
    for (const std::size_t flag : result.redFlags) {
        advice.push_back(&redFlagAdvice_[flag]);
    }
    for (const std::size_t flag : amberAdviceToShow(kb_, result)) {
        advice.push_back(&redFlagAdvice_[flag]);
    }
    for (const std::size_t index : result.advice) {
        advice.push_back(&adviceTexts_[index]);
    }
    appendArray(out, advice, [&](const std::string* json) { out += *json; });
}

void ResultJsonWriter::appendQuestionIds(std::string& out,
                                         const std::vector<std::size_t>& questions) const {
    appendArray(out, questions, [&](std::size_t index) {
        out += '"';
        out += kb_.questions[index].id;
        out += '"';
    });
}

void ResultJsonWriter::append(std::string& out, const TriageResult& result) const {
    out += head_;
    out += dispositionId(result.disposition);
    out += R"(","red_flags":)";
    appendRedFlags(out, result);
    out += R"(,"conditions":)";
    appendConditions(out, result);
    out += R"(,"exercises":)";
    appendExercises(out, result);
    out += R"(,"advice":)";
    appendAdvice(out, result);
    out += R"(,"asked":)";
    appendQuestionIds(out, result.asked);
    out += R"(,"ignored":)";
    appendQuestionIds(out, result.ignored);
    out += '}';
}

void appendResultJson(std::string& out, const KnowledgeBase& kb, const TriageResult& result) {
    ResultJsonWriter(kb).append(out, result);
}

void appendErrorJson(std::string& out, std::size_t line, const Problems& problems) {
    out += R"({"format":"kneetriage.error/1","line":)";
    appendInteger(out, line);
    out += R"(,"problems":)";
    appendArray(out, problems, [&](const Problem& problem) {
        out += R"({"file":)";
        appendJsonString(out, problem.file);
        out += R"(,"line":)";
        appendInteger(out, static_cast<std::size_t>(problem.line));
        out += R"(,"column":)";
        appendInteger(out, static_cast<std::size_t>(problem.column));
        out += R"(,"pointer":)";
        appendJsonString(out, problem.pointer);
        out += R"(,"message":)";
        appendJsonString(out, problem.message);
        out += '}';
    });
    out += '}';
}

} // namespace kt
