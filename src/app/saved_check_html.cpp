#include "saved_check_html.h"

#include "disposition_style.h"
#include "html_text.h"

#include <QCoreApplication>

namespace kt::app {
namespace {

// The context is the one lupdate gives a tr() call in this namespace, so the German is found.
QString tr(const char* text) {
    return QCoreApplication::translate("kt::app", text);
}

QString headlineOf(const KnowledgeBase& kb, Disposition disposition) {
    return styleOf(kb, disposition).headline.toHtmlEscaped();
}

QString flagName(const KnowledgeBase& kb, const std::string& id) {
    for (const WarningSign& flag : kb.warningSigns) {
        if (flag.id == id) {
            return escaped(flag.name);
        }
    }
    return escaped(id); // a flag today's knowledge base no longer has
}

QString namesHtml(const QString& heading, const std::vector<std::string>& names) {
    return names.empty() ? QString()
                         : QStringLiteral("<p><b>%1</b></p>%2").arg(heading, listHtml(names));
}

} // namespace

QString savedResultHtml(const KnowledgeBase& kb, const SavedResult& saved) {
    QString html =
        QStringLiteral("<p><i>%1</i></p>")
            .arg(tr("Shown as it was saved, with knowledge base %1 version %2. The "
                    "knowledge base in use today (version %3) would answer "
                    "differently: use \"Re-run with today's knowledge base\" to see "
                    "what changed.")
                     .arg(escaped(saved.kbId), escaped(saved.kbVersion), escaped(kb.version)));
    if (!saved.redFlags.empty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Warning signs in your answers"));
        for (const SavedResult::Flag& flag : saved.redFlags) {
            html += QStringLiteral("<p><b>%1.</b> %2</p>")
                        .arg(flagName(kb, flag.id), escaped(flag.advice));
        }
    }
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Possible causes"));
    for (const SavedResult::Condition& condition : saved.conditions) {
        html += QStringLiteral("<h3>%1</h3>").arg(escaped(condition.name));
        html += namesHtml(tr("What pointed to it:"), condition.why);
        html += namesHtml(tr("What pointed away:"), condition.against);
    }
    std::vector<std::string> exercises;
    for (const SavedResult::Exercise& exercise : saved.exercises) {
        exercises.push_back(exercise.name);
    }
    html += namesHtml(tr("Exercises that were suggested:"), exercises);
    html += namesHtml(tr("Advice:"), saved.advice);
    return html;
}

QString changesHtml(const KnowledgeBase& kb, const SavedResult& saved,
                    const ResultChanges& changes) {
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(tr("What changed since the check was saved (knowledge base %1 "
                               "version %2)")
                                .arg(escaped(saved.kbId), escaped(saved.kbVersion)));
    if (!changes.any()) {
        return html + QStringLiteral("<p>%1</p>")
                          .arg(tr("The advice and the likely causes are the same; only wording "
                                  "may differ."));
    }
    if (changes.dispositionBefore != changes.dispositionNow) {
        html += QStringLiteral("<p><b>%1</b> %2 → %3</p>")
                    .arg(tr("Advice:"), headlineOf(kb, changes.dispositionBefore),
                         headlineOf(kb, changes.dispositionNow));
    }
    html += namesHtml(tr("Now also listed:"), changes.conditionsAdded);
    html += namesHtml(tr("No longer listed:"), changes.conditionsRemoved);
    QStringList added;
    for (const std::string& id : changes.flagsAdded) {
        added << flagName(kb, id);
    }
    QStringList removed;
    for (const std::string& id : changes.flagsRemoved) {
        removed << flagName(kb, id);
    }
    if (!added.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("New warning signs:"), added.join(QStringLiteral("; ")));
    }
    if (!removed.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Warning signs no longer raised:"), removed.join(QStringLiteral("; ")));
    }
    return html;
}

} // namespace kt::app
