#include "patient_dialog.h"

#include "qt_text.h"
#include "ui_patient_dialog.h"

#include <QDate>
#include <QPushButton>

namespace kt::app {

PatientDialog::PatientDialog(QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::PatientDialog>()) {
    ui_->setupUi(this);
    const int thisYear = QDate::currentDate().year();
    ui_->birthYearSpin->setRange(thisYear - 110, thisYear); // the lowest value reads "Not given"
    ui_->birthYearSpin->setValue(ui_->birthYearSpin->minimum());
    QPushButton* save = ui_->buttonBox->button(QDialogButtonBox::Save);
    save->setEnabled(false);
    connect(ui_->referenceEdit, &QLineEdit::textChanged, this,
            [save](const QString& text) { save->setEnabled(!text.trimmed().isEmpty()); });
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PatientDialog::~PatientDialog() = default;

Patient PatientDialog::patient() const {
    Patient patient;
    patient.reference = toCore(ui_->referenceEdit->text().trimmed());
    if (ui_->birthYearSpin->value() != ui_->birthYearSpin->minimum()) {
        patient.birthYear = ui_->birthYearSpin->value();
    }
    patient.notes = toCore(ui_->notesEdit->toPlainText());
    return patient;
}

std::optional<Patient> PatientDialog::ask(QWidget* parent) {
    PatientDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.patient();
}

} // namespace kt::app
