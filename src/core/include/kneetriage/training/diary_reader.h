#pragma once

#include "kneetriage/io/json_document.h"
#include "kneetriage/training/diary_entry.h"

#include <variant>
#include <vector>

namespace kt {

// A "kneetriage.diary/1" document: {"format": "kneetriage.diary/1", "entries": [{"date":
// "2026-11-20", "pain_during_run": 2, "morning_pain": "usual", "morning_stiffness": "usual",
// "note": ""}]}. pain_during_run (a whole number 0-10) is left out on a day without a run;
// morning_pain and morning_stiffness are better, usual or worse; note is optional. A date given
// twice, or a missing or unknown morning answer, is a problem: nothing is guessed.
[[nodiscard]] std::variant<std::vector<DiaryEntry>, Problems>
readDiaryDocument(const JsonDocument& document);

} // namespace kt
