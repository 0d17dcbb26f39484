// The red flags: warning signs, each with the rule that raises it and its advice.
#include "kb/loader_steps.h"
#include "kb/rule_parser.h"

namespace kt {

void Loader::readRedFlags(const JsonDocument& document) {
    std::set<std::string> seen;
    const RuleParser rules(kb_, problems_);
    forEachEntity(document, "red_flags", [&](JsonFields& fields) {
        fields.allowOnly({"id", "name", "trigger", "disposition", "advice", "sources", "amber",
                          "stop_exercises", "comment"});
        WarningSign flag;
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
        kb_.warningSigns.push_back(std::move(flag));
    });
}

} // namespace kt
