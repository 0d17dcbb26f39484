#pragma once

#include "app_context.h"

#include <QWidget>
#include <cstdint>
#include <memory>
#include <optional>

namespace Ui {
class HistoryPage;
}

namespace kt::app {

class PainChartWidget;

// Saved checks: list, reopen, delete, and pain over time.
class HistoryPage : public QWidget {
    Q_OBJECT

  public:
    explicit HistoryPage(AppContext& context, QWidget* parent = nullptr);
    ~HistoryPage() override;

    void reload();
    [[nodiscard]] int rowCount() const;

  signals:
    void openRequested(std::int64_t id);
    void homeRequested();
    // Today's exercises of the selected check, in today's terms.
    void exercisesRequested(const kt::TriageResult& result, const kt::Answers& answers);

  private:
    [[nodiscard]] std::int64_t selectedId() const;
    void deleteSelected();
    // The selected check's adherence line and whether it offers a session.
    void showSelectedExercises();

    std::unique_ptr<Ui::HistoryPage> ui_;
    AppContext& context_;
    PainChartWidget* chart_;
    // The selected check in today's terms, when it offers exercises.
    std::optional<ReopenedCheck> selected_;
};

} // namespace kt::app
