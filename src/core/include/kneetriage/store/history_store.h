#pragma once

#include "kneetriage/io/check_record.h"
#include "kneetriage/runs/run.h"
#include "kneetriage/store/sqlite_database.h"
#include "kneetriage/training/diary_entry.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kt {

// The schema version of the history database, kept in PRAGMA user_version.
inline constexpr int kHistorySchemaVersion = 3;

// One finished check as saved on this machine, with the pain rating its chart shows.
struct SavedCheck : CheckRecord {
    std::int64_t id = 0;
    std::optional<int> painScore;
};

// What storing one file's runs did.
struct StoredRuns {
    std::size_t added = 0;
    std::size_t alreadyStored = 0; // the same run (isSameRun) was in the history before
};

// The user's saved checks, imported runs, pain diary and done exercises: a SQLite file in WAL mode,
// readable by its owner only. A file that is not a history database this version can use is never
// written to: it is moved aside and a new one started, and `notice()` says what happened so the
// user can be told.
class HistoryStore {
  public:
    explicit HistoryStore(const std::filesystem::path& file);

    // Saves durably: when this returns, the check survives a crash or power cut.
    std::int64_t save(const SavedCheck& check);
    [[nodiscard]] std::vector<SavedCheck> list();
    [[nodiscard]] std::int64_t count();
    [[nodiscard]] std::optional<SavedCheck> find(std::int64_t id);
    void remove(std::int64_t id);

    // Stores one file's runs in one transaction, so that a crash or a full disk leaves all of
    // them or none; a run the history already holds (isSameRun) is not stored twice.
    StoredRuns addRuns(std::span<const Run> runs);
    // Every stored run, oldest first.
    [[nodiscard]] std::vector<Run> runs();

    // Keeps the diary entry for its day, replacing one saved for that day before (the runner
    // corrected it). Throws std::invalid_argument for a date that is not YYYY-MM-DD or a pain
    // outside 0-10, before anything is written.
    void saveDiaryEntry(const DiaryEntry& entry);
    // Every diary entry, oldest day first.
    [[nodiscard]] std::vector<DiaryEntry> diary();

    // Keeps one exercise marked done. Throws std::invalid_argument for negative sets or more sets
    // done than planned, before anything is written.
    void addExerciseDone(const ExerciseDone& done);
    // Every exercise marked done, oldest first.
    [[nodiscard]] std::vector<ExerciseDone> exercisesDone();

    [[nodiscard]] const std::optional<std::string>& notice() const { return notice_; }

  private:
    std::optional<std::string> notice_;
    std::unique_ptr<Database> database_;
};

} // namespace kt
