#include "report_html.h"

#include "disposition_style.h"
#include "html_text.h"
#include "kneetriage/io/answers_writer.h"
#include "qt_text.h"
#include "warning_sign_text.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

namespace kt::app {
namespace {

// The context is the one lupdate gives a tr() call in this namespace, so the German is found.
QString tr(const char* text) {
    return QCoreApplication::translate("kt::app", text);
}

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

QString reasonList(const Condition& condition, const std::vector<std::size_t>& features) {
    std::vector<std::string> reasons;
    for (const std::size_t feature : features) {
        reasons.push_back(condition.features[feature].reason);
    }
    return listHtml(reasons);
}

} // namespace

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
    const Exercise& exercise = content.exercise;
    QString html = QStringLiteral("<h3>%1</h3><p><img src='exercise:%2' width='360'></p><p>%3</p>")
                       .arg(escaped(exercise.name), toQt(exercise.id), escaped(exercise.summary));
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

void addExercisePictures(AppContext& context, const TriageResult& result, QTextDocument& document) {
    for (const std::size_t index : result.exercises) {
        if (const auto exercise = context.content.exercise(context.kb.exercises[index].id)) {
            document.addResource(QTextDocument::ImageResource,
                                 QUrl(QStringLiteral("exercise:") + toQt(exercise->exercise.id)),
                                 exercisePicture(*exercise, 720));
        }
    }
}

namespace {

// The likely conditions, each with what points to and away from it and what to do. A
// condition's own timing never reads as the advice when the result is more urgent.
QString conditionsHtml(AppContext& context, const TriageResult& result,
                       const ReportOptions& options, const DispositionStyle& style) {
    const KnowledgeBase& kb = context.kb;
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Possible causes"));
    if (result.conditions.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(kb.words.noClearCause));
    }
    for (const RankedCondition& ranked : result.conditions) {
        const Condition& condition = kb.conditions[ranked.condition];
        const auto content = context.content.condition(condition.id);
        // Words, not a percentage, for the runner: a score is how well the answers fit, not
        // the chance of having the condition.
        const QString words = escaped(kb.likelihoodWords(ranked.score));
        const QString fit =
            options.includeScores
                ? QStringLiteral("%1, match score %2").arg(words).arg(ranked.score, 0, 'f', 2)
                : words;
        html += QStringLiteral("<h3>%1 &nbsp;<small>(%2)</small></h3>")
                    .arg(escaped(condition.name), fit);
        if (content) {
            html += QStringLiteral("<p>%1</p>").arg(escaped(content->text.description));
        }
        html += QStringLiteral("<p><b>%1</b></p>%2")
                    .arg(tr("What points to it:"), reasonList(condition, ranked.why));
        if (!ranked.against.empty()) {
            html += QStringLiteral("<p><b>%1</b></p>%2")
                        .arg(tr("What points away:"), reasonList(condition, ranked.against));
        }
        if (content) {
            const bool overtaken =
                condition.disposition && *condition.disposition > result.disposition;
            const QString getSeen =
                overtaken ? escaped(kb.words.followTheTopFirst)
                                .replace(QStringLiteral("{top}"), style.headline.toHtmlEscaped())
                                .replace(QStringLiteral("{own}"), escaped(content->text.getSeen))
                          : escaped(content->text.getSeen);
            html += QStringLiteral("<p><b>%1</b> %2</p><p><b>%3</b> %4</p><p><b>%5</b> %6</p>")
                        .arg(tr("What to do now:"), escaped(content->text.doNow),
                             tr("When to get seen:"), getSeen, tr("Recovery:"),
                             escaped(content->text.recovery));
        }
    }
    return html;
}

QString bannerHtml(const ReportOptions& options, const DispositionStyle& style) {
    QString html;
    if (!options.title.isEmpty()) {
        html += QStringLiteral("<h1>%1</h1>").arg(options.title.toHtmlEscaped());
    }
    if (options.includeBanner) {
        html += QStringLiteral(
                    "<table width='100%' cellpadding='10' style='background:%1;color:%2'><tr><td>"
                    "<b style='font-size:14pt'>%3</b><br>%4</td></tr></table>")
                    .arg(style.background.name(), style.text.name(), style.headline.toHtmlEscaped(),
                         style.action.toHtmlEscaped());
    }
    return html;
}

// Red flags that fired, then the amber advice still worth saying under this result.
QString warningSignsHtml(AppContext& context, const TriageResult& result) {
    const auto flagHtml = [&context](std::size_t index) {
        const WarningSignContent text =
            warningSignText(context.content, context.kb.warningSigns[index]);
        return QStringLiteral("<p><b>%1.</b> %2</p>").arg(escaped(text.name), escaped(text.advice));
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

QString exercisesAndAdviceHtml(AppContext& context, const TriageResult& result) {
    QString html;
    if (!result.exercises.empty()) {
        // Each exercise carries its own pain rule from the content database.
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Exercises that may help"));
        for (const std::size_t index : result.exercises) {
            if (const auto exercise = context.content.exercise(context.kb.exercises[index].id)) {
                html += exerciseHtml(*exercise, false);
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

QString reportHtml(AppContext& context, const TriageResult& result, const Answers& answers,
                   const ReportOptions& options) {
    const KnowledgeBase& kb = context.kb;
    const DispositionStyle style = styleOf(kb, result.disposition);
    QString html = QStringLiteral("<html><body>") + bannerHtml(options, style);
    html += warningSignsHtml(context, result);
    html += conditionsHtml(context, result, options, style);
    html += exercisesAndAdviceHtml(context, result);
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
