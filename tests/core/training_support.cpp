#include "training_support.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace kt::test {

using std::chrono::days;

std::vector<std::string> shippedConditionIds() {
    std::ifstream file(KT_DATA_DIR "/kb/conditions.json");
    const nlohmann::json document = nlohmann::json::parse(file);
    std::vector<std::string> ids;
    for (const auto& condition : document.at("conditions")) {
        ids.push_back(condition.at("id").get<std::string>());
    }
    return ids;
}

const TrainingData& shippedTraining() {
    static const TrainingData data = [] {
        auto loaded = loadTrainingData(KT_DATA_DIR, shippedConditionIds());
        if (std::holds_alternative<Problems>(loaded)) {
            throw std::runtime_error("the shipped training data does not load");
        }
        return std::get<TrainingData>(std::move(loaded));
    }();
    return data;
}

SavedResult check(Disposition disposition,
                  const std::vector<std::pair<std::string, double>>& conditions,
                  const std::vector<std::string>& redFlags) {
    SavedResult result;
    result.disposition = disposition;
    for (const auto& [id, score] : conditions) {
        result.conditions.push_back({id, id, score, {}, {}});
    }
    for (const std::string& id : redFlags) {
        result.redFlags.push_back({id, Disposition::Urgent, "advice"});
    }
    return result;
}

DiaryEntry entry(std::chrono::sys_days day, std::optional<int> pain, AgainstUsual morningPain,
                 AgainstUsual morningStiffness) {
    return DiaryEntry{isoDate(day), pain, morningPain, morningStiffness, ""};
}

Run runOn(std::chrono::sys_days day, double metres, int hour, std::optional<int> offsetHours) {
    Run run;
    run.startUtc = std::chrono::sys_seconds(day).time_since_epoch().count() + hour * 3600;
    if (offsetHours) {
        run.utcOffsetSeconds = *offsetHours * 3600;
    }
    run.distanceMetres = metres;
    run.movingSeconds = metres / 3.0;
    run.sport = "running";
    return run;
}

std::chrono::sys_days testToday() {
    return *parseIsoDate("2026-11-21");
}

NextRunInputs calmInputs() {
    const std::chrono::sys_days today = testToday();
    NextRunInputs inputs;
    inputs.latestCheck = check(Disposition::SelfCare, {{"patellofemoral_pain", 0.9}});
    inputs.checkDay = today - days(1);
    inputs.today = today;
    inputs.runs = std::vector<Run>{runOn(today - days(20), 6000), runOn(today - days(10), 7000)};
    for (int back = 7; back >= 1; back -= 2) {
        inputs.diary.push_back(entry(today - days(back), 1));
    }
    return inputs;
}

} // namespace kt::test
