#pragma once

#include "kneetriage/store/clinic_store.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class PatientDialog;
}

namespace kt::app {

// Asks for a new patient's reference, year of birth and notes, or changes them.
class PatientDialog : public QDialog {
    Q_OBJECT

  public:
    explicit PatientDialog(QWidget* parent = nullptr);
    ~PatientDialog() override;

    // The patient entered, or nullopt when the clinician cancels.
    [[nodiscard]] static std::optional<Patient> ask(QWidget* parent);
    // `read` with the details the clinician changed, starting from those of `shown` (`read`
    // itself, or an edit to look at again after another seat saved first); nullopt on Cancel.
    [[nodiscard]] static std::optional<Patient> edit(QWidget* parent, const Patient& read,
                                                     const Patient& shown);

  private:
    [[nodiscard]] Patient patient() const;

    std::unique_ptr<Ui::PatientDialog> ui_;
};

} // namespace kt::app
