#include "kneetriage/measures/measures.h"

#include "io/json_fields.h"
#include "kb/enum_names.h"
#include "kb/rule_parser.h"
#include "kneetriage/io/did_you_mean.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>

namespace kt {
namespace {

using nlohmann::json;
using Pointer = json::json_pointer;

constexpr EnumNames<MeasureScale::Method, 3> kMethodNames{{{
    {MeasureScale::Method::Sum, "sum"},
    {MeasureScale::Method::Koos, "koos"},
    {MeasureScale::Method::MeanOfScales, "mean_of_scales"},
}}};

std::vector<Source> readSources(const JsonDocument& document, JsonFields& top, Problems& problems) {
    std::vector<Source> sources;
    const json* list = top.array("sources", true);
    if (list == nullptr) {
        return sources;
    }
    forEachObject(document, *list, top.pointer("sources"), problems, [&](JsonFields& source) {
        sources.push_back({source.requiredString("title"), source.optionalString("publisher"),
                           source.optionalString("url"), source.optionalString("doi")});
    });
    if (list->empty()) {
        top.problem(top.pointer("sources"),
                    "found no source; expected the publication the scoring follows");
    }
    return sources;
}

MeasureItem readItem(const JsonDocument& document, JsonFields& fields, Problems& problems) {
    fields.allowOnly(
        {"id", "stem", "text", "options", "min", "max", "min_label", "max_label", "applies_if"});
    MeasureItem item;
    item.id = fields.requiredString("id");
    item.stem = fields.optionalString("stem");
    item.text = fields.requiredString("text");
    item.minLabel = fields.optionalString("min_label");
    item.maxLabel = fields.optionalString("max_label");
    if (const json* options = fields.array("options", false)) {
        forEachObject(document, *options, fields.pointer("options"), problems,
                      [&](JsonFields& option) {
                          option.allowOnly({"code", "label", "points"});
                          item.options.push_back({option.requiredString("code"),
                                                  option.requiredString("label"),
                                                  option.optionalNumber("points")});
                      });
    } else {
        item.min = fields.requiredNumber("min").value_or(0);
        item.max = fields.requiredNumber("max").value_or(0);
    }
    if (const json* applies = fields.object("applies_if", false)) {
        JsonFields condition(document, *applies, fields.pointer("applies_if"), problems);
        condition.allowOnly({"item", "is"});
        item.appliesIf =
            std::pair{condition.requiredString("item"), condition.requiredString("is")};
    }
    return item;
}

// A scale of `measure`, whose items are already read.
MeasureScale readScale(JsonFields& fields, const Measure& measure) {
    fields.allowOnly({"id", "name", "items", "scales", "method", "min_answered", "min", "max",
                      "higher_is_better"});
    MeasureScale scale;
    scale.id = fields.requiredString("id");
    scale.name = fields.requiredString("name");
    const std::string method = fields.requiredString("method");
    if (const auto parsed = kMethodNames.value(method)) {
        scale.method = *parsed;
    } else if (!method.empty()) {
        fields.problem(fields.pointer("method"),
                       "unknown method '" + method +
                           "'; expected one of: " + joinedList(kMethodNames.names()));
    }
    scale.items = fields.stringList("items", false);
    scale.scales = fields.stringList("scales", false);
    scale.minAnswered = static_cast<std::size_t>(fields.requiredNumber("min_answered").value_or(0));
    scale.min = fields.optionalNumber("min").value_or(0);
    scale.max = fields.optionalNumber("max").value_or(100);
    // Kept in the file for its readers, unused by the program, yet checked like every member.
    static_cast<void>(fields.optionalBool("higher_is_better"));
    for (std::size_t i = 0; i < scale.items.size(); ++i) {
        if (measure.item(scale.items[i]) == nullptr) {
            fields.problem(fields.pointer("items") / i, "unknown item '" + scale.items[i] + "'");
        }
    }
    return scale;
}

// Calls `read` on each object of the array `key` of `top`, when there is one.
template <typename Read>
void forEachIn(const JsonDocument& document, JsonFields& top, const char* key, bool required,
               Problems& problems, Read read) {
    if (const json* list = top.array(key, required)) {
        forEachObject(document, *list, top.pointer(key), problems, read);
    }
}

Measure readMeasure(const JsonDocument& document, const KnowledgeBase& kb, Problems& problems) {
    Measure measure;
    JsonFields top(document, document.value, Pointer{}, problems);
    if (!top.isObject()) {
        top.problem(Pointer{},
                    "found " + describeJsonType(document.value) + ", expected a measure object");
        return measure;
    }
    top.allowOnly({"id", "name", "short_name", "version", "licence", "sources", "notes",
                   "instructions", "items", "scales", "interpretation", "worked_examples",
                   "offer_if", "comment", "$schema"});
    if (const json* offer = top.member("offer_if")) {
        measure.offerIf = RuleParser(kb, problems).parse(document, *offer, top.pointer("offer_if"));
    }
    measure.id = top.requiredString("id");
    measure.name = top.requiredString("name");
    measure.licence = top.requiredString("licence");
    measure.instructions = top.optionalString("instructions");
    // Kept in the file for its readers, unused by the program, yet checked like every member.
    static_cast<void>(top.optionalString("short_name"));
    static_cast<void>(top.optionalString("notes"));
    measure.sources = readSources(document, top, problems);
    forEachIn(document, top, "items", true, problems, [&](JsonFields& fields) {
        measure.items.push_back(readItem(document, fields, problems));
    });
    forEachIn(document, top, "scales", true, problems,
              [&](JsonFields& fields) { measure.scales.push_back(readScale(fields, measure)); });
    forEachIn(document, top, "interpretation", false, problems, [&](JsonFields& fields) {
        measure.interpretation.push_back(
            {fields.requiredString("scale"), fields.requiredNumber("from").value_or(0),
             fields.requiredNumber("to").value_or(0), fields.requiredString("text")});
    });
    return measure;
}

} // namespace

const MeasureItem* Measure::item(std::string_view id) const {
    const auto found = std::find_if(items.begin(), items.end(),
                                    [&](const MeasureItem& item) { return item.id == id; });
    return found == items.end() ? nullptr : &*found;
}

MeasuresResult loadMeasures(const std::filesystem::path& directory, const KnowledgeBase& kb) {
    Problems problems;
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
        if (entry.path().extension() == ".json") {
            files.push_back(entry.path());
        }
    }
    if (error) {
        return Problems{
            Problem{directory.string(),
                    0,
                    0,
                    {},
                    "cannot list: " + error.message() + "; expected a folder of measures"}};
    }
    std::sort(files.begin(), files.end());
    std::vector<Measure> measures;
    for (const auto& file : files) {
        JsonResult parsed = readJsonFile(file, {});
        if (auto* problem = std::get_if<Problem>(&parsed)) {
            problems.push_back(std::move(*problem));
            continue;
        }
        measures.push_back(readMeasure(std::get<JsonDocument>(parsed), kb, problems));
    }
    if (!problems.empty()) {
        return problems;
    }
    return measures;
}

