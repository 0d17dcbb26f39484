#include "kneetriage/training/adherence.h"

#include "kneetriage/training/calendar.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <stdexcept>

namespace kt {
namespace {

using Day = std::int64_t; // days since 1970-01-01
constexpr Day kMinutesADay = 24 * 60;
constexpr Day kDaysAWeek = 7;

std::optional<int> digits(std::string_view text) {
    int value = 0;
    for (const char digit : text) {
        if (digit < '0' || digit > '9') {
            return std::nullopt;
        }
        value = value * 10 + (digit - '0');
    }
    return value;
}

std::optional<Day> dayOf(std::string_view date) {
    const auto day = parseIsoDate(date);
    if (!day) {
        return std::nullopt;
    }
    return day->time_since_epoch().count();
}

std::string dateText(Day day) {
    return isoDate(std::chrono::sys_days(std::chrono::days(day)));
}

// The local day of a record made at `doneAt` (YYYY-MM-DDTHH:MM..., UTC).
std::optional<Day> localDayOf(std::string_view doneAt, int utcOffsetMinutes) {
    if (doneAt.size() < 16 || doneAt[10] != 'T' || doneAt[13] != ':') {
        return std::nullopt;
    }
    const auto day = dayOf(doneAt.substr(0, 10));
    const auto hour = digits(doneAt.substr(11, 2));
    const auto minute = digits(doneAt.substr(14, 2));
    if (!day || !hour || !minute) {
        return std::nullopt;
    }
    const Day minutes = *day * kMinutesADay + *hour * 60 + *minute + utcOffsetMinutes;
    // Rounded down, also before 1970.
    return minutes >= 0 ? minutes / kMinutesADay : -((-minutes + kMinutesADay - 1) / kMinutesADay);
}

// Sets done per week back from today (rows) and per exercise of the session (columns), uncapped,
// and the day of the first record of the session's condition.
struct DoneByWeek {
    std::vector<std::vector<int>> sets;
    std::optional<Day> firstDay;
};

DoneByWeek doneByWeek(const KnowledgeBase& kb, const ExerciseSession& session,
                      const std::vector<ExerciseDone>& done, Day today, int utcOffsetMinutes) {
    DoneByWeek byWeek{std::vector<std::vector<int>>(kAdherenceWeeks,
                                                    std::vector<int>(session.exercises.size(), 0)),
                      std::nullopt};
    const std::string& condition = kb.conditions.at(session.condition).id;
    for (const ExerciseDone& record : done) {
        const auto day = localDayOf(record.doneAt, utcOffsetMinutes);
        if (record.condition != condition || !day || *day > today) {
            continue;
        }
        byWeek.firstDay = std::min(byWeek.firstDay.value_or(*day), *day);
        const Day week = (today - *day) / kDaysAWeek;
        const auto exercise =
            std::find_if(session.exercises.begin(), session.exercises.end(),
                         [&](const SessionExercise& planned) {
                             return kb.exercises[planned.exercise].id == record.exerciseId;
                         });
        if (week < kAdherenceWeeks && exercise != session.exercises.end()) {
            byWeek.sets[static_cast<std::size_t>(week)]
                       [static_cast<std::size_t>(exercise - session.exercises.begin())] +=
                record.setsDone;
        }
    }
    return byWeek;
}

} // namespace

Adherence adherence(const KnowledgeBase& kb, const ExerciseSession& session,
                    const std::vector<ExerciseDone>& done, std::string_view today,
                    int utcOffsetMinutes) {
    const auto todayDay = dayOf(today);
    if (!todayDay) {
        throw std::invalid_argument("today '" + std::string(today) +
                                    "' is not a calendar date written YYYY-MM-DD");
    }
    const DoneByWeek byWeek = doneByWeek(kb, session, done, *todayDay, utcOffsetMinutes);
    Adherence result;
    for (std::size_t week = 0; byWeek.firstDay && week < kAdherenceWeeks; ++week) {
        const Day lastDay = *todayDay - static_cast<Day>(week) * kDaysAWeek;
        if (lastDay < *byWeek.firstDay) {
            break;
        }
        WeekAdherence counted{dateText(lastDay - kDaysAWeek + 1), dateText(lastDay), 0, 0};
        for (std::size_t i = 0; i < session.exercises.size(); ++i) {
            const int planned = session.exercises[i].sets * session.exercises[i].daysPerWeek;
            counted.setsPlanned += planned;
            counted.setsDone += std::min(planned, byWeek.sets[week][i]);
        }
        result.setsPlanned += counted.setsPlanned;
        result.setsDone += counted.setsDone;
        result.weeks.push_back(std::move(counted));
    }
    return result;
}

std::optional<int> percentOf(int done, int planned) {
    if (planned <= 0) {
        return std::nullopt;
    }
    return (done * 200 + planned) / (planned * 2);
}

} // namespace kt
