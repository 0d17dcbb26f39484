#pragma once

#include "clinic_place.h"

#include <QObject>
#include <QTimer>
#include <chrono>

class QWidget;

namespace kt::app {

// Who may see patients. The clinic is open to the clinician after the passphrase, until they
// lock it, hand the computer to a patient for an intake, or leave it idle for `idleLimit`.
// Closed, the store's key is forgotten too, except while an intake needs it to save the visit.
class ClinicLock : public QObject {
    Q_OBJECT

  public:
    ClinicLock(ClinicPlace& place, std::chrono::seconds idleLimit, QObject* parent = nullptr);

    [[nodiscard]] bool isOpen() const { return open_; }
    // Opens the clinic, asking for the passphrase (or, on first use, for a new one) unless it
    // is open already. False when the clinician cancels or the store cannot be used.
    bool open(QWidget* parent);
    // Closes the clinic. With `keepKeyForIntake` the key stays in memory, unseen, so the
    // patient's visit can be saved; it is forgotten by the next close without it.
    void close(bool keepKeyForIntake = false);
    // Opens the clinic if need be, asks for the passphrase in use and a new one, and re-seals
    // every record with the new one.
    void changePassphrase(QWidget* parent);
    // Closes the clinic and lets go of its store, before the place moves (ClinicPlace::moveTo).
    void forgetStore();

  signals:
    void openChanged(bool open);
    // No keyboard or mouse input for the idle limit while open.
    void idle();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    // Opens the store, asking for the server's password while the server wants one. False,
    // with the user told why, when it cannot be opened or the user cancels.
    bool connectStore(QWidget* parent);
    bool unlockStore(QWidget* parent, ClinicStore& store);
    void setOpen(bool open);

    ClinicPlace& place_;
    // Opened on the first open(): a lock that was never opened creates no clinic file.
    ClinicStore* store_ = nullptr;
    QTimer idleTimer_;
    bool open_ = false;
};

} // namespace kt::app
