#include "weekly_distance_chart.h"

#include "qt_text.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <array>
#include <cmath>

namespace kt::app {
namespace {

// A gridline step of 1, 2 or 5 times a power of ten that gives at most four lines.
double gridStep(double top) {
    const double rough = std::max(top, 1.0) / 4;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= rough) {
            return factor * power;
        }
    }
    return 10 * power;
}

bool isHighContrast(const QPalette& palette) {
    return palette.color(QPalette::Base) == Qt::black && palette.color(QPalette::Text) == Qt::white;
}

// A triangle pointing down onto a bar, `size` wide, its tip at `tip`.
QPainterPath marker(QPointF tip, double size) {
    QPainterPath path;
    path.moveTo(tip);
    path.lineTo(tip.x() - size / 2, tip.y() - size * 0.85);
    path.lineTo(tip.x() + size / 2, tip.y() - size * 0.85);
    path.closeSubpath();
    return path;
}

QString kilometres(double value, int decimals) {
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

WeeklyDistanceChart::WeeklyDistanceChart(QWidget* parent) : QWidget(parent) {
    setAccessibleName(tr("Distance each week"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    describe();
}

QSize WeeklyDistanceChart::sizeHint() const {
    const int line = fontMetrics().height();
    return {line * 30, line * 12};
}

QSize WeeklyDistanceChart::minimumSizeHint() const {
    const int line = fontMetrics().height();
    return {line * 16, line * 9};
}

void WeeklyDistanceChart::setWeeks(std::vector<Week> weeks) {
    weeks_ = std::move(weeks);
    describe();
    update();
}

void WeeklyDistanceChart::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        describe();
    }
}

// What a screen reader reads instead of the picture: the span, the longest week, and every week
// with a spike in words.
void WeeklyDistanceChart::describe() {
    if (weeks_.empty()) {
        setAccessibleDescription(tr("No runs yet: import runs to see the distance of each week."));
        return;
    }
    const auto longest =
        std::max_element(weeks_.begin(), weeks_.end(),
                         [](const Week& a, const Week& b) { return a.kilometres < b.kilometres; });
    const QLocale locale;
    QString text =
        weeks_.size() == 1
            ? tr("One week, the week of %1: %2 km.")
                  .arg(locale.toString(weeks_.front().start, QLocale::LongFormat),
                       kilometres(weeks_.front().kilometres, 1))
            : tr("%1 weeks from the week of %2 to the week of %3; the longest, the week of %4: "
                 "%5 km.")
                  .arg(QString::number(weeks_.size()),
                       locale.toString(weeks_.front().start, QLocale::LongFormat),
                       locale.toString(weeks_.back().start, QLocale::LongFormat),
                       locale.toString(longest->start, QLocale::LongFormat),
                       kilometres(longest->kilometres, 1));
    QStringList spikes;
    for (const Week& week : weeks_) {
        if (week.spikes > 0) {
            spikes << counted(week.spikes, tr("the week of %2: %3 km, %1 run with a spike (%4)"),
                              tr("the week of %2: %3 km, %1 runs with a spike, the largest: %4"))
                          .arg(locale.toString(week.start, QLocale::LongFormat),
                               kilometres(week.kilometres, 1), week.largestSpike);
        }
    }
    text +=
        QLatin1Char(' ') +
        (spikes.isEmpty() ? tr("No week has a spike.")
                          : tr("Weeks with a spike: %1.").arg(spikes.join(QStringLiteral("; "))));
    setAccessibleDescription(text);
}

WeeklyDistanceChart::Colours WeeklyDistanceChart::colours() const {
    const QPalette& colours = palette();
    const QColor text = colours.color(QPalette::WindowText);
    if (isHighContrast(colours)) {
        return {text, QColor(0x80, 0x80, 0x80), text, colours.color(QPalette::Highlight)};
    }
    const bool dark = colours.color(QPalette::Window).lightness() < 128;
    QColor grid = text;
    grid.setAlphaF(0.18F);
    return {text, grid, colours.color(QPalette::Highlight),
            dark ? QColor(0xff, 0x9f, 0x43) : QColor(0xc2, 0x41, 0x0c)};
}

double WeeklyDistanceChart::scaleTop() const {
    double most = 0;
    for (const Week& week : weeks_) {
        most = std::max(most, week.kilometres);
    }
    const double step = gridStep(most);
    return std::max(step, std::ceil(most / step) * step);
}

void WeeklyDistanceChart::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(font());
    const double line = metrics.height();
    const QRectF legend(0, 0, width(), line * 1.4);
    const double top = scaleTop();
    const double axisWidth =
        metrics.horizontalAdvance(kilometres(top, 0) + QStringLiteral(" km")) + line * 0.5;
    const QRectF plot =
        QRectF(rect()).adjusted(axisWidth, legend.height() + line * 0.8, -line * 0.5, -line * 1.6);
    if (weeks_.empty()) {
        painter.setPen(colours().text);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Import runs to see the distance of each week."));
        return;
    }
    paintLegend(painter, legend);
    paintAxis(painter, plot, top);
    paintBars(painter, plot, top);
}

