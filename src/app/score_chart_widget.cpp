#include "score_chart_widget.h"

#include <QPainter>
#include <QPainterPath>
#include <array>

namespace kt::app {

ScoreChartWidget::ScoreChartWidget(QWidget* parent) : QWidget(parent) {
    setMinimumHeight(170);
    setAccessibleName(tr("Outcome scores across visits"));
}

void ScoreChartWidget::setSeries(int visits, std::vector<Series> series) {
    visits_ = visits;
    series_ = std::move(series);
    update();
}

void ScoreChartWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF plot = QRectF(rect()).adjusted(40, 10, -180, -24);
    const QColor text = palette().color(QPalette::WindowText);
    for (int level = 0; level <= 100; level += 25) {
        const double y = plot.bottom() - plot.height() * level / 100.0;
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(text);
        painter.drawText(QRectF(0, y - 8, 34, 16), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(level));
    }
    for (int visit = 0; visit < visits_; ++visit) {
        const double x =
            visits_ == 1 ? plot.center().x() : plot.left() + plot.width() * visit / (visits_ - 1.0);
        painter.drawText(QRectF(x - 40, plot.bottom() + 4, 80, 16), Qt::AlignCenter,
                         tr("Visit %1").arg(visit + 1));
    }
    static constexpr std::array<QRgb, 6> kColours{0x2b6f8f, 0xd96c00, 0x2e7d4f,
                                                  0x8e44ad, 0xb31b1b, 0x555555};
    for (std::size_t s = 0; s < series_.size(); ++s) {
        const QColor colour(kColours[s % kColours.size()]);
        painter.setPen(QPen(colour, 2.5));
        painter.setBrush(colour);
        QPainterPath line;
        bool first = true;
        for (const auto& [visit, score] : series_[s].points) {
            const double x = visits_ == 1 ? plot.center().x()
                                          : plot.left() + plot.width() * visit / (visits_ - 1.0);
            const QPointF point(x, plot.bottom() - plot.height() * score / 100.0);
            first ? line.moveTo(point) : line.lineTo(point);
            first = false;
            painter.drawEllipse(point, 3.5, 3.5);
        }
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(line);
        painter.drawText(
            QRectF(plot.right() + 12, plot.top() + 18.0 * static_cast<double>(s), 170, 16),
            Qt::AlignLeft | Qt::AlignVCenter, series_[s].name);
    }
}

} // namespace kt::app
