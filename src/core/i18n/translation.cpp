#include "kneetriage/i18n/translation.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <set>

namespace kt {
namespace {

using json = nlohmann::json;
using Pointer = json::json_pointer;

constexpr std::string_view kFormat = "kneetriage.translation/1";

// Members that are structure, ids, rules or citations: never text a person reads in the
// program's language. Everything else that holds a string is a text.
constexpr std::array<std::string_view, 23> kStructuralMembers{"$schema",
                                                              "comment",
                                                              "format",
                                                              "id",
                                                              "code",
                                                              "version",
                                                              "start",
                                                              "kind",
                                                              "section",
                                                              "disposition",
                                                              "next",
                                                              "ask_if",
                                                              "trigger",
                                                              "if",
                                                              "avoid_if",
                                                              "replaced_by",
                                                              "sources",
                                                              "source",
                                                              "illustration",
                                                              "icd10",
                                                              "condition",
                                                              "ranking",
                                                              "pain_rating_question"};

// Members that are a list of ids in one place (a condition's "advice", a stage's "exercises")
// and a list of entities, or a text, in another (advice.json's "advice", a red flag's). A list
// of condition or disposition ids (a return plan's conditions, the next-run light's red ones) is
// structure; kb/conditions.json's conditions and kb.json's dispositions are texts.
constexpr std::array<std::string_view, 5> kIdListMembers{"advice", "exercises", "general_advice",
                                                         "conditions", "dispositions"};

// Members whose string value names an array element, in this order of preference.
constexpr std::array<std::string_view, 3> kIdentityMembers{"id", "code", "condition"};

bool structural(std::string_view member, const json& value) {
    // Citations keep their own language wherever they sit ("sources", "why_source", a "url").
    if (member.ends_with("source") || member.ends_with("sources") || member == "url" ||
        member == "doi") {
        return true;
    }
    if (std::find(kIdListMembers.begin(), kIdListMembers.end(), member) != kIdListMembers.end()) {
        return value.is_array() && (value.empty() || value.front().is_string());
    }
    return std::find(kStructuralMembers.begin(), kStructuralMembers.end(), member) !=
           kStructuralMembers.end();
}

std::string shortHash(std::string_view text) {
    std::uint64_t hash = 14695981039346656037ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    std::array<char, 9> hex{};
    std::snprintf(hex.data(), hex.size(), "%08x", static_cast<unsigned>((hash >> 32) ^ hash));
    return "#" + std::string(hex.data(), 8);
}

void collect(const json& value, const Pointer& where, const std::string& key,
             std::vector<TranslatableText>& out);

// The first text inside `value`, depth first: what names an element that has no id.
const std::string* firstText(const json& value) {
    if (value.is_string()) {
        return &value.get_ref<const std::string&>();
    }
    if (value.is_object()) {
        for (const auto& [member, inner] : value.items()) {
            if (structural(member, inner)) {
                continue;
            }
            if (const std::string* text = firstText(inner)) {
                return text;
            }
        }
    }
    if (value.is_array()) {
        for (const json& inner : value) {
            if (const std::string* text = firstText(inner)) {
                return text;
            }
        }
    }
    return nullptr;
}

std::string elementKey(const json& element) {
    if (element.is_object()) {
        for (const std::string_view member : kIdentityMembers) {
            const auto found = element.find(member);
            if (found != element.end() && found->is_string()) {
                return found->get<std::string>();
            }
        }
    }
    const std::string* text = firstText(element);
    return text != nullptr ? shortHash(*text) : std::string("#");
}

void collect(const json& value, const Pointer& where, const std::string& key,
             std::vector<TranslatableText>& out) {
    if (value.is_string()) {
        out.push_back({key, where, value.get<std::string>()});
    } else if (value.is_object()) {
        for (const auto& [member, inner] : value.items()) {
            if (!structural(member, inner)) {
                collect(inner, where / member, key + "/" + member, out);
            }
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            collect(value[i], where / i, key + "/" + elementKey(value[i]), out);
        }
    }
}

std::multiset<std::string> placeholders(std::string_view text) {
    std::multiset<std::string> found;
    for (std::size_t open = text.find('{'); open != std::string_view::npos;
         open = text.find('{', open + 1)) {
        const std::size_t close = text.find('}', open);
        if (close == std::string_view::npos) {
            found.insert(std::string(text.substr(open)));
            break;
        }
        found.insert(std::string(text.substr(open, close - open + 1)));
    }
    // A lone closing brace is a broken placeholder too.
    const auto closes = static_cast<std::size_t>(std::count(text.begin(), text.end(), '}'));
    if (closes > found.size()) {
        found.insert("}");
    }
    return found;
}

std::set<std::string> links(std::string_view text) {
    std::set<std::string> found;
    for (const std::string_view scheme : {"https://", "http://", "mailto:"}) {
        for (std::size_t at = text.find(scheme); at != std::string_view::npos;
             at = text.find(scheme, at + 1)) {
            std::size_t end = at;
            while (end < text.size() && text[end] != ' ' && text[end] != ')' && text[end] != '\n' &&
                   text[end] != '"') {
                ++end;
            }
            while (end > at &&
                   std::string_view(".,;:").find(text[end - 1]) != std::string_view::npos) {
                --end;
            }
            found.insert(std::string(text.substr(at, end - at)));
        }
    }
    return found;
}

std::set<std::string> numbers(std::string_view text) {
    std::set<std::string> found;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] >= '0' && text[i] <= '9') {
            const std::size_t start = i;
            while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
                ++i;
            }
            found.insert(std::string(text.substr(start, i - start)));
        } else {
            ++i;
        }
    }
    return found;
}

