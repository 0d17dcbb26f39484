#pragma once

// The knowledge-base loader's steps, private to the library. Each loader_*.cpp reads one part of
// the knowledge base into `kb_` and records every problem it finds in `problems_`.

#include "io/json_fields.h"
#include "kneetriage/kb/loader.h"

#include <array>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kt {

// The files of a knowledge base, relative to its data directory.
struct FileSet {
    JsonDocument kb;
    JsonDocument questions;
    JsonDocument redFlags;
    JsonDocument conditions;
    JsonDocument conditionTexts;
    JsonDocument exercises;
    JsonDocument advice;
    JsonDocument programmes;
};

// Lower snake_case ASCII, at most 64 characters: the shape of every id and answer code.
[[nodiscard]] bool isId(std::string_view id);

class Loader {
  public:
    using json = nlohmann::json;
    using Pointer = json::json_pointer;

    Loader(const std::filesystem::path& directory, const LoadOptions& options)
        : directory_(directory), options_(options) {}

    [[nodiscard]] LoadResult run();

  private:
    FileSet readFiles();
    void translate(JsonDocument& document, std::string_view file);
    static bool unreadable(const JsonDocument& document) { return document.text.empty(); }

    // Shared by every part (loader_entities.cpp).
    // `alsoAllowed` names one more top-level member the file may have beside the array.
    const json* entities(const JsonDocument& document, std::string_view key,
                         std::string_view alsoAllowed);
    // Reads each element of the top-level array `key` of `document` as an object with `read`.
    template <typename Read>
    void forEachEntity(const JsonDocument& document, std::string_view key, Read&& read,
                       std::string_view alsoAllowed = "comment") {
        if (const json* list = entities(document, key, alsoAllowed)) {
            forEachObject(document, *list, Pointer("/" + std::string(key)), problems_, read);
        }
    }
    // Reads again, with `read`, each entity read earlier from the element `elements[i]` of
    // `document`: for what needs every entity known first, such as rules naming questions.
    template <typename Entity, typename Read>
    void revisit(const JsonDocument& document, std::vector<Entity>& items,
                 const std::vector<Pointer>& elements, Read&& readAgain) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            JsonFields fields(document, document.value[elements[i]], elements[i], problems_);
            readAgain(items[i], fields);
        }
    }
    std::string readId(JsonFields& fields, std::set<std::string>& seen, std::string_view what);
    std::vector<Source> readSources(JsonFields& fields);
    std::optional<std::size_t> resolve(const JsonFields& fields, const Pointer& at,
                                       const std::string& id, const std::vector<std::string>& ids,
                                       std::string_view what);
    std::vector<std::size_t> resolveList(JsonFields& fields, std::string_view key,
                                         const std::vector<std::string>& ids,
                                         std::string_view what);
    std::optional<Disposition> readDisposition(JsonFields& fields, bool required);
    static void addUnique(std::vector<std::size_t>& to, std::size_t item);

    // Questions and their answers (loader_questions.cpp).
    void readQuestions(const JsonDocument& document);
    void readAnswerShape(JsonFields& fields, Question& question);
    void readOptions(JsonFields& fields, Question& question);
    Rationale readRationale(JsonFields& fields, const std::string& id);
    void readScaleLabels(JsonFields& fields, Question& question);

    // The flow between questions (loader_flow.cpp).
    void readFlow(const JsonDocument& document);
    void readReplacedBy(JsonFields& fields, Question& question);
    std::size_t questionIndexOf(const Question& question) const;
    std::optional<std::size_t> target(const JsonFields& fields, const Pointer& at,
                                      const json& value);
    void readNext(JsonFields& fields, Question& question, const json& next);
    void readBranches(JsonFields& branches, Question& question, const Pointer& at);

    // Red flags (loader_red_flags.cpp).
    void readRedFlags(const JsonDocument& document);

    // Conditions, their scoring features and their texts (loader_conditions.cpp).
    void readConditionIds(const JsonDocument& document);
    void readConditions(const JsonDocument& document);
    void readConditionTexts(const JsonDocument& document);

    // Exercises, programmes and advice (loader_content.cpp).
    void readExercises(const JsonDocument& document);
    void readExerciseRules(const JsonDocument& document);
    void readRestGuide(const JsonDocument& document);
    void readProgrammes(const JsonDocument& document);
    void readAdvice(const JsonDocument& document);

    // The manifest, kb/kb.json (loader_manifest.cpp).
    void readManifest(const JsonDocument& document);
    void readRanking(JsonFields fields);
    void readWords(JsonFields fields);
    void readPainRatingQuestion(JsonFields& fields);

    std::filesystem::path directory_;
    LoadOptions options_;
    KnowledgeBase kb_;
    Problems problems_;
    bool anyUnreadable_ = false;
    std::vector<Pointer> questionElements_;
    std::vector<Pointer> conditionElements_;
    std::vector<std::string> conditionIds_;
    std::vector<std::string> adviceIds_;
    std::vector<std::string> exerciseIds_;
    std::vector<Pointer> exerciseElements_;
    const std::vector<std::string> dispositionIds_{"emergency", "urgent", "see_clinician",
                                                   "self_care"};
};

} // namespace kt
