#include "kneetriage/training/next_run.h"

#include "kneetriage/training/load_analysis.h"
#include "kneetriage/training/onset_link.h"
#include "training/text_fill.h"

#include <algorithm>

namespace kt {
namespace {

// The rules' words for `id`, its placeholders filled.
TrainingText said(const TrainingData& data, std::string_view id) {
    TrainingText text = data.nextRun.reason(id);
    text.text = fillPlaceholders(std::move(text.text),
                                 {{"days", std::to_string(data.nextRun.maxCheckAgeDays)},
                                  {"window_days", std::to_string(data.loadSpikes.windowDays)},
                                  {"safe_max", std::to_string(data.painMonitoring.safeMax)},
                                  {"pain_cap", std::to_string(data.painMonitoring.acceptableMax)}});
    return text;
}

bool listsStopCondition(const NextRunRules& rules, const SavedResult& check) {
    return std::any_of(check.conditions.begin(), check.conditions.end(), [&](const auto& c) {
        return c.score >= rules.redConditionMinScore &&
               std::find(rules.redConditions.begin(), rules.redConditions.end(), c.id) !=
                   rules.redConditions.end();
    });
}

// Red from the check alone. A stale check still counts: an old warning is not taken back by time.
std::vector<std::string_view> redReasons(const NextRunRules& rules, const NextRunInputs& in) {
    std::vector<std::string_view> ids;
    if (!in.latestCheck) {
        return ids;
    }
    const SavedResult& check = *in.latestCheck;
    if (std::find(rules.redDispositions.begin(), rules.redDispositions.end(), check.disposition) !=
        rules.redDispositions.end()) {
        ids.push_back("red_disposition");
    }
    if (rules.anyRedFlag && !check.redFlags.empty()) {
        ids.push_back("red_flag");
    }
    if (listsStopCondition(rules, check) && !in.clinicianCleared) {
        ids.push_back("red_condition");
    }
    return ids;
}

std::vector<std::string_view> checkAmberReasons(const NextRunRules& rules,
                                                const NextRunInputs& in) {
    std::vector<std::string_view> ids;
    if (!in.latestCheck) {
        return {"check_missing"};
    }
    // A check dated after today is as unusable as an old one.
    if (!in.checkDay || *in.checkDay > in.today ||
        in.today - *in.checkDay > std::chrono::days(rules.maxCheckAgeDays)) {
        ids.push_back("check_stale");
    }
    if (in.latestCheck->disposition == Disposition::SeeClinician) {
        ids.push_back("see_clinician");
    }
    if (listsStopCondition(rules, *in.latestCheck)) {
        ids.push_back("cleared");
    }
    return ids;
}

const DiaryEntry* latest(const std::vector<DiaryEntry>& diary, std::chrono::sys_days today,
                         bool runOnly) {
    const DiaryEntry* found = nullptr;
    for (const DiaryEntry& entry : diary) {
        const auto day = parseIsoDate(entry.date);
        if (day && *day <= today && (!runOnly || entry.painDuringRun) &&
            (found == nullptr || entry.date > found->date)) {
            found = &entry;
        }
    }
    return found;
}

std::vector<std::string_view> diaryAmberReasons(const PainMonitoringRules& pain,
                                                const NextRunInputs& in) {
    const DiaryEntry* last = latest(in.diary, in.today, false);
    if (last == nullptr) {
        return {"diary_empty"};
    }
    std::vector<std::string_view> ids;
    const DiaryEntry* lastRun = latest(in.diary, in.today, true);
    if (lastRun != nullptr && *lastRun->painDuringRun > pain.safeMax) {
        ids.push_back("diary_pain");
    }
    const auto worse = [](const DiaryEntry* e) {
        return e != nullptr && (e->morningPain == AgainstUsual::Worse ||
                                e->morningStiffness == AgainstUsual::Worse);
    };
    if (worse(last) || worse(lastRun)) {
        ids.push_back("diary_morning");
    }
    return ids;
}

void addLimits(const TrainingData& data, const NextRunInputs& in, NextRunLight& out) {
    if (in.runs) {
        out.distanceCapMetres = longestRunBefore(*in.runs, in.today, data.loadSpikes);
    }
    if (out.distanceCapMetres) {
        TrainingText text = said(data, "limit_distance");
        text.text = fillPlaceholders(
            std::move(text.text),
            {{"distance_km", kilometres(*out.distanceCapMetres, data.loadSpikes)}});
        out.reasons.push_back(std::move(text));
    } else {
        out.reasons.push_back(said(data, "limit_no_runs"));
    }
    out.reasons.push_back(said(data, "limit_pain"));
    out.reasons.push_back(said(data, "limit_morning"));
}

} // namespace

std::string_view lightId(Light light) {
    switch (light) {
    case Light::Green:
        return "green";
    case Light::Amber:
        return "amber";
    case Light::Red:
        break;
    }
    return "red";
}

NextRunLight decideNextRun(const TrainingData& data, const NextRunInputs& inputs) {
    NextRunLight out;
    out.painCap = data.painMonitoring.acceptableMax;
    const std::vector<std::string_view> red = redReasons(data.nextRun, inputs);
    if (!red.empty()) {
        out.light = Light::Red;
        for (const std::string_view id : red) {
            out.reasons.push_back(said(data, id));
        }
        out.reasons.push_back(said(data, "red_no_plan"));
        return out;
    }
    std::vector<std::string_view> amber = checkAmberReasons(data.nextRun, inputs);
    const std::vector<std::string_view> diary = diaryAmberReasons(data.painMonitoring, inputs);
    amber.insert(amber.end(), diary.begin(), diary.end());
    if (amber.empty()) {
        out.light = Light::Green;
        out.reasons.push_back(said(data, "green"));
        return out;
    }
    out.light = Light::Amber;
    for (const std::string_view id : amber) {
        out.reasons.push_back(said(data, id));
    }
    addLimits(data, inputs, out);
    return out;
}

} // namespace kt
