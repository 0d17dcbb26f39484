#include "accessible_tree.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QWidget>

namespace kt::app {
namespace {

// The roles of things a user can press, choose, type into or move through.
bool actsOnInput(QAccessible::Role role) {
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::EditableText:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
    case QAccessible::PageTab:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface* node) {
    const QObject* object = node->object();
    const QString name = object != nullptr ? object->objectName() : QString();
    return QString::number(node->role(), 16) + QLatin1Char(':') +
           (name.isEmpty() ? (object != nullptr ? QLatin1String(object->metaObject()->className())
                                                : QLatin1String("?"))
                           : name);
}

void walk(QAccessibleInterface* node, const QString& path, int depth, QStringList& problems) {
    constexpr int kDeepest = 64;
    if (node == nullptr || !node->isValid() || depth > kDeepest) {
        return;
    }
    const QAccessible::State state = node->state();
    if (state.invisible) {
        return; // not on screen: a screen reader does not reach it
    }
    const QString here = path + QLatin1Char('/') + describe(node);
    if (actsOnInput(node->role())) {
        const bool named = !node->text(QAccessible::Name).trimmed().isEmpty();
        // A list or table is read by its name and then its items, which are their own
        // description; Qt gives views no description to read.
        const bool container = node->role() == QAccessible::Table ||
                               node->role() == QAccessible::List ||
                               node->role() == QAccessible::Tree;
        const bool described =
            container || !node->text(QAccessible::Description).trimmed().isEmpty();
        if (!named || !described) {
            problems << here + (named ? QString() : QStringLiteral(" has no name")) +
                            (described ? QString() : QStringLiteral(" has no description"));
        }
    }
    for (int i = 0; i < node->childCount(); ++i) {
        walk(node->child(i), here, depth + 1, problems);
    }
}

} // namespace

QStringList controlsAScreenReaderCannotName(QWidget* root) {
    QStringList problems;
    walk(QAccessible::queryAccessibleInterface(root), QString(), 0, problems);
    return problems;
}

} // namespace kt::app
