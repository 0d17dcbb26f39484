#include "kneetriage/training/diary_reader.h"

#include "io/json_fields.h"
#include "kneetriage/training/calendar.h"
#include "training/training_readers.h"

#include <set>

namespace kt {
namespace {

using json = nlohmann::json;

constexpr std::string_view kFormat = "kneetriage.diary/1";

// A morning against usual. Absent or anything else is a problem: a missing answer is never
// taken as "usual", which would let the plan move on.
AgainstUsual readMorning(JsonFields& fields, std::string_view key) {
    const std::string found = fields.requiredString(key);
    if (found == "better") {
        return AgainstUsual::Better;
    }
    if (found == "usual") {
        return AgainstUsual::Usual;
    }
    if (found != "worse" && !found.empty()) {
        fields.problem(fields.pointer(key),
                       "found '" + found + "', expected one of: better, usual, worse");
    }
    return AgainstUsual::Worse;
}

DiaryEntry readEntry(JsonFields& fields, std::set<std::string>& dates) {
    fields.allowOnly({"date", "pain_during_run", "morning_pain", "morning_stiffness", "note"});
    DiaryEntry entry;
    entry.date = fields.requiredString("date");
    if (!entry.date.empty() && !parseIsoDate(entry.date)) {
        fields.problem(fields.pointer("date"),
                       "found '" + entry.date + "', expected a date as YYYY-MM-DD");
    } else if (!entry.date.empty() && !dates.insert(entry.date).second) {
        fields.problem(fields.pointer("date"),
                       "found '" + entry.date + "' a second time, expected one entry a day");
    }
    entry.painDuringRun = readWhole(fields, "pain_during_run", 0, 10, false);
    entry.morningPain = readMorning(fields, "morning_pain");
    entry.morningStiffness = readMorning(fields, "morning_stiffness");
    entry.note = fields.optionalString("note");
    return entry;
}

} // namespace

std::variant<std::vector<DiaryEntry>, Problems> readDiaryDocument(const JsonDocument& document) {
    Problems problems;
    JsonFields top(document, document.value, json::json_pointer{}, problems);
    if (!top.isObject()) {
        return Problems{document.problemAt(json::json_pointer{},
                                           "found " + describeJsonType(document.value) +
                                               ", expected a diary document (an object)")};
    }
    top.allowOnly({"$schema", "format", "entries"});
    const std::string format = top.requiredString("format");
    if (!format.empty() && format != kFormat) {
        top.problem(top.pointer("format"),
                    "found '" + format + "', expected '" + std::string(kFormat) + "'");
    }
    std::vector<DiaryEntry> entries;
    std::set<std::string> dates;
    if (const json* list = top.array("entries", true)) {
        forEachObject(document, *list, top.pointer("entries"), problems,
                      [&](JsonFields& fields) { entries.push_back(readEntry(fields, dates)); });
    }
    if (!problems.empty()) {
        return problems;
    }
    return entries;
}

} // namespace kt
