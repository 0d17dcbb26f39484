#pragma once

#include "kneetriage/kb/knowledge_base.h"
#include "kneetriage/training/diary_entry.h"
#include "kneetriage/training/exercise_session.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kt {

// How much of a session's planned exercise the runner did, in sets: what the history page and the
// PDF report say ("8 of 12 planned sets this week, 67 %").
//
// Precisely:
// - Days are the runner's local calendar days. A record's day is its doneAt (UTC) moved by
//   `utcOffsetMinutes`, the caller's offset from UTC today (a daylight-saving change within the
//   weeks can move a record made within an hour of midnight to the next or the previous day).
// - A week is seven days in a row, counted back from today: week 0 is `today` and the six days
//   before it, week 1 the seven days before those, and so on to week 3. Rolling weeks, so that
//   "this week" is always a whole week and never one day's worth on a Monday.
// - Planned in a week: for each exercise of the session, its sets times its days a week; the
//   week's plan is their sum. It is the same for every week.
// - Done in a week: for each exercise of the session, the sets done in the records of the
//   session's condition and that exercise whose day falls in the week, capped at that exercise's
//   planned sets for a week. So more than planned counts as 100 %, and doing one exercise twice as
//   often never makes up for another left out. Records of another condition, of an exercise not
//   in this session, or after today do not count.
// - A week counts from the week of the runner's first record of the session's condition (at any
//   time up to today, also before the four weeks): the weeks before they started are not missed
//   weeks. A week after that with no exercise done counts, with none done.
// - The total adds up the planned and done sets of the counted weeks of the last four (not an
//   average of their percentages).
struct WeekAdherence {
    std::string firstDay; // YYYY-MM-DD
    std::string lastDay;  // YYYY-MM-DD, today for week 0
    int setsPlanned = 0;
    int setsDone = 0;
};

struct Adherence {
    std::vector<WeekAdherence> weeks; // counted weeks only, this week first, at most four
    int setsPlanned = 0;              // over the counted weeks
    int setsDone = 0;
};

inline constexpr int kAdherenceWeeks = 4;

// The adherence to `session` by `done` up to `today` (YYYY-MM-DD, the local day). Pure. Throws
// std::invalid_argument when `today` is not a calendar date; a record whose doneAt cannot be read
// is not counted.
[[nodiscard]] Adherence adherence(const KnowledgeBase& kb, const ExerciseSession& session,
                                  const std::vector<ExerciseDone>& done, std::string_view today,
                                  int utcOffsetMinutes);

// `done` of `planned` in whole percent, rounded half up; none when nothing was planned.
[[nodiscard]] std::optional<int> percentOf(int done, int planned);

} // namespace kt
