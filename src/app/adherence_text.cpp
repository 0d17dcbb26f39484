#include "adherence_text.h"

#include "kneetriage/training/adherence.h"
#include "qt_text.h"

#include <QCoreApplication>
#include <exception>

namespace kt::app {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("kt::app", text);
}

} // namespace

QString adherenceLine(AppContext& context, const TriageResult& result, const Answers& answers,
                      const QDateTime& now) {
    const auto session = sessionFor(context.kb, result, answers);
    if (!session) {
        return {};
    }
    Adherence done;
    try {
        done = adherence(context.kb, *session, context.history.exercisesDone(),
                         toCore(now.date().toString(Qt::ISODate)), now.offsetFromUtc() / 60);
    } catch (const std::exception&) {
        return {}; // the history page says itself when the history cannot be read
    }
    if (done.weeks.empty()) {
        return {};
    }
    const WeekAdherence& week = done.weeks.front();
    QString line = tr("Exercises: %1 of %2 planned sets this week (%3 %)")
                       .arg(week.setsDone)
                       .arg(week.setsPlanned)
                       .arg(percentOf(week.setsDone, week.setsPlanned).value_or(0));
    if (done.weeks.size() > 1) {
        line += tr("; last %1 weeks: %2 %")
                    .arg(done.weeks.size())
                    .arg(percentOf(done.setsDone, done.setsPlanned).value_or(0));
    }
    return line;
}

} // namespace kt::app
