#include "kneetriage/i18n/emergency_numbers.h"

#include "kneetriage/i18n/translation.h"
#include "kneetriage/io/json_document.h"

#include <algorithm>

namespace kt {
namespace {

using json = nlohmann::json;
using Pointer = json::json_pointer;

void replaceAll(std::string& text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

bool isCountryCode(std::string_view code) {
    return code.size() == 2 &&
           std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string stringAt(const JsonDocument& document, const json& object, const Pointer& at,
                     std::string_view member, Problems& problems) {
    const auto found = object.find(member);
    if (found == object.end() || !found->is_string() || found->get<std::string>().empty()) {
        problems.push_back(
            document.problemAt(at / std::string(member),
                               "expected a non-empty string \"" + std::string(member) + "\""));
        return {};
    }
    return found->get<std::string>();
}

void readCountries(const JsonDocument& document, EmergencyNumbers& numbers, Problems& problems) {
    const json& countries = document.value.value("countries", json::object());
    for (const auto& [country, entry] : countries.items()) {
        const Pointer at = Pointer("/countries") / country;
        if (!isCountryCode(country) || !entry.is_object()) {
            problems.push_back(document.problemAt(
                at, "expected an ISO 3166 country code (\"DE\") naming {number, also, source}"));
            continue;
        }
        EmergencyNumber number{stringAt(document, entry, at, "number", problems),
                               {},
                               stringAt(document, entry, at, "source", problems)};
        for (const json& other : entry.value("also", json::array())) {
            if (other.is_string()) {
                number.also.push_back(other.get<std::string>());
            }
        }
        numbers.byCountry.emplace(country, std::move(number));
    }
}

void readWords(const JsonDocument& document, EmergencyNumbers& numbers, Problems& problems) {
    const json& words = document.value.value("words", json::object());
    for (const auto& [language, entry] : words.items()) {
        const Pointer at = Pointer("/words") / language;
        if (!isLanguageCode(language) || !entry.is_object()) {
            problems.push_back(document.problemAt(
                at, "expected a language code naming {notice_short, emergency_action, also}"));
            continue;
        }
        EmergencyWords said{stringAt(document, entry, at, "notice_short", problems),
                            stringAt(document, entry, at, "emergency_action", problems),
                            stringAt(document, entry, at, "also", problems)};
        for (const auto& [member, text] : {std::pair{"notice_short", &said.noticeShort},
                                           std::pair{"emergency_action", &said.emergencyAction}}) {
            if (!text->empty() && text->find("{number}") == std::string::npos) {
                problems.push_back(
                    document.problemAt(at / member, "expected the placeholder {number}"));
            }
        }
        numbers.words.emplace(language, std::move(said));
    }
}

} // namespace

std::filesystem::path emergencyNumbersPath(const std::filesystem::path& dataDirectory) {
    return dataDirectory / "i18n" / "emergency_numbers.json";
}

EmergencyNumbersResult loadEmergencyNumbers(const std::filesystem::path& file) {
    JsonResult parsed = readJsonFile(file, JsonLimits{});
    if (auto* problem = std::get_if<Problem>(&parsed)) {
        return Problems{std::move(*problem)};
    }
    const JsonDocument& document = std::get<JsonDocument>(parsed);
    Problems problems;
    if (document.value.value("format", "") != "kneetriage.emergency_numbers/1") {
        problems.push_back(
            document.problemAt(Pointer("/format"), "expected \"kneetriage.emergency_numbers/1\""));
        return problems;
    }
    EmergencyNumbers numbers;
    readCountries(document, numbers, problems);
    readWords(document, numbers, problems);
    if (!numbers.words.contains(kSourceLanguage)) {
        problems.push_back(document.problemAt(Pointer("/words"), "expected the words for \"en\""));
    }
    if (!problems.empty()) {
        return problems;
    }
    return numbers;
}

std::string countryOfLocale(std::string_view locale) {
    const std::size_t separator = locale.find_first_of("_-");
    if (separator == std::string_view::npos) {
        return {};
    }
    const std::string_view rest = locale.substr(separator + 1);
    const std::string_view country = rest.substr(0, rest.find_first_of(".@_-"));
    return isCountryCode(country) ? std::string(country) : std::string();
}

std::optional<std::string> emergencyNumberText(const EmergencyNumbers& numbers,
                                               std::string_view country,
                                               std::string_view language) {
    const auto found = numbers.byCountry.find(country);
    const auto words = numbers.words.find(language);
    if (found == numbers.byCountry.end() || words == numbers.words.end()) {
        return std::nullopt;
    }
    if (found->second.also.empty()) {
        return found->second.number;
    }
    std::string others;
    for (const std::string& other : found->second.also) {
        others += (others.empty() ? "" : ", ") + other;
    }
    std::string text = words->second.also;
    replaceAll(text, "{number}", found->second.number);
    replaceAll(text, "{also}", others);
    return text;
}

void localiseEmergencyNumbers(KnowledgeBase& kb, const EmergencyNumbers& numbers,
                              std::string_view country) {
    const std::optional<std::string> number = emergencyNumberText(numbers, country, kb.language);
    if (!number) {
        return;
    }
    const EmergencyWords& words = numbers.words.find(kb.language)->second;
    std::string notice = words.noticeShort;
    replaceAll(notice, "{number}", *number);
    std::string action = words.emergencyAction;
    replaceAll(action, "{number}", *number);
    kb.noticeShort = std::move(notice);
    kb.dispositionTexts[static_cast<std::size_t>(Disposition::Emergency)].action =
        std::move(action);
}

} // namespace kt
