#include "kneetriage/kb/loader.h"

#include "io/json_fields.h"
#include "kb/checks.h"
#include "kneetriage/io/did_you_mean.h"
#include "kb/rule_parser.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace kt {
namespace {

using nlohmann::json;
using Pointer = json::json_pointer;

constexpr std::string_view kFormat = "kneetriage.kb/1";
constexpr std::string_view kEndTarget = "end";
constexpr std::size_t kMaxOptions = 64;    // option sets are 64-bit masks
constexpr std::size_t kMaxEntities = 2000; // checks are quadratic in questions at worst

bool isId(std::string_view id) {
    return !id.empty() && id.size() <= 64 && id.front() >= 'a' && id.front() <= 'z' &&
           std::all_of(id.begin(), id.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
           });
}

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

constexpr std::array<std::string_view, 8> kFileNames{
    "kb/kb.json",          "kb/questions.json",       "kb/red_flags.json",
    "kb/conditions.json",  "content/conditions.json", "content/exercises.json",
    "content/advice.json", "content/programmes.json"};

class Loader {
  public:
    Loader(const std::filesystem::path& directory, const LoadOptions& options)
        : directory_(directory), options_(options) {}

    LoadResult run() {
        const FileSet files = readFiles();
        kb_.dataDirectory = directory_.string();
        readQuestions(files.questions);
        readAdvice(files.advice);
        readConditionIds(files.conditions);
        readExercises(files.exercises);
        readProgrammes(files.programmes);
        // Rules name questions and codes: without the questions file they would only add noise.
        if (!unreadable(files.questions)) {
            readFlow(files.questions);
            readRedFlags(files.redFlags);
            readConditions(files.conditions);
            readExerciseRules(files.exercises);
        }
        readConditionTexts(files.conditionTexts);
        readManifest(files.kb);
        const EntityPlaces places{&files.questions, &files.redFlags, &files.conditions, &files.kb};
        // The flow checks walk the graph, which is only sound once everything above is.
        if (problems_.empty()) {
            checkFlow(kb_, places, problems_);
        }
        if (options_.checkContract && !anyUnreadable_) {
            checkContract(kb_, places, problems_);
        }
        if (!problems_.empty()) {
            return problems_;
        }
        return std::move(kb_);
    }

  private:
    // Every file, each either parsed or an empty stand-in (no text) after its problem is
    // recorded, so the files that did parse are still checked.
    FileSet readFiles() {
        std::array<JsonDocument, kFileNames.size()> documents;
        for (std::size_t i = 0; i < kFileNames.size(); ++i) {
            JsonResult result = readJsonFile(directory_ / kFileNames[i], options_.limits);
            if (auto* problem = std::get_if<Problem>(&result)) {
                problems_.push_back(std::move(*problem));
                documents[i].file = (directory_ / kFileNames[i]).string();
                anyUnreadable_ = true;
            } else {
                documents[i] = std::move(std::get<JsonDocument>(result));
            }
        }
        return FileSet{std::move(documents[0]), std::move(documents[1]), std::move(documents[2]),
                       std::move(documents[3]), std::move(documents[4]), std::move(documents[5]),
                       std::move(documents[6]), std::move(documents[7])};
    }

    static bool unreadable(const JsonDocument& document) { return document.text.empty(); }

    // The top-level array `key` of a file that is {"key": [...]}.
    const json* entities(const JsonDocument& document, std::string_view key) {
        if (unreadable(document)) {
            return nullptr;
        }
        JsonFields top(document, document.value, Pointer{}, problems_);
        if (!top.isObject()) {
            top.problem(Pointer{}, "found " + describeJsonType(document.value) +
                                       ", expected an object with \"" + std::string(key) + "\"");
            return nullptr;
        }
        top.allowOnly({key, "$schema", "comment"});
        const json* list = top.array(key, true);
        if (list != nullptr && list->size() > kMaxEntities) {
            top.problem(top.pointer(key), "found " + std::to_string(list->size()) +
                                              " entries, expected at most " +
                                              std::to_string(kMaxEntities));
            return nullptr;
        }
        return list;
    }

    std::string readId(JsonFields& fields, std::set<std::string>& seen, std::string_view what) {
        const std::string id = fields.requiredString("id");
        if (id.empty()) {
            return id;
        }
        if (!isId(id)) {
            fields.problem(fields.pointer("id"),
                           "'" + id + "' is not a valid id; expected lower snake_case ASCII");
        } else if (!seen.insert(id).second) {
            fields.problem(fields.pointer("id"),
                           "duplicate " + std::string(what) + " id '" + id + "'");
        }
        return id;
    }

