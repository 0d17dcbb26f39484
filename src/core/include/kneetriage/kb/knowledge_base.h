#pragma once

#include "kneetriage/engine/rule.h"
#include "kneetriage/kb/disposition.h"

#include <array>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace kt {

// A public source for a piece of clinical content.
struct Source {
    std::string title;
    std::string publisher;
    std::string url; // url or doi, at least one
    std::string doi;
};

enum class QuestionKind { Choice, Multi, Number, YesNo };

// Why a question is asked, in plain words, and the sources that say so ("Why we ask").
struct Rationale {
    std::string text;
    std::vector<Source> sources;
};

[[nodiscard]] std::string_view kindName(QuestionKind kind);
[[nodiscard]] std::optional<QuestionKind> kindFromName(std::string_view name);

struct Option {
    std::string code;
    std::string label;
    bool exclusive = false; // multi: an answer such as "none" that stands alone
};

// Where the flow goes next, by index into KnowledgeBase::questions.
inline constexpr std::size_t kEndOfFlow = std::numeric_limits<std::size_t>::max();

struct Next {
    std::vector<std::size_t> byOption; // choice and yes/no: target for each option
    std::size_t answered = kEndOfFlow; // multi and number: target once answered
    std::size_t unknown = kEndOfFlow;  // unanswered, "unsure", or skipped by ask_if
};

struct Question {
    std::string id;
    std::string section;
    QuestionKind kind = QuestionKind::Choice;
    std::string text;
    std::string help;
    Rationale why;
    std::vector<Option> options; // yes/no questions hold "yes" and "no"
    double min = 0;              // number questions
    double max = 0;
    bool wholeNumber = false;
    std::string unit;
    // A rating scale's words for its two ends ("No pain", "Worst pain imaginable"): a whole-number
    // question with both is shown as a row of buttons, one per number.
    std::string minLabel;
    std::string maxLabel;
    std::optional<Rule> askIf; // asked unless this is known to be false
    Next next;
    // A retired question, no longer asked, whose answer in an older document stands for the
    // questions that replaced it (see retired_answers.h). Empty for every question in the flow.
    std::vector<std::size_t> replacedBy;

    [[nodiscard]] bool retired() const { return !replacedBy.empty(); }

    [[nodiscard]] std::optional<std::size_t> optionIndex(std::string_view code) const;
    [[nodiscard]] std::vector<std::string> codes() const;
};

// "a, b, c": for messages that list what was expected.
[[nodiscard]] std::string joinedList(const std::vector<std::string>& words);

// A rule that sets a minimum urgency (red_flags.json). A red flag is a danger sign: it
// interrupts the check and is listed as a red flag. An amber sign is not a danger sign but a
// reason to see a clinician; both raise the disposition and add their advice.
struct WarningSign {
    std::string id;
    std::string name;
    Rule trigger;
    Disposition disposition = Disposition::Emergency;
    std::string advice;
    std::vector<Source> sources;
    // Amber (such as pain for months): not listed among the red flags, no interruption.
    bool amber = false;
    // No exercises while this flag stands (a possible clot: no calf massage or loading).
    bool stopExercises = false;
};

// One answer pattern that makes a condition more (weight > 0) or less likely.
struct Feature {
    Rule when;
    double weight = 0;
    std::string reason; // plain words, shown as "why" or "against"
};

struct ConditionText {
    std::string layName;
    std::string clinicalName;
    std::string icd10;
    std::string description;
    std::vector<std::string> pointsTo;
    std::vector<std::string> pointsAway;
    std::string doNow;
    std::string getSeen;
    std::string recovery;
};

// One stage of a condition's exercise programme, in the order the evidence gives.
struct ProgrammeStage {
    std::string name;
    std::string goal;
    std::vector<std::size_t> exercises;
    std::vector<Source> sources;
};

struct Condition {
    std::string id;
    std::string name;
    std::optional<Disposition> disposition;
    // When likely, no exercises are suggested at all (a possible stress fracture needs rest
    // from loading, whatever else is also likely).
    bool stopExercises = false;
    double prior = 0;
    std::vector<Feature> features;
    std::vector<std::size_t> exercises; // indices, in the order of the programme's stages
    std::vector<ProgrammeStage> programme;
    std::vector<std::size_t> advice;
    std::vector<Source> sources;
    ConditionText text;
};

