#include "unsent_visits_offer.h"

#include "store_guard.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace kt::app {

void offerUnsentVisits(QWidget* parent, ClinicStore& store) {
    std::size_t waiting = 0;
    if (!tryStore(
            parent,
            QCoreApplication::translate("UnsentVisits", "Looking for visits kept on this computer"),
            [&] { waiting = store.unsentVisitCount(); }) ||
        waiting == 0) {
        return;
    }
    QMessageBox box(QMessageBox::Question,
                    QCoreApplication::translate("UnsentVisits", "Visits kept on this computer"),
                    QCoreApplication::translate(
                        "UnsentVisits",
                        "%n visit(s) could not reach the practice server when they were saved "
                        "and are kept on this computer, sealed. Send them to the server now?",
                        nullptr, static_cast<int>(waiting)),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("unsentVisitsBox"));
    QPushButton* send = box.addButton(QCoreApplication::translate("UnsentVisits", "Send now"),
                                      QMessageBox::AcceptRole);
    box.addButton(QCoreApplication::translate("UnsentVisits", "Later"), QMessageBox::RejectRole);
    box.setDefaultButton(send);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton*>(send)) {
        return;
    }
    std::size_t sent = 0;
    if (tryStore(parent, QCoreApplication::translate("UnsentVisits", "Sending the kept visits"),
                 [&] { sent = store.sendUnsentVisits(); })) {
        QMessageBox::information(
            parent, QCoreApplication::translate("UnsentVisits", "Visits kept on this computer"),
            QCoreApplication::translate("UnsentVisits", "%n visit(s) sent to the practice server.",
                                        nullptr, static_cast<int>(sent)));
    }
}

} // namespace kt::app
