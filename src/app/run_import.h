#pragma once

#include "kneetriage/runs/run_importer.h"
#include "kneetriage/store/history_store.h"

#include <QObject>
#include <QStringList>
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

class QThread;

namespace kt::app {

// What an import did, for the summary the page shows.
struct ImportSummary {
    std::size_t files = 0;
    std::size_t added = 0;
    // In the history before, or the same run in two of the files imported.
    std::size_t alreadyStored = 0;
    std::size_t notRunning = 0;
    // .zip files, which are not read (also among the problems).
    std::size_t archives = 0;
    // One per file that gave no runs: "file: what was wrong".
    QStringList problems;
    bool cancelled = false;
};

// One import of files and folders. The files are read on a thread of their own, one at a time
// as the importer reads them; each file's runs are stored from the thread that made the import,
// the one the history store belongs to, so the store is never used from two threads and the
// window stays responsive. A cancel stops after the file being read; every file read before it
// is stored.
class RunImport : public QObject {
    Q_OBJECT

  public:
    // `nowUtc` (seconds since 1970) for the importer, which reads no clock.
    RunImport(HistoryStore& history, std::vector<std::filesystem::path> paths, std::int64_t nowUtc,
              QObject* parent = nullptr);
    // Stops the reading after the current file and waits for it.
    ~RunImport() override;
    RunImport(const RunImport&) = delete;
    RunImport& operator=(const RunImport&) = delete;

    void start();
    void cancel();

  signals:
    // `total` is known once the folders have been listed.
    void progressed(int done, int total);
    void finished(const kt::app::ImportSummary& summary);

  private:
    void store(const FileImport& file);
    void finish(bool cancelled);

    HistoryStore& history_;
    ImportSummary summary_;
    QThread* thread_;
    std::atomic<bool> cancelled_{false};
};

} // namespace kt::app
