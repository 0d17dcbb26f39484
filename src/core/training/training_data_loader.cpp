// Loading data/training/: the three files read (with their translation laid over them), each
// handed to its reader, and the shared pieces those readers use.
#include "kb/source_list.h"
#include "kneetriage/i18n/translation.h"
#include "kneetriage/io/did_you_mean.h"
#include "training/training_readers.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace kt {

constexpr std::string_view kNextRunFile = "training/next_run.json";
constexpr std::string_view kPainMonitoringFile = "training/pain_monitoring.json";
constexpr std::string_view kReturnPlansFile = "training/return_plans.json";
namespace {

using json = nlohmann::json;

// The parsed file, with the usable texts of `language` put over its English.
std::optional<JsonDocument> readTrainingFile(const std::filesystem::path& directory,
                                             std::string_view file, std::string_view language,
                                             Problems& problems) {
    JsonResult read = readJsonFile(directory / std::string(file), JsonLimits{});
    if (auto* problem = std::get_if<Problem>(&read)) {
        problems.push_back(std::move(*problem));
        return std::nullopt;
    }
    JsonDocument document = std::move(std::get<JsonDocument>(read));
    if (language != kSourceLanguage) {
        const std::vector<TranslatableText> english = translatableTexts(document.value);
        const TranslationRead translation =
            readTranslationFile(translationPath(directory, language, file), language, file);
        applyTranslation(document.value, english, translation.file);
    }
    return document;
}

template <typename List>
const TrainingText& findText(const List& texts, std::string_view id, std::string_view file) {
    const auto found = std::find_if(texts.begin(), texts.end(),
                                    [&](const TrainingText& text) { return text.id == id; });
    if (found == texts.end()) {
        throw std::logic_error("no text '" + std::string(id) + "' in " + std::string(file));
    }
    return *found;
}

} // namespace

const TrainingText& NextRunRules::reason(std::string_view id) const {
    return findText(reasons, id, "training/next_run.json");
}

const TrainingText& PainMonitoringRules::rule(std::string_view id) const {
    return findText(rules, id, "training/pain_monitoring.json");
}

const ReturnPlan& TrainingData::planFor(std::string_view conditionId) const {
    const ReturnPlan* general = nullptr;
    for (const ReturnPlan& plan : plans) {
        if (std::find(plan.conditions.begin(), plan.conditions.end(), conditionId) !=
            plan.conditions.end()) {
            return plan;
        }
        general = plan.conditions.empty() ? &plan : general;
    }
    if (general == nullptr) {
        throw std::logic_error("training/return_plans.json has no general plan");
    }
    return *general;
}

std::optional<JsonFields> topFields(const JsonDocument& document, std::string_view format,
                                    Problems& problems) {
    JsonFields fields(document, document.value, json::json_pointer{}, problems);
    if (!fields.isObject()) {
        fields.problem(fields.pointer(),
                       "found " + describeJsonType(document.value) + ", expected an object");
        return std::nullopt;
    }
    const std::string found = fields.requiredString("format");
    if (found != format) {
        fields.problem(fields.pointer("format"),
                       "found '" + found + "', expected '" + std::string(format) + "'");
        return std::nullopt;
    }
    return fields;
}

std::optional<int> readWhole(JsonFields& fields, std::string_view key, int min, int max,
                             bool required) {
    const std::optional<double> value =
        required ? fields.requiredNumber(key) : fields.optionalNumber(key);
    if (!value) {
        return std::nullopt;
    }
    if (*value != std::floor(*value) || *value < min || *value > max) {
        // 11, not 11.0: the number as the file most likely wrote it.
        const std::string found = *value == std::floor(*value) && std::abs(*value) < 1e15
                                      ? std::to_string(static_cast<long long>(*value))
                                      : json(*value).dump();
        fields.problem(fields.pointer(key), "found " + found + ", expected a whole number " +
                                                std::to_string(min) + " .. " + std::to_string(max));
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

std::vector<TrainingText> readTexts(JsonFields& fields, std::string_view key,
                                    std::initializer_list<std::string_view> ids,
                                    Problems& problems) {
    std::vector<TrainingText> texts;
    const json* list = fields.array(key, true);
    if (list == nullptr) {
        return texts;
    }
    const std::vector<std::string> known(ids.begin(), ids.end());
    std::set<std::string> seen;
    forEachObject(fields.document(), *list, fields.pointer(key), problems, [&](JsonFields& item) {
        item.allowOnly({"id", "text", "sources", "comment"});
        TrainingText text{item.requiredString("id"), item.requiredString("text"),
                          readSourceList(item, "sources", problems)};
        if (std::find(known.begin(), known.end(), text.id) == known.end()) {
            item.problem(item.pointer("id"), "unknown id '" + text.id + "'" +
                                                 didYouMean(text.id, known) +
                                                 "; expected one the program uses");
        } else if (!seen.insert(text.id).second) {
            item.problem(item.pointer("id"), "duplicate id '" + text.id + "'");
        }
        if (text.sources.empty()) {
            item.problem(item.pointer(),
                         "'" + text.id + "' cites no source; expected at least one");
        }
        texts.push_back(std::move(text));
    });
    for (const std::string& id : known) {
        if (!seen.contains(id)) {
            fields.problem(fields.pointer(key), "no text with id '" + id + "'; expected one");
        }
    }
    return texts;
}

void checkConditionIds(JsonFields& fields, std::string_view key,
                       const std::vector<std::string>& ids, const std::vector<std::string>& known) {
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (std::find(known.begin(), known.end(), ids[i]) == known.end()) {
            fields.problem(fields.pointer(key) / i,
                           "unknown condition '" + ids[i] + "'" + didYouMean(ids[i], known) +
                               "; expected a condition id of kb/conditions.json");
        }
    }
}

std::variant<TrainingData, Problems> loadTrainingData(const std::filesystem::path& dataDirectory,
                                                      const std::vector<std::string>& conditionIds,
                                                      std::string_view language) {
    Problems problems;
    TrainingData data;
    LoadSpikeRulesResult loadSpikes = loadLoadSpikeRules(dataDirectory, language);
    if (auto* found = std::get_if<Problems>(&loadSpikes)) {
        problems.insert(problems.end(), found->begin(), found->end());
    } else {
        data.loadSpikes = std::move(std::get<LoadSpikeRules>(loadSpikes));
    }
    if (auto document = readTrainingFile(dataDirectory, kNextRunFile, language, problems)) {
        readNextRunRules(*document, conditionIds, data.nextRun, problems);
    }
    if (auto document = readTrainingFile(dataDirectory, kPainMonitoringFile, language, problems)) {
        readPainMonitoringRules(*document, data.painMonitoring, problems);
    }
    if (auto document = readTrainingFile(dataDirectory, kReturnPlansFile, language, problems)) {
        readReturnPlans(*document, conditionIds, data.plans, problems);
    }
    if (!problems.empty()) {
        return problems;
    }
    return data;
}

} // namespace kt
