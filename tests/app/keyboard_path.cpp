#include "keyboard_path.h"

#include <QAbstractButton>
#include <QApplication>
#include <QRadioButton>
#include <QSet>
#include <QTest>
#include <QWidget>

namespace kt::app {
namespace {

QString nameOf(const QWidget* widget) {
    return widget->objectName().isEmpty() ? QLatin1String(widget->metaObject()->className())
                                          : widget->objectName();
}

bool takesTabFocus(const QWidget* widget) {
    return widget->isVisible() && widget->isEnabled() &&
           (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

// A radio button in an exclusive set is reached through any button of its set.
bool reachedThroughItsSet(const QWidget* widget, const QSet<QWidget*>& reached) {
    const auto* radio = qobject_cast<const QRadioButton*>(widget);
    if (radio == nullptr || !radio->autoExclusive()) {
        return false;
    }
    for (const QWidget* other : reached) {
        const auto* sibling = qobject_cast<const QRadioButton*>(other);
        if (sibling != nullptr && sibling->parentWidget() == radio->parentWidget()) {
            return true;
        }
    }
    return false;
}

} // namespace

QStringList keyboardPathProblems(QWidget* root) {
    QList<QWidget*> wanted;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (takesTabFocus(widget) && widget->window() == root->window()) {
            wanted << widget;
        }
    }
    if (wanted.isEmpty()) {
        return {};
    }
    QApplication::setActiveWindow(root->window());
    wanted.front()->setFocus(Qt::TabFocusReason);
    QWidget* const start = QApplication::focusWidget();
    QStringList problems;
    QSet<QWidget*> reached;
    constexpr int kLinksInOneText = 300;
    int stayed = 0;
    for (qsizetype step = 0; step < 3 * wanted.size() + 10 + kLinksInOneText; ++step) {
        QWidget* focused = QApplication::focusWidget();
        if (focused == nullptr) {
            problems << QStringLiteral("the focus is lost after %1 Tab presses").arg(step);
            break;
        }
        reached.insert(focused);
        QTest::keyClick(focused, Qt::Key_Tab);
        QWidget* const after = QApplication::focusWidget();
        if (after == start && (focused != start || wanted.size() == 1)) {
            break; // round the whole page (a page with one control comes back at once)
        }
        // A text with links takes one Tab per link before it lets go; a control that never
        // lets go is a trap.
        stayed = after == focused ? stayed + 1 : 0;
        if (stayed > kLinksInOneText) {
            problems << nameOf(focused) + QStringLiteral(" keeps the focus: Tab does not leave it");
            break;
        }
    }
    for (QWidget* widget : wanted) {
        if (!reached.contains(widget) && !reachedThroughItsSet(widget, reached)) {
            problems << nameOf(widget) + QStringLiteral(" is never reached with Tab");
        }
    }
    return problems;
}

} // namespace kt::app