    std::vector<Source> readSources(JsonFields& fields) {
        std::vector<Source> sources;
        const json* list = fields.array("sources", false);
        if (list == nullptr) {
            return sources;
        }
        forEachObject(
            fields.document(), *list, fields.pointer("sources"), problems_,
            [&](JsonFields& source) {
                source.allowOnly({"title", "publisher", "url", "doi", "year"});
                Source read{source.requiredString("title"), source.optionalString("publisher"),
                            source.optionalString("url"), source.optionalString("doi")};
                if (read.url.empty() && read.doi.empty()) {
                    source.problem(
                        source.pointer(),
                        "missing member \"url\" or \"doi\"; expected where to find the source");
                } else if (!read.url.empty() && !read.url.starts_with("https://") &&
                           !read.url.starts_with("http://")) {
                    source.problem(source.pointer("url"),
                                   "'" + read.url + "' is not a web address; expected https://...");
                }
                sources.push_back(std::move(read));
            });
        return sources;
    }

    // Index of the entity `id` in `ids`, or a problem naming the closest id.
    std::optional<std::size_t> resolve(const JsonFields& fields, const Pointer& at,
                                       const std::string& id, const std::vector<std::string>& ids,
                                       std::string_view what) {
        if (anyUnreadable_ && ids.empty()) {
            return std::nullopt; // the file that defines them could not be read: already reported
        }
        const auto found = std::find(ids.begin(), ids.end(), id);
        if (found != ids.end()) {
            return static_cast<std::size_t>(found - ids.begin());
        }
        fields.problem(at, "unknown " + std::string(what) + " '" + id + "'" + didYouMean(id, ids));
        return std::nullopt;
    }