template <typename Set> std::string listed(const Set& items) {
    std::string out;
    for (const std::string& item : items) {
        out += (out.empty() ? "" : ", ") + item;
    }
    return out.empty() ? "none" : out;
}

template <typename Set>
void compare(std::string_view what, const Set& english, const Set& text, std::string& out) {
    if (english != text) {
        out += (out.empty() ? "" : "; ") + std::string(what) + " " + listed(text) +
               ", expected exactly those of the English: " + listed(english);
    }
}

// The translation of `source`, when it is one that may be shown.
const TranslatedText* usableTranslation(const TranslatableText& source,
                                        const TranslationFile& translation) {
    const auto found = translation.texts.find(source.key);
    const bool usable = found != translation.texts.end() &&
                        found->second.english == source.english &&
                        found->second.text.find_first_not_of(" \t\n") != std::string::npos &&
                        invariantMismatch(source.english, found->second.text).empty();
    return usable ? &found->second : nullptr;
}

Pointer textsPointer(const std::string& key) {
    return Pointer("/texts") / key;
}

void readEntries(TranslationRead& read) {
    const json& root = read.document.value;
    const auto texts = root.find("texts");
    if (texts == root.end() || !texts->is_object()) {
        read.problems.push_back(read.document.problemAt(
            Pointer(), "expected an object \"texts\" of key: {\"en\", \"text\"}"));
        return;
    }
    for (const auto& [key, entry] : texts->items()) {
        const bool shaped = entry.is_object() && entry.size() == 2 && entry.contains("en") &&
                            entry.contains("text") && entry["en"].is_string() &&
                            entry["text"].is_string();
        if (!shaped) {
            read.problems.push_back(read.document.problemAt(
                textsPointer(key),
                "expected {\"en\": the English text, \"text\": its translation}, both strings"));
            continue;
        }
        read.file.texts.emplace(
            key, TranslatedText{entry["en"].get<std::string>(), entry["text"].get<std::string>()});
    }
}

