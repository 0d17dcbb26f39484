#include "training_page.h"

#include "kneetriage/training/calendar.h"
#include "next_run_view.h"
#include "qt_date.h"
#include "qt_text.h"
#include "rating_scale.h"
#include "report_html.h"
#include "run_import.h"
#include "run_load_view.h"
#include "store_guard.h"
#include "ui_training_page.h"
#include "weekly_distance_chart.h"

#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMimeData>
#include <QRadioButton>
#include <QStandardPaths>
#include <cmath>

namespace kt::app {
namespace {

// Weeks on the chart: half a year, so that a bar stays wide enough to see and to point at.
constexpr std::size_t kChartWeeks = 26;
// Rows of the runs table; the chart and the history keep the rest.
constexpr std::size_t kRunsListed = 200;
constexpr int kCategoryColumn = 4;
// Days back the diary can be written for.
constexpr int kDiaryDays = 14;

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
    : QWidget(parent), ui_(std::make_unique<Ui::TrainingPage>()), context_(context),
      chart_(new WeeklyDistanceChart(this)),
      diaryPain_(new RatingScale(0, 10, tr("no pain"), tr("worst pain imaginable"), this)) {
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
    ui_->diaryPainLayout->insertWidget(0, diaryPain_);
    connect(ui_->noRunCheck, &QCheckBox::toggled, diaryPain_, &QWidget::setDisabled);
    connect(ui_->saveDiaryButton, &QPushButton::clicked, this, &TrainingPage::saveDiaryEntry);
    ui_->calendarTable->horizontalHeader()->hide();
    ui_->calendarTable->verticalHeader()->hide();
    ui_->calendarTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    ui_->calendarTable->setWordWrap(true);
    ui_->calendarTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    ui_->chartLayout->addWidget(chart_);
    chart_->setObjectName(QStringLiteral("weeklyChart"));
    ui_->runsTable->setColumnCount(5);
    ui_->runsTable->setHorizontalHeaderLabels(
        {tr("Day"), tr("Distance"), tr("Time"), tr("Against the longest"), tr("What it means")});
    ui_->runsTable->horizontalHeader()->setStretchLastSection(true);
    ui_->runsTable->verticalHeader()->hide();
}

TrainingPage::~TrainingPage() = default;

int TrainingPage::runCount() const {
    return ui_->runsTable->rowCount();
}

void TrainingPage::reload() {
    fillDiaryDays(); // the page may stay open past midnight
    std::vector<Run> runs;
    tryStore(this, tr("Reading your runs"), [&] { runs = context_.history.runs(); });
    showAdvice(runs);
    const TrainingData* data = context_.trainingData();
    const LoadSpikeRules* rules = data != nullptr ? &data->loadSpikes : nullptr;
    std::vector<RunLoad> loads;
    if (rules != nullptr) {
        loads = analyseLoad(std::move(runs), *rules);
    } else {
        for (Run& run : runs) {
            loads.push_back(
                RunLoad{std::move(run), std::nullopt, std::nullopt, SpikeCategory::NoEarlierRun});
        }
    }
    showRuns(loads, rules);
    chart_->setWeeks(rules != nullptr ? chartWeeks(loads, *rules, kChartWeeks)
                                      : std::vector<WeeklyDistanceChart::Week>{});
    ui_->loadHelpLabel->setText(rules == nullptr
                                    ? QString()
                                    : QStringLiteral("<p>%1</p><ul>%2</ul>")
                                          .arg(toQt(rules->workloadRatioHelp).toHtmlEscaped(),
                                               sourcesHtml(rules->workloadRatioSources)));
    chart_->setToolTip(rules == nullptr ? QString() : toQt(rules->help));
}

void TrainingPage::showAdvice(std::vector<Run> runs) {
    const TrainingData* data = context_.trainingData();
    std::optional<TrainingAdvice> advice;
    if (data != nullptr) {
        tryStore(this, tr("Reading your diary and your latest check"), [&] {
            advice = adviseTraining(*data, nextRunInputs(context_.history, std::move(runs),
                                                         dayOf(QDate::currentDate())));
        });
    }
    ui_->nextRunCard->setVisible(advice.has_value());
    // Nothing plan-like while the light is red: no diary, no plan, no distance.
    const bool plan = advice && advice->plan;
    for (QWidget* widget : std::initializer_list<QWidget*>{ui_->diaryGroup, ui_->planTitle,
                                                           ui_->planLabel, ui_->calendarTable}) {
        widget->setVisible(plan);
    }
    if (advice) {
        showLight(advice->light, plan);
    }
    if (plan) {
        showPlan(*advice->plan);
    }
}

// The light in its colour and in words, never the colour alone; why, with the sources.
void TrainingPage::showLight(const NextRunLight& light, bool withPlan) {
    const QColor colour = lightColour(light.light);
    ui_->lightLabel->setText(QStringLiteral("<span style='color:%1'>\u25CF</span> %2")
                                 .arg(colour.name(), lightWords(light.light).toHtmlEscaped()));
    ui_->lightLabel->setAccessibleName(tr("Next-run light: %1").arg(lightWords(light.light)));
    ui_->nextRunCard->setStyleSheet(
        QStringLiteral("QFrame#nextRunCard { border: 1px solid palette(mid); border-left: 6px "
                       "solid %1; border-radius: 6px; }")
            .arg(colour.name()));
    ui_->capsLabel->setText(light.light == Light::Red
                                ? tr("No run, diary or plan while the light is red, for the "
                                     "reasons below.")
                                : capsText(light, withPlan));
    ui_->reasonsLabel->setText(
        QStringLiteral("<ul style='margin-left:-20px'>%1</ul>").arg(textsHtml(light.reasons)));
}

// The step the runner is at, what moves them on, and the fortnight as a calendar.
void TrainingPage::showPlan(const PlanState& plan) {
    const PlanStep& step = plan.plan->steps[plan.step];
    ui_->planTitle->setText(toQt(plan.plan->name));
    ui_->planLabel->setText(
        QStringLiteral("<p><b>%1</b> %2</p><p>%3 %4</p><p>%5</p>")
            .arg(tr("Step %1 of %2:").arg(plan.step + 1).arg(plan.plan->steps.size()),
                 toQt(step.what).toHtmlEscaped(), tr("To move on:"),
                 toQt(step.criterion).toHtmlEscaped() +
                     (step.clinicianTests ? QLatin1Char(' ') + tr("(a clinician should test this)")
                                          : QString()),
                 toQt(plan.decision.rule.text).toHtmlEscaped()));
    QTableWidget* table = ui_->calendarTable;
    table->setRowCount(2);
    table->setColumnCount(7);
    for (std::size_t i = 0; i < plan.calendar.size() && i < 14; ++i) {
        const PlanDay& day = plan.calendar[i];
        const QString date = QLocale().toString(dateOf(day.day), tr("ddd d"));
        const QString what = !day.run ? tr("Rest")
                             : day.ifDiaryAllows
                                 ? tr("Step %1 if the diary allows").arg(day.step + 1)
                                 : tr("Step %1").arg(day.step + 1);
        auto* item = new QTableWidgetItem(date + QLatin1Char('\n') + what);
        item->setToolTip(day.run ? toQt(plan.plan->steps[day.step].what) : what);
        item->setTextAlignment(Qt::AlignCenter);
        if (day.run) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        table->setItem(static_cast<int>(i / 7), static_cast<int>(i % 7), item);
    }
    // Two weeks of days, each with room for its date and three lines of what it holds.
    const int row = fontMetrics().height() * 4;
    table->verticalHeader()->setDefaultSectionSize(row);
    table->setFixedHeight(row * 2 + 2 * table->frameWidth());
}

// The last fortnight, newest first; yesterday chosen, as the entry is written the morning after
// the run.
void TrainingPage::fillDiaryDays() {
    const QDate today = QDate::currentDate();
    ui_->diaryDayCombo->clear();
    for (int back = 0; back < kDiaryDays; ++back) {
        const QDate day = today.addDays(-back);
        const QString date = QLocale().toString(day, tr("ddd d MMM"));
        ui_->diaryDayCombo->addItem(back == 0   ? tr("Today, %1").arg(date)
                                    : back == 1 ? tr("Yesterday, %1").arg(date)
                                                : date,
                                    day);
    }
    ui_->diaryDayCombo->setCurrentIndex(1);
}

void TrainingPage::saveDiaryEntry() {
    if (!ui_->noRunCheck->isChecked() && !diaryPain_->value()) {
        ui_->diaryStatusLabel->setText(
            tr("Choose the worst pain during the run, or tick No run that day."));
        return;
    }
    const auto against = [](const QRadioButton* better, const QRadioButton* worse) {
        return better->isChecked()  ? AgainstUsual::Better
               : worse->isChecked() ? AgainstUsual::Worse
                                    : AgainstUsual::Usual;
    };
    DiaryEntry entry;
    const QDate day = ui_->diaryDayCombo->currentData().toDate();
    entry.date = toCore(day.toString(Qt::ISODate));
    if (!ui_->noRunCheck->isChecked()) {
        entry.painDuringRun = diaryPain_->value();
    }
    entry.morningPain = against(ui_->painBetter, ui_->painWorse);
    entry.morningStiffness = against(ui_->stiffBetter, ui_->stiffWorse);
    if (tryStore(this, tr("Saving the diary entry"),
                 [&] { context_.history.saveDiaryEntry(entry); })) {
        ui_->diaryStatusLabel->setText(
            tr("Saved for %1.").arg(QLocale().toString(day, QLocale::LongFormat)));
        reload();
    }
}

// Newest first, as a training log reads; a spike is marked in words, never by colour alone.
void TrainingPage::showRuns(const std::vector<RunLoad>& loads, const LoadSpikeRules* rules) {
    QTableWidget* table = ui_->runsTable;
    const std::size_t shown = std::min(loads.size(), kRunsListed);
    table->setRowCount(static_cast<int>(shown));
    for (std::size_t i = 0; i < shown; ++i) {
        const RunLoad& load = loads[loads.size() - 1 - i];
        const QStringList cells{
            QLocale().toString(dateOf(localDay(load.run)), tr("ddd d MMM yyyy")),
            tr("%1 km").arg(QLocale().toString(load.run.distanceMetres / 1000, 'f', 1)),
            duration(load.run.movingSeconds), ratioWords(load),
            rules != nullptr ? categoryWords(load, *rules) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(column == kCategoryColumn && load.isSpike()
                                                  ? QStringLiteral("▲ ") + cells[column]
                                                  : cells[column]);
            item->setToolTip(cells[column]);
            if (load.isSpike()) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            table->setItem(static_cast<int>(i), column, item);
        }
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

// "N runs added, M already stored, K not runs", what was not read and why first.
QString TrainingPage::summaryText(const ImportSummary& summary) {
    QStringList parts{
        counted(static_cast<long long>(summary.added), tr("%1 run added"), tr("%1 runs added")),
        counted(static_cast<long long>(summary.alreadyStored), tr("%1 already stored"),
                tr("%1 already stored")),
        counted(static_cast<long long>(summary.notRunning), tr("%1 activity that is not a run"),
                tr("%1 activities that are not runs"))};
    if (!summary.problems.isEmpty()) {
        parts << counted(summary.problems.size(), tr("problems with %1 file, listed below"),
                         tr("problems with %1 files, listed below"));
    }
    QString text = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (summary.archives > 0) {
        text = counted(static_cast<long long>(summary.archives),
                       tr("%1 .zip file not read: unzip it first, then import the "
                          "folder it gives."),
                       tr("%1 .zip files not read: unzip them first, then import "
                          "the folders they give.")) +
               QLatin1Char(' ') + text;
    }
    if (summary.cancelled) {
        text = tr("Import cancelled; the runs of the files read before are kept.") +
               QLatin1Char(' ') + text;
    }
    return text;
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
