#include "kneetriage/training/load_spikes.h"

#include "io/json_fields.h"
#include "kb/source_list.h"
#include "kneetriage/i18n/translation.h"
#include "kneetriage/io/json_document.h"

#include <array>
#include <cmath>
#include <utility>

namespace kt {
namespace {

using json = nlohmann::json;

constexpr std::array<std::pair<std::string_view, SpikeCategory>, 3> kBands{
    {{"small", SpikeCategory::Small},
     {"moderate", SpikeCategory::Moderate},
     {"large", SpikeCategory::Large}}};

constexpr std::array<std::string_view, 8> kOnsetTexts{
    "same_day", "next_day", "days_after", "in_the_days_before",
    "no_spike", "no_runs",  "caveat",     "decimal_mark"};

// A whole number in [min, max], or a problem saying so.
std::optional<int> wholeNumber(JsonFields& fields, std::string_view key, int min, int max) {
    const std::optional<double> value = fields.requiredNumber(key);
    if (!value) {
        return std::nullopt;
    }
    if (*value != std::floor(*value) || *value < min || *value > max) {
        fields.problem(fields.pointer(key), "found " + json(*value).dump() +
                                                ", expected a whole number of days from " +
                                                std::to_string(min) + " to " + std::to_string(max));
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

// A citation list that must not be empty: every rule here cites where it comes from.
std::vector<Source> requiredSources(JsonFields& fields, std::string_view key, std::string_view what,
                                    Problems& problems) {
    std::vector<Source> sources = readSourceList(fields, key, problems);
    if (sources.empty()) {
        fields.problem(fields.member(key) != nullptr ? fields.pointer(key) : fields.pointer(),
                       "found no source in \"" + std::string(key) +
                           "\"; expected the publication " + std::string(what));
    }
    return sources;
}

void readBand(JsonFields& fields, std::size_t index, LoadSpikeRules& rules, Problems& problems) {
    fields.allowOnly({"id", "above_share", "label", "sources", "comment"});
    const std::string id = fields.requiredString("id");
    if (index < kBands.size() && id != kBands[index].first) {
        fields.problem(fields.pointer("id"), "found '" + id + "', expected '" +
                                                 std::string(kBands[index].first) +
                                                 "' (the categories are small, moderate and "
                                                 "large, in this order)");
    }
    SpikeBand band;
    band.category = kBands[std::min(index, kBands.size() - 1)].second;
    band.aboveShare = fields.requiredNumber("above_share").value_or(0);
    const double previous = rules.bands.empty() ? 0 : rules.bands.back().aboveShare;
    if (band.aboveShare <= previous || band.aboveShare > 100) {
        fields.problem(fields.pointer("above_share"),
                       "found " + json(band.aboveShare).dump() + ", expected a share above " +
                           json(previous).dump() + " (the previous category's) and at most 100");
    }
    band.label = fields.requiredString("label");
    band.sources = requiredSources(fields, "sources", "the category comes from", problems);
    rules.bands.push_back(std::move(band));
}

void readBands(const JsonDocument& document, JsonFields& top, LoadSpikeRules& rules,
               Problems& problems) {
    const json* list = top.array("categories", true);
    if (list == nullptr) {
        return;
    }
    if (list->size() != kBands.size()) {
        top.problem(top.pointer("categories"),
                    "found " + std::to_string(list->size()) +
                        " categories, expected 3: small, moderate and large");
    }
    std::size_t index = 0;
    forEachObject(document, *list, top.pointer("categories"), problems,
                  [&](JsonFields& band) { readBand(band, index++, rules, problems); });
}

void readOnsetTexts(JsonFields& onset, LoadSpikeRules& rules, Problems& problems) {
    const json* texts = onset.object("texts", true);
    if (texts == nullptr) {
        return;
    }
    JsonFields fields(onset.document(), *texts, onset.pointer("texts"), problems);
    for (const std::string_view id : kOnsetTexts) {
        rules.onsetTexts.emplace(std::string(id), fields.requiredString(id));
    }
    fields.allowOnly({kOnsetTexts[0], kOnsetTexts[1], kOnsetTexts[2], kOnsetTexts[3],
                      kOnsetTexts[4], kOnsetTexts[5], kOnsetTexts[6], kOnsetTexts[7]});
}

void readOnset(JsonFields& top, LoadSpikeRules& rules, Problems& problems) {
    const json* value = top.object("onset", true);
    if (value == nullptr) {
        return;
    }
    JsonFields onset(top.document(), *value, top.pointer("onset"), problems);
    onset.allowOnly({"comment", "link_days", "around_days", "texts", "sources"});
    rules.onsetLinkDays = wholeNumber(onset, "link_days", 1, 60).value_or(rules.onsetLinkDays);
    rules.onsetAroundDays =
        wholeNumber(onset, "around_days", 0, 14).value_or(rules.onsetAroundDays);
    readOnsetTexts(onset, rules, problems);
    rules.onsetSources =
        requiredSources(onset, "sources", "that links such runs to injury", problems);
}

void readRules(const JsonDocument& document, LoadSpikeRules& rules, Problems& problems) {
    if (!document.value.is_object()) {
        problems.push_back(
            document.problemAt(json::json_pointer(), "found " + describeJsonType(document.value) +
                                                         ", expected an object"));
        return;
    }
    JsonFields top(document, document.value, json::json_pointer(), problems);
    top.allowOnly({"$schema", "comment", "window_days", "window_sources", "no_spike_label",
                   "no_earlier_run_label", "categories", "help", "workload_ratio_help",
                   "workload_ratio_sources", "onset"});
    rules.windowDays = wholeNumber(top, "window_days", 1, 365).value_or(rules.windowDays);
    rules.windowSources = requiredSources(top, "window_sources", "the window comes from", problems);
    rules.noSpikeLabel = top.requiredString("no_spike_label");
    rules.noEarlierRunLabel = top.requiredString("no_earlier_run_label");
    readBands(document, top, rules, problems);
    rules.help = top.requiredString("help");
    rules.workloadRatioHelp = top.requiredString("workload_ratio_help");
    rules.workloadRatioSources = requiredSources(top, "workload_ratio_sources",
                                                 "that questions the workload ratio", problems);
    readOnset(top, rules, problems);
}

} // namespace

std::string_view spikeCategoryId(SpikeCategory category) {
    switch (category) {
    case SpikeCategory::NoEarlierRun:
        return "no_earlier_run";
    case SpikeCategory::None:
        return "none";
    case SpikeCategory::Small:
        return "small";
    case SpikeCategory::Moderate:
        return "moderate";
    case SpikeCategory::Large:
        return "large";
    }
    return "none";
}

const SpikeBand* LoadSpikeRules::band(SpikeCategory category) const {
    for (const SpikeBand& candidate : bands) {
        if (candidate.category == category) {
            return &candidate;
        }
    }
    return nullptr;
}

LoadSpikeRulesResult loadLoadSpikeRules(const std::filesystem::path& dataDirectory,
                                        std::string_view language) {
    JsonResult read = readJsonFile(dataDirectory / std::string(kLoadSpikesFile), JsonLimits{});
    if (auto* problem = std::get_if<Problem>(&read)) {
        return Problems{std::move(*problem)};
    }
    JsonDocument& document = std::get<JsonDocument>(read);
    if (language != kSourceLanguage) {
        const std::vector<TranslatableText> english = translatableTexts(document.value);
        const TranslationRead translation = readTranslationFile(
            translationPath(dataDirectory, language, kLoadSpikesFile), language, kLoadSpikesFile);
        applyTranslation(document.value, english, translation.file);
    }
    LoadSpikeRules rules;
    Problems problems;
    readRules(document, rules, problems);
    if (!problems.empty()) {
        return problems;
    }
    return rules;
}

} // namespace kt
