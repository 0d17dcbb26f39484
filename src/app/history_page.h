#pragma once

#include "app_context.h"

#include <QWidget>
#include <cstdint>
#include <memory>

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

  private:
    [[nodiscard]] std::int64_t selectedId() const;
    void deleteSelected();

    std::unique_ptr<Ui::HistoryPage> ui_;
    AppContext& context_;
    PainChartWidget* chart_;
};

} // namespace kt::app
