#pragma once

#include <QDateTime>
#include <QWidget>
#include <vector>

namespace kt::app {

// Pain (0 to 10) at each saved check, oldest on the left.
class PainChartWidget : public QWidget {
    Q_OBJECT

  public:
    struct Point {
        QDateTime when;
        int pain = 0;
    };

    explicit PainChartWidget(QWidget* parent = nullptr);
    void setPoints(std::vector<Point> points);
    [[nodiscard]] QSize sizeHint() const override { return {600, 180}; }

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    std::vector<Point> points_;
};

} // namespace kt::app
