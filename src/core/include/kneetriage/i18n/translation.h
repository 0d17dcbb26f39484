#pragma once

#include "kneetriage/io/json_document.h"
#include "kneetriage/io/problem.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kt {

// The knowledge-base and content files, relative to a data directory: what the knowledge-base
// loader reads.
inline constexpr std::array<std::string_view, 8> kKnowledgeBaseFiles{
    "kb/kb.json",          "kb/questions.json",       "kb/red_flags.json",
    "kb/conditions.json",  "content/conditions.json", "content/exercises.json",
    "content/advice.json", "content/programmes.json"};

// The training files, read by their own loaders (src/core/training).
inline constexpr std::array<std::string_view, 4> kTrainingFiles{
    "training/load_spikes.json", "training/next_run.json", "training/pain_monitoring.json",
    "training/return_plans.json"};

// Every file whose texts are translated: the knowledge base's, then the training files.
inline constexpr auto kTranslatedFiles = [] {
    std::array<std::string_view, kKnowledgeBaseFiles.size() + kTrainingFiles.size()> all{};
    const auto next =
        std::copy(kKnowledgeBaseFiles.begin(), kKnowledgeBaseFiles.end(), all.begin());
    std::copy(kTrainingFiles.begin(), kTrainingFiles.end(), next);
    return all;
}();

// Whether a data directory is expected to hold `file` (one of kTranslatedFiles): always for the
// knowledge base's files, so a missing one is reported; a training file only when it is there,
// since a data directory made before the training files has none.
[[nodiscard]] bool holdsTranslatedFile(const std::filesystem::path& dataDirectory,
                                       std::string_view file);

// The language of the knowledge base's own files.
inline constexpr std::string_view kSourceLanguage = "en";

// One text a person reads, found in an English knowledge-base file. The key names it by ids
// (question id, option code, condition id, ...), never by array position, so it survives
// reordering; where an array element has no id, the key holds a short hash of its English text.
struct TranslatableText {
    std::string key;                    // "/questions/weight_bearing/options/normal/label"
    nlohmann::json::json_pointer where; // the text's place in the English file
    std::string english;
};

// Every translatable text of one English file (`file` as in kTranslatedFiles). A text repeated
// in one list (two identical steps) is listed at each place, under one key. Found generically:
// every string except ids, codes, rules, flow, sources (citations stay in their own language),
// comments and other structure, so a new text field is picked up.
[[nodiscard]] std::vector<TranslatableText> translatableTexts(const nlohmann::json& document);

// One translated text and the English it was translated from.
struct TranslatedText {
    std::string english;
    std::string text;
};

// A translation file: data/i18n/<language>/<file>, for one English file.
struct TranslationFile {
    std::string language;
    std::string sourceFile; // "kb/questions.json"
    std::map<std::string, TranslatedText, std::less<>> texts;
};

// data/i18n/<language>/<file> for a data directory.
[[nodiscard]] std::filesystem::path translationPath(const std::filesystem::path& dataDirectory,
                                                    std::string_view language,
                                                    std::string_view file);

// A language code as the files use it: two or three lower-case letters.
[[nodiscard]] bool isLanguageCode(std::string_view language);

// Reads a translation file, or the problems that make it unusable (syntax, format, language,
// file, shape of each entry).
struct TranslationRead {
    TranslationFile file;
    JsonDocument document;
    Problems problems;
};
[[nodiscard]] TranslationRead readTranslationFile(const std::filesystem::path& path,
                                                  std::string_view language,
                                                  std::string_view sourceFile);

// What must survive a translation unchanged: {placeholders}, links (http, https, mailto) and
// the numbers (doses, hours, emergency numbers). Empty when it did, else what differs.
[[nodiscard]] std::string invariantMismatch(std::string_view english, std::string_view text);

// Words whose meaning a translation must keep, the urgency and the negations of clinical advice
// (data/i18n/<language>/terms.json): where the English has `english` (a whole word or phrase,
// any case), the translation must have a word beginning with one of `renderings` (any case).
// Checked in file order; an English match is used up, so "for now" (vorerst) can come before "now"
// (sofort).
struct RequiredTerm {
    std::string english;
    std::vector<std::string> renderings;
};
using RequiredTermsResult = std::variant<std::vector<RequiredTerm>, Problems>;
[[nodiscard]] std::filesystem::path requiredTermsPath(const std::filesystem::path& dataDirectory,
                                                      std::string_view language);
[[nodiscard]] RequiredTermsResult loadRequiredTerms(const std::filesystem::path& file,
                                                    std::string_view language);
// "" when every term of the English is rendered, else which are not.
[[nodiscard]] std::string missingTerms(std::string_view english, std::string_view text,
                                       const std::vector<RequiredTerm>& terms);

// Every problem of one translation against its English file: a text with no translation, a
// translation whose key no English text has, one made from other English (stale), an empty
// one, broken placeholders, links or numbers, and a required term (`terms`) left out. Each with
// file, place and expectation.
[[nodiscard]] Problems checkTranslation(const std::vector<TranslatableText>& english,
                                        const TranslationRead& translation,
                                        const std::vector<RequiredTerm>& terms = {});

// Puts every usable translation into `document` (the English file, parsed). A text without a
// usable translation (missing, stale or broken) stays English: never a wrong text. Returns how
// many texts stayed English.
std::size_t applyTranslation(nlohmann::json& document, const std::vector<TranslatableText>& english,
                             const TranslationFile& translation);

// A translation template for one English file: every text with its key and English, the
// translation copied from `existing` where it is still current, else empty.
[[nodiscard]] nlohmann::ordered_json
translationTemplate(std::string_view language, std::string_view sourceFile,
                    const std::vector<TranslatableText>& english, const TranslationFile* existing);

} // namespace kt

namespace kt {

// The languages a data directory has translations for (the folders of data/i18n), sorted.
[[nodiscard]] std::vector<std::string>
translationLanguages(const std::filesystem::path& dataDirectory);

// Every problem of one language's translations of a data directory's English files, plus how
// many texts there are and how many are translated and usable.
struct TranslationReport {
    Problems problems;
    std::size_t texts = 0;
    std::size_t translated = 0;
};
[[nodiscard]] TranslationReport checkTranslations(const std::filesystem::path& dataDirectory,
                                                  std::string_view language);

} // namespace kt
