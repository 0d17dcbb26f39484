#pragma once

#include "kneetriage/kb/disposition.h"
#include "kneetriage/kb/knowledge_base.h"
#include "kneetriage/store/sqlite_database.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kt {

// The schema version of the content database, kept in PRAGMA user_version.
inline constexpr int kContentSchemaVersion = 2;

// Writes the content of a loaded knowledge base to a new SQLite file at `file` (replacing it
// atomically), with the illustrations read from the knowledge base's data directory.
void buildContentDatabase(const KnowledgeBase& kb, const std::filesystem::path& file);

struct ConditionContent {
    std::string id;
    std::string name;
    Disposition disposition = Disposition::SeeClinician;
    ConditionText text;
    std::vector<std::string> exerciseIds;
    std::vector<Source> sources;
};

struct ExerciseContent {
    Exercise exercise; // condition indices are left empty: the store speaks in ids
    std::vector<std::string> conditionIds;
    std::string illustrationSvg;
};

struct AdviceContent {
    std::string id;
    std::string title;
    std::string text;
    std::vector<Source> sources;
};

// What a warning sign (a red or an amber flag) says to the user; how urgent it is stays with the
// knowledge base's rule.
struct WarningSignContent {
    std::string id;
    std::string name;
    std::string advice;
    std::vector<Source> sources;
};

// The content database opened read-only: what the app shows beyond the result itself.
class ContentStore {
  public:
    // Opens the content database built from `builtFrom`. Throws DatabaseError naming the file
    // and the command that rebuilds it when it is missing, not SQLite, of another schema, or
    // built from another knowledge-base id or version.
    ContentStore(const std::filesystem::path& file, const KnowledgeBase& builtFrom);

    [[nodiscard]] std::optional<ConditionContent> condition(const std::string& id);
    [[nodiscard]] std::vector<ExerciseContent> exercises();
    [[nodiscard]] std::optional<ExerciseContent> exercise(const std::string& id);
    [[nodiscard]] std::optional<AdviceContent> advice(const std::string& id);
    [[nodiscard]] std::optional<WarningSignContent> warningSign(const std::string& id);

  private:
    std::string metaValue(std::string_view key);
    std::vector<Source> sourcesOf(std::string_view kind, const std::string& id);
    std::vector<ExerciseContent> readExercises(std::optional<std::string> onlyId);

    Database database_;
};

} // namespace kt
