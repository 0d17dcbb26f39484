#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kt {

// How a morning felt against the runner's usual morning.
enum class AgainstUsual { Better, Usual, Worse };

// One day of the pain diary, the ten-second entry of the pain-monitoring model: how much the knee
// hurt during the day's run, and how it felt the next morning against usual. An entry is kept by
// the day of the run; it is written the morning after.
struct DiaryEntry {
    std::string date;                 // the day of the run, local calendar date, YYYY-MM-DD
    std::optional<int> painDuringRun; // 0-10, the worst during the run; none on a rest day
    AgainstUsual morningPain = AgainstUsual::Usual;
    AgainstUsual morningStiffness = AgainstUsual::Usual;
    std::string note; // the runner's own words, may be empty
};

// One exercise of a session of the programme, as the runner marked it done.
struct ExerciseDone {
    std::string doneAt;    // ISO 8601 UTC, given by the caller (the stores read no clock)
    std::string condition; // the programme's condition id
    std::string exerciseId;
    int setsPlanned = 0;
    int setsDone = 0;
};

// The id of an AgainstUsual in files and the database: "better", "usual", "worse".
[[nodiscard]] std::string_view againstUsualId(AgainstUsual value);
[[nodiscard]] std::optional<AgainstUsual> againstUsualFromId(std::string_view id);

} // namespace kt
