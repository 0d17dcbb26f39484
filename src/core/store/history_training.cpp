// The history's training part: the pain diary and the exercises marked done.
#include "kneetriage/store/history_store.h"
#include "kneetriage/training/calendar.h"

#include <stdexcept>

namespace kt {
namespace {

void checkEntry(const DiaryEntry& entry) {
    if (!parseIsoDate(entry.date)) {
        throw std::invalid_argument("diary entry: the day '" + entry.date +
                                    "' is not a calendar date written YYYY-MM-DD");
    }
    if (entry.painDuringRun && (*entry.painDuringRun < 0 || *entry.painDuringRun > 10)) {
        throw std::invalid_argument("diary entry " + entry.date + ": pain during the run is " +
                                    std::to_string(*entry.painDuringRun) + ", expected 0 to 10");
    }
}

void checkDone(const ExerciseDone& done) {
    if (done.setsPlanned < 0 || done.setsDone < 0 || done.setsDone > done.setsPlanned) {
        throw std::invalid_argument("exercise " + done.exerciseId + ": " +
                                    std::to_string(done.setsDone) + " sets done of " +
                                    std::to_string(done.setsPlanned) +
                                    " planned, expected 0 to the sets planned");
    }
}

AgainstUsual againstUsualOf(const Statement& row, int column) {
    // The table's CHECK constraint admits only the three ids.
    return againstUsualFromId(row.text(column)).value_or(AgainstUsual::Worse);
}

} // namespace

void HistoryStore::saveDiaryEntry(const DiaryEntry& entry) {
    checkEntry(entry);
    auto upsert = database_->prepare(
        "INSERT INTO diary (day, pain_during_run, morning_pain, morning_stiffness, note) VALUES "
        "(?, ?, ?, ?, ?) ON CONFLICT (day) DO UPDATE SET pain_during_run = "
        "excluded.pain_during_run, morning_pain = excluded.morning_pain, morning_stiffness = "
        "excluded.morning_stiffness, note = excluded.note");
    upsert.bind(1, entry.date);
    if (entry.painDuringRun) {
        upsert.bind(2, std::int64_t{*entry.painDuringRun});
    }
    upsert.bind(3, againstUsualId(entry.morningPain))
        .bind(4, againstUsualId(entry.morningStiffness))
        .bind(5, entry.note);
    try {
        upsert.run();
    } catch (const DatabaseError& error) {
        throw DatabaseError("could not save the diary entry of " + entry.date +
                            " (entries saved before are kept): " + error.what());
    }
}

std::vector<DiaryEntry> HistoryStore::diary() {
    auto query = database_->prepare("SELECT day, pain_during_run, morning_pain, "
                                    "morning_stiffness, note FROM diary ORDER BY day");
    std::vector<DiaryEntry> entries;
    while (query.step()) {
        DiaryEntry entry;
        entry.date = query.text(0);
        if (!query.isNull(1)) {
            entry.painDuringRun = static_cast<int>(query.integer(1));
        }
        entry.morningPain = againstUsualOf(query, 2);
        entry.morningStiffness = againstUsualOf(query, 3);
        entry.note = query.text(4);
        entries.push_back(std::move(entry));
    }
    return entries;
}

void HistoryStore::addExerciseDone(const ExerciseDone& done) {
    checkDone(done);
    auto insert = database_->prepare("INSERT INTO exercises_done (done_at, condition, exercise, "
                                     "sets_planned, sets_done) VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, done.doneAt)
        .bind(2, done.condition)
        .bind(3, done.exerciseId)
        .bind(4, std::int64_t{done.setsPlanned})
        .bind(5, std::int64_t{done.setsDone});
    try {
        insert.run();
    } catch (const DatabaseError& error) {
        throw DatabaseError("could not save the exercise " + done.exerciseId +
                            " as done (those saved before are kept): " + error.what());
    }
}

std::vector<ExerciseDone> HistoryStore::exercisesDone() {
    auto query = database_->prepare("SELECT done_at, condition, exercise, sets_planned, sets_done "
                                    "FROM exercises_done ORDER BY done_at, id");
    std::vector<ExerciseDone> done;
    while (query.step()) {
        done.push_back({query.text(0), query.text(1), query.text(2),
                        static_cast<int>(query.integer(3)), static_cast<int>(query.integer(4))});
    }
    return done;
}

} // namespace kt
