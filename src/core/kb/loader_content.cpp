// The content: exercises, the staged programmes that link them to conditions, and advice.
#include "kb/loader_steps.h"
#include "kb/rule_parser.h"

#include <algorithm>

namespace kt {

void Loader::readExercises(const JsonDocument& document) {
    std::set<std::string> seen;
    forEachEntity(
        document, "exercises",
        [&](JsonFields& fields) {
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
                dose.allowOnly(
                    {"sets", "reps", "hold_seconds", "days_per_week", "rest_seconds", "text"});
                exercise.dosage =
                    Dosage{static_cast<int>(dose.optionalNumber("sets").value_or(0)),
                           static_cast<int>(dose.optionalNumber("reps").value_or(0)),
                           static_cast<int>(dose.optionalNumber("hold_seconds").value_or(0)),
                           static_cast<int>(dose.optionalNumber("days_per_week").value_or(0)),
                           dose.requiredString("text"),
                           std::nullopt};
                if (const auto rest = dose.optionalNumber("rest_seconds")) {
                    exercise.dosage.restSeconds = static_cast<int>(*rest);
                }
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
        },
        "rest_between_sets");
}

// The rest between sets for an exercise that gives none, kept with its source like every
// clinical number.
void Loader::readRestGuide(const JsonDocument& document) {
    JsonFields file(document, document.value, Pointer(), problems_);
    const json* guide = file.object("rest_between_sets", true);
    if (guide == nullptr) {
        return;
    }
    JsonFields rest(document, *guide, file.pointer("rest_between_sets"), problems_);
    rest.allowOnly({"seconds", "text", "sources"});
    kb_.restBetweenSets.seconds = static_cast<int>(rest.requiredNumber("seconds").value_or(0));
    kb_.restBetweenSets.text = rest.requiredString("text");
    kb_.restBetweenSets.sources = readSources(rest);
}

void Loader::readExerciseRules(const JsonDocument& document) {
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
void Loader::readProgrammes(const JsonDocument& document) {
    std::set<std::string> seen;
    forEachEntity(document, "programmes", [&](JsonFields& fields) {
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
                    stage.problem(stage.pointer(), "stage '" + read.name +
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

void Loader::readAdvice(const JsonDocument& document) {
    std::set<std::string> seen;
    forEachEntity(document, "advice", [&](JsonFields& fields) {
        fields.allowOnly({"id", "title", "text", "sources", "comment"});
        Advice advice{readId(fields, seen, "advice"), fields.requiredString("title"),
                      fields.requiredString("text"), readSources(fields)};
        adviceIds_.push_back(advice.id);
        kb_.advice.push_back(std::move(advice));
    });
}

} // namespace kt
