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

void appendReasons(std::string& out, const Condition& condition,
                   const std::vector<std::size_t>& features) {
    appendArray(out, features, [&](std::size_t feature) {
        appendJsonString(out, condition.features[feature].reason);
    });
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

void appendRedFlags(std::string& out, const KnowledgeBase& kb, const TriageResult& result) {
    appendArray(out, result.redFlags, [&](std::size_t index) {
        const RedFlag& flag = kb.redFlags[index];
        out += R"({"id":")";
        out += flag.id;
        out += R"(","disposition":")";
        out += dispositionId(flag.disposition);
        out += R"(","advice":)";
        appendJsonString(out, flag.advice);
        out += '}';
    });
}

void appendConditions(std::string& out, const KnowledgeBase& kb, const TriageResult& result) {
    appendArray(out, result.conditions, [&](const RankedCondition& ranked) {
        const Condition& condition = kb.conditions[ranked.condition];
        out += R"({"id":")";
        out += condition.id;
        out += R"(","name":)";
        appendJsonString(out, condition.name);
        out += R"(,"score":)";
        appendNumber(out, std::round(ranked.score * 100) / 100, 2);
        out += R"(,"why":)";
        appendReasons(out, condition, ranked.why);
        out += R"(,"against":)";
        appendReasons(out, condition, ranked.against);
        out += '}';
    });
}

void appendExercises(std::string& out, const KnowledgeBase& kb, const TriageResult& result) {
    appendArray(out, result.exercises, [&](std::size_t index) {
        out += R"({"id":")";
        out += kb.exercises[index].id;
        out += R"(","name":)";
        appendJsonString(out, kb.exercises[index].name);
        out += '}';
    });
}

// Most urgent first: the red flags' advice, then the reasons to book that still apply, then
// the advice for managing meanwhile.
void appendAdvice(std::string& out, const KnowledgeBase& kb, const TriageResult& result) {
    std::vector<std::string_view> advice;
    for (const std::size_t flag : result.redFlags) {
        advice.push_back(kb.redFlags[flag].advice);
    }
    for (const std::size_t flag : amberAdviceToShow(kb, result)) {
        advice.push_back(kb.redFlags[flag].advice);
    }
    for (const std::size_t index : result.advice) {
        advice.push_back(kb.advice[index].text);
    }
    appendArray(out, advice, [&](std::string_view text) { appendJsonString(out, text); });
}

void appendQuestionIds(std::string& out, const KnowledgeBase& kb,
                       const std::vector<std::size_t>& questions) {
    appendArray(out, questions, [&](std::size_t index) {
        out += '"';
        out += kb.questions[index].id;
        out += '"';
    });
}

} // namespace

void appendResultJson(std::string& out, const KnowledgeBase& kb, const TriageResult& result) {
    out += R"({"format":"kneetriage.result/1","knowledge_base":{"id":)";
    appendJsonString(out, kb.id);
    out += R"(,"version":)";
    appendJsonString(out, kb.version);
    out += R"(},"disposition":")";
    out += dispositionId(result.disposition);
    out += R"(","red_flags":)";
    appendRedFlags(out, kb, result);
    out += R"(,"conditions":)";
    appendConditions(out, kb, result);
    out += R"(,"exercises":)";
    appendExercises(out, kb, result);
    out += R"(,"advice":)";
    appendAdvice(out, kb, result);
    out += R"(,"asked":)";
    appendQuestionIds(out, kb, result.asked);
    out += R"(,"ignored":)";
    appendQuestionIds(out, kb, result.ignored);
    out += '}';
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
