#pragma once

#include "kneetriage/io/problem.h"
#include "kneetriage/kb/knowledge_base.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kt {

// The emergency number of one country (data/i18n/emergency_numbers.json), with its source.
struct EmergencyNumber {
    std::string number;            // what to dial for an ambulance
    std::vector<std::string> also; // other numbers that reach the same help
    std::string source;            // the address of the public page that says so
};

// Sentences that name the number, per language, with {number} (and {also}) in them.
struct EmergencyWords {
    std::string noticeShort;     // replaces kb.json's notice.short
    std::string emergencyAction; // replaces the emergency disposition's action
    std::string also;            // "{number} (or {also})"
};

struct EmergencyNumbers {
    std::map<std::string, EmergencyNumber, std::less<>> byCountry; // ISO 3166 alpha-2, "DE"
    std::map<std::string, EmergencyWords, std::less<>> words;      // by language
};

using EmergencyNumbersResult = std::variant<EmergencyNumbers, Problems>;

[[nodiscard]] std::filesystem::path
emergencyNumbersPath(const std::filesystem::path& dataDirectory);
[[nodiscard]] EmergencyNumbersResult loadEmergencyNumbers(const std::filesystem::path& file);

// The country of a locale name such as "de_CH.UTF-8", "de-AT" or "en_GB@euro": "CH", "AT",
// "GB"; empty for "C", "POSIX" or a name without one.
[[nodiscard]] std::string countryOfLocale(std::string_view locale);

// The number to dial in `country`, in words of `language` ("144 (or 112)"); none for a country
// the table does not hold.
[[nodiscard]] std::optional<std::string> emergencyNumberText(const EmergencyNumbers& numbers,
                                                             std::string_view country,
                                                             std::string_view language);

// Puts the country's number into the knowledge base's notice and emergency advice. For a
// country the table does not hold, or a language it has no words for, the texts stay as they
// are: they list the numbers of several countries.
void localiseEmergencyNumbers(KnowledgeBase& kb, const EmergencyNumbers& numbers,
                              std::string_view country);

} // namespace kt
