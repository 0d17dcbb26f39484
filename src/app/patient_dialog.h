#pragma once

#include "kneetriage/store/clinic_store.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class PatientDialog;
}

namespace kt::app {

// Asks for a new patient's reference, year of birth and notes.
class PatientDialog : public QDialog {
    Q_OBJECT

  public:
    explicit PatientDialog(QWidget* parent = nullptr);
    ~PatientDialog() override;

    // The patient entered, or nullopt when the clinician cancels.
    [[nodiscard]] static std::optional<Patient> ask(QWidget* parent);

  private:
    [[nodiscard]] Patient patient() const;

    std::unique_ptr<Ui::PatientDialog> ui_;
};

} // namespace kt::app
