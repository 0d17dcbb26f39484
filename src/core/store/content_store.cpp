#include "kneetriage/store/content_store.h"

#include "kneetriage/io/input_file.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>
#include <unistd.h>

namespace kt {
namespace {

constexpr std::string_view kSchema = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE conditions (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, disposition TEXT NOT NULL, lay_name TEXT NOT NULL,
    clinical_name TEXT NOT NULL, icd10 TEXT NOT NULL, description TEXT NOT NULL,
    points_to TEXT NOT NULL, points_away TEXT NOT NULL, do_now TEXT NOT NULL,
    get_seen TEXT NOT NULL, recovery TEXT NOT NULL);
CREATE TABLE exercises (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, summary TEXT NOT NULL, steps TEXT NOT NULL,
    sets INTEGER NOT NULL, reps INTEGER NOT NULL, hold_seconds INTEGER NOT NULL,
    days_per_week INTEGER NOT NULL, rest_seconds INTEGER NOT NULL, dosage TEXT NOT NULL,
    progression TEXT NOT NULL,
    regression TEXT NOT NULL, pain_rule TEXT NOT NULL, avoid TEXT NOT NULL,
    illustration_svg TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE exercise_conditions (
    exercise_id TEXT NOT NULL REFERENCES exercises(id),
    condition_id TEXT NOT NULL REFERENCES conditions(id),
    PRIMARY KEY (exercise_id, condition_id));
CREATE TABLE red_flags (id TEXT PRIMARY KEY, name TEXT NOT NULL, disposition TEXT NOT NULL, advice TEXT NOT NULL);
CREATE TABLE advice (id TEXT PRIMARY KEY, title TEXT NOT NULL, text TEXT NOT NULL);
CREATE TABLE sources (kind TEXT NOT NULL, owner_id TEXT NOT NULL, position INTEGER NOT NULL,
    title TEXT NOT NULL, publisher TEXT NOT NULL, url TEXT NOT NULL, doi TEXT NOT NULL,
    PRIMARY KEY (kind, owner_id, position));
)sql";

std::string toJsonList(const std::vector<std::string>& items) {
    return nlohmann::json(items).dump();
}

std::vector<std::string> fromJsonList(const std::string& text) {
    return nlohmann::json::parse(text, nullptr, false).get<std::vector<std::string>>();
}

// The loader found a regular file here, but it is opened again now and could have been replaced
// by a FIFO or a device in between; a picture is small, so a large one is refused too.
constexpr std::size_t kMaxIllustrationBytes = 1024U * 1024U;

std::string readIllustration(const std::filesystem::path& path) {
    auto read = readInputFile(path, kMaxIllustrationBytes, "an SVG picture");
    if (const auto* problem = std::get_if<Problem>(&read)) {
        throw DatabaseError(problem->describe());
    }
    return std::move(std::get<std::string>(read));
}

class ContentWriter {
  public:
    ContentWriter(const KnowledgeBase& kb, Database& database) : kb_(kb), database_(database) {}

    void write() {
        database_.execute(kSchema);
        auto meta = database_.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
        meta.bind(1, std::string_view("kb_id")).bind(2, kb_.id).run();
        meta.bind(1, std::string_view("kb_version")).bind(2, kb_.version).run();
        meta.bind(1, std::string_view("language")).bind(2, kb_.language).run();
        writeConditions();
        writeExercises();
        auto flags = database_.prepare("INSERT INTO red_flags VALUES (?, ?, ?, ?)");
        for (const WarningSign& flag : kb_.warningSigns) {
            flags.bind(1, flag.id)
                .bind(2, flag.name)
                .bind(3, dispositionId(flag.disposition))
                .bind(4, flag.advice)
                .run();
            writeSources("red_flag", flag.id, flag.sources);
        }
        auto advice = database_.prepare("INSERT INTO advice VALUES (?, ?, ?)");
        for (const Advice& item : kb_.advice) {
            advice.bind(1, item.id).bind(2, item.title).bind(3, item.text).run();
            writeSources("advice", item.id, item.sources);
        }
    }

