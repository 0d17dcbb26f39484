#pragma once

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class ClinicPlaceDialog;
}

namespace kt::app {

// Asks where the clinic is kept: the file on this computer, or a practice server named by a
// libpq connection string. A string the core would refuse (a password in it, another computer
// without TLS, unreadable) is not accepted: the dialog says why and stays open.
class ClinicPlaceDialog : public QDialog {
    Q_OBJECT

  public:
    // `server`: the connection string in use, or empty for the file.
    explicit ClinicPlaceDialog(const QString& server, QWidget* parent = nullptr);
    ~ClinicPlaceDialog() override;

    // The chosen connection string (empty for the file), or nullopt when cancelled.
    [[nodiscard]] static std::optional<QString> ask(QWidget* parent, const QString& server);
    [[nodiscard]] QString chosenServer() const;

    void accept() override;

  private:
    void updateFields();

    std::unique_ptr<Ui::ClinicPlaceDialog> ui_;
};

} // namespace kt::app
