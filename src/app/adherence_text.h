#pragma once

#include "app_context.h"
#include "kneetriage/engine/triage.h"
#include "kneetriage/training/exercise_session.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace kt::app {

// How much of today's session's (sessionFor's) planned exercise was done, as of `now` (local time),
// in one line: "Exercises: 8 of 12 planned sets this week (67 %); last 4 weeks: 71 %". The one
// wording of adherence, for the history page, the report on screen and the PDF alike. Empty when
// the result offers no session, nothing has been done yet, or the history cannot be read.
[[nodiscard]] QString adherenceLine(AppContext& context, const TriageResult& result,
                                    const Answers& answers, const QDateTime& now);

} // namespace kt::app
