#pragma once

#include <QDateTime>
#include <QWidget>
#include <vector>

namespace kt::app {

// Outcome scores (0 to 100) across visits, one line per scale, oldest visit on the left.
class ScoreChartWidget : public QWidget {
    Q_OBJECT

  public:
    struct Series {
        QString name;
        std::vector<std::pair<int, double>> points; // visit index, score
    };

    explicit ScoreChartWidget(QWidget* parent = nullptr);
    void setSeries(int visits, std::vector<Series> series);
    [[nodiscard]] QSize sizeHint() const override { return {600, 200}; }

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    int visits_ = 0;
    std::vector<Series> series_;
};

} // namespace kt::app
