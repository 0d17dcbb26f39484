#pragma once

#include <QDate>
#include <QString>
#include <QWidget>
#include <vector>

namespace kt::app {

// The distance run in each week as bars, oldest on the left, in the palette's colours. A week with
// a spike (a run much longer than the runner's longest of the month before) is marked with a
// triangle over its bar and a colour of its own, explained in a legend; its accessible
// description lists those weeks in words, so no one needs the colour or the picture.
class WeeklyDistanceChart : public QWidget {
    Q_OBJECT

  public:
    struct Week {
        QDate start; // its Monday
        double kilometres = 0;
        int spikes = 0; // runs of the week in a spike category
        // The largest spike of the week in words, from the data ("Large spike: ..."); empty when
        // none.
        QString largestSpike;
    };

    explicit WeeklyDistanceChart(QWidget* parent = nullptr);
    void setWeeks(std::vector<Week> weeks);
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    struct Colours {
        QColor text;
        QColor grid;
        QColor bar;
        QColor spike;
    };
    [[nodiscard]] Colours colours() const;
    [[nodiscard]] double scaleTop() const;
    void describe();
    void paintAxis(QPainter& painter, const QRectF& plot, double top) const;
    void paintBars(QPainter& painter, const QRectF& plot, double top) const;
    void paintLegend(QPainter& painter, const QRectF& area) const;

    std::vector<Week> weeks_;
};

} // namespace kt::app
