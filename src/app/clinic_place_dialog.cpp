#include "clinic_place_dialog.h"

#include "kneetriage/store/clinic_store.h"
#include "qt_text.h"
#include "ui_clinic_place_dialog.h"

#include <QPushButton>

namespace kt::app {
namespace {

// Why core refuses the string, in the user's language; core's own sentence names the server.
QString refusal(const ClinicServerProblem& problem) {
    switch (problem.kind) {
    case ClinicServerProblem::Kind::Password:
        return ClinicPlaceDialog::tr(
            "The connection string contains a password. KneeTriage never keeps one: remove "
            "password=… and put the password in ~/.pgpass, or leave it out and type it when "
            "KneeTriage asks.");
    case ClinicServerProblem::Kind::Unencrypted:
        return ClinicPlaceDialog::tr(
            "This server is on another computer, so patient data must travel encrypted: add "
            "sslmode=verify-full (or at least sslmode=require).");
    case ClinicServerProblem::Kind::Unreadable:
        break;
    }
    return ClinicPlaceDialog::tr("This is not a connection string KneeTriage can read: %1")
        .arg(toQt(problem.text));
}

} // namespace

ClinicPlaceDialog::ClinicPlaceDialog(const QString& server, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::ClinicPlaceDialog>()) {
    ui_->setupUi(this);
    ui_->serverRadio->setChecked(!server.isEmpty());
    ui_->serverEdit->setText(server);
    // Room for three lines of problem is kept, so the dialog does not jump when one is said.
    ui_->problemLabel->setMinimumHeight(3 * ui_->problemLabel->fontMetrics().height());
    ui_->buttonBox->button(QDialogButtonBox::Ok)
        ->setToolTip(tr("Use this place; the clinic open now is locked and closed"));
    ui_->buttonBox->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close; nothing changes"));
    connect(ui_->serverRadio, &QRadioButton::toggled, this, &ClinicPlaceDialog::updateFields);
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &ClinicPlaceDialog::accept);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

ClinicPlaceDialog::~ClinicPlaceDialog() = default;

void ClinicPlaceDialog::updateFields() {
    const bool server = ui_->serverRadio->isChecked();
    ui_->serverLabel->setEnabled(server);
    ui_->serverEdit->setEnabled(server);
    ui_->problemLabel->clear();
}

QString ClinicPlaceDialog::chosenServer() const {
    return ui_->serverRadio->isChecked() ? ui_->serverEdit->text().trimmed() : QString();
}

void ClinicPlaceDialog::accept() {
    if (ui_->serverRadio->isChecked()) {
        const QString server = chosenServer();
        if (server.isEmpty()) {
            ui_->problemLabel->setText(tr("Type the server's connection string, or choose the "
                                          "file on this computer."));
            ui_->serverEdit->setFocus();
            return;
        }
        if (const auto problem = clinicServerProblem(toCore(server))) {
            ui_->problemLabel->setText(refusal(*problem));
            ui_->serverEdit->setFocus();
            return;
        }
    }
    QDialog::accept();
}

std::optional<QString> ClinicPlaceDialog::ask(QWidget* parent, const QString& server) {
    ClinicPlaceDialog dialog(server, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.chosenServer();
}

} // namespace kt::app
