#include "report_html.h"

#include "adherence_text.h"
#include "disposition_style.h"
#include "html_text.h"
#include "knee_map_widget.h"
#include "kneetriage/io/answers_writer.h"
#include "kneetriage/training/onset_link.h"
#include "qt_text.h"
#include "warning_sign_text.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

namespace kt::app {
namespace {

// The context is the one lupdate gives a tr() call in this namespace, so the German is found.
QString tr(const char* text) {
    return QCoreApplication::translate("kt::app", text);
}

// Pictures are drawn at several times the width they are shown at, so that they stay sharp on
// a 200 % screen and on paper.
constexpr int kRenderedPictureWidth = 720;
constexpr int kLibraryPictureWidth = 360;
constexpr int kCardPictureWidth = 190;
constexpr int kKneePictureWidth = 160; // one knee, in device-independent pixels

QString exercisePictureHtml(const ExerciseContent& content, int width) {
    return QStringLiteral("<img src='exercise:%1' width='%2'>")
        .arg(toQt(content.exercise.id))
        .arg(width);
}

} // namespace

QString exerciseDetailsHtml(const ExerciseContent& content, bool withSources) {
    const Exercise& exercise = content.exercise;
    QString html = QStringLiteral("<p>%1</p>").arg(escaped(exercise.summary));
    html +=
        QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("How much:"), escaped(exercise.dosage.text));
    html += QStringLiteral("<ol>");
    for (const std::string& step : exercise.steps) {
        html += QStringLiteral("<li>%1</li>").arg(escaped(step));
    }
    html += QStringLiteral("</ol>");
    const auto paragraph = [&](const char* label, const std::string& text) {
        if (!text.empty()) {
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr(label), escaped(text));
        }
    };
    paragraph("Pain rule:", exercise.painRule);
    paragraph("Harder:", exercise.progression);
    paragraph("Easier:", exercise.regression);
    paragraph("Avoid:", exercise.avoid);
    if (withSources && !exercise.sources.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                    .arg(tr("Sources:"), sourcesHtml(exercise.sources));
    }
    return html;
}

namespace {

QString reasonList(const Condition& condition, const std::vector<std::size_t>& features) {
    std::vector<std::string> reasons;
    for (const std::size_t feature : features) {
        reasons.push_back(condition.features[feature].reason);
    }
    return listHtml(reasons);
}

} // namespace

QString sourcesHtml(const std::vector<Source>& sources) {
    QString html;
    for (const Source& source : sources) {
        const QString where = source.url.empty()
                                  ? QStringLiteral("https://doi.org/") + toQt(source.doi)
                                  : toQt(source.url);
        html +=
            QStringLiteral("<li>%1%2. <a href='%3'>%4</a></li>")
                .arg(escaped(source.title),
                     source.publisher.empty() ? QString()
                                              : QStringLiteral(", ") + escaped(source.publisher),
                     where.toHtmlEscaped(), where.toHtmlEscaped());
    }
    return html;
}

QImage exercisePicture(const ExerciseContent& exercise, int width) {
    QSvgRenderer svg(QByteArray::fromStdString(exercise.illustrationSvg));
    if (!svg.isValid()) {
        return {};
    }
    const QSizeF box = svg.viewBoxF().size();
    QImage image(width, static_cast<int>(width * box.height() / box.width()),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    return image;
}

QString exerciseHtml(const ExerciseContent& content, bool withSources) {
    return QStringLiteral("<h3>%1</h3><p>%2</p>")
               .arg(escaped(content.exercise.name),
                    exercisePictureHtml(content, kLibraryPictureWidth)) +
           exerciseDetailsHtml(content, withSources);
}

QImage kneePictureOf(const KnowledgeBase& kb, const Answers& answers, qreal devicePixelRatio) {
    const auto marks = kneeMarksFor(kb, answers);
    if (!marks) {
        return {};
    }
    // One knee is 5 wide to 7 high; both knees stand side by side.
    const int knees = marks->side == KneePictures::Side::Both ? 2 : 1;
    return markedKneePicture(marks->view, marks->side, marks->areas,
                             QSize(kKneePictureWidth * knees, kKneePictureWidth * 7 / 5),
                             devicePixelRatio);
}

void addReportPictures(AppContext& context, const TriageResult& result,
                       const ReportOptions& options, QTextDocument& document) {
    for (const std::size_t index : result.exercises) {
        if (const auto exercise = context.content.exercise(context.kb.exercises[index].id)) {
            document.addResource(QTextDocument::ImageResource,
                                 QUrl(QStringLiteral("exercise:") + toQt(exercise->exercise.id)),
                                 exercisePicture(*exercise, kRenderedPictureWidth));
        }
    }
    if (!options.kneePicture.isNull()) {
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("knee:marked")),
                             options.kneePicture);
    }
}