void checkHeader(TranslationRead& read, std::string_view language, std::string_view sourceFile) {
    const json& root = read.document.value;
    const auto expectString = [&](std::string_view member, std::string_view expected) {
        const auto found = root.find(member);
        if (found == root.end() || !found->is_string() || found->get<std::string>() != expected) {
            read.problems.push_back(read.document.problemAt(
                Pointer("/" + std::string(member)),
                "expected \"" + std::string(member) + "\": \"" + std::string(expected) + "\""));
        }
    };
    expectString("format", kFormat);
    expectString("language", language);
    expectString("file", sourceFile);
    for (const auto& [member, value] : root.items()) {
        if (member != "$schema" && member != "format" && member != "language" && member != "file" &&
            member != "texts" && member != "comment") {
            read.problems.push_back(read.document.problemAt(
                Pointer("/" + member),
                "unknown member '" + member +
                    "'; expected $schema, comment, format, language, file, texts"));
        }
    }
}

} // namespace

std::vector<TranslatableText> translatableTexts(const json& document) {
    std::vector<TranslatableText> out;
    collect(document, Pointer(), "", out);
    return out;
}

std::filesystem::path translationPath(const std::filesystem::path& dataDirectory,
                                      std::string_view language, std::string_view file) {
    return dataDirectory / "i18n" / std::string(language) / std::string(file);
}

bool isLanguageCode(std::string_view language) {
    return language.size() >= 2 && language.size() <= 3 &&
           std::all_of(language.begin(), language.end(),
                       [](char c) { return c >= 'a' && c <= 'z'; });
}

TranslationRead readTranslationFile(const std::filesystem::path& path, std::string_view language,
                                    std::string_view sourceFile) {
    TranslationRead read;
    read.file.language = language;
    read.file.sourceFile = sourceFile;
    JsonResult parsed = readJsonFile(path, JsonLimits{});
    if (auto* problem = std::get_if<Problem>(&parsed)) {
        problem->message += " (the " + std::string(language) + " translation of " +
                            std::string(sourceFile) +
                            "; `kneetriage-cli translations template --lang " +
                            std::string(language) + "` writes one to start from)";
        read.problems.push_back(std::move(*problem));
        return read;
    }
    read.document = std::move(std::get<JsonDocument>(parsed));
    if (!read.document.value.is_object()) {
        read.problems.push_back(read.document.problemAt(Pointer(), "expected an object"));
        return read;
    }
    checkHeader(read, language, sourceFile);
    readEntries(read);
    return read;
}

std::string invariantMismatch(std::string_view english, std::string_view text) {
    std::string out;
    compare("placeholders", placeholders(english), placeholders(text), out);
    compare("links", links(english), links(text), out);
    compare("numbers", numbers(english), numbers(text), out);
    return out;
}

Problems checkTranslation(const std::vector<TranslatableText>& english,
                          const TranslationRead& translation,
                          const std::vector<RequiredTerm>& terms) {
    Problems problems = translation.problems;
    if (translation.document.text.empty()) {
        return problems;
    }
    const JsonDocument& document = translation.document;
    std::set<std::string, std::less<>> known;
    for (const TranslatableText& source : english) {
        if (!known.insert(source.key).second) {
            continue;
        }
        const auto found = translation.file.texts.find(source.key);
        if (found == translation.file.texts.end()) {
            problems.push_back(document.problemAt(
                Pointer("/texts"), "no translation for '" + source.key + "' (English: \"" +
                                       printable(source.english) + "\")"));
            continue;
        }
        const TranslatedText& entry = found->second;
        if (entry.english != source.english) {
            problems.push_back(document.problemAt(
                textsPointer(source.key) / "en",
                "translated from other English; expected \"" + printable(source.english) +
                    "\" (the English changed: translate it again)"));
        } else if (entry.text.find_first_not_of(" \t\n") == std::string::npos) {
            problems.push_back(document.problemAt(textsPointer(source.key) / "text",
                                                  "expected a translation, found none"));
        } else if (const std::string broken = invariantMismatch(entry.english, entry.text);
                   !broken.empty()) {
            problems.push_back(document.problemAt(textsPointer(source.key) / "text", broken));
        } else if (const std::string missing = missingTerms(entry.english, entry.text, terms);
                   !missing.empty()) {
            problems.push_back(document.problemAt(textsPointer(source.key) / "text", missing));
        }
    }
    for (const auto& [key, entry] : translation.file.texts) {
        if (!known.contains(key)) {
            problems.push_back(document.problemAt(
                textsPointer(key), "no English text has the key '" + key +
                                       "'; expected only keys of " + translation.file.sourceFile +
                                       " (removed or reworded in English?)"));
        }
    }
    return problems;
}

