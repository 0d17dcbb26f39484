#include "patient_dialog.h"

#include "number_field.h"
#include "qt_text.h"
#include "ui_patient_dialog.h"

#include <QDate>
#include <QIntValidator>
#include <QPushButton>

namespace kt::app {
namespace {

// The oldest patient a birth year can be given for.
constexpr int kOldestAge = 110;

} // namespace

PatientDialog::PatientDialog(QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::PatientDialog>()) {
    ui_->setupUi(this);
    const int thisYear = QDate::currentDate().year();
    // An empty field is "not given"; a year typed must be a possible one before Save is offered,
    // so a half-typed or impossible year is never dropped without a word.
    ui_->birthYearEdit->setValidator(
        new QIntValidator(thisYear - kOldestAge, thisYear, ui_->birthYearEdit));
    QPushButton* save = ui_->buttonBox->button(QDialogButtonBox::Save);
    save->setEnabled(false);
    save->setToolTip(tr("Add the patient to the clinic's list"));
    ui_->buttonBox->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without adding anyone"));
    const auto updateSave = [this, save] {
        const bool yearFine =
            ui_->birthYearEdit->text().isEmpty() || typedNumber(*ui_->birthYearEdit).has_value();
        save->setEnabled(!ui_->referenceEdit->text().trimmed().isEmpty() && yearFine);
    };
    connect(ui_->referenceEdit, &QLineEdit::textChanged, this, updateSave);
    connect(ui_->birthYearEdit, &QLineEdit::textChanged, this, updateSave);
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PatientDialog::~PatientDialog() = default;

Patient PatientDialog::patient() const {
    Patient patient;
    patient.reference = toCore(ui_->referenceEdit->text().trimmed());
    patient.birthYear = typedNumber(*ui_->birthYearEdit);
    patient.notes = toCore(ui_->notesEdit->toPlainText());
    return patient;
}

std::optional<Patient> PatientDialog::edit(QWidget* parent, const Patient& read,
                                           const Patient& shown) {
    PatientDialog dialog(parent);
    dialog.setWindowTitle(tr("Edit patient details"));
    dialog.ui_->referenceEdit->setText(toQt(shown.reference));
    dialog.ui_->birthYearEdit->setText(shown.birthYear ? QString::number(*shown.birthYear)
                                                       : QString());
    dialog.ui_->notesEdit->setPlainText(toQt(shown.notes));
    dialog.ui_->buttonBox->button(QDialogButtonBox::Save)->setToolTip(tr("Save these details"));
    dialog.ui_->buttonBox->button(QDialogButtonBox::Cancel)
        ->setToolTip(tr("Close without changing anything"));
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    Patient edited = read;
    const Patient typed = dialog.patient();
    edited.reference = typed.reference;
    edited.birthYear = typed.birthYear;
    edited.notes = typed.notes;
    return edited;
}

std::optional<Patient> PatientDialog::ask(QWidget* parent) {
    PatientDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.patient();
}

} // namespace kt::app
