#include "results_page.h"

#include "disposition_style.h"
#include "pdf_report.h"
#include "report_html.h"
#include "saved_check_html.h"
#include "ui_results_page.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace kt::app {

ResultsPage::ResultsPage(AppContext& context, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::ResultsPage>()), context_(context) {
    ui_->setupUi(this);
    connect(ui_->homeButton, &QPushButton::clicked, this, &ResultsPage::homeRequested);
    connect(ui_->changeButton, &QPushButton::clicked, this, &ResultsPage::changeRequested);
    connect(ui_->pdfButton, &QPushButton::clicked, this, &ResultsPage::choosePdfFile);
    connect(ui_->rerunButton, &QPushButton::clicked, this, &ResultsPage::rerunSavedCheck);
    ui_->rerunButton->hide();
}

ResultsPage::~ResultsPage() = default;

void ResultsPage::showBanner(Disposition disposition) {
    const DispositionStyle style = styleOf(context_.kb, disposition);
    ui_->dispositionBanner->setText(
        QStringLiteral("%1<br><span style='font-size:11pt;font-weight:400'>%2</span>")
            .arg(style.headline.toHtmlEscaped(), style.action.toHtmlEscaped()));
    ui_->dispositionBanner->setStyleSheet(
        QStringLiteral(
            "font-size: 15pt; font-weight: 600; border-radius: 6px; background: %1; color: %2;")
            .arg(style.background.name(), style.text.name()));
}

void ResultsPage::showResult(const TriageResult& result, const Answers& answers,
                             const QString& when, bool canChange) {
    result_ = result;
    answers_ = answers;
    when_ = when;
    saved_.reset();
    showBanner(result.disposition);
    QTextDocument* document = ui_->resultBrowser->document();
    addExercisePictures(context_, result, *document);
    ui_->resultBrowser->setHtml(reportHtml(context_, result, answers, ReportOptions{}));
    ui_->changeButton->setVisible(canChange);
    ui_->rerunButton->hide();
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
    ui_->resultBrowser->setHtml(savedResultHtml(context_.kb, check.saved));
    ui_->changeButton->hide();
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
    const QString changes = changesHtml(context_.kb, check.saved,
                                        compareWithSaved(check.saved, context_.kb, check.today));
    ui_->resultBrowser->setHtml(changes +
                                reportHtml(context_, check.today, check.answers, ReportOptions{}));
}

QString ResultsPage::exportPdf(const QString& file) {
    if (!result_ || !answers_) {
        return tr("There is no result to export.");
    }
    return writePdfReport(context_, *result_, *answers_, when_, file);
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