namespace {

// The answers of a measure, checked against its items.
struct CheckedAnswers {
    std::map<std::string, double> points; // item → points, for answered scoring items
    Problems problems;
};

// Records one item's answer in `checked`, or the problem with it.
void checkAnswer(const Measure& measure, const MeasureItem& item, const json& value,
                 CheckedAnswers& checked) {
    const auto problem = [&](std::string message) {
        checked.problems.push_back(Problem{measure.id, 0, 0, "/" + item.id, std::move(message)});
    };
    if (item.options.empty()) {
        if (!value.is_number() || value.get<double>() < item.min ||
            value.get<double>() > item.max) {
            problem("found " + value.dump() + ", expected a number " +
                    std::to_string(static_cast<int>(item.min)) + " .. " +
                    std::to_string(static_cast<int>(item.max)));
            return;
        }
        checked.points[item.id] = value.get<double>();
        return;
    }
    const std::string code = value.is_string() ? value.get<std::string>() : std::string();
    const auto option =
        value.is_string() ? std::find_if(item.options.begin(), item.options.end(),
                                         [&code](const MeasureOption& o) { return o.code == code; })
                          : item.options.end();
    if (option == item.options.end()) {
        std::vector<std::string> allowed;
        for (const MeasureOption& o : item.options) {
            allowed.push_back(o.code);
        }
        problem("found " + value.dump() + ", expected one of: " + joinedList(allowed));
        return;
    }
    if (option->points) {
        checked.points[item.id] = *option->points;
    }
}

CheckedAnswers checkAnswers(const Measure& measure, const json& answers) {
    CheckedAnswers checked;
    std::vector<std::string> ids;
    for (const MeasureItem& item : measure.items) {
        ids.push_back(item.id);
    }
    for (const auto& [id, value] : answers.items()) {
        const MeasureItem* item = measure.item(id);
        if (item == nullptr) {
            checked.problems.push_back(Problem{measure.id, 0, 0, "/" + id,
                                               "unknown item '" + id + "'" + didYouMean(id, ids)});
        } else if (!value.is_null()) {
            checkAnswer(measure, *item, value, checked);
        }
    }
    return checked;
}

double sum(const std::vector<double>& values) {
    double total = 0;
    for (const double value : values) {
        total += value;
    }
    return total;
}

double mean(const std::vector<double>& values) {
    return sum(values) / static_cast<double>(values.size());
}

// Too few answers leave a scale unscored, as its rules say.
std::optional<double> scaleScore(const Measure& measure, const MeasureScale& scale,
                                 const json& answers, const CheckedAnswers& checked,
                                 const std::map<std::string, std::optional<double>>& byScale) {
    std::vector<double> values;
    if (scale.method == MeasureScale::Method::MeanOfScales) {
        for (const std::string& part : scale.scales) {
            if (const auto found = byScale.find(part); found != byScale.end() && found->second) {
                values.push_back(*found->second);
            }
        }
    } else {
        for (const std::string& id : scale.items) {
            const MeasureItem* item = measure.item(id);
            const auto points = checked.points.find(id);
            const bool applies = item != nullptr && itemApplies(*item, answers);
            if (applies && points != checked.points.end()) {
                values.push_back(points->second);
            }
        }
    }
    if (values.empty() || values.size() < scale.minAnswered) {
        return std::nullopt;
    }
    switch (scale.method) {
    case MeasureScale::Method::MeanOfScales:
        return mean(values);
    case MeasureScale::Method::Koos:
        // 100 - mean item score x 25 (items 0..4, 0 = no problem), per its user's guide.
        return 100.0 - mean(values) * 25.0;
    case MeasureScale::Method::Sum:
        break;
    }
    return sum(values);
}

} // namespace

