#include "layout_util.h"

#include <QLayout>
#include <QWidget>

namespace kt::app {

void clearLayout(QLayout& layout) {
    QLayoutItem* item = nullptr;
    while ((item = layout.takeAt(0)) != nullptr) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        delete item;
    }
}

} // namespace kt::app
