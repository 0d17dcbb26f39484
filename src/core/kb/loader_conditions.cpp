// The conditions: their scoring features (kb/conditions.json) and their texts
// (content/conditions.json).
#include "kb/loader_steps.h"
#include "kb/rule_parser.h"

#include <cmath>

namespace kt {

void Loader::readConditionIds(const JsonDocument& document) {
    std::set<std::string> seen;
    forEachEntity(document, "conditions", [&](JsonFields& fields) {
        Condition condition;
        condition.id = readId(fields, seen, "condition");
        conditionIds_.push_back(condition.id);
        kb_.conditions.push_back(std::move(condition));
        conditionElements_.push_back(fields.pointer());
    });
}

void Loader::readConditions(const JsonDocument& document) {
    const RuleParser rules(kb_, problems_);
    revisit(document, kb_.conditions, conditionElements_,
            [&](Condition& condition, JsonFields& fields) {
                fields.allowOnly({"id", "name", "disposition", "prior", "features", "advice",
                                  "sources", "stop_exercises", "comment"});
                condition.name = fields.requiredString("name");
                condition.stopExercises = fields.optionalBool("stop_exercises").value_or(false);
                condition.disposition = readDisposition(fields, false);
                condition.prior = fields.optionalNumber("prior").value_or(0);
                condition.sources = readSources(fields);
                condition.advice = resolveList(fields, "advice", adviceIds_, "advice");
                const json* features = fields.array("features", true);
                if (features == nullptr) {
                    return;
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
            });
}

void Loader::readConditionTexts(const JsonDocument& document) {
    std::set<std::string> seen;
    forEachEntity(document, "conditions", [&](JsonFields& fields) {
        fields.allowOnly({"id", "lay_name", "clinical_name", "icd10", "disposition", "description",
                          "points_to", "points_away", "do_now", "get_seen", "recovery", "sources",
                          "comment"});
        const std::string id = readId(fields, seen, "condition text");
        const auto index = resolve(fields, fields.pointer("id"), id, conditionIds_, "condition");
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
        if (textDisposition && condition.disposition && textDisposition != condition.disposition) {
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

} // namespace kt