    std::vector<std::size_t> resolveList(JsonFields& fields, std::string_view key,
                                         const std::vector<std::string>& ids,
                                         std::string_view what) {
        std::vector<std::size_t> indices;
        const std::vector<std::string> names = fields.stringList(key, false);
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (auto index = resolve(fields, fields.pointer(key) / i, names[i], ids, what)) {
                indices.push_back(*index);
            }
        }
        return indices;
    }

    std::optional<Disposition> readDisposition(JsonFields& fields, bool required) {
        const std::string id =
            required ? fields.requiredString("disposition") : fields.optionalString("disposition");
        if (id.empty()) {
            return std::nullopt;
        }
        const auto disposition = dispositionFromId(id);
        if (!disposition) {
            fields.problem(fields.pointer("disposition"),
                           "unknown disposition '" + id + "'" + didYouMean(id, dispositionIds_) +
                               "; expected one of: " + joinedList(dispositionIds_));
        }
        return disposition;
    }

    void readQuestions(const JsonDocument& document) {
        const json* list = entities(document, "questions");
        if (list == nullptr) {
            return;
        }
        std::set<std::string> seen;
        forEachObject(document, *list, Pointer("/questions"), problems_, [&](JsonFields& fields) {
            fields.allowOnly({"id", "section", "kind", "text", "help", "options", "min", "max",
                              "whole_number", "unit", "ask_if", "next", "replaced_by", "comment"});
            Question question;
            question.id = readId(fields, seen, "question");
            question.section = fields.requiredString("section");
            question.text = fields.requiredString("text");
            question.help = fields.optionalString("help");
            const std::string kind = fields.requiredString("kind");
            if (const auto parsed = kindFromName(kind)) {
                question.kind = *parsed;
                readAnswerShape(fields, question);
            } else if (!kind.empty()) {
                const std::vector<std::string> kinds{"choice", "multi", "number", "yesno"};
                fields.problem(fields.pointer("kind"),
                               "unknown kind '" + kind + "'" + didYouMean(kind, kinds) +
                                   "; expected one of: " + joinedList(kinds));
            }
            kb_.questionIndex.emplace(question.id, kb_.questions.size());
            kb_.questions.push_back(std::move(question));
            questionElements_.push_back(fields.pointer());
        });
    }

    void readAnswerShape(JsonFields& fields, Question& question) {
        if (question.kind == QuestionKind::YesNo) {
            question.options = {{"yes", "Yes"}, {"no", "No"}};
            if (fields.member("options") != nullptr) {
                fields.problem(fields.pointer("options"),
                               "a yesno question has the options yes, no and unsure; "
                               "expected no \"options\"");
            }
        } else if (question.kind == QuestionKind::Number) {
            question.min = fields.requiredNumber("min").value_or(0);
            question.max = fields.requiredNumber("max").value_or(0);
            question.wholeNumber = fields.optionalBool("whole_number").value_or(false);
            question.unit = fields.optionalString("unit");
            if (question.min > question.max) {
                fields.problem(fields.pointer("min"), "min is above max; expected min <= max");
            }
        } else {
            const json* options = fields.array("options", true);
            if (options == nullptr) {
                return;
            }
            if (options->empty() || options->size() > kMaxOptions) {
                fields.problem(fields.pointer("options"),
                               "found " + std::to_string(options->size()) +
                                   " options, expected 1 to " + std::to_string(kMaxOptions));
                return;
            }
            std::set<std::string> seen;
            forEachObject(
                fields.document(), *options, fields.pointer("options"), problems_,
                [&](JsonFields& option) {
                    option.allowOnly({"code", "label", "help", "exclusive"});
                    const std::string code = option.requiredString("code");
                    if (!code.empty() && !isId(code)) {
                        option.problem(option.pointer("code"),
                                       "'" + code +
                                           "' is not a valid code; expected lower snake_case");
                    } else if (!code.empty() && (code == "unsure" || !seen.insert(code).second)) {
                        option.problem(option.pointer("code"),
                                       code == "unsure" ? "'unsure' is reserved for yesno questions"
                                                        : "duplicate code '" + code + "'");
                    }
                    const bool exclusive = option.optionalBool("exclusive").value_or(false);
                    if (exclusive && question.kind != QuestionKind::Multi) {
                        option.problem(option.pointer("exclusive"),
                                       "only a multi question has an answer that stands alone; "
                                       "expected no \"exclusive\" here");
                    }
                    question.options.push_back({code, option.requiredString("label"), exclusive});
                });
        }
    }

    void readFlow(const JsonDocument& document) {
        const RuleParser rules(kb_, problems_);
        for (std::size_t i = 0; i < kb_.questions.size(); ++i) {
            Question& question = kb_.questions[i];
            JsonFields fields(document, document.value[questionElements_[i]], questionElements_[i],
                              problems_);
            if (const json* askIf = fields.member("ask_if")) {
                question.askIf = rules.parse(document, *askIf, fields.pointer("ask_if"));
            }
            if (fields.member("replaced_by") != nullptr) {
                readReplacedBy(fields, question);
                continue;
            }
            const json* next = fields.member("next");
            if (next == nullptr) {
                fields.problem(
                    fields.pointer(),
                    "missing member \"next\"; expected a question id, \"end\" or branches");
                continue;
            }
            readNext(fields, question, *next);
        }
    }

    // A retired question is outside the flow: it names the yes/no questions that took its place.
    void readReplacedBy(JsonFields& fields, Question& question) {
        if (question.kind != QuestionKind::YesNo || fields.member("next") != nullptr ||
            question.askIf) {
            fields.problem(fields.pointer(),
                           "retired question '" + question.id +
                               "' must be yesno with no \"next\" or \"ask_if\"; expected it "
                               "outside the flow");
        }
        const std::vector<std::string> ids = fields.stringList("replaced_by", true);
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const Pointer at = fields.pointer("replaced_by") / i;
            const auto index = kb_.findQuestion(ids[i]);
            if (!index || kb_.questions[*index].kind != QuestionKind::YesNo ||
                *index == questionIndexOf(question)) {
                fields.problem(at, "'" + ids[i] +
                                       "' is not another yesno question; expected the id of one");
                continue;
            }
            question.replacedBy.push_back(*index);
        }
        if (question.replacedBy.empty() && ids.empty()) {
            fields.problem(fields.pointer("replaced_by"),
                           "found no ids; expected the questions that replace it");
        }
    }

    std::size_t questionIndexOf(const Question& question) const {
        return static_cast<std::size_t>(&question - kb_.questions.data());
    }

    std::optional<std::size_t> target(const JsonFields& fields, const Pointer& at,
                                      const json& value) {
        if (!value.is_string()) {
            fields.problem(at, "found " + describeJsonType(value) +
                                   ", expected a question id or \"end\"");
            return std::nullopt;
        }
        const auto& id = value.get_ref<const std::string&>();
        if (id == kEndTarget) {
            return kEndOfFlow;
        }
        if (const auto index = kb_.findQuestion(id)) {
            return index;
        }
        std::vector<std::string> ids{std::string(kEndTarget)};
        for (const Question& question : kb_.questions) {
            ids.push_back(question.id);
        }
        fields.problem(at, "unknown question '" + id + "'" + didYouMean(id, ids) +
                               "; expected a question id or \"end\"");
        return std::nullopt;
    }

    void readNext(JsonFields& fields, Question& question, const json& next) {
        const Pointer at = fields.pointer("next");
        if (next.is_string()) {
            const auto to = target(fields, at, next);
            if (to) {
                question.next.byOption.assign(question.options.size(), *to);
                question.next.answered = *to;
                question.next.unknown = *to;
            }
            return;
        }
        if (!next.is_object()) {
            fields.problem(at, "found " + describeJsonType(next) +
                                   ", expected a question id, \"end\" or branches");
            return;
        }
        JsonFields branches(fields.document(), next, at, problems_);
        branches.allowOnly({"on", "else", "unknown"});
        if (question.kind == QuestionKind::Multi || question.kind == QuestionKind::Number) {
            fields.problem(
                at, "a " + std::string(kindName(question.kind)) +
                        " question cannot branch on its answer; expected a question id or \"end\"");
            return;
        }
        std::optional<std::size_t> otherwise;
        if (const json* value = branches.member("else")) {
            otherwise = target(branches, at / "else", *value);
        }
        std::optional<std::size_t> unknown = otherwise;
        if (const json* value = branches.member("unknown")) {
            unknown = target(branches, at / "unknown", *value);
        }
        std::vector<std::optional<std::size_t>> byOption(question.options.size(), otherwise);
        if (const json* on = branches.object("on", false)) {
            for (const auto& [code, to] : on->items()) {
                const auto option = question.optionIndex(code);
                if (!option) {
                    branches.problem(at / "on" / code,
                                     "unknown code '" + code + "' for question '" + question.id +
                                         "'" + didYouMean(code, question.codes()) +
                                         "; expected one of: " + joinedList(question.codes()));
                    continue;
                }
                byOption[*option] = target(branches, at / "on" / code, to);
            }
        }
        for (std::size_t i = 0; i < byOption.size(); ++i) {
            if (!byOption[i] && branches.member("else") == nullptr) {
                branches.problem(
                    at, "answer code '" + question.options[i].code + "' of question '" +
                            question.id +
                            "' is handled by no branch; expected it under \"on\" or an \"else\"");
            }
            question.next.byOption.push_back(byOption[i].value_or(kEndOfFlow));
        }
        if (!unknown && branches.member("else") == nullptr &&
            branches.member("unknown") == nullptr) {
            branches.problem(at, "an unanswered or unsure answer to '" + question.id +
                                     "' is handled by no branch; expected \"unknown\" or \"else\"");
        }
        question.next.unknown = unknown.value_or(kEndOfFlow);
        question.next.answered = question.next.unknown;
    }

    void readRedFlags(const JsonDocument& document) {
        const json* list = entities(document, "red_flags");
        if (list == nullptr) {
            return;
        }
        std::set<std::string> seen;
        const RuleParser rules(kb_, problems_);
        forEachObject(document, *list, Pointer("/red_flags"), problems_, [&](JsonFields& fields) {
            fields.allowOnly({"id", "name", "trigger", "disposition", "advice", "sources", "amber",
                              "stop_exercises", "comment"});
            RedFlag flag;
            flag.amber = fields.optionalBool("amber").value_or(false);
            flag.stopExercises = fields.optionalBool("stop_exercises").value_or(false);
            flag.id = readId(fields, seen, "red flag");
            flag.name = fields.requiredString("name");
            flag.advice = fields.requiredString("advice");
            flag.disposition = readDisposition(fields, true).value_or(Disposition::Emergency);
            flag.sources = readSources(fields);
            if (const json* trigger = fields.member("trigger")) {
                if (auto rule = rules.parse(document, *trigger, fields.pointer("trigger"))) {
                    flag.trigger = std::move(*rule);
                }
            } else {
                fields.problem(fields.pointer(), "missing member \"trigger\"; expected a rule");
            }
            kb_.redFlags.push_back(std::move(flag));
        });
    }

    void readConditionIds(const JsonDocument& document) {
        const json* list = entities(document, "conditions");
        if (list == nullptr) {
            return;
        }
        std::set<std::string> seen;
        forEachObject(document, *list, Pointer("/conditions"), problems_, [&](JsonFields& fields) {
            Condition condition;
            condition.id = readId(fields, seen, "condition");
            conditionIds_.push_back(condition.id);
            kb_.conditions.push_back(std::move(condition));
            conditionElements_.push_back(fields.pointer());
        });
    }

    void readConditions(const JsonDocument& document) {
        const RuleParser rules(kb_, problems_);
        for (std::size_t i = 0; i < kb_.conditions.size(); ++i) {
            Condition& condition = kb_.conditions[i];
            JsonFields fields(document, document.value[conditionElements_[i]],
                              conditionElements_[i], problems_);
            fields.allowOnly({"id", "name", "disposition", "prior", "features", "advice", "sources",
                              "stop_exercises", "comment"});
            condition.name = fields.requiredString("name");
            condition.stopExercises = fields.optionalBool("stop_exercises").value_or(false);
            condition.disposition = readDisposition(fields, false);
            condition.prior = fields.optionalNumber("prior").value_or(0);
            condition.sources = readSources(fields);
            condition.advice = resolveList(fields, "advice", adviceIds_, "advice");
            const json* features = fields.array("features", true);
            if (features == nullptr) {
                continue;
            }
            forEachObject(
                document, *features, fields.pointer("features"), problems_,
                [&](JsonFields& feature) {
                    feature.allowOnly({"if", "weight", "reason"});
                    Feature read;
                    read.weight = feature.requiredNumber("weight").value_or(0);
                    read.reason = feature.requiredString("reason");
                    if (read.weight == 0 || std::abs(read.weight) > 10) {
                        feature.problem(feature.pointer("weight"),
                                        "weight " + std::to_string(read.weight) +
                                            " expected to be non-zero and within -10..10");
                    }
                    if (const json* when = feature.member("if")) {
                        if (auto rule = rules.parse(document, *when, feature.pointer("if"))) {
                            read.when = std::move(*rule);
                            condition.features.push_back(std::move(read));
                        }
                    } else {
                        feature.problem(feature.pointer(),
                                        "missing member \"if\"; expected a rule");
                    }
                });
        }
    }

    void readConditionTexts(const JsonDocument& document) {
        const json* list = entities(document, "conditions");
        if (list == nullptr) {
            return;
        }
        std::set<std::string> seen;
        forEachObject(document, *list, Pointer("/conditions"), problems_, [&](JsonFields& fields) {
            fields.allowOnly({"id", "lay_name", "clinical_name", "icd10", "disposition",
                              "description", "points_to", "points_away", "do_now", "get_seen",
                              "recovery", "sources", "comment"});
            const std::string id = readId(fields, seen, "condition text");
            const auto index =
                resolve(fields, fields.pointer("id"), id, conditionIds_, "condition");
            if (!index) {
                return;
            }
            Condition& condition = kb_.conditions[*index];
            condition.text = ConditionText{
                fields.requiredString("lay_name"),    fields.requiredString("clinical_name"),
                fields.requiredString("icd10"),       fields.requiredString("description"),
                fields.stringList("points_to", true), fields.stringList("points_away", true),
                fields.requiredString("do_now"),      fields.requiredString("get_seen"),
                fields.requiredString("recovery")};
            const auto textDisposition = readDisposition(fields, false);
            if (textDisposition && condition.disposition &&
                textDisposition != condition.disposition) {
                fields.problem(fields.pointer("disposition"),
                               "disposition differs from kb/conditions.json ('" +
                                   std::string(dispositionId(*condition.disposition)) +
                                   "'); expected the same");
            }
            if (!condition.disposition) {
                condition.disposition = textDisposition;
            }
            auto sources = readSources(fields);
            condition.sources.insert(condition.sources.end(), sources.begin(), sources.end());
        });
    }

    void readExercises(const JsonDocument& document) {
        const json* list = entities(document, "exercises");
        if (list == nullptr) {
            return;
        }
        std::set<std::string> seen;
        forEachObject(document, *list, Pointer("/exercises"), problems_, [&](JsonFields& fields) {
            fields.allowOnly({"id", "name", "summary", "steps", "dosage", "progression",
                              "regression", "pain_rule", "avoid", "avoid_if", "illustration",
                              "sources", "comment"});
            Exercise exercise;
            exercise.id = readId(fields, seen, "exercise");
            exercise.name = fields.requiredString("name");
            exercise.summary = fields.optionalString("summary");
            exercise.steps = fields.stringList("steps", true);
            exercise.progression = fields.optionalString("progression");
            exercise.regression = fields.optionalString("regression");
            exercise.painRule = fields.optionalString("pain_rule");
            exercise.avoid = fields.optionalString("avoid");
            exercise.illustration = fields.optionalString("illustration");
            exercise.sources = readSources(fields);
            if (const json* dosage = fields.object("dosage", true)) {
                JsonFields dose(document, *dosage, fields.pointer("dosage"), problems_);
                dose.allowOnly({"sets", "reps", "hold_seconds", "days_per_week", "text"});
                exercise.dosage =
                    Dosage{static_cast<int>(dose.optionalNumber("sets").value_or(0)),
                           static_cast<int>(dose.optionalNumber("reps").value_or(0)),
                           static_cast<int>(dose.optionalNumber("hold_seconds").value_or(0)),
                           static_cast<int>(dose.optionalNumber("days_per_week").value_or(0)),
                           dose.requiredString("text")};
            }
            if (!exercise.illustration.empty() &&
                !std::filesystem::is_regular_file(directory_ / "content" / "illustrations" /
                                                  exercise.illustration)) {
                fields.problem(fields.pointer("illustration"), "no file content/illustrations/" +
                                                                   exercise.illustration +
                                                                   "; expected an SVG there");
            }
            exerciseIds_.push_back(exercise.id);
            exerciseElements_.push_back(fields.pointer());
            kb_.exercises.push_back(std::move(exercise));
        });
    }

    void readExerciseRules(const JsonDocument& document) {
        const RuleParser rules(kb_, problems_);
        for (std::size_t i = 0; i < kb_.exercises.size(); ++i) {
            const Pointer at = exerciseElements_[i] / "avoid_if";
            if (document.value.contains(at)) {
                kb_.exercises[i].avoidIf = rules.parse(document, document.value[at], at);
            }
        }
    }

    // Each condition's exercises come from its staged programme, in the order of the stages:
    // the one link between a condition and its exercises.
    void readProgrammes(const JsonDocument& document) {
        const json* list = entities(document, "programmes");
        if (list == nullptr) {
            return;
        }
        std::set<std::string> seen;
        forEachObject(document, *list, Pointer("/programmes"), problems_, [&](JsonFields& fields) {
            fields.allowOnly({"condition", "stages", "comment"});
            const std::string id = fields.requiredString("condition");
            const auto condition =
                resolve(fields, fields.pointer("condition"), id, conditionIds_, "condition");
            if (condition && !seen.insert(id).second) {
                fields.problem(fields.pointer("condition"),
                               "a second programme for '" + id + "'; expected one");
                return;
            }
            const json* stages = fields.array("stages", true);
            if (!condition || stages == nullptr) {
                return;
            }
            forEachObject(
                document, *stages, fields.pointer("stages"), problems_, [&](JsonFields& stage) {
                    stage.allowOnly({"name", "goal", "exercises", "sources", "comment"});
                    ProgrammeStage read{stage.requiredString("name"), stage.requiredString("goal"),
                                        resolveList(stage, "exercises", exerciseIds_, "exercise"),
                                        readSources(stage)};
                    if (read.sources.empty()) {
                        stage.problem(stage.pointer(),
                                      "stage '" + read.name +
                                          "' cites no source; expected at least one");
                    }
                    for (const std::size_t exercise : read.exercises) {
                        addUnique(kb_.conditions[*condition].exercises, exercise);
                        addUnique(kb_.exercises[exercise].conditions, *condition);
                    }
                    kb_.conditions[*condition].programme.push_back(std::move(read));
                });
        });
    }

    static void addUnique(std::vector<std::size_t>& to, std::size_t item) {
        if (std::find(to.begin(), to.end(), item) == to.end()) {
            to.push_back(item);
        }
    }

    void readAdvice(const JsonDocument& document) {
        const json* list = entities(document, "advice");
        if (list == nullptr) {
            return;
        }
        std::set<std::string> seen;
        forEachObject(document, *list, Pointer("/advice"), problems_, [&](JsonFields& fields) {
            fields.allowOnly({"id", "title", "text", "sources", "comment"});
            Advice advice{readId(fields, seen, "advice"), fields.requiredString("title"),
                          fields.requiredString("text"), readSources(fields)};
            adviceIds_.push_back(advice.id);
            kb_.advice.push_back(std::move(advice));
        });
    }

    void readManifest(const JsonDocument& document) {
        if (unreadable(document)) {
            return;
        }
        JsonFields fields(document, document.value, Pointer{}, problems_);
        if (!fields.isObject()) {
            fields.problem(Pointer{},
                           "found " + describeJsonType(document.value) + ", expected an object");
            return;
        }
        fields.allowOnly({"$schema", "format", "id", "version", "start", "ranking",
                          "general_advice", "dispositions", "notice", "comment"});
        if (const json* notice = fields.object("notice", true)) {
            JsonFields words(document, *notice, fields.pointer("notice"), problems_);
            words.allowOnly({"short", "full"});
            kb_.noticeShort = words.requiredString("short");
            kb_.noticeFull = words.requiredString("full");
        }
        const std::string format = fields.requiredString("format");
        if (!format.empty() && format != kFormat) {
            fields.problem(fields.pointer("format"),
                           "found '" + format + "', expected '" + std::string(kFormat) + "'");
        }
        kb_.id = fields.requiredString("id");
        kb_.version = fields.requiredString("version");
        if (const json* start = fields.member("start")) {
            const auto index = target(fields, fields.pointer("start"), *start);
            if (index && *index != kEndOfFlow) {
                kb_.start = *index;
            } else if (index) {
                fields.problem(fields.pointer("start"),
                               "the flow cannot start at \"end\"; expected a question id");
            }
        } else {
            fields.problem(Pointer{}, "missing member \"start\"; expected the first question's id");
        }
        kb_.generalAdvice = resolveList(fields, "general_advice", adviceIds_, "advice");
        if (const json* ranking = fields.object("ranking", false)) {
            readRanking(JsonFields(document, *ranking, fields.pointer("ranking"), problems_));
        }
        if (const json* dispositions = fields.object("dispositions", true)) {
            JsonFields texts(document, *dispositions, fields.pointer("dispositions"), problems_);
            texts.allowOnly({"emergency", "urgent", "see_clinician", "self_care"});
            for (const std::string& id : dispositionIds_) {
                const json* text = texts.object(id, true);
                if (text == nullptr) {
                    continue;
                }
                JsonFields words(document, *text, texts.pointer(id), problems_);
                words.allowOnly({"headline", "action"});
                kb_.dispositionTexts[static_cast<std::size_t>(*dispositionFromId(id))] =
                    DispositionText{words.requiredString("headline"),
                                    words.requiredString("action")};
            }
        }
    }

    void readRanking(JsonFields fields) {
        fields.allowOnly(
            {"max_conditions", "min_score", "disposition_min_score", "max_exercises", "fallback"});
        RankingSettings& ranking = kb_.ranking;
        const auto count = [&](std::string_view key, std::size_t fallback, double most) {
            const double value = fields.optionalNumber(key).value_or(static_cast<double>(fallback));
            if (value < 1 || value > most) {
                fields.problem(fields.pointer(key), "expected a count from 1 to " +
                                                        std::to_string(static_cast<int>(most)));
                return fallback;
            }
            return static_cast<std::size_t>(value);
        };
        const auto score = [&](std::string_view key, double fallback) {
            const double value = fields.optionalNumber(key).value_or(fallback);
            if (value < 0 || value > 1) {
                fields.problem(fields.pointer(key), "expected a score from 0 to 1");
                return fallback;
            }
            return value;
        };
        ranking.maxConditions = count("max_conditions", ranking.maxConditions, 5);
        ranking.maxExercises = count("max_exercises", ranking.maxExercises, 20);
        ranking.minScore = score("min_score", ranking.minScore);
        ranking.dispositionMinScore = score("disposition_min_score", ranking.dispositionMinScore);
        const std::string fallback = fields.optionalString("fallback");
        if (!fallback.empty()) {
            const auto disposition = dispositionFromId(fallback);
            if (!disposition) {
                fields.problem(fields.pointer("fallback"),
                               "unknown disposition '" + fallback + "'" +
                                   didYouMean(fallback, dispositionIds_));
            }
            ranking.fallback = disposition.value_or(ranking.fallback);
        }
    }

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

} // namespace

LoadResult loadKnowledgeBase(const std::filesystem::path& dataDirectory,
                             const LoadOptions& options) {
    return Loader(dataDirectory, options).run();
}

} // namespace kt
