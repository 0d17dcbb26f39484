#include "server_password_dialog.h"

#include "ui_server_password_dialog.h"

#include <QPushButton>

namespace kt::app {

ServerPasswordDialog::ServerPasswordDialog(const QString& server, const QString& problem,
                                           QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::ServerPasswordDialog>()) {
    ui_->setupUi(this);
    ui_->explanationLabel->setText(
        tr("The practice server asks for a password, and ~/.pgpass does not give one. "
           "KneeTriage keeps the password in memory until it closes; it is never saved."));
    ui_->serverLabel->setText(server);
    // Room for two lines of problem is kept, so the dialog does not jump as it comes and goes.
    ui_->problemLabel->setMinimumHeight(2 * ui_->problemLabel->fontMetrics().height());
    ui_->problemLabel->setText(problem);
    QPushButton* ok = ui_->buttonBox->button(QDialogButtonBox::Ok);
    ok->setToolTip(tr("Connect to the server with this password"));
    ok->setEnabled(false);
    ui_->buttonBox->button(QDialogButtonBox::Cancel)
        ->setToolTip(tr("Close without connecting; patient records stay closed"));
    connect(ui_->passwordEdit, &QLineEdit::textChanged, this,
            [ok](const QString& typed) { ok->setEnabled(!typed.isEmpty()); });
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ServerPasswordDialog::~ServerPasswordDialog() = default;

std::optional<QString> ServerPasswordDialog::ask(QWidget* parent, const QString& server,
                                                 const QString& problem) {
    ServerPasswordDialog dialog(server, problem, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.ui_->passwordEdit->text();
}

} // namespace kt::app
