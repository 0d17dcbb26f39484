#include "store_guard.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <exception>

namespace kt::app {

bool tryStore(QWidget* parent, const QString& what, const std::function<void()>& operation) {
    try {
        operation();
        return true;
    } catch (const std::exception& error) {
        QMessageBox box(QMessageBox::Warning, what,
                        QCoreApplication::translate(
                            "StoreGuard",
                            "%1 did not work. Nothing that was already saved has been lost. If "
                            "the disk is full or the folder cannot be written, make room or fix "
                            "it, then try again.")
                            .arg(what),
                        QMessageBox::Ok, parent);
        box.setDetailedText(QString::fromStdString(error.what()));
        box.exec();
        return false;
    }
}

} // namespace kt::app