  private:
    void writeConditions() {
        auto insert =
            database_.prepare("INSERT INTO conditions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const Condition& condition : kb_.conditions) {
            const ConditionText& text = condition.text;
            insert.bind(1, condition.id)
                .bind(2, condition.name)
                .bind(3, dispositionId(condition.disposition.value_or(Disposition::SeeClinician)))
                .bind(4, text.layName)
                .bind(5, text.clinicalName)
                .bind(6, text.icd10)
                .bind(7, text.description)
                .bind(8, toJsonList(text.pointsTo))
                .bind(9, toJsonList(text.pointsAway))
                .bind(10, text.doNow)
                .bind(11, text.getSeen)
                .bind(12, text.recovery)
                .run();
            writeSources("condition", condition.id, condition.sources);
        }
    }

    void writeExercises() {
        auto insert = database_.prepare(
            "INSERT INTO exercises VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        auto link = database_.prepare("INSERT INTO exercise_conditions VALUES (?, ?)");
        const std::filesystem::path pictures =
            std::filesystem::path(kb_.dataDirectory) / "content" / "illustrations";
        for (std::size_t i = 0; i < kb_.exercises.size(); ++i) {
            const Exercise& exercise = kb_.exercises[i];
            const std::string svg = exercise.illustration.empty()
                                        ? ""
                                        : readIllustration(pictures / exercise.illustration);
            insert.bind(1, exercise.id)
                .bind(2, exercise.name)
                .bind(3, exercise.summary)
                .bind(4, toJsonList(exercise.steps))
                .bind(5, std::int64_t{exercise.dosage.sets})
                .bind(6, std::int64_t{exercise.dosage.reps})
                .bind(7, std::int64_t{exercise.dosage.holdSeconds})
                .bind(8, std::int64_t{exercise.dosage.daysPerWeek})
                .bind(9, std::int64_t{exercise.dosage.restSeconds.value_or(0)})
                .bind(10, exercise.dosage.text)
                .bind(11, exercise.progression)
                .bind(12, exercise.regression)
                .bind(13, exercise.painRule)
                .bind(14, exercise.avoid)
                .bind(15, svg)
                .bind(16, static_cast<std::int64_t>(i))
                .run();
            for (const std::size_t condition : exercise.conditions) {
                link.bind(1, exercise.id).bind(2, kb_.conditions[condition].id).run();
            }
            writeSources("exercise", exercise.id, exercise.sources);
        }
    }

    void writeSources(std::string_view kind, const std::string& owner,
                      const std::vector<Source>& sources) {
        auto insert = database_.prepare("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (std::size_t i = 0; i < sources.size(); ++i) {
            insert.bind(1, kind)
                .bind(2, owner)
                .bind(3, static_cast<std::int64_t>(i))
                .bind(4, sources[i].title)
                .bind(5, sources[i].publisher)
                .bind(6, sources[i].url)
                .bind(7, sources[i].doi)
                .run();
        }
    }

    const KnowledgeBase& kb_;
    Database& database_;
};

} // namespace

namespace {

// OUT is only ever a regular file replaced whole: never a device, a folder, or the target of a
// link (run as root, a rename over /dev/something would replace the device node).
void refuseUnlessReplaceable(const std::filesystem::path& file) {
    std::error_code error;
    const auto status = std::filesystem::symlink_status(file, error);
    if (!error && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
        throw DatabaseError(file.string() +
                            ": exists and is not a regular file (a link, a device or a folder); "
                            "refusing to replace it");
    }
}

// A new, empty file of its own beside `file`, so that two builds never share one.
std::filesystem::path makePartialBeside(const std::filesystem::path& file) {
    std::string name = file.string() + ".partial-XXXXXX";
    const int descriptor = ::mkstemp(name.data());
    if (descriptor < 0) {
        throw DatabaseError(file.string() +
                            ": cannot create a file beside it: " + std::strerror(errno));
    }
    ::close(descriptor);
    return name;
}

} // namespace

void buildContentDatabase(const KnowledgeBase& kb, const std::filesystem::path& file) {
    refuseUnlessReplaceable(file);
    // Built beside the target and renamed over it: a reader never sees a half-written database.
    const std::filesystem::path partial = makePartialBeside(file);
    try {
        {
            Database database(partial, Database::Mode::ReadWriteCreate);
            inTransaction(database, [&] { ContentWriter(kb, database).write(); });
            database.setUserVersion(kContentSchemaVersion);
        }
        // Texts for everyone who runs the program (mkstemp made it owner-only).
        std::filesystem::permissions(
            partial, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                         std::filesystem::perms::group_read | std::filesystem::perms::others_read);
        refuseUnlessReplaceable(file); // it may have changed while the database was written
        std::filesystem::rename(partial, file);
    } catch (...) {
        std::error_code ignored; // the build's own failure is the one to report
        std::filesystem::remove(partial, ignored);
        throw;
    }
}

namespace {

std::string rebuildAdvice(const std::filesystem::path& file, const KnowledgeBase& kb) {
    const std::string language = kb.language == "en" ? "" : " --lang " + kb.language;
    return "; build it from knowledge base " + kb.id + " " + kb.version +
           " with: kneetriage-cli build-content --kb " + file.parent_path().string() + language +
           " " + file.string();
}

Database openContent(const std::filesystem::path& file, const KnowledgeBase& builtFrom) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) {
        throw DatabaseError(file.string() +
                            ": no content database (the texts, exercises and advice that are "
                            "shown)" +
                            rebuildAdvice(file, builtFrom));
    }
    return Database(file, Database::Mode::ReadOnly);
}

} // namespace