void WeeklyDistanceChart::paintAxis(QPainter& painter, const QRectF& plot, double top) const {
    const Colours colour = colours();
    const double step = gridStep(top);
    const QFontMetricsF metrics(font());
    for (double value = 0; value <= top + step / 2; value += step) {
        const double y = plot.bottom() - plot.height() * value / top;
        painter.setPen(QPen(colour.grid, 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(colour.text);
        painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - metrics.height() * 0.3,
                                metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         kilometres(value, 0) + QStringLiteral(" km"));
    }
}

void WeeklyDistanceChart::paintBars(QPainter& painter, const QRectF& plot, double top) const {
    const Colours colour = colours();
    const QFontMetricsF metrics(font());
    const double slot = plot.width() / static_cast<double>(weeks_.size());
    const double barWidth = std::max(2.0, slot * 0.68);
    const double labelEvery =
        std::ceil(metrics.horizontalAdvance(QStringLiteral("00 MMM")) * 1.2 / slot);
    int month = -1;
    double lastLabel = -1e9;
    for (std::size_t i = 0; i < weeks_.size(); ++i) {
        const Week& week = weeks_[i];
        const double x = plot.left() + slot * static_cast<double>(i) + (slot - barWidth) / 2;
        const double height = plot.height() * week.kilometres / top;
        const QRectF bar(x, plot.bottom() - height, barWidth, height);
        QPainterPath shape;
        shape.addRoundedRect(bar.adjusted(0, 0, 0, std::min(3.0, height)), 3, 3);
        painter.setClipRect(QRectF(plot.left(), plot.top() - metrics.height(), plot.width(),
                                   plot.height() + metrics.height()));
        painter.fillPath(shape, week.spikes > 0 ? colour.spike : colour.bar);
        painter.setClipping(false);
        if (week.spikes > 0) {
            const double size = std::clamp(barWidth, metrics.height() * 0.6, metrics.height());
            painter.setPen(QPen(colour.text, 1));
            painter.setBrush(colour.spike);
            painter.drawPath(marker(QPointF(bar.center().x(), bar.top() - 3), size));
            painter.setBrush(Qt::NoBrush);
        }
        // A date under the first week of each month, where there is room for it.
        const double slotX = plot.left() + slot * static_cast<double>(i);
        if (week.start.month() != month && slotX - lastLabel >= slot * labelEvery) {
            month = week.start.month();
            lastLabel = slotX;
            painter.setPen(colour.text);
            painter.drawText(
                QRectF(slotX, plot.bottom() + 2, slot * labelEvery + slot, metrics.height() * 1.4),
                Qt::AlignLeft | Qt::AlignVCenter,
                QLocale().toString(week.start, QStringLiteral("d MMM")));
        }
    }
}

void WeeklyDistanceChart::paintLegend(QPainter& painter, const QRectF& area) const {
    const Colours colour = colours();
    const QFontMetricsF metrics(font());
    const double size = metrics.height() * 0.7;
    double x = area.left();
    const double middle = area.center().y();
    const std::array<std::pair<QColor, QString>, 2> keys{{
        {colour.bar, tr("Distance of the week")},
        {colour.spike, tr("A week with a spike: a run much longer than your longest of the 30 "
                          "days before")},
    }};
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const auto& [fill, label] = keys[i];
        if (i == 0) {
            painter.fillRect(QRectF(x, middle - size / 2, size, size), fill);
        } else {
            painter.setPen(QPen(colour.text, 1));
            painter.setBrush(fill);
            painter.drawPath(marker(QPointF(x + size / 2, middle + size * 0.45), size));
            painter.setBrush(Qt::NoBrush);
        }
        x += size + metrics.height() * 0.4;
        painter.setPen(colour.text);
        const QString shown = metrics.elidedText(label, Qt::ElideRight, area.right() - x);
        painter.drawText(QRectF(x, area.top(), area.right() - x, area.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, shown);
        x += metrics.horizontalAdvance(shown) + metrics.height() * 1.2;
    }
}

} // namespace kt::app
