#pragma once

#include "app_context.h"

#include <QWidget>
#include <cstdint>
#include <memory>

namespace Ui {
class ClinicPage;
}

namespace kt::app {

// The patient list of clinic mode: search, add, archive, start an intake, open the clinician view.
class ClinicPage : public QWidget {
    Q_OBJECT

  public:
    explicit ClinicPage(AppContext& context, QWidget* parent = nullptr);
    ~ClinicPage() override;

    void reload();
    std::int64_t addPatient(Patient patient);
    void selectPatient(std::int64_t id);
    [[nodiscard]] std::int64_t selectedPatient() const;
    [[nodiscard]] int rowCount() const;

  signals:
    void intakeRequested(std::int64_t patientId, bool showResultToPatient);
    void clinicianViewRequested(std::int64_t patientId);
    void homeRequested();

  private:
    void askForNewPatient();
    // Saves an edit only over the details it was made from: when another seat saved first, the
    // clinician is shown what changed there and may look at their edit again, carried over to
    // the newer save.
    void askToEditPatient();
    [[nodiscard]] bool offerToEditAgain(const PatientConflict& conflict);
    void toggleArchived();
    // Erasure: after a warning that names the patient and their visits.
    void askToDeletePatient();

    std::unique_ptr<Ui::ClinicPage> ui_;
    AppContext& context_;
};

} // namespace kt::app
