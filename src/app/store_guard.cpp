#include "store_guard.h"

#include "kneetriage/store/clinic_store.h"
#include "kneetriage/store/user_database.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <exception>

namespace kt::app {
namespace {

// `explanation` says what to do; `error` is shown in full when it names the server or the newer
// version (it never holds a password: core refuses one in the connection string), else behind
// "Show Details".
void tell(QWidget* parent, const QString& what, const QString& explanation,
          const std::exception& error, bool errorInView) {
    QMessageBox box(QMessageBox::Warning, what, explanation, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("storeProblemBox"));
    if (errorInView) {
        box.setInformativeText(QString::fromStdString(error.what()));
    } else {
        box.setDetailedText(QString::fromStdString(error.what()));
    }
    box.exec();
}

} // namespace

bool tryStore(QWidget* parent, const QString& what, const std::function<void()>& operation) {
    try {
        operation();
        return true;
    } catch (const ClinicServerError& error) {
        tell(parent, what,
             QCoreApplication::translate(
                 "StoreGuard",
                 "%1 did not work: the practice server cannot be used just now. Nothing "
                 "that was already saved has been lost. Check this computer's network "
                 "connection and ask whoever runs the server whether it is running, then "
                 "try again.")
                 .arg(what),
             error, true);
    } catch (const ClinicLocked& error) {
        tell(parent, what,
             QCoreApplication::translate(
                 "StoreGuard",
                 "%1 did not work, and nothing was written: the patient records are locked. "
                 "If the clinic passphrase was changed on another computer, open the patient "
                 "records again with the new passphrase.")
                 .arg(what),
             error, true);
    } catch (const NewerDatabase& error) {
        tell(parent, what,
             QCoreApplication::translate(
                 "StoreGuard",
                 "%1 did not work: the clinic was last used by a newer KneeTriage, which "
                 "this one cannot read. Nothing was changed. Update KneeTriage on this "
                 "computer.")
                 .arg(what),
             error, true);
    } catch (const std::exception& error) {
        tell(parent, what,
             QCoreApplication::translate(
                 "StoreGuard", "%1 did not work. Nothing that was already saved has been lost. If "
                               "the disk is full or the folder cannot be written, make room or fix "
                               "it, then try again.")
                 .arg(what),
             error, false);
    }
    return false;
}

} // namespace kt::app
