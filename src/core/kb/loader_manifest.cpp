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
                      "dispositions", "notice", "words", "pain_rating_question", "comment"});
    if (const json* words = fields.object("words", true)) {
        readWords(JsonFields(document, *words, fields.pointer("words"), problems_));
    }
    readPainRatingQuestion(fields);
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

void Loader::readWords(JsonFields fields) {
    fields.allowOnly({"likelihood", "no_clear_cause", "follow_the_top_first", "clinician_note"});
    ReportWords& words = kb_.words;
    words.noClearCause = fields.requiredString("no_clear_cause");
    words.followTheTopFirst = fields.requiredString("follow_the_top_first");
    if (!words.followTheTopFirst.empty() &&
        (words.followTheTopFirst.find("{top}") == std::string::npos ||
         words.followTheTopFirst.find("{own}") == std::string::npos)) {
        fields.problem(fields.pointer("follow_the_top_first"),
                       "expected a sentence with both {top} (the result's headline) and {own} "
                       "(the condition's own timing)");
    }
    words.clinicianNote = fields.requiredString("clinician_note");
    const json* bands = fields.array("likelihood", true);
    if (bands == nullptr) {
        return;
    }
    forEachObject(
        fields.document(), *bands, fields.pointer("likelihood"), problems_, [&](JsonFields& band) {
            band.allowOnly({"from", "words"});
            const double from = band.requiredNumber("from").value_or(0);
            const bool descending = words.likelihood.empty() || from < words.likelihood.back().from;
            if (from < 0 || from > 1 || !descending) {
                band.problem(band.pointer("from"),
                             "expected a score from 0 to 1, lower than the band "
                             "before it");
            }
            words.likelihood.push_back({from, band.requiredString("words")});
        });
    if (words.likelihood.empty() || words.likelihood.back().from != 0) {
        fields.problem(fields.pointer("likelihood"),
                       "expected bands from the highest score down, the last from 0, so that "
                       "every score has words");
    }
}

void Loader::readPainRatingQuestion(JsonFields& fields) {
    const std::string id = fields.optionalString("pain_rating_question");
    if (id.empty()) {
        return;
    }
    const auto index = kb_.findQuestion(id);
    if (!index || kb_.questions[*index].kind != QuestionKind::Number) {
        fields.problem(fields.pointer("pain_rating_question"),
                       "found '" + id + "', expected the id of a number question");
        return;
    }
    kb_.painRatingQuestion = index;
}

} // namespace kt
