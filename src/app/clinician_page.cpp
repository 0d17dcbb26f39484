#include "clinician_page.h"

#include "disposition_style.h"
#include "html_text.h"
#include "kneetriage/engine/triage.h"
#include "kneetriage/fhir/fhir.h"
#include "kneetriage/io/answers_reader.h"
#include "kneetriage/io/answers_writer.h"
#include "kneetriage/io/result_json.h"
#include "kneetriage/io/result_reader.h"
#include "kneetriage/store/clinic_exchange.h"
#include "pdf_report.h"
#include "private_file.h"
#include "qt_text.h"
#include "score_chart_widget.h"
#include "store_guard.h"
#include "ui_clinician_page.h"

#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextDocument>
#include <map>

namespace kt::app {
namespace {

using nlohmann::json;

std::optional<Answers> answersOf(const KnowledgeBase& kb, const Visit& visit) {
    AnswersResult answers = readAnswersText(kb, "visit", visit.answersJson);
    if (auto* read = std::get_if<Answers>(&answers)) {
        return std::move(*read);
    }
    return std::nullopt;
}

// Scores of every scale of every measure at one visit: "<measure>/<scale>" -> score.
std::map<std::string, double> scoresOf(const std::vector<Measure>& measures, const Visit& visit) {
    std::map<std::string, double> scores;
    const json given = json::parse(visit.measuresJson, nullptr, false);
    for (const Measure& measure : measures) {
        if (!given.is_object() || !given.contains(measure.id)) {
            continue;
        }
        const ScoresResult scored = scoreMeasure(measure, given.at(measure.id));
        if (const auto* list = std::get_if<std::vector<ScaleScore>>(&scored)) {
            for (const ScaleScore& score : *list) {
                if (score.score) {
                    scores[measure.id + "/" + score.scale] = *score.score;
                }
            }
        }
    }
    return scores;
}

QString when(const Visit& visit) {
    return QLocale().toString(
        QDateTime::fromString(toQt(visit.createdAt), Qt::ISODate).toLocalTime(),
        QLocale::ShortFormat);
}

} // namespace

ClinicianPage::ClinicianPage(AppContext& context, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::ClinicianPage>()), context_(context),
      chart_(new ScoreChartWidget(this)) {
    ui_->setupUi(this);
    ui_->chartLayout->addWidget(chart_);
    connect(ui_->visitCombo, &QComboBox::currentIndexChanged, this, &ClinicianPage::showVisit);
    connect(ui_->patientsButton, &QPushButton::clicked, this, &ClinicianPage::patientsRequested);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    connect(ui_->pdfButton, &QPushButton::clicked, this, [this, documents] {
        chooseFile(tr("Export summary as PDF"),
                   documents + QStringLiteral("/kneetriage-summary.pdf"), tr("PDF files (*.pdf)"),
                   &ClinicianPage::exportPdf, true);
    });
    connect(ui_->fhirButton, &QPushButton::clicked, this, [this, documents] {
        chooseFile(tr("Export visit as FHIR QuestionnaireResponse"),
                   documents + QStringLiteral("/kneetriage-visit.fhir.json"),
                   tr("FHIR JSON (*.json)"), &ClinicianPage::exportFhir, true);
    });
    connect(ui_->csvButton, &QPushButton::clicked, this, [this, documents] {
        chooseFile(tr("Export visits as CSV"), documents + QStringLiteral("/kneetriage-visits.csv"),
                   tr("CSV files (*.csv)"), &ClinicianPage::exportCsv, true);
    });
    connect(ui_->importButton, &QPushButton::clicked, this, [this, documents] {
        chooseFile(tr("Import a FHIR QuestionnaireResponse"), documents, tr("FHIR JSON (*.json)"),
                   &ClinicianPage::importFhir, false);
    });
}

ClinicianPage::~ClinicianPage() = default;

int ClinicianPage::visitCount() const {
    return static_cast<int>(visits_.size());
}

QString ClinicianPage::summaryText() const {
    return ui_->summaryBrowser->toPlainText();
}

void ClinicianPage::showPatient(std::int64_t patientId) {
    patientId_ = patientId;
    visits_.clear();
    std::optional<Patient> patient;
    tryStore(this, tr("Opening the patient's visits"), [&] {
        visits_ = context_.clinic().visits(patientId);
        patient = context_.clinic().patient(patientId);
    });
    patientReference_ = patient ? patient->reference : std::string();
    // Typed by a person: shown as plain text (never markup) and isolated, so right-to-left
    // marks in it cannot reorder what follows.
    ui_->patientLabel->setTextFormat(Qt::PlainText);
    ui_->patientLabel->setText(
        !patient ? QString()
        : patient->unreadable
            ? tr("Patient record %1 cannot be read: it was changed outside KneeTriage")
                  .arg(patientId)
            : QChar(0x2068) + toQt(patient->reference) + QChar(0x2069) +
                  (patient->birthYear ? tr(", born %1").arg(*patient->birthYear) : QString()));
    const QSignalBlocker blocker(ui_->visitCombo);
    ui_->visitCombo->clear();
    for (std::size_t i = 0; i < visits_.size(); ++i) {
        ui_->visitCombo->addItem(tr("Visit %1, %2").arg(i + 1).arg(when(visits_[i])));
    }
    ui_->visitCombo->setCurrentIndex(static_cast<int>(visits_.size()) - 1);
    showVisit(ui_->visitCombo->currentIndex());
    updateChart();
}

void ClinicianPage::showVisit(int index) {
    const bool any = index >= 0 && index < static_cast<int>(visits_.size());
    ui_->summaryBrowser->setHtml(any ? summaryHtml(static_cast<std::size_t>(index))
                                     : tr("<p>No visits yet.</p>"));
    for (QPushButton* button : {ui_->pdfButton, ui_->fhirButton, ui_->csvButton}) {
        button->setEnabled(any);
    }
}

namespace {

QString bannerHtml(const KnowledgeBase& kb, const Visit& visit) {
    const auto disposition =
        dispositionFromId(visit.disposition).value_or(Disposition::SeeClinician);
    const DispositionStyle style = styleOf(kb, disposition);
    return QStringLiteral("<table width='100%' cellpadding='8' "
                          "style='background:%1;color:%2'><tr><td><b>%3</b></td></tr></table>")
        .arg(style.background.name(), style.text.name(), style.headline.toHtmlEscaped());
}

QString redFlagsHtml(const KnowledgeBase& kb, const SavedResult& result) {
    if (result.redFlags.empty()) {
        return {};
    }
    QString html = QStringLiteral("<h3>%1</h3><ul>").arg(QObject::tr("Red flags"));
    for (const SavedResult::Flag& flag : result.redFlags) {
        html += QStringLiteral("<li><b>%1</b> (%2): %3</li>")
                    .arg(escaped(flag.id), styleOf(kb, flag.disposition).headline.toHtmlEscaped(),
                         escaped(flag.advice));
    }
    return html + QStringLiteral("</ul>");
}

QString conditionsHtml(const SavedResult& result) {
    QString html = QStringLiteral("<h3>%1</h3>").arg(QObject::tr("Likely conditions"));
    for (const SavedResult::Condition& condition : result.conditions) {
        html += QStringLiteral("<p><b>%1</b> (score %2)<br>")
                    .arg(escaped(condition.name))
                    .arg(condition.score, 0, 'f', 2);
        for (const std::string& why : condition.why) {
            html += QStringLiteral("+ %1<br>").arg(escaped(why));
        }
        for (const std::string& against : condition.against) {
            html += QStringLiteral("&minus; %1<br>").arg(escaped(against));
        }
        html += QStringLiteral("</p>");
    }
    return html;
}

// The visit's result as it was saved, or the problem that keeps it from being shown.
std::variant<SavedResult, Problems> savedResultOf(const Visit& visit) {
    JsonResult parsed = parseJsonText("visit result", visit.resultJson, {});
    if (auto* problem = std::get_if<Problem>(&parsed)) {
        return Problems{std::move(*problem)};
    }
    return readResultDocument(std::get<JsonDocument>(parsed));
}

// Every answer given, by section, in the knowledge base's order.
QString answersHtml(const KnowledgeBase& kb, const Answers& answers) {
    std::string section;
    QString html = QStringLiteral("<h3>%1</h3><table cellpadding='2'>").arg(QObject::tr("Answers"));
    for (std::size_t index = 0; index < kb.questions.size(); ++index) {
        const Question& question = kb.questions[index];
        if (!answers.given(index)) {
            continue;
        }
        if (question.section != section) {
            section = question.section;
            html += QStringLiteral("<tr><td colspan='2'><b><i>%1</i></b></td></tr>")
                        .arg(escaped(section));
        }
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(escaped(question.text), escaped(describeAnswer(question, answers[index])));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString ClinicianPage::summaryHtml(std::size_t index) const {
    const Visit& visit = visits_[index];
    const auto result = savedResultOf(visit);
    const auto* saved = std::get_if<SavedResult>(&result);
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Visit of %1").arg(when(visit)));
    if (visit.unreadable) {
        // No banner either: a guessed urgency would be worse than none.
        return html + QStringLiteral("<p><b>%1</b></p>")
                          .arg(tr("This visit cannot be read: its sealed record was changed or "
                                  "damaged outside KneeTriage. The patient's other visits are "
                                  "not affected; ask them to do the intake again."));
    }
    html += bannerHtml(context_.kb, visit);
    if (saved != nullptr) {
        html += redFlagsHtml(context_.kb, *saved); // red flags first, before anything else
    } else {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("The saved result cannot be read:"),
                         escaped(std::get<Problems>(result).front().describe()));
    }
    if (index > 0) {
        html += changeSinceHtml(visits_[index - 1], visit);
    }
    html += scoresHtml(index);
    if (saved != nullptr) {
        html += conditionsHtml(*saved);
    }
    if (const auto answers = answersOf(context_.kb, visit)) {
        html += answersHtml(context_.kb, *answers);
    }
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(escaped(context_.kb.words.clinicianNote) + QLatin1Char(' ') +
                     tr("Knowledge base version %1.").arg(escaped(visit.kbVersion)));
    return html;
}

QString ClinicianPage::changeSinceHtml(const Visit& previous, const Visit& visit) const {
    return QStringLiteral("<h3>%1</h3><p>%2</p>")
        .arg(tr("Since the last visit (%1)").arg(when(previous)),
             tr("Most likely then: %1; now: %2.")
                 .arg(previous.topCondition.empty() ? tr("none") : escaped(previous.topCondition),
                      visit.topCondition.empty() ? tr("none") : escaped(visit.topCondition)));
}

// Each scale scored at this visit, with its change since the visit before and its meaning.
QString ClinicianPage::scoresHtml(std::size_t index) const {
    const auto scores = scoresOf(context_.measures(), visits_[index]);
    const auto before = index > 0 ? scoresOf(context_.measures(), visits_[index - 1])
                                  : std::map<std::string, double>{};
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Outcome scores"));
    html += QStringLiteral("<table cellpadding='4' border='1' "
                           "style='border-collapse:collapse'><tr><th>%1</th><th>%2</th>"
                           "<th>%3</th><th>%4</th></tr>")
                .arg(tr("Scale"), tr("Score"), tr("Change"), tr("Meaning"));
    for (const Measure& measure : context_.measures()) {
        for (const MeasureScale& scale : measure.scales) {
            const std::string key = measure.id + "/" + scale.id;
            if (!scores.contains(key)) {
                continue;
            }
            const double score = scores.at(key);
            const QString change =
                before.contains(key)
                    ? QStringLiteral("%1%2")
                          .arg(score >= before.at(key) ? QStringLiteral("+") : QString())
                          .arg(score - before.at(key), 0, 'f', 1)
                    : QStringLiteral("–");
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(escaped(scale.name))
                        .arg(score, 0, 'f', 1)
                        .arg(change, escaped(interpretScore(measure, scale.id, score)));
        }
    }
    return html + QStringLiteral("</table>");
}

void ClinicianPage::updateChart() {
    std::vector<std::map<std::string, double>> byVisit;
    for (const Visit& visit : visits_) {
        byVisit.push_back(scoresOf(context_.measures(), visit));
    }
    std::vector<ScoreChartWidget::Series> series;
    for (const Measure& measure : context_.measures()) {
        for (const MeasureScale& scale : measure.scales) {
            if (scale.max != 100) {
                continue; // the chart is 0 to 100; the pain rating shows in the table
            }
            ScoreChartWidget::Series line{toQt(scale.name), {}};
            for (std::size_t visit = 0; visit < visits_.size(); ++visit) {
                const auto& scores = byVisit[visit];
                if (const auto found = scores.find(measure.id + "/" + scale.id);
                    found != scores.end()) {
                    line.points.emplace_back(static_cast<int>(visit), found->second);
                }
            }
            if (!line.points.empty()) {
                series.push_back(std::move(line));
            }
        }
    }
    chart_->setSeries(static_cast<int>(visits_.size()), std::move(series));
}

QString ClinicianPage::exportPdf(const QString& file) {
    const int index = ui_->visitCombo->currentIndex();
    if (index < 0) {
        return tr("There is no visit to export.");
    }
    QTextDocument document;
    document.setHtml(QStringLiteral("<h1>%1</h1>").arg(ui_->patientLabel->text().toHtmlEscaped()) +
                     summaryHtml(static_cast<std::size_t>(index)));
    return writeDocumentPdf(document, file, tr("KneeTriage clinician summary"));
}

QString ClinicianPage::exportFhir(const QString& file) {
    const int index = ui_->visitCombo->currentIndex();
    if (index < 0) {
        return tr("There is no visit to export.");
    }
    const Visit& visit = visits_[static_cast<std::size_t>(index)];
    const auto answers = answersOf(context_.kb, visit);
    if (!answers) {
        return tr("This visit's answers do not fit the current knowledge base.");
    }
    return writePrivateFile(
        file,
        QByteArray::fromStdString(
            fhirQuestionnaireResponse(context_.kb, *answers, visit.createdAt).dump(2) + "\n"));
}

QString ClinicianPage::exportCsv(const QString& file) {
    return writePrivateFile(file, QByteArray::fromStdString(clinicVisitsCsv(
                                      context_.measures(), patientReference_, visits_)));
}

QString ClinicianPage::importFhir(const QString& file) {
    if (patientId_ == 0) {
        return tr("Choose a patient first.");
    }
    JsonResult parsed =
        readJsonFile(toCore(file), JsonLimits{.maxBytes = 4U * 1024U * 1024U, .maxDepth = 32});
    if (const auto* problem = std::get_if<Problem>(&parsed)) {
        return toQt(problem->describe());
    }
    const JsonDocument& document = std::get<JsonDocument>(parsed);
    auto visitOrProblems = visitFromFhirResponse(
        context_.kb, document, toCore(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    if (const auto* problems = std::get_if<Problems>(&visitOrProblems)) {
        QString text =
            tr("%1 is not a KneeTriage intake this program can read; nothing was changed.")
                .arg(file);
        for (std::size_t i = 0; i < problems->size() && i < 10; ++i) {
            text += QLatin1Char('\n') + toQt((*problems)[i].describe());
        }
        return text;
    }
    Visit& visit = std::get<Visit>(visitOrProblems);
    visit.patientId = patientId_;
    try {
        context_.clinic().addVisit(visit);
    } catch (const std::exception& error) {
        return tr("The visit from %1 could not be saved (nothing else was changed): %2")
            .arg(file, toQt(error.what()));
    }
    showPatient(patientId_);
    return {};
}

void ClinicianPage::chooseFile(const QString& title, const QString& name, const QString& filter,
                               QString (ClinicianPage::*action)(const QString&), bool save) {
    const QString file = save ? QFileDialog::getSaveFileName(this, title, name, filter)
                              : QFileDialog::getOpenFileName(this, title, name, filter);
    if (file.isEmpty()) {
        return;
    }
    const QString error = (this->*action)(file);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, title, error);
    }
}

} // namespace kt::app
