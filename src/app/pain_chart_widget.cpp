#include "pain_chart_widget.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace kt::app {

PainChartWidget::PainChartWidget(QWidget* parent) : QWidget(parent) {
    setMinimumHeight(150);
    setAccessibleName(tr("Pain over time"));
}

void PainChartWidget::setPoints(std::vector<Point> points) {
    std::sort(points.begin(), points.end(),
              [](const Point& a, const Point& b) { return a.when < b.when; });
    points_ = std::move(points);
    update();
}

void PainChartWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF plot = QRectF(rect()).adjusted(36, 10, -16, -26);
    const QColor text = palette().color(QPalette::WindowText);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    for (int level = 0; level <= 10; level += 5) {
        const double y = plot.bottom() - plot.height() * level / 10.0;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(text);
        painter.drawText(QRectF(0, y - 8, 30, 16), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(level));
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    }
    if (points_.empty()) {
        painter.setPen(text);
        painter.drawText(plot, Qt::AlignCenter, tr("Finish a check to start the chart."));
        return;
    }
    const qint64 first = points_.front().when.toSecsSinceEpoch();
    const qint64 span = std::max<qint64>(1, points_.back().when.toSecsSinceEpoch() - first);
    const auto place = [&](const Point& point) {
        const double x = points_.size() == 1
                             ? plot.center().x()
                             : plot.left() + plot.width() *
                                                 double(point.when.toSecsSinceEpoch() - first) /
                                                 double(span);
        return QPointF(x, plot.bottom() - plot.height() * point.pain / 10.0);
    };
    QPainterPath line;
    line.moveTo(place(points_.front()));
    for (const Point& point : points_) {
        line.lineTo(place(point));
    }
    const QColor accent = palette().color(QPalette::Highlight);
    painter.setPen(QPen(accent, 2.5));
    painter.drawPath(line);
    painter.setBrush(accent);
    for (const Point& point : points_) {
        painter.drawEllipse(place(point), 4, 4);
    }
    painter.setPen(text);
    painter.drawText(QRectF(plot.left(), plot.bottom() + 4, 160, 18), Qt::AlignLeft,
                     QLocale().toString(points_.front().when.date(), QLocale::ShortFormat));
    painter.drawText(QRectF(plot.right() - 160, plot.bottom() + 4, 160, 18), Qt::AlignRight,
                     QLocale().toString(points_.back().when.date(), QLocale::ShortFormat));
}

} // namespace kt::app
