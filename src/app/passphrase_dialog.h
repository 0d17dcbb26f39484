#pragma once

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class PassphraseDialog;
}

namespace kt::app {

// Asks for the clinic passphrase: a new one (typed twice, long enough) or the one in use.
class PassphraseDialog : public QDialog {
    Q_OBJECT

  public:
    enum class Purpose { Choose, Unlock, ConfirmCurrent };

    PassphraseDialog(Purpose purpose, const QString& problem, QWidget* parent = nullptr);
    ~PassphraseDialog() override;

    // The passphrase typed, or nullopt when the clinician cancels. `problem` says why it is
    // asked again (a wrong passphrase), empty the first time.
    [[nodiscard]] static std::optional<QString> ask(QWidget* parent, Purpose purpose,
                                                    const QString& problem = {});

  private:
    void updateOk();

    std::unique_ptr<Ui::PassphraseDialog> ui_;
    Purpose purpose_;
};

} // namespace kt::app