namespace {

// A box around one item (a condition, an exercise), in the colours of the screen or paper.
QString cardHtml(const ReportColours& colours, const QString& inner) {
    return QStringLiteral("<table width='100%' cellspacing='0' cellpadding='12' border='1' "
                          "style='border-color:%1; border-style:solid; border-collapse:collapse; "
                          "margin-top:10px'><tr><td bgcolor='%2'>%3</td></tr></table>")
        .arg(colours.cardBorder.name(), colours.card.name(), inner);
}

// A block in a disposition's own colours: the banner on paper, and each warning sign.
QString calloutHtml(const DispositionStyle& style, const QString& inner) {
    return QStringLiteral("<table width='100%' cellspacing='0' cellpadding='12' "
                          "style='margin-top:8px'><tr><td bgcolor='%1' style='color:%2'>%3"
                          "</td></tr></table>")
        .arg(style.background.name(), style.text.name(), inner);
}

// The likelihood as a bar of as many segments as there are bands, filled up to this one's, so
// that bar and words always agree; the score itself is not shown to the runner.
QString likelihoodHtml(const KnowledgeBase& kb, const RankedCondition& ranked,
                       const ReportOptions& options) {
    const auto& bands = kb.words.likelihood;
    std::size_t band = 0;
    while (band + 1 < bands.size() && ranked.score < bands[band].from) {
        ++band;
    }
    QString bar;
    for (std::size_t segment = 0; segment < bands.size(); ++segment) {
        const QColor colour =
            segment < bands.size() - band ? options.colours.barOn : options.colours.barOff;
        bar += QStringLiteral("<td width='30' bgcolor='%1' style='font-size:small'>&nbsp;</td>")
                   .arg(colour.name());
    }
    const QString words = escaped(kb.likelihoodWords(ranked.score));
    const QString fit = options.includeScores
                            ? tr("%1, match score %2").arg(words).arg(ranked.score, 0, 'f', 2)
                            : words;
    return QStringLiteral("<table cellspacing='0' cellpadding='0'><tr><td valign='middle'>"
                          "<table cellspacing='2' cellpadding='0'><tr>%1</tr></table></td>"
                          "<td valign='middle'>&nbsp;&nbsp;<b>%2</b></td></tr></table>")
        .arg(bar, fit);
}

QString reasonsHtml(const Condition& condition, const RankedCondition& ranked,
                    const ReportOptions& options) {
    QString html;
    const QString id = toQt(condition.id);
    const bool open = !options.foldReasons || options.openReasons.contains(id);
    if (options.foldReasons) {
        html += QStringLiteral("<p><a href='%1:%2'>%3</a></p>")
                    .arg(QLatin1String(kFoldScheme), id.toHtmlEscaped(),
                         open ? tr("▾ Hide the reasons")
                              : tr("▸ Why: what points to it and what points away"));
    }
    if (!open) {
        return html;
    }
    html += QStringLiteral("<p><b>%1</b></p>%2")
                .arg(tr("What points to it:"), reasonList(condition, ranked.why));
    if (!ranked.against.empty()) {
        html += QStringLiteral("<p><b>%1</b></p>%2")
                    .arg(tr("What points away:"), reasonList(condition, ranked.against));
    }
    return html;
}

// The condition whose "what to do now" is the result's checklist: the first one, when its own
// urgency is the result's (never a calmer condition's steps under an urgent result, nor an
// emergency's steps under a calmer one).
const RankedCondition* leadingCondition(const KnowledgeBase& kb, const TriageResult& result) {
    if (result.conditions.empty()) {
        return nullptr;
    }
    const Condition& top = kb.conditions[result.conditions.front().condition];
    const bool fits = top.disposition ? *top.disposition == result.disposition
                                      : result.disposition >= Disposition::SeeClinician;
    return fits ? &result.conditions.front() : nullptr;
}

QString getSeenHtml(const KnowledgeBase& kb, const Condition& condition,
                    const ConditionContent& content, const TriageResult& result,
                    const DispositionStyle& style) {
    // A condition's own timing never reads as the advice when the result is more urgent.
    const bool overtaken = condition.disposition && *condition.disposition > result.disposition;
    return overtaken ? escaped(kb.words.followTheTopFirst)
                           .replace(QStringLiteral("{top}"), style.headline.toHtmlEscaped())
                           .replace(QStringLiteral("{own}"), escaped(content.text.getSeen))
                     : escaped(content.text.getSeen);
}

QString conditionCardHtml(AppContext& context, const TriageResult& result,
                          const RankedCondition& ranked, const ReportOptions& options,
                          const DispositionStyle& style) {
    const KnowledgeBase& kb = context.kb;
    const Condition& condition = kb.conditions[ranked.condition];
    const auto content = context.content.condition(condition.id);
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(condition.name)) +
                   likelihoodHtml(kb, ranked, options);
    if (content) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(content->text.description));
    }
    html += reasonsHtml(condition, ranked, options);
    if (content) {
        // The leading condition's steps and timing are the checklist above.
        if (&ranked != leadingCondition(kb, result)) {
            html += QStringLiteral("<p><b>%1</b> %2</p><p><b>%3</b> %4</p>")
                        .arg(tr("What to do now:"), escaped(content->text.doNow),
                             tr("When to get seen:"),
                             getSeenHtml(kb, condition, *content, result, style));
        }
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Recovery:"), escaped(content->text.recovery));
    }
    return cardHtml(options.colours, html);
}

