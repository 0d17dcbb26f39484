#pragma once

#include "kneetriage/store/history_store.h"
#include "kneetriage/training/return_plan.h"

#include <QColor>
#include <QDate>
#include <QString>
#include <vector>

class QPalette;

namespace kt::app {

// What the training page shows of the next-run light and the plan, from what the history holds.

// The light's inputs: the latest saved check (its result document), the runs, the diary and
// `today`. A check whose document cannot be read counts as no check: never green.
[[nodiscard]] NextRunInputs nextRunInputs(HistoryStore& history, std::vector<Run> runs,
                                          std::chrono::sys_days today);

// "Green", "Amber", "Red": the light in words, for those who cannot tell the colours apart.
[[nodiscard]] QString lightWords(Light light);
// The light's colour, and the text colour that reads on it in every palette.
[[nodiscard]] QColor lightColour(Light light);
[[nodiscard]] QColor textOn(Light light);

// The caps of an amber run: "At most 8.0 km, and pain at most 3 out of 10 during it."
[[nodiscard]] QString capsText(const NextRunLight& light, bool withPlan);

// Each text as a list item, its sources as short links (the publisher) after it.
[[nodiscard]] QString textsHtml(const std::vector<TrainingText>& texts);

} // namespace kt::app
