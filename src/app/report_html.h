#pragma once

#include "app_context.h"
#include "kneetriage/engine/triage.h"
#include "kneetriage/training/onset_link.h"
#include "theme.h"

#include <QDateTime>
#include <QImage>
#include <QString>
#include <QStringList>
#include <optional>

class QTextDocument;

namespace kt::app {

struct ReportOptions {
    bool includeAnswers = false; // the PDF for a physiotherapist lists every answer
    bool includeBanner = false;  // the results page shows the banner above the text instead
    bool includeScores = false;  // match scores, for a clinician reading the PDF
    // On screen each condition's reasons are folded behind a link ("fold:<condition id>")
    // until asked for; paper shows them all.
    bool foldReasons = false;
    QStringList openReasons; // condition ids whose reasons are unfolded
    ReportColours colours = paperColours();
    // The knee picture with the place that hurts marked, shown under "What to do now" when
    // given (the knee picture draws it from the answers).
    QImage kneePicture;
    QString title;
    // How much of today's exercises was done is counted up to this time.
    QDateTime now = QDateTime::currentDateTime();
    // "Which run did the pain start after" (runsBeforePainOf), worked out once per check shown,
    // not on every render; none says nothing of it.
    std::optional<OnsetStatement> runsBeforePain;
};

// The sources as HTML list items (title, publisher, link), for a <ul>.
[[nodiscard]] QString sourcesHtml(const std::vector<Source>& sources);

// What the report says of the runs before a check's pain: the stored runs against `checkedAt` and
// the "how long" answer. None without a time (a check reopened in other terms, or a clinic
// hand-off, whose runs are not the patient's), without runs or rules, or when the history cannot
// be read.
[[nodiscard]] std::optional<OnsetStatement>
runsBeforePainOf(AppContext& context, const Answers& answers,
                 const std::optional<QDateTime>& checkedAt);

// The scheme of the links that fold and unfold a condition's reasons.
inline constexpr char kFoldScheme[] = "fold";

// The result of a check as HTML, from the result and the content database, in the order a
// runner needs it: warning signs, what to do now, the likely conditions (likelihood in words
// and a bar, reasons for and against, when to get seen), exercises with pictures, advice,
// sources. The screen and the PDF both show this one text.
[[nodiscard]] QString reportHtml(AppContext& context, const TriageResult& result,
                                 const Answers& answers, const ReportOptions& options);

// Registers the pictures the HTML refers to ("exercise:<id>", "knee:marked") with `document`.
void addReportPictures(AppContext& context, const TriageResult& result,
                       const ReportOptions& options, QTextDocument& document);

// The knee picture for `answers`, the places that hurt marked, at `devicePixelRatio` (the screen's,
// or more for paper); null when no "where" question was answered.
[[nodiscard]] QImage kneePictureOf(const KnowledgeBase& kb, const Answers& answers,
                                   qreal devicePixelRatio);

// An exercise's summary, dosage, steps, pain rule and variations, for below its name (report
// cards, library and session share it).
[[nodiscard]] QString exerciseDetailsHtml(const ExerciseContent& exercise, bool withSources);

// One exercise as HTML (library and report share it).
[[nodiscard]] QString exerciseHtml(const ExerciseContent& exercise, bool withSources);

// A picture of the exercise rendered from its SVG, for QTextDocument resources.
[[nodiscard]] QImage exercisePicture(const ExerciseContent& exercise, int width);

} // namespace kt::app
