#pragma once

#include "app_context.h"
#include "kneetriage/engine/triage.h"
#include "kneetriage/training/onset_link.h"

#include <QString>
#include <optional>

class QTextDocument;

namespace kt::app {

// Prints `document` to an A4 PDF at `file`; returns an error message, or "" on success.
[[nodiscard]] QString writeDocumentPdf(QTextDocument& document, const QString& file,
                                       const QString& title);

// Writes the report of a check as an A4 PDF a physiotherapist can read in a minute: the
// disposition, the likely causes with reasons, every answer, exercises and the notice.
// `runsBeforePain` (runsBeforePainOf), for a check just made, links its pain to the runs before
// it. Returns an error message, or an empty string on success.
[[nodiscard]] QString
writePdfReport(AppContext& context, const TriageResult& result, const Answers& answers,
               const QString& when, const QString& file,
               const std::optional<OnsetStatement>& runsBeforePain = std::nullopt);

} // namespace kt::app