std::size_t applyTranslation(json& document, const std::vector<TranslatableText>& english,
                             const TranslationFile& translation) {
    std::size_t untranslated = 0;
    for (const TranslatableText& source : english) {
        if (const TranslatedText* translated = usableTranslation(source, translation)) {
            document[source.where] = translated->text;
        } else {
            ++untranslated;
        }
    }
    return untranslated;
}

nlohmann::ordered_json translationTemplate(std::string_view language, std::string_view sourceFile,
                                           const std::vector<TranslatableText>& english,
                                           const TranslationFile* existing) {
    nlohmann::ordered_json texts = nlohmann::ordered_json::object();
    for (const TranslatableText& source : english) {
        if (texts.contains(source.key)) {
            continue;
        }
        std::string text;
        if (existing != nullptr) {
            const auto found = existing->texts.find(source.key);
            if (found != existing->texts.end() && found->second.english == source.english) {
                text = found->second.text;
            }
        }
        texts[source.key] = nlohmann::ordered_json{{"en", source.english}, {"text", text}};
    }
    return nlohmann::ordered_json{{"$schema", "../../../schema/translation.schema.json"},
                                  {"format", kFormat},
                                  {"language", language},
                                  {"file", sourceFile},
                                  {"texts", std::move(texts)}};
}

} // namespace kt

namespace kt {

bool holdsTranslatedFile(const std::filesystem::path& dataDirectory, std::string_view file) {
    const bool training =
        std::find(kTrainingFiles.begin(), kTrainingFiles.end(), file) != kTrainingFiles.end();
    return !training || std::filesystem::exists(dataDirectory / std::string(file));
}

std::vector<std::string> translationLanguages(const std::filesystem::path& dataDirectory) {
    std::vector<std::string> languages;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(dataDirectory / "i18n", error)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_directory(error) && isLanguageCode(name)) {
            languages.push_back(name);
        }
    }
    std::sort(languages.begin(), languages.end());
    return languages;
}

TranslationReport checkTranslations(const std::filesystem::path& dataDirectory,
                                    std::string_view language) {
    TranslationReport report;
    std::vector<RequiredTerm> terms;
    if (std::filesystem::exists(requiredTermsPath(dataDirectory, language))) {
        RequiredTermsResult loaded =
            loadRequiredTerms(requiredTermsPath(dataDirectory, language), language);
        if (auto* problems = std::get_if<Problems>(&loaded)) {
            report.problems = std::move(*problems);
        } else {
            terms = std::move(std::get<std::vector<RequiredTerm>>(loaded));
        }
    }
    for (const std::string_view file : kTranslatedFiles) {
        if (!holdsTranslatedFile(dataDirectory, file)) {
            continue;
        }
        JsonResult source = readJsonFile(dataDirectory / std::string(file), JsonLimits{});
        if (auto* problem = std::get_if<Problem>(&source)) {
            report.problems.push_back(std::move(*problem));
            continue;
        }
        const std::vector<TranslatableText> english =
            translatableTexts(std::get<JsonDocument>(source).value);
        const TranslationRead translation =
            readTranslationFile(translationPath(dataDirectory, language, file), language, file);
        Problems problems = checkTranslation(english, translation, terms);
        std::set<std::string> keys;
        for (const TranslatableText& text : english) {
            if (keys.insert(text.key).second) {
                ++report.texts;
                report.translated += usableTranslation(text, translation.file) != nullptr ? 1 : 0;
            }
        }
        report.problems.insert(report.problems.end(), std::make_move_iterator(problems.begin()),
                               std::make_move_iterator(problems.end()));
    }
    return report;
}

} // namespace kt

