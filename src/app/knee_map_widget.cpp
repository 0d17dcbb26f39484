#include "knee_map_widget.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace kt::app {

KneeMapWidget::KneeMapWidget(QWidget* parent)
    : QWidget(parent), front_(QStringLiteral(":/pictures/knee_front.svg")),
      back_(QStringLiteral(":/pictures/knee_back.svg")) {
    setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus); // the list beside it is the keyboard route
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Knee picture"));
    setAccessibleDescription(tr("Click the area that hurts. The same choices are in the list."));
}

QSvgRenderer& KneeMapWidget::renderer(View view) {
    return view == View::Front ? front_ : back_;
}
const QSvgRenderer& KneeMapWidget::renderer(View view) const {
    return view == View::Front ? front_ : back_;
}

void KneeMapWidget::showQuestion(const QString& questionId, const QHash<QString, QString>& labels) {
    questionId_ = questionId;
    labels_ = labels;
    codes_.clear();
    for (const QString& code : labels.keys()) {
        const QString element = questionId + QStringLiteral("__") + code;
        if (front_.elementExists(element) || back_.elementExists(element)) {
            codes_.append(code);
        }
    }
    if (codesIn(view_).isEmpty()) {
        view_ = codesIn(View::Front).isEmpty() ? View::Back : View::Front;
    }
    hovered_.clear();
    selected_.clear();
    update();
}

QStringList KneeMapWidget::codesIn(View view) const {
    QStringList found;
    for (const QString& code : codes_) {
        if (renderer(view).elementExists(questionId_ + QStringLiteral("__") + code)) {
            found.append(code);
        }
    }
    return found;
}

void KneeMapWidget::setSelected(const QString& code) {
    selected_ = code;
    if (!code.isEmpty() && !codesIn(view_).contains(code) && codes_.contains(code)) {
        view_ = view_ == View::Front ? View::Back : View::Front;
    }
    update();
}

void KneeMapWidget::setView(View view) {
    view_ = view;
    update();
}

void KneeMapWidget::setSide(Side side) {
    side_ = side;
    update();
}

QRectF KneeMapWidget::pictureRect() const {
    const QSizeF picture = renderer(view_).viewBoxF().size();
    QSizeF fitted = picture.scaled(QSizeF(size()) - QSizeF(60, 16), Qt::KeepAspectRatio);
    return {QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted};
}

std::optional<QRectF> KneeMapWidget::areaRect(View view, const QString& code) const {
    const QString element = questionId_ + QStringLiteral("__") + code;
    const QSvgRenderer& svg = renderer(view);
    if (!svg.elementExists(element)) {
        return std::nullopt;
    }
    const QRectF inSvg = svg.transformForElement(element).mapRect(svg.boundsOnElement(element));
    const QRectF box = svg.viewBoxF();
    const QRectF target = pictureRect();
    const double scale = target.width() / box.width();
    QRectF area((inSvg.left() - box.left()) * scale + target.left(),
                (inSvg.top() - box.top()) * scale + target.top(), inSvg.width() * scale,
                inSvg.height() * scale);
    if (side_ == Side::Left) {
        // A left knee is the mirror image of the right one drawn in the pictures.
        area.moveLeft(target.left() + target.right() - area.right());
    }
    return area;
}

std::optional<QPointF> KneeMapWidget::centreOf(const QString& code) const {
    if (const auto area = areaRect(view_, code)) {
        return area->center();
    }
    return std::nullopt;
}

std::optional<QString> KneeMapWidget::codeAt(QPointF point) const {
    std::optional<QString> best;
    double bestArea = 0;
    for (const QString& code : codesIn(view_)) {
        const auto area = areaRect(view_, code);
        QPainterPath shape;
        shape.addRoundedRect(*area, area->width() / 3, area->height() / 3);
        const double size = area->width() * area->height();
        // Areas nest (a spot on the kneecap inside "around the kneecap"): the smallest wins.
        if (shape.contains(point) && (!best || size < bestArea)) {
            best = code;
            bestArea = size;
        }
    }
    return best;
}

void KneeMapWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF target = pictureRect();
    painter.save();
    if (side_ == Side::Left) {
        painter.translate(target.left() + target.right(), 0);
        painter.scale(-1, 1);
    }
    renderer(view_).render(&painter, target);
    painter.restore();

    const QColor accent = palette().color(QPalette::Highlight);
    for (const QString& code : codesIn(view_)) {
        const QRectF area = *areaRect(view_, code);
        QColor fill = accent;
        fill.setAlpha(code == selected_ ? 150 : code == hovered_ ? 90 : 0);
        painter.setBrush(fill);
        const bool marked = code == selected_ || code == hovered_;
        painter.setPen(marked ? QPen(accent.darker(130), 2)
                              : QPen(QColor(0x8a, 0x6a, 0x55), 1.2, Qt::DashLine));
        painter.drawRoundedRect(area, area.width() / 3, area.height() / 3);
    }

    // Which side is inner depends on the view and the leg: say it in words on the picture.
    const bool innerOnRight = (view_ == View::Front) == (side_ == Side::Right);
    painter.setPen(palette().color(QPalette::WindowText));
    const double leg = target.width() * 0.4; // the leg fills the middle of the picture
    const QRectF left(target.center().x() - leg - 70, target.center().y() - 12, 64, 24);
    const QRectF right(target.center().x() + leg + 6, target.center().y() - 12, 64, 24);
    painter.drawText(left, Qt::AlignRight | Qt::AlignVCenter,
                     innerOnRight ? tr("Outer") : tr("Inner"));
    painter.drawText(right, Qt::AlignLeft | Qt::AlignVCenter,
                     innerOnRight ? tr("Inner") : tr("Outer"));
}

void KneeMapWidget::mouseMoveEvent(QMouseEvent* event) {
    const QString code = codeAt(event->position()).value_or(QString());
    if (code != hovered_) {
        hovered_ = code;
        setCursor(code.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        setToolTip(labels_.value(code));
        update();
    }
}

void KneeMapWidget::mousePressEvent(QMouseEvent* event) {
    if (const auto code = codeAt(event->position())) {
        selected_ = *code;
        update();
        emit areaClicked(*code);
    }
}

void KneeMapWidget::leaveEvent(QEvent*) {
    hovered_.clear();
    update();
}

} // namespace kt::app
