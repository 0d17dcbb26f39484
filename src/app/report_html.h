#pragma once

#include "app_context.h"
#include "kneetriage/engine/triage.h"

#include <QImage>
#include <QString>

class QTextDocument;

namespace kt::app {

struct ReportOptions {
    bool includeAnswers = false; // the PDF for a physiotherapist lists every answer
    bool includeBanner = false;  // the results page shows the banner above the text instead
    bool includeScores = false;  // match scores, for a clinician reading the PDF
    QString title;
};

// The result of a check as HTML, from the result and the content database: likely conditions
// with why and against, what to do, exercises with pictures and dosage, advice, sources.
[[nodiscard]] QString reportHtml(AppContext& context, const TriageResult& result,
                                 const Answers& answers, const ReportOptions& options);

// Registers the exercise pictures the HTML refers to ("exercise:<id>") with `document`.
void addExercisePictures(AppContext& context, const TriageResult& result, QTextDocument& document);

// One exercise as HTML (library and report share it).
[[nodiscard]] QString exerciseHtml(const ExerciseContent& exercise, bool withSources);

// A picture of the exercise rendered from its SVG, for QTextDocument resources.
[[nodiscard]] QImage exercisePicture(const ExerciseContent& exercise, int width);

} // namespace kt::app
