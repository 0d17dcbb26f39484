#include "kneetriage/training/plan_json.h"

#include <nlohmann/json.hpp>

namespace kt {
namespace {

using json = nlohmann::ordered_json;

json sourcesJson(const std::vector<Source>& sources) {
    json out = json::array();
    for (const Source& source : sources) {
        json item{{"title", source.title}};
        if (!source.publisher.empty()) {
            item["publisher"] = source.publisher;
        }
        if (!source.url.empty()) {
            item["url"] = source.url;
        }
        if (!source.doi.empty()) {
            item["doi"] = source.doi;
        }
        out.push_back(std::move(item));
    }
    return out;
}

json textJson(const TrainingText& text) {
    return {{"id", text.id}, {"text", text.text}, {"sources", sourcesJson(text.sources)}};
}

std::string_view morningId(AgainstUsual morning) {
    switch (morning) {
    case AgainstUsual::Better:
        return "better";
    case AgainstUsual::Worse:
        return "worse";
    case AgainstUsual::Usual:
        break;
    }
    return "usual";
}

json entryJson(const DiaryEntry& entry) {
    json out{{"date", entry.date}};
    if (entry.painDuringRun) {
        out["pain_during_run"] = *entry.painDuringRun;
    }
    out["morning_pain"] = morningId(entry.morningPain);
    out["morning_stiffness"] = morningId(entry.morningStiffness);
    out["note"] = entry.note;
    return out;
}

json planJsonPart(const PlanState& state) {
    const ReturnPlan& plan = *state.plan;
    const PlanStep& step = plan.steps[state.step];
    json stepJson{{"number", state.step + 1},
                  {"id", step.id},
                  {"what", step.what},
                  {"criterion", step.criterion},
                  {"clinician_tests", step.clinicianTests},
                  {"sessions_per_week", step.sessionsPerWeek},
                  {"run_minutes", step.runMinutes},
                  {"walk_minutes", step.walkMinutes},
                  {"distance_m", step.distanceMetres ? json(*step.distanceMetres) : json(nullptr)},
                  {"min_days", step.minDays},
                  {"since", isoDate(state.stepSince)},
                  {"sources", sourcesJson(step.sources)}};
    return {{"id", plan.id},
            {"name", plan.name},
            {"note", plan.note},
            {"requires_clearance", plan.requiresClearance},
            {"steps", plan.steps.size()},
            {"step", std::move(stepJson)},
            {"sources", sourcesJson(plan.sources)}};
}

json decisionJson(const PlanDecision& decision) {
    json out{{"move", planMoveId(decision.move)},
             {"rule", decision.rule.id},
             {"text", decision.rule.text},
             {"sources", sourcesJson(decision.rule.sources)}};
    out["entry"] = decision.entry ? entryJson(*decision.entry) : json(nullptr);
    return out;
}

json calendarJson(const PlanState& state) {
    json out = json::array();
    for (const PlanDay& day : state.calendar) {
        out.push_back({{"date", isoDate(day.day)},
                       {"run", day.run},
                       {"step", day.step + 1},
                       {"step_id", state.plan->steps[day.step].id},
                       {"if_diary_allows", day.ifDiaryAllows}});
    }
    return out;
}

} // namespace

std::string planJson(const TrainingAdvice& advice, std::chrono::sys_days today,
                     std::optional<std::chrono::sys_days> checkDay) {
    json reasons = json::array();
    for (const TrainingText& reason : advice.light.reasons) {
        reasons.push_back(textJson(reason));
    }
    const NextRunLight& light = advice.light;
    json out{{"format", "kneetriage.plan/1"},
             {"today", isoDate(today)},
             {"check_date", checkDay ? json(isoDate(*checkDay)) : json(nullptr)},
             {"light", lightId(light.light)},
             {"reasons", std::move(reasons)},
             {"distance_cap_m",
              light.distanceCapMetres ? json(*light.distanceCapMetres) : json(nullptr)},
             {"pain_cap", light.painCap}};
    out["plan"] = advice.plan ? planJsonPart(*advice.plan) : json(nullptr);
    out["decision"] = advice.plan ? decisionJson(advice.plan->decision) : json(nullptr);
    out["calendar"] = advice.plan ? calendarJson(*advice.plan) : json::array();
    return out.dump();
}

} // namespace kt
