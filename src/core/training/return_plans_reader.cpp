// data/training/return_plans.json: staged plans, each step with its criterion and source.
#include "kb/source_list.h"
#include "training/training_readers.h"

#include <set>

namespace kt {
namespace {

PlanStep readStep(JsonFields& fields, Problems& problems) {
    fields.allowOnly({"id", "sessions_per_week", "run_minutes", "walk_minutes", "distance_m",
                      "what", "criterion", "clinician_tests", "min_days", "sources", "comment"});
    PlanStep step;
    step.id = fields.requiredString("id");
    step.sessionsPerWeek = readWhole(fields, "sessions_per_week", 1, 7, true).value_or(0);
    step.runMinutes = readWhole(fields, "run_minutes", 0, 300, true).value_or(0);
    step.walkMinutes = readWhole(fields, "walk_minutes", 0, 300, true).value_or(0);
    step.distanceMetres = readWhole(fields, "distance_m", 100, 100000, false);
    step.what = fields.requiredString("what");
    step.criterion = fields.requiredString("criterion");
    step.clinicianTests = fields.optionalBool("clinician_tests").value_or(false);
    step.minDays = readWhole(fields, "min_days", 1, 365, true).value_or(1);
    step.sources = readSourceList(fields, "sources", problems);
    if (step.sources.empty()) {
        fields.problem(fields.pointer(),
                       "step '" + step.id + "' cites no source; expected at least one");
    }
    return step;
}

ReturnPlan readPlan(JsonFields& fields, const std::vector<std::string>& conditionIds,
                    Problems& problems) {
    fields.allowOnly(
        {"id", "conditions", "requires_clearance", "name", "note", "sources", "steps", "comment"});
    ReturnPlan plan;
    plan.id = fields.requiredString("id");
    plan.conditions = fields.stringList("conditions", true);
    checkConditionIds(fields, "conditions", plan.conditions, conditionIds);
    plan.requiresClearance = fields.optionalBool("requires_clearance").value_or(false);
    plan.name = fields.requiredString("name");
    plan.note = fields.optionalString("note");
    plan.sources = readSourceList(fields, "sources", problems);
    if (plan.sources.empty()) {
        fields.problem(fields.pointer(),
                       "plan '" + plan.id + "' cites no source; expected at least one");
    }
    if (const nlohmann::json* steps = fields.array("steps", true)) {
        std::set<std::string> seen;
        forEachObject(fields.document(), *steps, fields.pointer("steps"), problems,
                      [&](JsonFields& step) {
                          plan.steps.push_back(readStep(step, problems));
                          if (!seen.insert(plan.steps.back().id).second) {
                              step.problem(step.pointer("id"),
                                           "duplicate step id '" + plan.steps.back().id + "'");
                          }
                      });
        if (steps->empty()) {
            fields.problem(fields.pointer("steps"), "found no step, expected at least one");
        }
    }
    return plan;
}

} // namespace

void readReturnPlans(const JsonDocument& document, const std::vector<std::string>& conditionIds,
                     std::vector<ReturnPlan>& plans, Problems& problems) {
    std::optional<JsonFields> top = topFields(document, "kneetriage.return_plans/1", problems);
    if (!top) {
        return;
    }
    top->allowOnly({"$schema", "format", "comment", "plans"});
    const nlohmann::json* list = top->array("plans", true);
    if (list == nullptr) {
        return;
    }
    std::set<std::string> ids;
    std::set<std::string> served;
    std::size_t general = 0;
    forEachObject(document, *list, top->pointer("plans"), problems, [&](JsonFields& fields) {
        plans.push_back(readPlan(fields, conditionIds, problems));
        const ReturnPlan& plan = plans.back();
        if (!ids.insert(plan.id).second) {
            fields.problem(fields.pointer("id"), "duplicate plan id '" + plan.id + "'");
        }
        for (const std::string& condition : plan.conditions) {
            if (!served.insert(condition).second) {
                fields.problem(fields.pointer("conditions"),
                               "condition '" + condition + "' has a plan already; expected one");
            }
        }
        general += plan.conditions.empty() ? 1 : 0;
    });
    if (general != 1) {
        top->problem(top->pointer("plans"),
                     "found " + std::to_string(general) +
                         " plans without conditions, expected exactly one general plan");
    }
}

} // namespace kt
