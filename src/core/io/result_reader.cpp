#include "kneetriage/io/result_reader.h"

#include "io/json_fields.h"

namespace kt {
namespace {

Disposition readDisposition(JsonFields& fields, std::string_view key) {
    const std::string id = fields.requiredString(key);
    const auto disposition = dispositionFromId(id);
    if (!disposition && !id.empty()) {
        fields.problem(fields.pointer(key), "unknown disposition \"" + printable(id) + "\"");
    }
    return disposition.value_or(Disposition::SeeClinician);
}

void readKnowledgeBase(JsonFields& fields, SavedResult& saved, Problems& problems) {
    if (const auto* kb = fields.object("knowledge_base", true)) {
        JsonFields kbFields(fields.document(), *kb, fields.pointer("knowledge_base"), problems);
        saved.kbId = kbFields.requiredString("id");
        saved.kbVersion = kbFields.requiredString("version");
        kbFields.allowOnly({"id", "version"});
    }
}

template <typename Item, typename Read>
std::vector<Item> readObjects(JsonFields& fields, std::string_view key, Problems& problems,
                              Read&& read) {
    std::vector<Item> items;
    if (const auto* array = fields.array(key, true)) {
        forEachObject(fields.document(), *array, fields.pointer(key), problems,
                      [&](JsonFields& item) { items.push_back(read(item)); });
    }
    return items;
}

SavedResult::Flag readFlag(JsonFields& fields) {
    SavedResult::Flag flag;
    flag.id = fields.requiredString("id");
    flag.disposition = readDisposition(fields, "disposition");
    flag.advice = fields.requiredString("advice");
    fields.allowOnly({"id", "disposition", "advice"});
    return flag;
}

SavedResult::Condition readCondition(JsonFields& fields) {
    SavedResult::Condition condition;
    condition.id = fields.requiredString("id");
    condition.name = fields.requiredString("name");
    condition.score = fields.requiredNumber("score").value_or(0);
    condition.why = fields.stringList("why", true);
    condition.against = fields.stringList("against", true);
    fields.allowOnly({"id", "name", "score", "why", "against"});
    return condition;
}

SavedResult::Exercise readExercise(JsonFields& fields) {
    SavedResult::Exercise exercise{fields.requiredString("id"), fields.requiredString("name")};
    fields.allowOnly({"id", "name"});
    return exercise;
}

} // namespace

std::variant<SavedResult, Problems> readResultDocument(const JsonDocument& document) {
    Problems problems;
    if (!document.value.is_object()) {
        return Problems{document.problemAt(JsonFields::Pointer(),
                                           "found " + describeJsonType(document.value) +
                                               ", expected a result document (an object)")};
    }
    JsonFields fields(document, document.value, JsonFields::Pointer(), problems);
    if (const std::string format = fields.requiredString("format");
        format != "kneetriage.result/1" && !format.empty()) {
        fields.problem(fields.pointer("format"),
                       "found \"" + printable(format) + "\", expected \"kneetriage.result/1\"");
    }
    SavedResult saved;
    readKnowledgeBase(fields, saved, problems);
    saved.disposition = readDisposition(fields, "disposition");
    saved.redFlags = readObjects<SavedResult::Flag>(fields, "red_flags", problems, readFlag);
    saved.conditions =
        readObjects<SavedResult::Condition>(fields, "conditions", problems, readCondition);
    saved.exercises =
        readObjects<SavedResult::Exercise>(fields, "exercises", problems, readExercise);
    saved.advice = fields.stringList("advice", true);
    saved.asked = fields.stringList("asked", true);
    saved.ignored = fields.stringList("ignored", true);
    fields.allowOnly({"format", "knowledge_base", "disposition", "red_flags", "conditions",
                      "exercises", "advice", "asked", "ignored"});
    if (!problems.empty()) {
        return problems;
    }
    return saved;
}

} // namespace kt
