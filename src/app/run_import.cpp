#include "run_import.h"

#include "qt_text.h"

#include <QThread>

namespace kt::app {
namespace {

// The files to read, in order: a folder's as the importer would read them, anything else as
// given (the importer names what is wrong with it). A folder that cannot be listed is left to the
// importer whole, to say why.
std::vector<std::filesystem::path> listFiles(const std::vector<std::filesystem::path>& paths) {
    std::vector<std::filesystem::path> files;
    for (const auto& path : paths) {
        std::error_code error;
        if (!std::filesystem::is_directory(path, error)) {
            files.push_back(path);
            continue;
        }
        const auto listed = filesToImport(path, error);
        if (error) {
            files.push_back(path);
        } else {
            files.insert(files.end(), listed.begin(), listed.end());
        }
    }
    return files;
}

} // namespace

RunImport::RunImport(HistoryStore& history, std::vector<std::filesystem::path> paths,
                     std::int64_t nowUtc, QObject* parent)
    : QObject(parent), history_(history) {
    // The reading thread touches only its own copies and the cancel flag; what it finds comes
    // back to this object's thread as queued calls.
    thread_ = QThread::create([this, paths = std::move(paths), nowUtc] {
        const auto files = listFiles(paths);
        const int total = static_cast<int>(files.size());
        QMetaObject::invokeMethod(this, [this, total] { emit progressed(0, total); });
        RunImporter importer(ImportOptions{.nowUtc = nowUtc});
        int done = 0;
        for (const auto& file : files) {
            if (cancelled_) {
                break;
            }
            importer.importPath(file, [this](const FileImport& outcome) {
                QMetaObject::invokeMethod(this, [this, outcome] { store(outcome); });
            });
            ++done;
            QMetaObject::invokeMethod(this, [this, done, total] { emit progressed(done, total); });
        }
        const bool stopped = done < total;
        QMetaObject::invokeMethod(this, [this, stopped] { finish(stopped); });
    });
    thread_->setParent(this);
}

RunImport::~RunImport() {
    cancel();
    thread_->wait();
}

void RunImport::start() {
    thread_->start();
}

void RunImport::cancel() {
    cancelled_ = true;
}

void RunImport::store(const FileImport& file) {
    ++summary_.files;
    summary_.notRunning += file.notRunning;
    summary_.alreadyStored += file.duplicates;
    if (isArchiveName(file.file)) {
        ++summary_.archives;
    }
    if (file.problem) {
        summary_.problems << toQt(file.problem->describe());
        return;
    }
    if (file.runs.empty()) {
        return;
    }
    try {
        const StoredRuns stored = history_.addRuns(file.runs);
        summary_.added += stored.added;
        summary_.alreadyStored += stored.alreadyStored;
    } catch (const std::exception& error) {
        summary_.problems << QStringLiteral("%1: %2").arg(toQt(file.file.string()),
                                                          toQt(error.what()));
    }
}

void RunImport::finish(bool cancelled) {
    summary_.cancelled = cancelled;
    emit finished(summary_);
}

} // namespace kt::app