ContentStore::ContentStore(const std::filesystem::path& file, const KnowledgeBase& builtFrom)
    : database_(openContent(file, builtFrom)) {
    const int version = database_.userVersion();
    if (version != kContentSchemaVersion) {
        throw DatabaseError(file.string() + ": content schema version " + std::to_string(version) +
                            ", expected " + std::to_string(kContentSchemaVersion) +
                            rebuildAdvice(file, builtFrom));
    }
    const std::string id = metaValue("kb_id");
    const std::string kbVersion = metaValue("kb_version");
    if (id != builtFrom.id || kbVersion != builtFrom.version) {
        // Texts of another knowledge base could describe conditions or advice it no longer has.
        throw DatabaseError(file.string() + ": built from knowledge base " + id + " " + kbVersion +
                            ", but the knowledge base in use is " + builtFrom.id + " " +
                            builtFrom.version + rebuildAdvice(file, builtFrom));
    }
    // A database from before languages holds English.
    const std::string language = metaValue("language");
    if ((language.empty() ? std::string("en") : language) != builtFrom.language) {
        throw DatabaseError(file.string() + ": holds the texts in '" + language +
                            "', but the knowledge base in use is in '" + builtFrom.language + "'" +
                            rebuildAdvice(file, builtFrom));
    }
}

std::vector<Source> ContentStore::sourcesOf(std::string_view kind, const std::string& id) {
    auto query = database_.prepare("SELECT title, publisher, url, doi FROM sources WHERE kind = ? "
                                   "AND owner_id = ? ORDER BY position");
    query.bind(1, kind).bind(2, id);
    std::vector<Source> sources;
    while (query.step()) {
        sources.push_back({query.text(0), query.text(1), query.text(2), query.text(3)});
    }
    return sources;
}