ScoresResult scoreMeasure(const Measure& measure, const json& answers) {
    if (!answers.is_object()) {
        return Problems{Problem{measure.id, 0, 0, "", "expected an object of item answers"}};
    }
    const CheckedAnswers checked = checkAnswers(measure, answers);
    if (!checked.problems.empty()) {
        return checked.problems;
    }
    std::map<std::string, std::optional<double>> byScale;
    std::vector<ScaleScore> scores;
    for (const MeasureScale& scale : measure.scales) {
        const std::optional<double> score = scaleScore(measure, scale, answers, checked, byScale);
        byScale[scale.id] = score;
        scores.push_back({scale.id, score});
    }
    return scores;
}

bool itemApplies(const MeasureItem& item, const json& answers) {
    if (!item.appliesIf) {
        return true;
    }
    const auto& [branch, code] = *item.appliesIf;
    const auto given = answers.find(branch);
    return given != answers.end() && given->is_string() &&
           given->get_ref<const std::string&>() == code;
}

std::vector<const Measure*> measuresToOffer(const std::vector<Measure>& measures,
                                            const Answers& answers) {
    std::vector<const Measure*> offered;
    for (const Measure& measure : measures) {
        if (!measure.offerIf || evaluate(*measure.offerIf, answers) == Truth::True) {
            offered.push_back(&measure);
        }
    }
    return offered;
}

namespace {

std::string csvField(const std::string& text) {
    // A cell that starts like a formula is run by a spreadsheet that opens the file: a leading
    // apostrophe makes it text (the OWASP advice for CSV injection).
    const bool formulaLike =
        !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
    const std::string cell = formulaLike ? "'" + text : text;
    if (!formulaLike && cell.find_first_of(",\"\r\n") == std::string::npos) {
        return cell;
    }
    std::string quoted = "\"";
    for (const char c : cell) {
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return quoted + "\"";
}

std::string formatScore(double score) {
    std::array<char, 32> text{};
    const int length = std::snprintf(text.data(), text.size(), "%.1f", score);
    return {text.data(), static_cast<std::size_t>(std::max(length, 0))};
}

} // namespace

std::string visitsCsv(const std::vector<Measure>& measures, const std::string& patient,
                      const std::vector<VisitRow>& visits) {
    std::string csv = "patient,date,disposition,most_likely";
    for (const Measure& measure : measures) {
        for (const MeasureScale& scale : measure.scales) {
            csv += "," + csvField(measure.id + "_" + scale.id);
        }
    }
    csv += "\r\n";
    for (const VisitRow& visit : visits) {
        csv += csvField(patient) + "," + csvField(visit.date) + "," + csvField(visit.disposition) +
               "," + csvField(visit.topCondition);
        for (const Measure& measure : measures) {
            const json answers =
                visit.measureAnswers.is_object() && visit.measureAnswers.contains(measure.id)
                    ? visit.measureAnswers.at(measure.id)
                    : json::object();
            const ScoresResult scored = scoreMeasure(measure, answers);
            for (std::size_t i = 0; i < measure.scales.size(); ++i) {
                csv += ",";
                if (const auto* scores = std::get_if<std::vector<ScaleScore>>(&scored);
                    scores && (*scores)[i].score) {
                    csv += formatScore(*(*scores)[i].score);
                }
            }
        }
        csv += "\r\n";
    }
    return csv;
}

std::string interpretScore(const Measure& measure, const std::string& scale, double score) {
    for (const MeasureBand& band : measure.interpretation) {
        if (band.scale == scale && score >= band.from && score <= band.to) {
            return band.text;
        }
    }
    return {};
}

} // namespace kt
