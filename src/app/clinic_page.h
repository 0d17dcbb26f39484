#pragma once

#include "app_context.h"

#include <QTimer>
#include <QWidget>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>

namespace Ui {
class ClinicPage;
}

namespace kt::app {

// The patient list of clinic mode: search, add, archive, start an intake, open the clinician view.
// While it is on screen it checks every refreshInterval() whether any seat changed the clinic,
// and if so reads the list again, keeping the selection and where it was scrolled to.
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
    // Another seat's change shows within this long; polling costs one tiny query.
    static constexpr std::chrono::seconds kRefreshInterval{10};
    void setRefreshInterval(std::chrono::milliseconds interval);

  signals:
    void intakeRequested(std::int64_t patientId, bool showResultToPatient);
    void clinicianViewRequested(std::int64_t patientId);
    void homeRequested();

  protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

  private:
    // Reads the list again when the clinic's revision moved on since it was last read. Quiet
    // when the store cannot be asked: a line on the page says so, and it is asked again at the
    // next tick (a message box every few seconds would make the window unusable).
    void refreshIfChanged();
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
    QTimer refreshTimer_;
    // The revision read just before the list on screen was read.
    std::optional<std::int64_t> revision_;
};

} // namespace kt::app