std::optional<ConditionContent> ContentStore::condition(const std::string& id) {
    auto query = database_.prepare("SELECT name, disposition, lay_name, clinical_name, icd10, "
                                   "description, points_to, points_away, do_now, "
                                   "get_seen, recovery FROM conditions WHERE id = ?");
    query.bind(1, id);
    if (!query.step()) {
        return std::nullopt;
    }
    ConditionContent content{id,
                             query.text(0),
                             dispositionFromId(query.text(1)).value_or(Disposition::SeeClinician),
                             ConditionText{query.text(2), query.text(3), query.text(4),
                                           query.text(5), fromJsonList(query.text(6)),
                                           fromJsonList(query.text(7)), query.text(8),
                                           query.text(9), query.text(10)},
                             {},
                             sourcesOf("condition", id)};
    auto exercises = database_.prepare(
        "SELECT e.id FROM exercises e JOIN exercise_conditions c ON c.exercise_id = e.id "
        "WHERE c.condition_id = ? ORDER BY e.position");
    exercises.bind(1, id);
    while (exercises.step()) {
        content.exerciseIds.push_back(exercises.text(0));
    }
    return content;
}

std::vector<ExerciseContent> ContentStore::readExercises(std::optional<std::string> onlyId) {
    auto query =
        database_.prepare("SELECT id, name, summary, steps, sets, reps, hold_seconds, "
                          "days_per_week, dosage, progression, regression, "
                          "pain_rule, avoid, illustration_svg, rest_seconds FROM exercises "
                          "WHERE ?1 IS NULL OR id = ?1 ORDER BY position");
    if (onlyId) {
        query.bind(1, *onlyId);
    }
    std::vector<ExerciseContent> exercises;
    while (query.step()) {
        ExerciseContent content;
        Exercise& exercise = content.exercise;
        exercise.id = query.text(0);
        exercise.name = query.text(1);
        exercise.summary = query.text(2);
        exercise.steps = fromJsonList(query.text(3));
        exercise.dosage = Dosage{static_cast<int>(query.integer(4)),
                                 static_cast<int>(query.integer(5)),
                                 static_cast<int>(query.integer(6)),
                                 static_cast<int>(query.integer(7)),
                                 query.text(8),
                                 std::nullopt};
        // 0 is "not given", as for the other numbers of a dosage.
        if (const auto rest = static_cast<int>(query.integer(14)); rest > 0) {
            exercise.dosage.restSeconds = rest;
        }
        exercise.progression = query.text(9);
        exercise.regression = query.text(10);
        exercise.painRule = query.text(11);
        exercise.avoid = query.text(12);
        content.illustrationSvg = query.text(13);
        exercise.sources = sourcesOf("exercise", exercise.id);
        exercises.push_back(std::move(content));
    }
    auto links = database_.prepare(
        "SELECT condition_id FROM exercise_conditions WHERE exercise_id = ? ORDER BY rowid");
    for (ExerciseContent& content : exercises) {
        links.bind(1, content.exercise.id);
        while (links.step()) {
            content.conditionIds.push_back(links.text(0));
        }
        links.reset();
    }
    return exercises;
}

std::vector<ExerciseContent> ContentStore::exercises() {
    return readExercises(std::nullopt);
}

std::optional<ExerciseContent> ContentStore::exercise(const std::string& id) {
    auto found = readExercises(id);
    if (found.empty()) {
        return std::nullopt;
    }
    return std::move(found.front());
}

std::optional<AdviceContent> ContentStore::advice(const std::string& id) {
    auto query = database_.prepare("SELECT title, text FROM advice WHERE id = ?");
    query.bind(1, id);
    if (!query.step()) {
        return std::nullopt;
    }
    return AdviceContent{id, query.text(0), query.text(1), sourcesOf("advice", id)};
}

std::optional<WarningSignContent> ContentStore::warningSign(const std::string& id) {
    auto query = database_.prepare("SELECT name, advice FROM red_flags WHERE id = ?");
    query.bind(1, id);
    if (!query.step()) {
        return std::nullopt;
    }
    return WarningSignContent{id, query.text(0), query.text(1), sourcesOf("red_flag", id)};
}

std::string ContentStore::metaValue(std::string_view key) {
    auto query = database_.prepare("SELECT value FROM meta WHERE key = ?");
    query.bind(1, key);
    return query.step() ? query.text(0) : std::string{};
}

} // namespace kt
