#include "clinic_lock.h"

#include "passphrase_dialog.h"
#include "qt_text.h"
#include "server_password_dialog.h"
#include "store_guard.h"

#include <QApplication>
#include <QEvent>
#include <QMessageBox>

namespace kt::app {
namespace {

// Deriving the key takes about a second: the cursor says the program is working.
class BusyCursor {
  public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
};

} // namespace

ClinicLock::ClinicLock(ClinicPlace& place, std::chrono::seconds idleLimit, QObject* parent)
    : QObject(parent), place_(place) {
    idleTimer_.setSingleShot(true);
    idleTimer_.setInterval(idleLimit);
    connect(&idleTimer_, &QTimer::timeout, this, &ClinicLock::idle);
    qApp->installEventFilter(this);
}

bool ClinicLock::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (open_) {
            idleTimer_.start();
            // The store forgets its key when another seat changed the passphrase (a write it
            // refused said so); the clinic then closes here, at the clinician's next input,
            // rather than leave patient pages up that can no longer be read or saved.
            if (store_ != nullptr && !store_->isUnlocked()) {
                close();
            }
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

bool ClinicLock::open(QWidget* parent) {
    if (open_) {
        return true;
    }
    if (store_ == nullptr && !connectStore(parent)) {
        return false;
    }
    if (!unlockStore(parent, *store_)) {
        return false;
    }
    setOpen(true);
    return true;
}

bool ClinicLock::connectStore(QWidget* parent) {
    QString problem;
    while (true) {
        std::optional<bool> refused;
        const bool opened = tryStore(parent, tr("Opening the clinic"), [&] {
            try {
                store_ = &place_.store();
            } catch (const ClinicServerNeedsPassword& error) {
                refused = error.refused();
            }
        });
        if (!refused) {
            return opened && store_ != nullptr;
        }
        if (*refused) {
            problem = tr("The server did not accept that password (or it does not let this user "
                         "in). Type it again, or ask whoever runs the server.");
        }
        const auto password = ServerPasswordDialog::ask(parent, toQt(place_.server()), problem);
        if (!password) {
            return false;
        }
        place_.setPassword(toCore(*password));
    }
}

bool ClinicLock::unlockStore(QWidget* parent, ClinicStore& store) {
    bool chosen = false;
    if (!tryStore(parent, tr("Reading the clinic"), [&] { chosen = store.hasPassphrase(); })) {
        return false;
    }
    if (!chosen) {
        const auto passphrase = PassphraseDialog::ask(parent, PassphraseDialog::Purpose::Choose);
        return passphrase && tryStore(parent, tr("Sealing the clinic"), [&] {
                   const BusyCursor busy;
                   store.setPassphrase(passphrase->toUtf8().toStdString());
               });
    }
    QString problem;
    while (const auto passphrase =
               PassphraseDialog::ask(parent, PassphraseDialog::Purpose::Unlock, problem)) {
        bool right = false;
        if (!tryStore(parent, tr("Unlocking the clinic"), [&] {
                const BusyCursor busy;
                right = store.unlock(passphrase->toUtf8().toStdString());
            })) {
            return false;
        }
        if (right) {
            return true;
        }
        problem = tr("That is not the clinic passphrase. Nothing was opened or changed.");
    }
    return false;
}

void ClinicLock::close(bool keepKeyForIntake) {
    if (!keepKeyForIntake && store_ != nullptr) {
        store_->lock();
    }
    setOpen(false);
}

void ClinicLock::setOpen(bool open) {
    if (open) {
        idleTimer_.start();
    } else {
        idleTimer_.stop();
    }
    if (open_ != open) {
        open_ = open;
        emit openChanged(open);
    }
}

void ClinicLock::forgetStore() {
    close();
    store_ = nullptr;
}

void ClinicLock::changePassphrase(QWidget* parent) {
    if (!open(parent)) {
        return;
    }
    const auto current = PassphraseDialog::ask(parent, PassphraseDialog::Purpose::ConfirmCurrent);
    if (!current) {
        return;
    }
    const auto replacement = PassphraseDialog::ask(parent, PassphraseDialog::Purpose::Choose);
    if (!replacement) {
        return;
    }
    bool right = false;
    const bool done = tryStore(parent, tr("Changing the clinic passphrase"), [&] {
        const BusyCursor busy;
        right = store_->changePassphrase(current->toUtf8().toStdString(),
                                         replacement->toUtf8().toStdString());
    });
    if (done) {
        QMessageBox::information(
            parent, tr("Clinic passphrase"),
            right ? tr("Every patient record is now sealed with the new passphrase; the old one "
                       "opens nothing.")
                  : tr("That is not the clinic passphrase in use, so nothing was changed."));
    }
}

} // namespace kt::app
