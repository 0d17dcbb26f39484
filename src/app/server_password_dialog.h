#pragma once

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class ServerPasswordDialog;
}

namespace kt::app {

// Asks for the practice server's password when ~/.pgpass does not give it. The caller keeps it
// in memory for this run only.
class ServerPasswordDialog : public QDialog {
    Q_OBJECT

  public:
    // `server`: the connection string (it never holds a password); `problem` says why it is
    // asked again (a refused password), empty the first time.
    ServerPasswordDialog(const QString& server, const QString& problem, QWidget* parent = nullptr);
    ~ServerPasswordDialog() override;

    // The password typed, or nullopt when cancelled.
    [[nodiscard]] static std::optional<QString> ask(QWidget* parent, const QString& server,
                                                    const QString& problem = {});

  private:
    std::unique_ptr<Ui::ServerPasswordDialog> ui_;
};

} // namespace kt::app