QString conditionsHtml(AppContext& context, const TriageResult& result,
                       const ReportOptions& options, const DispositionStyle& style) {
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Possible causes"));
    if (result.conditions.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(context.kb.words.noClearCause));
    }
    for (const RankedCondition& ranked : result.conditions) {
        html += conditionCardHtml(context, result, ranked, options, style);
    }
    return html;
}

// The leading condition's steps, one sentence a box to tick, and when to get seen.
QString checklistHtml(AppContext& context, const TriageResult& result,
                      const DispositionStyle& style) {
    const RankedCondition* leading = leadingCondition(context.kb, result);
    if (leading == nullptr) {
        return {};
    }
    const Condition& condition = context.kb.conditions[leading->condition];
    const auto content = context.content.condition(condition.id);
    if (!content) {
        return {};
    }
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s+(?=\\p{Lu})"));
    QString rows;
    for (const QString& step : toQt(content->text.doNow).split(sentenceEnd, Qt::SkipEmptyParts)) {
        rows +=
            QStringLiteral("<tr><td valign='top'>☐</td><td>%1</td></tr>").arg(step.toHtmlEscaped());
    }
    return QStringLiteral("<h2>%1</h2><table cellspacing='0' cellpadding='3'>%2</table>"
                          "<p><b>%3</b> %4</p>")
        .arg(tr("What to do now"), rows, tr("When to get seen:"),
             getSeenHtml(context.kb, condition, *content, result, style));
}

QString bannerHtml(const ReportOptions& options, const DispositionStyle& style) {
    QString html;
    if (!options.title.isEmpty()) {
        html += QStringLiteral("<h1>%1</h1>").arg(options.title.toHtmlEscaped());
    }
    if (options.includeBanner) {
        html += calloutHtml(style,
                            QStringLiteral("<span style='font-size:x-large'><b>%1</b>"
                                           "</span><br>%2")
                                .arg(style.headline.toHtmlEscaped(), style.action.toHtmlEscaped()));
    }
    return html;
}

// Red flags that fired, each in its urgency's colours, then the amber advice still worth
// saying under this result. Never folded: they lead the page and the PDF.
QString warningSignsHtml(AppContext& context, const TriageResult& result) {
    const auto flagHtml = [&context](std::size_t index) {
        const WarningSign& flag = context.kb.warningSigns[index];
        const WarningSignContent text = warningSignText(context.content, flag);
        return calloutHtml(
            styleOf(context.kb, flag.disposition),
            QStringLiteral("<b>%1.</b> %2").arg(escaped(text.name), escaped(text.advice)));
    };
    QString html;
    if (!result.redFlags.empty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Warning signs in your answers"));
        for (const std::size_t index : result.redFlags) {
            html += flagHtml(index);
        }
    }
    for (const std::size_t index : amberAdviceToShow(context.kb, result)) {
        html += flagHtml(index);
    }
    return html;
}

QString kneePictureHtml(const ReportOptions& options) {
    return options.kneePicture.isNull()
               ? QString()
               : QStringLiteral("<h2>%1</h2><p><img src='knee:marked' width='%2'></p>")
                     .arg(tr("Where it hurts"))
                     .arg(qRound(options.kneePicture.deviceIndependentSize().width()));
}