namespace kt {
namespace {

char lowered(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string lowercase(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), lowered);
    return out;
}

// Bytes of UTF-8 sequences count as letters, so "Knie" never holds the word "nie".
bool isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           static_cast<unsigned char>(c) >= 0x80;
}

// Whether `text` has a word beginning with `word` ("kein" in "keine"; never "nie" in "Knie").
bool hasWordStart(std::string_view text, std::string_view word) {
    for (std::size_t at = text.find(word); at != std::string_view::npos;
         at = text.find(word, at + 1)) {
        if (at == 0 || !isLetter(text[at - 1])) {
            return true;
        }
    }
    return false;
}

// Finds `term` in `text` (both lower case) as a whole word or phrase and blanks it out.
bool takeWord(std::string& text, std::string_view term) {
    for (std::size_t at = text.find(term); at != std::string::npos; at = text.find(term, at + 1)) {
        const bool startsWord = at == 0 || !isLetter(text[at - 1]);
        const bool endsWord = at + term.size() >= text.size() || !isLetter(text[at + term.size()]);
        if (startsWord && endsWord) {
            text.replace(at, term.size(), std::string(term.size(), ' '));
            return true;
        }
    }
    return false;
}

} // namespace

std::filesystem::path requiredTermsPath(const std::filesystem::path& dataDirectory,
                                        std::string_view language) {
    return dataDirectory / "i18n" / std::string(language) / "terms.json";
}

RequiredTermsResult loadRequiredTerms(const std::filesystem::path& file,
                                      std::string_view language) {
    JsonResult parsed = readJsonFile(file, JsonLimits{});
    if (auto* problem = std::get_if<Problem>(&parsed)) {
        return Problems{std::move(*problem)};
    }
    const JsonDocument& document = std::get<JsonDocument>(parsed);
    const json& root = document.value;
    if (!root.is_object() || root.value("format", "") != "kneetriage.terms/1" ||
        root.value("language", "") != language || !root.contains("terms") ||
        !root["terms"].is_array()) {
        return Problems{document.problemAt(
            Pointer(), "expected {\"format\": \"kneetriage.terms/1\", \"language\": \"" +
                           std::string(language) + "\", \"terms\": [{\"en\", \"renderings\"}]}")};
    }
    std::vector<RequiredTerm> terms;
    Problems problems;
    for (std::size_t i = 0; i < root["terms"].size(); ++i) {
        const json& entry = root["terms"][i];
        const bool shaped = entry.is_object() && entry.contains("en") && entry["en"].is_string() &&
                            entry.contains("renderings") && entry["renderings"].is_array() &&
                            !entry["renderings"].empty();
        if (!shaped) {
            problems.push_back(document.problemAt(
                Pointer("/terms") / i, "expected {\"en\": word, \"renderings\": [words]}"));
            continue;
        }
        RequiredTerm term{lowercase(entry["en"].get<std::string>()), {}};
        for (const json& rendering : entry["renderings"]) {
            term.renderings.push_back(lowercase(rendering.get<std::string>()));
        }
        terms.push_back(std::move(term));
    }
    if (!problems.empty()) {
        return problems;
    }
    return terms;
}

std::string missingTerms(std::string_view english, std::string_view text,
                         const std::vector<RequiredTerm>& terms) {
    std::string source = lowercase(english);
    const std::string translated = lowercase(text);
    std::string missing;
    for (const RequiredTerm& term : terms) {
        if (!takeWord(source, term.english)) {
            continue;
        }
        const bool rendered =
            std::any_of(term.renderings.begin(), term.renderings.end(),
                        [&](const std::string& word) { return hasWordStart(translated, word); });
        if (!rendered) {
            missing += (missing.empty() ? "" : "; ") + std::string("the English says \"") +
                       term.english + "\", expected one of: " + listed(term.renderings);
        }
    }
    return missing;
}

} // namespace kt
