#include "passphrase_dialog.h"

#include "kneetriage/store/clinic_store.h"
#include "ui_passphrase_dialog.h"

#include <QPushButton>

namespace kt::app {

PassphraseDialog::PassphraseDialog(Purpose purpose, const QString& problem, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::PassphraseDialog>()), purpose_(purpose) {
    ui_->setupUi(this);
    const bool choosing = purpose == Purpose::Choose;
    ui_->repeatLabel->setVisible(choosing);
    ui_->repeatEdit->setVisible(choosing);
    switch (purpose) {
    case Purpose::Choose:
        setWindowTitle(tr("Choose a clinic passphrase"));
        ui_->explanationLabel->setText(
            tr("Patients' names, notes, answers and scores are sealed on this computer with a key "
               "made from this passphrase. Choose at least %1 characters; a few unrelated words "
               "are easy to remember and hard to guess.\n\nIt cannot be recovered: without it, "
               "the patient records cannot be opened. Keep it where the practice keeps its "
               "other passwords.")
                .arg(kMinimumPassphraseBytes));
        break;
    case Purpose::Unlock:
        setWindowTitle(tr("Unlock patient records"));
        ui_->explanationLabel->setText(
            tr("Patient records are locked. Enter the clinic passphrase to open them."));
        break;
    case Purpose::ConfirmCurrent:
        setWindowTitle(tr("Change the clinic passphrase"));
        ui_->explanationLabel->setText(tr("Enter the clinic passphrase in use now."));
        break;
    }
    // Room for two lines of hint is kept, so the dialog does not jump as the hints come and go.
    ui_->problemLabel->setMinimumHeight(2 * ui_->problemLabel->fontMetrics().height());
    ui_->problemLabel->setText(problem);
    ui_->buttonBox->button(QDialogButtonBox::Ok)
        ->setToolTip(choosing ? tr("Seal the patient records with this passphrase")
                              : tr("Check the passphrase and continue"));
    ui_->buttonBox->button(QDialogButtonBox::Cancel)
        ->setToolTip(tr("Close; patient records stay locked"));
    connect(ui_->passphraseEdit, &QLineEdit::textChanged, this, &PassphraseDialog::updateOk);
    connect(ui_->repeatEdit, &QLineEdit::textChanged, this, &PassphraseDialog::updateOk);
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

PassphraseDialog::~PassphraseDialog() = default;

void PassphraseDialog::updateOk() {
    const QString typed = ui_->passphraseEdit->text();
    bool acceptable = !typed.isEmpty();
    if (purpose_ == Purpose::Choose) {
        const bool longEnough =
            static_cast<std::size_t>(typed.toUtf8().size()) >= kMinimumPassphraseBytes;
        const bool repeated = ui_->repeatEdit->text() == typed;
        acceptable = longEnough && repeated;
        // Said as soon as it applies, so an Ok that stays grey is never a puzzle.
        const QString hint =
            !longEnough && !typed.isEmpty()
                ? tr("At least %1 characters.").arg(kMinimumPassphraseBytes)
                : (!repeated && !ui_->repeatEdit->text().isEmpty() ? tr("The two do not match.")
                                                                   : QString());
        ui_->problemLabel->setText(hint);
    }
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(acceptable);
}

std::optional<QString> PassphraseDialog::ask(QWidget* parent, Purpose purpose,
                                             const QString& problem) {
    PassphraseDialog dialog(purpose, problem, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.ui_->passphraseEdit->text();
}

} // namespace kt::app
