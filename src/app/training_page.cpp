#include "training_page.h"

#include "qt_text.h"
#include "run_import.h"
#include "store_guard.h"
#include "ui_training_page.h"

#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMimeData>
#include <QStandardPaths>
#include <cmath>

namespace kt::app {
namespace {

// "N runs added, M already stored, K not runs", what was not read and why first.
QString summaryText(const ImportSummary& summary) {
    QStringList parts{counted(static_cast<long long>(summary.added),
                              TrainingPage::tr("%1 run added"), TrainingPage::tr("%1 runs added")),
                      counted(static_cast<long long>(summary.alreadyStored),
                              TrainingPage::tr("%1 already stored"),
                              TrainingPage::tr("%1 already stored")),
                      counted(static_cast<long long>(summary.notRunning),
                              TrainingPage::tr("%1 activity that is not a run"),
                              TrainingPage::tr("%1 activities that are not runs"))};
    if (!summary.problems.isEmpty()) {
        parts << counted(summary.problems.size(),
                         TrainingPage::tr("problems with %1 file, listed below"),
                         TrainingPage::tr("problems with %1 files, listed below"));
    }
    QString text = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (summary.archives > 0) {
        text = counted(static_cast<long long>(summary.archives),
                       TrainingPage::tr("%1 .zip file not read: unzip it first, then import the "
                                        "folder it gives."),
                       TrainingPage::tr("%1 .zip files not read: unzip them first, then import "
                                        "the folders they give.")) +
               QLatin1Char(' ') + text;
    }
    if (summary.cancelled) {
        text = TrainingPage::tr("Import cancelled; the runs of the files read before are kept.") +
               QLatin1Char(' ') + text;
    }
    return text;
}

// "1:02:03" or "42:05".
QString duration(double seconds) {
    const auto total = static_cast<long long>(std::llround(seconds));
    const long long hours = total / 3600;
    const QString minutesAndSeconds =
        QStringLiteral("%1:%2")
            .arg(hours > 0 ? QStringLiteral("%1").arg(total / 60 % 60, 2, 10, QLatin1Char('0'))
                           : QString::number(total / 60))
            .arg(total % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QString::number(hours) + QLatin1Char(':') + minutesAndSeconds
                     : minutesAndSeconds;
}

} // namespace

TrainingPage::TrainingPage(AppContext& context, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::TrainingPage>()), context_(context) {
    ui_->setupUi(this);
    connect(ui_->backButton, &QPushButton::clicked, this, &TrainingPage::backRequested);
    connect(ui_->importFilesButton, &QPushButton::clicked, this, &TrainingPage::chooseFiles);
    connect(ui_->importFolderButton, &QPushButton::clicked, this, &TrainingPage::chooseFolder);
    connect(ui_->cancelImportButton, &QPushButton::clicked, this, [this] {
        if (import_ != nullptr) {
            import_->cancel();
            ui_->cancelImportButton->setEnabled(false);
            ui_->summaryLabel->setText(tr("Stopping after the file being read…"));
        }
    });
    ui_->importStatus->hide();
    ui_->problemsList->hide();
    ui_->runsTable->setColumnCount(4);
    ui_->runsTable->setHorizontalHeaderLabels(
        {tr("Day"), tr("Distance"), tr("Time"), tr("Against your longest of the 30 days before")});
    ui_->runsTable->horizontalHeader()->setStretchLastSection(true);
    ui_->runsTable->verticalHeader()->hide();
}

TrainingPage::~TrainingPage() = default;

int TrainingPage::runCount() const {
    return ui_->runsTable->rowCount();
}

void TrainingPage::reload() {
    std::vector<Run> runs;
    tryStore(this, tr("Reading your runs"), [&] { runs = context_.history.runs(); });
    showRuns(runs);
}

// Newest first, as a training log reads.
void TrainingPage::showRuns(const std::vector<Run>& runs) {
    QTableWidget* table = ui_->runsTable;
    table->setRowCount(static_cast<int>(runs.size()));
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const Run& run = runs[runs.size() - 1 - i];
        const QDateTime start = QDateTime::fromSecsSinceEpoch(run.startUtc, Qt::OffsetFromUTC,
                                                              run.utcOffsetSeconds.value_or(0));
        const int row = static_cast<int>(i);
        table->setItem(
            row, 0, new QTableWidgetItem(QLocale().toString(start.date(), tr("ddd d MMM yyyy"))));
        table->setItem(row, 1,
                       new QTableWidgetItem(
                           tr("%1 km").arg(QLocale().toString(run.distanceMetres / 1000, 'f', 1))));
        table->setItem(row, 2, new QTableWidgetItem(duration(run.movingSeconds)));
    }
    table->resizeColumnsToContents();
}

void TrainingPage::chooseFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import runs from files"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Activity files (*.fit *.gpx *.tcx *.gz *.FIT *.GPX *.TCX);;All files (*)"));
    importPaths(files);
}

void TrainingPage::chooseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import every run in a folder"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (!folder.isEmpty()) {
        importPaths({folder});
    }
}

void TrainingPage::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() && import_ == nullptr) {
        event->acceptProposedAction();
    }
}

void TrainingPage::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    event->acceptProposedAction();
    importPaths(paths);
}

void TrainingPage::importPaths(const QStringList& paths) {
    if (paths.isEmpty() || import_ != nullptr) {
        return;
    }
    std::vector<std::filesystem::path> files;
    for (const QString& path : paths) {
        files.emplace_back(toCore(path));
    }
    import_ =
        new RunImport(context_.history, std::move(files), QDateTime::currentSecsSinceEpoch(), this);
    connect(import_, &RunImport::progressed, this, &TrainingPage::showProgress);
    connect(import_, &RunImport::finished, this, &TrainingPage::showSummary);
    ui_->importFilesButton->setEnabled(false);
    ui_->importFolderButton->setEnabled(false);
    ui_->cancelImportButton->setEnabled(true);
    ui_->importProgress->setRange(0, 0); // busy until the folders are listed
    ui_->importStatus->show();
    ui_->problemsList->hide();
    ui_->summaryLabel->setText(tr("Looking for activity files…"));
    import_->start();
}

void TrainingPage::showProgress(int done, int total) {
    ui_->importProgress->setRange(0, total);
    ui_->importProgress->setValue(done);
    if (ui_->cancelImportButton->isEnabled()) {
        ui_->summaryLabel->setText(tr("Reading file %1 of %2…").arg(done + 1).arg(total));
    }
}

void TrainingPage::showSummary(const ImportSummary& summary) {
    import_->deleteLater();
    import_ = nullptr;
    ui_->importStatus->hide();
    ui_->importFilesButton->setEnabled(true);
    ui_->importFolderButton->setEnabled(true);
    ui_->summaryLabel->setText(summaryText(summary));
    ui_->problemsList->clear();
    ui_->problemsList->addItems(summary.problems);
    ui_->problemsList->setVisible(!summary.problems.isEmpty());
    reload();
    emit importFinished();
}

} // namespace kt::app
