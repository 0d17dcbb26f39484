#pragma once

#include "app_context.h"

#include <QWidget>
#include <cstdint>
#include <memory>
#include <string>

namespace Ui {
class ClinicianPage;
}

namespace kt::app {

class ScoreChartWidget;

// The clinician's view of a patient: the visit's summary (red flags first, the likely
// conditions with reasons, answers by section, scores with their change since the last visit),
// the scores across visits, and the exports. Shown only after the clinician confirms.
class ClinicianPage : public QWidget {
    Q_OBJECT

  public:
    explicit ClinicianPage(AppContext& context, QWidget* parent = nullptr);
    ~ClinicianPage() override;

    void showPatient(std::int64_t patientId);
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] int visitCount() const;

    // Each returns an error message, or "" on success.
    [[nodiscard]] QString exportPdf(const QString& file);
    [[nodiscard]] QString exportFhir(const QString& file);
    [[nodiscard]] QString exportCsv(const QString& file);
    [[nodiscard]] QString importFhir(const QString& file);

  signals:
    void patientsRequested();

  private:
    void showVisit(int index);
    [[nodiscard]] QString summaryHtml(std::size_t index) const;
    [[nodiscard]] QString changeSinceHtml(const Visit& previous, const Visit& visit) const;
    [[nodiscard]] QString scoresHtml(std::size_t index) const;
    void updateChart();
    void chooseFile(const QString& title, const QString& name, const QString& filter,
                    QString (ClinicianPage::*action)(const QString&), bool save);

    std::unique_ptr<Ui::ClinicianPage> ui_;
    AppContext& context_;
    ScoreChartWidget* chart_;
    std::int64_t patientId_ = 0;
    std::string patientReference_;
    std::vector<Visit> visits_;
};

} // namespace kt::app
