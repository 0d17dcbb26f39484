#include "results_page.h"

#include "adherence_text.h"
#include "disposition_style.h"
#include "pdf_report.h"
#include "report_html.h"
#include "saved_check_html.h"
#include "theme.h"
#include "ui_results_page.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QFileDialog>
#include <QMessageBox>
#include <QScrollBar>
#include <QStandardPaths>

namespace kt::app {

ResultsPage::ResultsPage(AppContext& context, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::ResultsPage>()), context_(context) {
    ui_->setupUi(this);
    connect(ui_->homeButton, &QPushButton::clicked, this, &ResultsPage::homeRequested);
    connect(ui_->changeButton, &QPushButton::clicked, this, &ResultsPage::changeRequested);
    connect(ui_->trainingButton, &QPushButton::clicked, this, &ResultsPage::trainingRequested);
    connect(ui_->pdfButton, &QPushButton::clicked, this, &ResultsPage::choosePdfFile);
    connect(ui_->rerunButton, &QPushButton::clicked, this, &ResultsPage::rerunSavedCheck);
    connect(ui_->startExercisesButton, &QPushButton::clicked, this, [this] {
        if (result_ && answers_) {
            emit exercisesRequested(*result_, *answers_);
        }
    });
    connect(ui_->resultBrowser, &QTextBrowser::anchorClicked, this, &ResultsPage::followLink);
    ui_->rerunButton->hide();
}

ResultsPage::~ResultsPage() = default;

void ResultsPage::showBanner(Disposition disposition) {
    banner_ = disposition;
    const DispositionStyle style = styleOf(context_.kb, disposition);
    // The headline a step above the text, the sentence of what to do and by when below it.
    ui_->dispositionBanner->setText(
        QStringLiteral("<div style='font-size:x-large; font-weight:600'>%1</div>"
                       "<div style='margin-top:4px'>%2</div>")
            .arg(style.headline.toHtmlEscaped(), style.action.toHtmlEscaped()));
    ui_->dispositionBanner->setMargin(spacing(Space::Medium));
    ui_->dispositionBanner->setStyleSheet(
        QStringLiteral("QLabel#dispositionBanner { border-radius: 6px; background: %1; color: %2; "
                       "border: 2px solid %3; }")
            .arg(style.background.name(), style.text.name(),
                 // a frame that stands out from the page in every palette
                 palette().color(QPalette::Window).lightness() < 128
                     ? palette().color(QPalette::WindowText).name()
                     : style.background.name()));
}

void ResultsPage::render() {
    QTextBrowser* browser = ui_->resultBrowser;
    const int scrolled = browser->verticalScrollBar()->value();
    if (saved_) {
        browser->setHtml(savedResultHtml(context_.kb, saved_->saved));
    } else if (result_ && answers_) {
        ReportOptions options;
        options.foldReasons = true;
        options.openReasons = openReasons_;
        options.runsBeforePain = runsBeforePain_;
        options.colours = screenColours(palette());
        options.kneePicture = kneePictureOf(context_.kb, *answers_, devicePixelRatioF());
        addReportPictures(context_, *result_, options, *browser->document());
        browser->setHtml(changesHtml_ + reportHtml(context_, *result_, *answers_, options));
    }
    browser->verticalScrollBar()->setValue(scrolled);
}

void ResultsPage::followLink(const QUrl& url) {
    if (url.scheme() != QLatin1String(kFoldScheme)) {
        QDesktopServices::openUrl(url);
        return;
    }
    const QString id = url.path();
    if (!openReasons_.removeOne(id)) {
        openReasons_ << id;
    }
    render();
}

void ResultsPage::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && banner_) {
        showBanner(*banner_);
        render();
    }
}

void ResultsPage::showResult(const TriageResult& result, const Answers& answers,
                             const QString& when, bool canChange) {
    result_ = result;
    answers_ = answers;
    when_ = when;
    runsBeforePain_ = canChange ? runsBeforePainOf(context_, answers, QDateTime::currentDateTime())
                                : std::nullopt;
    saved_.reset();
    changesHtml_.clear();
    openReasons_.clear();
    showBanner(result.disposition);
    ui_->resultBrowser->verticalScrollBar()->setValue(0);
    render();
    ui_->changeButton->setVisible(canChange);
    ui_->rerunButton->hide();
    ui_->startExercisesButton->setVisible(sessionFor(context_.kb, result, answers).has_value());
    ui_->pdfButton->setEnabled(true);
    ui_->pdfButton->setFocus();
}

void ResultsPage::showSavedCheck(const ReopenedCheck& check, const QString& when) {
    if (check.todayIsAsSaved) {
        showResult(check.today, check.answers, when, false);
        return;
    }
    result_.reset();
    answers_.reset();
    when_ = when;
    saved_ = check;
    showBanner(check.saved.disposition);
    ui_->resultBrowser->verticalScrollBar()->setValue(0);
    render();
    ui_->changeButton->hide();
    ui_->startExercisesButton->hide();
    ui_->rerunButton->show();
    // The PDF is made from a result in today's terms: re-run first, so it never mixes the two.
    ui_->pdfButton->setEnabled(false);
    ui_->rerunButton->setFocus();
}

void ResultsPage::rerunSavedCheck() {
    if (!saved_) {
        return;
    }
    const ReopenedCheck check = *saved_;
    showResult(check.today, check.answers, when_, false);
    changesHtml_ = changesHtml(context_.kb, check.saved,
                               compareWithSaved(check.saved, context_.kb, check.today));
    render();
}

QString ResultsPage::exportPdf(const QString& file) {
    if (!result_ || !answers_) {
        return tr("There is no result to export.");
    }
    return writePdfReport(context_, *result_, *answers_, when_, file, runsBeforePain_);
}

void ResultsPage::choosePdfFile() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save report as PDF"), folder + QStringLiteral("/kneetriage-report.pdf"),
        tr("PDF files (*.pdf)"));
    if (file.isEmpty()) {
        return;
    }
    const QString error = exportPdf(file);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Could not save the report"), error);
    }
}

} // namespace kt::app
