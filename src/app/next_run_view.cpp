#include "next_run_view.h"

#include "kneetriage/io/json_document.h"
#include "kneetriage/io/result_reader.h"
#include "qt_date.h"
#include "qt_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace kt::app {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("kt::app", text);
}

} // namespace

NextRunInputs nextRunInputs(HistoryStore& history, std::vector<Run> runs,
                            std::chrono::sys_days today) {
    NextRunInputs inputs;
    inputs.today = today;
    inputs.runs = std::move(runs);
    inputs.diary = history.diary();
    const std::vector<SavedCheck> checks = history.list(); // newest first
    if (checks.empty()) {
        return inputs;
    }
    const SavedCheck& latest = checks.front();
    auto parsed = parseJsonText("history", latest.resultJson, JsonLimits{});
    if (const auto* document = std::get_if<JsonDocument>(&parsed)) {
        auto result = readResultDocument(*document);
        if (auto* saved = std::get_if<SavedResult>(&result)) {
            inputs.latestCheck = std::move(*saved);
            const QDateTime created =
                QDateTime::fromString(toQt(latest.createdAt), Qt::ISODate).toLocalTime();
            if (created.isValid()) {
                inputs.checkDay = dayOf(created.date());
            }
        }
    }
    return inputs;
}

QString lightWords(Light light) {
    switch (light) {
    case Light::Green:
        return tr("Green");
    case Light::Amber:
        return tr("Amber");
    case Light::Red:
        break;
    }
    return tr("Red");
}

QColor lightColour(Light light) {
    switch (light) {
    case Light::Green:
        return {0x1e, 0x7b, 0x34};
    case Light::Amber:
        return {0xf0, 0xa2, 0x02};
    case Light::Red:
        break;
    }
    return {0xc5, 0x22, 0x1f};
}

QColor textOn(Light light) {
    return light == Light::Amber ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}

// With a plan, its step says what to do and the caps are the most it may ever be: a plan that
// starts with brisk walks is never overruled by a distance run before the pain.
QString capsText(const NextRunLight& light, bool withPlan) {
    const QString pain = tr("pain at most %1 out of 10 during it").arg(light.painCap);
    if (!light.distanceCapMetres) {
        return withPlan ? tr("Next run: your plan's step below, with %1.").arg(pain)
                        : tr("Next run: %1.").arg(pain);
    }
    const QString distance = QLocale().toString(*light.distanceCapMetres / 1000, 'f', 1);
    return withPlan ? tr("Next run: your plan's step below, never more than %1 km, and %2.")
                          .arg(distance, pain)
                    : tr("Next run: at most %1 km, and %2.").arg(distance, pain);
}

QString textsHtml(const std::vector<TrainingText>& texts) {
    QString html;
    for (const TrainingText& text : texts) {
        QStringList links;
        for (const Source& source : text.sources) {
            const QString where = source.url.empty()
                                      ? QStringLiteral("https://doi.org/") + toQt(source.doi)
                                      : toQt(source.url);
            // Short in the list: the publisher names the link, the full title is its title.
            const QString name = toQt(source.publisher.empty() ? source.title : source.publisher);
            links << QStringLiteral("<a href='%1' title='%2'>%3</a>")
                         .arg(where.toHtmlEscaped(), toQt(source.title).toHtmlEscaped(),
                              name.toHtmlEscaped());
        }
        html += QStringLiteral("<li style='margin-bottom:4px'>%1 <small>(%2)</small></li>")
                    .arg(toQt(text.text).toHtmlEscaped(), links.join(QStringLiteral("; ")));
    }
    return html;
}

} // namespace kt::app
