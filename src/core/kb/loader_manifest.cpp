// The manifest, kb/kb.json: identity, start of the flow, ranking and disposition texts.
#include "kb/loader_steps.h"
#include "kneetriage/io/did_you_mean.h"

namespace kt {

namespace {

constexpr std::string_view kFormat = "kneetriage.kb/1";

} // namespace

void Loader::readManifest(const JsonDocument& document) {
    if (unreadable(document)) {
        return;
    }
    JsonFields fields(document, document.value, Pointer{}, problems_);
    if (!fields.isObject()) {
        fields.problem(Pointer{},
                       "found " + describeJsonType(document.value) + ", expected an object");
        return;
    }
    fields.allowOnly({"$schema", "format", "id", "version", "start", "ranking", "general_advice",
                      "dispositions", "notice", "comment"});
    if (const json* notice = fields.object("notice", true)) {
        JsonFields words(document, *notice, fields.pointer("notice"), problems_);
        words.allowOnly({"short", "full"});
        kb_.noticeShort = words.requiredString("short");
        kb_.noticeFull = words.requiredString("full");
    }
    const std::string format = fields.requiredString("format");
    if (!format.empty() && format != kFormat) {
        fields.problem(fields.pointer("format"),
                       "found '" + format + "', expected '" + std::string(kFormat) + "'");
    }
    kb_.id = fields.requiredString("id");
    kb_.version = fields.requiredString("version");
    if (const json* start = fields.member("start")) {
        const auto index = target(fields, fields.pointer("start"), *start);
        if (index && *index != kEndOfFlow) {
            kb_.start = *index;
        } else if (index) {
            fields.problem(fields.pointer("start"),
                           "the flow cannot start at \"end\"; expected a question id");
        }
    } else {
        fields.problem(Pointer{}, "missing member \"start\"; expected the first question's id");
    }
    kb_.generalAdvice = resolveList(fields, "general_advice", adviceIds_, "advice");
    if (const json* ranking = fields.object("ranking", false)) {
        readRanking(JsonFields(document, *ranking, fields.pointer("ranking"), problems_));
    }
    if (const json* dispositions = fields.object("dispositions", true)) {
        JsonFields texts(document, *dispositions, fields.pointer("dispositions"), problems_);
        texts.allowOnly({"emergency", "urgent", "see_clinician", "self_care"});
        for (const std::string& id : dispositionIds_) {
            const json* text = texts.object(id, true);
            if (text == nullptr) {
                continue;
            }
            JsonFields words(document, *text, texts.pointer(id), problems_);
            words.allowOnly({"headline", "action"});
            kb_.dispositionTexts[static_cast<std::size_t>(*dispositionFromId(id))] =
                DispositionText{words.requiredString("headline"), words.requiredString("action")};
        }
    }
}

void Loader::readRanking(JsonFields fields) {
    fields.allowOnly(
        {"max_conditions", "min_score", "disposition_min_score", "max_exercises", "fallback"});
    RankingSettings& ranking = kb_.ranking;
    const auto count = [&](std::string_view key, std::size_t fallback, double most) {
        const double value = fields.optionalNumber(key).value_or(static_cast<double>(fallback));
        if (value < 1 || value > most) {
            fields.problem(fields.pointer(key),
                           "expected a count from 1 to " + std::to_string(static_cast<int>(most)));
            return fallback;
        }
        return static_cast<std::size_t>(value);
    };
    const auto score = [&](std::string_view key, double fallback) {
        const double value = fields.optionalNumber(key).value_or(fallback);
        if (value < 0 || value > 1) {
            fields.problem(fields.pointer(key), "expected a score from 0 to 1");
            return fallback;
        }
        return value;
    };
    ranking.maxConditions = count("max_conditions", ranking.maxConditions, 5);
    ranking.maxExercises = count("max_exercises", ranking.maxExercises, 20);
    ranking.minScore = score("min_score", ranking.minScore);
    ranking.dispositionMinScore = score("disposition_min_score", ranking.dispositionMinScore);
    const std::string fallback = fields.optionalString("fallback");
    if (!fallback.empty()) {
        const auto disposition = dispositionFromId(fallback);
        if (!disposition) {
            fields.problem(fields.pointer("fallback"), "unknown disposition '" + fallback + "'" +
                                                           didYouMean(fallback, dispositionIds_));
        }
        ranking.fallback = disposition.value_or(ranking.fallback);
    }
}

} // namespace kt