struct Dosage {
    int sets = 0;
    int reps = 0;
    int holdSeconds = 0;
    int daysPerWeek = 0;
    std::string text;
    std::optional<int> restSeconds; // between sets, when the exercise's sources give it
};

// How long to rest between sets when an exercise's dosage gives no rest of its own.
struct RestGuide {
    int seconds = 0;
    std::string text; // the guide in words, shown beside the rest timer
    std::vector<Source> sources;
};

struct Exercise {
    std::string id;
    std::string name;
    std::string summary;
    std::vector<std::string> steps;
    Dosage dosage;
    std::string progression;
    std::string regression;
    std::string painRule;
    std::string avoid;
    // When these answers rule the exercise out. A leaf marked or_unknown makes doubt about a
    // contraindication rule it out too.
    std::optional<Rule> avoidIf;
    std::vector<std::size_t> conditions; // derived from the conditions' programmes
    std::string illustration;            // file name under content/illustrations
    std::vector<Source> sources;
};

struct Advice {
    std::string id;
    std::string title;
    std::string text;
    std::vector<Source> sources;
};

// What a disposition means for the person reading the result, in their words.
struct DispositionText {
    std::string headline;
    std::string action;
};

struct RankingSettings {
    std::size_t maxConditions = 5;
    double minScore = 0.2;            // below this a condition is not listed
    double dispositionMinScore = 0.5; // from this a condition's disposition counts
    std::size_t maxExercises = 6;
    Disposition fallback = Disposition::SeeClinician; // when no condition reaches minScore
};

// How a match score reads to the user: from `from` upwards (up to the next band), these words.
struct LikelihoodBand {
    double from = 0;
    std::string words;
};

// Sentences the result and the clinician's summary say around the content, kept with the
// knowledge base like all clinical words.
struct ReportWords {
    std::vector<LikelihoodBand> likelihood; // highest first; the last starts at 0
    std::string noClearCause;               // when no condition is listed
    // A condition's own "when to get seen" under a more urgent result; {top} stands for the
    // result's headline and {own} for the condition's timing.
    std::string followTheTopFirst;
    std::string clinicianNote; // under every visit in the clinician's summary
};

// Lets the id index be searched with a string_view, without building a std::string.
struct IdHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view id) const { return std::hash<std::string_view>{}(id); }
};

struct KnowledgeBase {
    std::string id;
    std::string version;
    std::string dataDirectory;
    // The language of the texts, and how many of them had no usable translation (kept in
    // English); `kneetriage-cli validate --lang` lists them.
    std::string language = "en";
    std::size_t untranslatedTexts = 0;
    std::size_t start = 0;
    RankingSettings ranking;
    std::array<DispositionText, 4> dispositionTexts; // indexed by Disposition
    // The "not a diagnosis, and what to do in an emergency" notice: a line, and in full.
    std::string noticeShort;
    std::string noticeFull;
    ReportWords words;
    // The 0-10 pain question whose answer the history charts, when the knowledge base has one.
    std::optional<std::size_t> painRatingQuestion;

    [[nodiscard]] const DispositionText& textOf(Disposition disposition) const {
        return dispositionTexts[static_cast<std::size_t>(disposition)];
    }
    std::vector<Question> questions;
    std::vector<WarningSign> warningSigns; // red and amber, in the order of red_flags.json
    std::vector<Condition> conditions;
    std::vector<Exercise> exercises;
    RestGuide restBetweenSets;
    std::vector<Advice> advice;
    std::vector<std::size_t> generalAdvice;
    std::unordered_map<std::string, std::size_t, IdHash, std::equal_to<>> questionIndex;

    [[nodiscard]] std::optional<std::size_t> findQuestion(std::string_view id) const;
    // The words for a match score, from the likelihood bands.
    [[nodiscard]] const std::string& likelihoodWords(double score) const;
};

} // namespace kt
