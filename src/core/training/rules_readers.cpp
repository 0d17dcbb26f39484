// data/training/next_run.json and data/training/pain_monitoring.json.
#include "training/training_readers.h"

#include <algorithm>

namespace kt {

void readNextRunRules(const JsonDocument& document, const std::vector<std::string>& conditionIds,
                      NextRunRules& rules, Problems& problems) {
    std::optional<JsonFields> top = topFields(document, "kneetriage.next_run/1", problems);
    if (!top) {
        return;
    }
    top->allowOnly({"$schema", "format", "comment", "max_check_age_days", "red_when", "reasons"});
    rules.maxCheckAgeDays =
        readWhole(*top, "max_check_age_days", 1, 365, true).value_or(rules.maxCheckAgeDays);
    if (const nlohmann::json* red = top->object("red_when", true)) {
        JsonFields when(document, *red, top->pointer("red_when"), problems);
        when.allowOnly({"dispositions", "any_red_flag", "conditions", "condition_min_score"});
        for (const std::string& id : when.stringList("dispositions", true)) {
            if (const auto disposition = dispositionFromId(id)) {
                rules.redDispositions.push_back(*disposition);
            } else {
                when.problem(when.pointer("dispositions"),
                             "unknown disposition '" + id +
                                 "'; expected emergency, urgent, see_clinician or self_care");
            }
        }
        // A light that would stay green under an emergency is never what the data meant.
        for (const Disposition must : {Disposition::Emergency, Disposition::Urgent}) {
            if (std::find(rules.redDispositions.begin(), rules.redDispositions.end(), must) ==
                rules.redDispositions.end()) {
                when.problem(when.pointer("dispositions"),
                             "'" + std::string(dispositionId(must)) +
                                 "' is missing; expected every urgent disposition to be red");
            }
        }
        rules.anyRedFlag = when.optionalBool("any_red_flag").value_or(true);
        if (!rules.anyRedFlag) {
            when.problem(when.pointer("any_red_flag"),
                         "found false, expected true: a fired red flag always makes the light red");
        }
        rules.redConditions = when.stringList("conditions", true);
        checkConditionIds(when, "conditions", rules.redConditions, conditionIds);
        const auto score = when.requiredNumber("condition_min_score");
        if (score && (*score < 0 || *score > 1)) {
            when.problem(when.pointer("condition_min_score"), "expected a score from 0 to 1");
        }
        rules.redConditionMinScore = score.value_or(rules.redConditionMinScore);
    }
    rules.reasons = readTexts(*top, "reasons",
                              {"red_disposition", "red_flag", "red_condition", "red_no_plan",
                               "cleared", "see_clinician", "check_missing", "check_stale",
                               "diary_empty", "diary_pain", "diary_morning", "limit_distance",
                               "limit_no_runs", "limit_pain", "limit_morning", "green"},
                              problems);
}

void readPainMonitoringRules(const JsonDocument& document, PainMonitoringRules& rules,
                             Problems& problems) {
    std::optional<JsonFields> top = topFields(document, "kneetriage.pain_monitoring/1", problems);
    if (!top) {
        return;
    }
    top->allowOnly({"$schema", "format", "comment", "safe_max", "acceptable_max", "rules"});
    rules.safeMax = readWhole(*top, "safe_max", 0, 10, true).value_or(rules.safeMax);
    rules.acceptableMax =
        readWhole(*top, "acceptable_max", 0, 10, true).value_or(rules.acceptableMax);
    if (rules.acceptableMax < rules.safeMax) {
        top->problem(top->pointer("acceptable_max"),
                     "found " + std::to_string(rules.acceptableMax) +
                         ", expected at least safe_max (" + std::to_string(rules.safeMax) + ")");
    }
    rules.rules = readTexts(*top, "rules",
                            {"forward", "hold_pain", "hold_days", "hold_last_step", "hold_rest",
                             "hold_start", "back_pain", "back_morning"},
                            problems);
}

} // namespace kt
