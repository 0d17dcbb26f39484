#include "pdf_report.h"

#include "private_file.h"
#include "report_html.h"
#include "theme.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace kt::app {

QString writeDocumentPdf(QTextDocument& document, const QString& file, const QString& title) {
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
        writer.setResolution(150);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("KneeTriage"));
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        document.print(&writer);
    } // the writer finishes the PDF when it goes
    return writePrivateFile(file, pdf.data());
}

QString writePdfReport(AppContext& context, const TriageResult& result, const Answers& answers,
                       const QString& when, const QString& file,
                       const std::optional<OnsetStatement>& runsBeforePain) {
    QTextDocument document;
    document.setDefaultFont(paperFont());
    ReportOptions options;
    options.includeAnswers = true;
    options.includeBanner = true;
    options.includeScores = true;
    options.runsBeforePain = runsBeforePain;
    options.title = QCoreApplication::translate("PdfReport", "KneeTriage check of %1").arg(when);
    // Paper at 150 dpi shows a device-independent pixel as about two dots; three keep it sharp.
    options.kneePicture = kneePictureOf(context.kb, answers, 3.0);
    addReportPictures(context, result, options, document);
    document.setHtml(reportHtml(context, result, answers, options));
    return writeDocumentPdf(document, file, QStringLiteral("KneeTriage report"));
}

} // namespace kt::app