// An exercise as a card: its picture beside its name, dosage, steps and pain rule.
QString exerciseCardHtml(const ExerciseContent& exercise, const ReportOptions& options) {
    const QString text = QStringLiteral("<h3>%1</h3>").arg(escaped(exercise.exercise.name)) +
                         exerciseDetailsHtml(exercise, false);
    return cardHtml(options.colours,
                    QStringLiteral("<table cellspacing='0' cellpadding='0'><tr>"
                                   "<td width='%1' valign='top'>%2</td>"
                                   "<td valign='top' style='padding-left:14px'>%3</td>"
                                   "</tr></table>")
                        .arg(QString::number(kCardPictureWidth),
                             exercisePictureHtml(exercise, kCardPictureWidth), text));
}

QString exercisesAndAdviceHtml(AppContext& context, const TriageResult& result,
                               const Answers& answers, const ReportOptions& options) {
    QString html;
    if (!result.exercises.empty()) {
        // Each exercise carries its own pain rule from the content database.
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Exercises that may help"));
        if (const QString done = adherenceLine(context, result, answers, options.now);
            !done.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b></p>").arg(done.toHtmlEscaped());
        }
        for (const std::size_t index : result.exercises) {
            if (const auto exercise = context.content.exercise(context.kb.exercises[index].id)) {
                html += exerciseCardHtml(*exercise, options);
            }
        }
    }
    if (!result.advice.empty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Advice"));
        for (const std::size_t index : result.advice) {
            if (const auto advice = context.content.advice(context.kb.advice[index].id)) {
                html += QStringLiteral("<p><b>%1.</b> %2</p>")
                            .arg(escaped(advice->title), escaped(advice->text));
            }
        }
    }
    return html;
}

// "Which run did it start after?", with the caveat that a link in time is not proof.
QString runsBeforePainHtml(const ReportOptions& options) {
    if (!options.runsBeforePain) {
        return {};
    }
    return QStringLiteral("<h2>%1</h2><p>%2</p><p><i>%3</i></p>")
        .arg(tr("Your runs before the pain"), escaped(options.runsBeforePain->sentence),
             escaped(options.runsBeforePain->caveat));
}

QString answersHtml(const KnowledgeBase& kb, const TriageResult& result, const Answers& answers) {
    QString html =
        QStringLiteral("<h2>%1</h2><table cellpadding='3' border='0'>").arg(tr("Answers"));
    for (const std::size_t question : result.asked) {
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(escaped(kb.questions[question].text),
                         escaped(describeAnswer(kb.questions[question], answers[question])));
    }
    return html + QStringLiteral("</table>");
}

QString sourcesSectionHtml(AppContext& context, const TriageResult& result) {
    QString sources;
    for (const RankedCondition& ranked : result.conditions) {
        if (const auto content =
                context.content.condition(context.kb.conditions[ranked.condition].id)) {
            sources += sourcesHtml(content->sources);
        }
    }
    for (const std::size_t index : result.redFlags) {
        sources +=
            sourcesHtml(warningSignText(context.content, context.kb.warningSigns[index]).sources);
    }
    return sources.isEmpty() ? QString()
                             : QStringLiteral("<h2>%1</h2><ul>%2</ul>").arg(tr("Sources"), sources);
}

} // namespace

std::optional<OnsetStatement> runsBeforePainOf(AppContext& context, const Answers& answers,
                                               const std::optional<QDateTime>& checkedAt) {
    const TrainingData* data = checkedAt && context.trainingData ? context.trainingData() : nullptr;
    if (data == nullptr) {
        return std::nullopt;
    }
    try {
        return onsetStatementForCheck(context.history.runs(),
                                      toCore(checkedAt->toUTC().toString(Qt::ISODate)),
                                      durationWeeksOf(context.kb, answers), data->loadSpikes);
    } catch (const std::exception&) {
        return std::nullopt; // the Training page says itself when the history cannot be read
    }
}

QString reportHtml(AppContext& context, const TriageResult& result, const Answers& answers,
                   const ReportOptions& options) {
    const KnowledgeBase& kb = context.kb;
    const DispositionStyle style = styleOf(kb, result.disposition);
    QString html = QStringLiteral("<html><body>") + bannerHtml(options, style);
    html += warningSignsHtml(context, result);
    html += checklistHtml(context, result, style);
    html += kneePictureHtml(options);
    html += conditionsHtml(context, result, options, style);
    html += runsBeforePainHtml(options);
    html += exercisesAndAdviceHtml(context, result, answers, options);
    if (options.includeAnswers) {
        html += answersHtml(kb, result, answers);
    }
    html += sourcesSectionHtml(context, result);
    html += QStringLiteral("<hr><p><i>%1</i></p></body></html>")
                .arg((toQt(kb.noticeFull) + QLatin1Char(' ') +
                      tr("Knowledge base %1 version %2.").arg(toQt(kb.id), toQt(kb.version)))
                         .toHtmlEscaped());
    return html;
}

} // namespace kt::app
