#include "clinic_page.h"

#include "patient_dialog.h"
#include "qt_text.h"
#include "store_guard.h"
#include "ui_clinic_page.h"

#include <QDateTime>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

namespace kt::app {

ClinicPage::ClinicPage(AppContext& context, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::ClinicPage>()), context_(context) {
    ui_->setupUi(this);
    ui_->patientTable->setColumnCount(4);
    ui_->patientTable->setHorizontalHeaderLabels(
        {tr("Name or reference"), tr("Born"), tr("Visits"), tr("Notes")});
    ui_->patientTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    ui_->patientTable->verticalHeader()->hide();
    connect(ui_->searchEdit, &QLineEdit::textChanged, this, &ClinicPage::reload);
    connect(ui_->archivedCheck, &QCheckBox::toggled, this, &ClinicPage::reload);
    connect(ui_->newPatientButton, &QPushButton::clicked, this, &ClinicPage::askForNewPatient);
    connect(ui_->editPatientButton, &QPushButton::clicked, this, &ClinicPage::askToEditPatient);
    connect(ui_->archiveButton, &QPushButton::clicked, this, &ClinicPage::toggleArchived);
    connect(ui_->deleteButton, &QPushButton::clicked, this, &ClinicPage::askToDeletePatient);
    connect(ui_->homeButton, &QPushButton::clicked, this, &ClinicPage::homeRequested);
    connect(ui_->intakeButton, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedPatient(); id > 0) {
            emit intakeRequested(id, ui_->showResultCheck->isChecked());
        }
    });
    connect(ui_->clinicianButton, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedPatient(); id > 0) {
            emit clinicianViewRequested(id);
        }
    });
    reload();
}

ClinicPage::~ClinicPage() = default;

int ClinicPage::rowCount() const {
    return ui_->patientTable->rowCount();
}

void ClinicPage::reload() {
    const std::int64_t keep = selectedPatient();
    std::vector<Patient> patients;
    const bool read = tryStore(this, tr("Listing the patients"), [&] {
        patients = context_.clinic().patients(toCore(ui_->searchEdit->text()),
                                              ui_->archivedCheck->isChecked());
    });
    if (!read) {
        patients.clear();
    }
    ui_->patientTable->setRowCount(static_cast<int>(patients.size()));
    for (std::size_t row = 0; row < patients.size(); ++row) {
        const Patient& patient = patients[row];
        const QString reference =
            patient.unreadable
                ? tr("Record %1 cannot be read: it was changed outside KneeTriage").arg(patient.id)
                : toQt(patient.reference);
        const QStringList cells{reference + (patient.archived ? tr(" (archived)") : QString()),
                                patient.birthYear ? QString::number(*patient.birthYear)
                                                  : QStringLiteral("–"),
                                QString::number(patient.visitCount),
                                toQt(patient.notes).section(QLatin1Char('\n'), 0, 0)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, QVariant::fromValue<qint64>(patient.id));
            ui_->patientTable->setItem(static_cast<int>(row), column, item);
        }
    }
    ui_->patientTable->resizeColumnsToContents();
    selectPatient(keep);
    if (selectedPatient() == 0 && !patients.empty()) {
        ui_->patientTable->selectRow(0);
    }
}

std::int64_t ClinicPage::addPatient(Patient patient) {
    patient.createdAt = toCore(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    std::int64_t id = 0;
    if (!tryStore(this, tr("Adding the patient"),
                  [&] { id = context_.clinic().addPatient(patient); })) {
        return 0;
    }
    reload();
    selectPatient(id);
    return id;
}

void ClinicPage::selectPatient(std::int64_t id) {
    for (int row = 0; row < ui_->patientTable->rowCount(); ++row) {
        if (ui_->patientTable->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            ui_->patientTable->selectRow(row);
            return;
        }
    }
}

std::int64_t ClinicPage::selectedPatient() const {
    const auto selected = ui_->patientTable->selectedItems();
    return selected.isEmpty() ? 0 : selected.front()->data(Qt::UserRole).toLongLong();
}

void ClinicPage::askForNewPatient() {
    if (auto patient = PatientDialog::ask(this)) {
        addPatient(std::move(*patient));
    }
}

void ClinicPage::askToEditPatient() {
    const std::int64_t id = selectedPatient();
    std::optional<Patient> read;
    if (id == 0 ||
        !tryStore(this, tr("Reading the patient"), [&] { read = context_.clinic().patient(id); }) ||
        !read || read->unreadable) {
        return;
    }
    std::optional<Patient> edited = PatientDialog::edit(this, *read, *read);
    while (edited) {
        std::optional<PatientConflict> conflict;
        if (!tryStore(this, tr("Saving the patient"),
                      [&] { conflict = context_.clinic().updatePatient(*read, *edited); }) ||
            !conflict || !offerToEditAgain(*conflict)) {
            break;
        }
        const Patient carried = carryEditOver(*read, *edited, conflict->saved);
        read = conflict->saved;
        edited = PatientDialog::edit(this, *read, carried);
    }
    reload();
}

bool ClinicPage::offerToEditAgain(const PatientConflict& conflict) {
    const Patient& saved = conflict.saved;
    QStringList changes;
    for (const std::string& field : conflict.changed) {
        if (field == "reference") {
            changes << tr("Name or reference: now %1").arg(toQt(saved.reference));
        } else if (field == "birth_year") {
            changes << tr("Year of birth: now %1")
                           .arg(saved.birthYear ? QString::number(*saved.birthYear)
                                                : tr("not given"));
        } else if (field == "notes") {
            changes << tr("Notes: now %1").arg(toQt(saved.notes));
        } else if (field == "archived") {
            changes << (saved.archived ? tr("Archived there")
                                       : tr("Brought back from the archive"));
        }
    }
    QMessageBox box(QMessageBox::Warning, tr("Changed on another computer"),
                    tr("While you were editing, another computer saved changes to this patient. "
                       "Your changes were not saved, so nothing of theirs was overwritten."),
                    QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(changes.join(QLatin1Char('\n')));
    QPushButton* again = box.addButton(tr("Look at my changes again"), QMessageBox::AcceptRole);
    QPushButton* keep = box.addButton(tr("Keep theirs"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton*>(again);
}

void ClinicPage::askToDeletePatient() {
    const std::int64_t id = selectedPatient();
    std::optional<Patient> patient;
    std::int64_t visits = 0;
    if (id == 0 ||
        !tryStore(this, tr("Reading the patient"),
                  [&] {
                      patient = context_.clinic().patient(id);
                      visits = context_.clinic().visitCount(id);
                  }) ||
        !patient) {
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Delete patient"),
                    tr("Delete %1 and their %n visit(s) from the clinic records?", nullptr,
                       static_cast<int>(visits))
                        .arg(QChar(0x2068) + toQt(patient->reference) + QChar(0x2069)),
                    QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        tr("Everything about them is erased from the clinic records and cannot be "
           "recovered. Export what you must keep first; to keep the record but "
           "hide it, archive it instead."));
    QPushButton* erase = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton*>(erase)) {
        return;
    }
    tryStore(this, tr("Deleting the patient"), [&] { context_.clinic().deletePatient(id); });
    reload();
}

void ClinicPage::toggleArchived() {
    const std::int64_t id = selectedPatient();
    tryStore(this, tr("Archiving the patient"), [&] {
        if (const auto patient = context_.clinic().patient(id)) {
            context_.clinic().setArchived(id, !patient->archived);
        }
    });
    reload();
}

} // namespace kt::app
