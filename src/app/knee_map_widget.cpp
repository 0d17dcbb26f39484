#include "knee_map_widget.h"

#include "qt_text.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QToolTip>
#include <algorithm>
#include <map>

namespace kt::app {
namespace {

const std::array<const char*, 4> kPictureFiles{
    ":/pictures/knee_front.svg", ":/pictures/knee_back.svg", ":/pictures/knee_inner.svg",
    ":/pictures/knee_outer.svg"};

std::size_t indexOf(KneePictures::View view) {
    return static_cast<std::size_t>(view);
}

void paintPin(QPainter& painter, QPointF centre, double radius, const QColor& colour) {
    painter.save();
    painter.setPen(QPen(Qt::white, std::max(1.5, radius / 3)));
    painter.setBrush(colour.darker(115));
    painter.drawEllipse(centre, radius, radius);
    painter.restore();
}

} // namespace

KneePictures::KneePictures() {
    for (std::size_t i = 0; i < renderers_.size(); ++i) {
        renderers_[i].load(QString::fromLatin1(kPictureFiles[i]));
        renderers_[i].setAspectRatioMode(Qt::KeepAspectRatio);
    }
}

const QSvgRenderer& KneePictures::renderer(View view) const {
    return renderers_[indexOf(view)];
}

bool KneePictures::hasArea(View view, const QString& area) const {
    return renderer(view).elementExists(area);
}

std::optional<KneePictures::View> KneePictures::viewFor(const QString& questionId,
                                                        const QStringList& areas) const {
    for (const View view : kViews) {
        if (renderer(view).elementExists(QStringLiteral("opens-") + questionId)) {
            return view;
        }
    }
    for (const View view : kViews) {
        if (std::any_of(areas.begin(), areas.end(),
                        [&](const QString& area) { return hasArea(view, area); })) {
            return view;
        }
    }
    return std::nullopt;
}

std::vector<KneePictures::Panel> KneePictures::panels(View view, Side side,
                                                      const QRectF& bounds) const {
    const QSizeF picture = renderer(view).viewBoxF().size();
    const auto fitted = [&](const QRectF& room) {
        const QSizeF size = picture.scaled(room.size(), Qt::KeepAspectRatio);
        return QRectF(room.center() - QPointF(size.width() / 2, size.height() / 2), size);
    };
    if (side != Side::Both) {
        return {{fitted(bounds), side == Side::Left, side}};
    }
    // Apart enough that the words beside one knee do not run into the other's.
    const double gap = bounds.width() / 16;
    const double half = (bounds.width() - gap) / 2;
    const QRectF first(bounds.topLeft(), QSizeF(half, bounds.height()));
    const QRectF second = first.translated(half + gap, 0);
    // Seen from behind, the person's right knee is on the viewer's right.
    if (view == View::Back) {
        return {{fitted(first), true, Side::Left}, {fitted(second), false, Side::Right}};
    }
    return {{fitted(first), false, Side::Right}, {fitted(second), true, Side::Left}};
}

QRectF KneePictures::areaBounds(View view, const QString& area, const Panel& panel) const {
    const QSvgRenderer& svg = renderer(view);
    if (!svg.elementExists(area)) {
        return {};
    }
    const QRectF inSvg = svg.transformForElement(area).mapRect(svg.boundsOnElement(area));
    const QRectF box = svg.viewBoxF();
    const double scale = panel.rect.width() / box.width();
    QRectF mapped((inSvg.left() - box.left()) * scale + panel.rect.left(),
                  (inSvg.top() - box.top()) * scale + panel.rect.top(), inSvg.width() * scale,
                  inSvg.height() * scale);
    if (panel.mirrored) {
        mapped.moveLeft(panel.rect.left() + panel.rect.right() - mapped.right());
    }
    return mapped;
}

void KneePictures::paintKnees(QPainter& painter, View view,
                              const std::vector<Panel>& panels) const {
    for (const Panel& panel : panels) {
        painter.save();
        if (panel.mirrored) {
            painter.translate(panel.rect.left() + panel.rect.right(), 0);
            painter.scale(-1, 1);
        }
        // The SVG drawn at the painter's device pixel ratio: sharp on a HiDPI screen and in print.
        renderers_[indexOf(view)].render(&painter, panel.rect);
        painter.restore();
    }
}

void KneePictures::paintArea(QPainter& painter, View view, const QString& area,
                             const std::vector<Panel>& panels, const QColor& colour) const {
    if (!hasArea(view, area)) {
        return;
    }
    const qreal ratio = painter.device() != nullptr ? painter.device()->devicePixelRatioF() : 1.0;
    for (const Panel& panel : panels) {
        // The area's own shape: drawn alone into a layer, then tinted.
        QImage layer((panel.rect.size() * ratio).toSize() + QSize(1, 1),
                     QImage::Format_ARGB32_Premultiplied);
        layer.setDevicePixelRatio(ratio);
        layer.fill(Qt::transparent);
        QPainter tint(&layer);
        tint.setRenderHint(QPainter::Antialiasing);
        const Panel local{QRectF(QPointF(0, 0), panel.rect.size()), false, panel.knee};
        if (panel.mirrored) {
            tint.translate(panel.rect.width(), 0);
            tint.scale(-1, 1);
        }
        renderers_[indexOf(view)].render(&tint, area, areaBounds(view, area, local));
        tint.resetTransform();
        tint.setCompositionMode(QPainter::CompositionMode_SourceIn);
        tint.fillRect(QRectF(QPointF(0, 0), panel.rect.size()), colour);
        tint.end();
        painter.drawImage(panel.rect.topLeft(), layer);
    }
}

QImage markedKneePicture(KneePictures::View view, KneePictures::Side side, const QStringList& areas,
                         QSize size, qreal devicePixelRatio, const QColor& mark) {
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const KneePictures pictures;
    const auto panels = pictures.panels(view, side, QRectF(QPointF(0, 0), QSizeF(size)));
    pictures.paintKnees(painter, view, panels);
    QColor fill = mark;
    fill.setAlpha(150);
    for (const QString& area : areas) {
        pictures.paintArea(painter, view, area, panels, fill);
        for (const auto& panel : panels) {
            const QRectF bounds = pictures.areaBounds(view, area, panel);
            if (!bounds.isEmpty()) {
                paintPin(painter, bounds.center(), std::max(3.0, panel.rect.width() / 45), mark);
            }
        }
    }
    return image;
}

std::optional<KneeMarks> kneeMarksFor(const KnowledgeBase& kb, const Answers& answers) {
    const KneePictures pictures;
    KneeMarks marks;
    if (const auto whichKnee = kb.findQuestion("which_knee")) {
        if (const auto* side = std::get_if<OptionIndex>(&answers[*whichKnee])) {
            const std::string& code = kb.questions[*whichKnee].options[side->index].code;
            marks.side = code == "left"   ? KneePictures::Side::Left
                         : code == "both" ? KneePictures::Side::Both
                                          : KneePictures::Side::Right;
        }
    }
    // The last pictured question answered is the most precise (a spot after the region).
    for (std::size_t i = 0; i < kb.questions.size() && i < answers.size(); ++i) {
        const auto* chosen = std::get_if<OptionIndex>(&answers[i]);
        if (chosen == nullptr || kb.questions[i].kind != QuestionKind::Choice) {
            continue;
        }
        const QString area = toQt(kb.questions[i].id) + QStringLiteral("__") +
                             toQt(kb.questions[i].options[chosen->index].code);
        for (const auto view : KneePictures::kViews) {
            if (pictures.hasArea(view, area)) {
                const auto opens = pictures.viewFor(toQt(kb.questions[i].id), {area});
                marks.view = opens && pictures.hasArea(*opens, area) ? *opens : view;
                marks.areas = QStringList{area};
                break;
            }
        }
    }
    if (marks.areas.isEmpty()) {
        return std::nullopt;
    }
    return marks;
}

namespace {

// One area of the knee picture as assistive technology sees it: a radio button named after the
// answer it gives, checked when chosen, focused under the keyboard.
class KneeAreaAccessible : public QAccessibleInterface, public QAccessibleActionInterface {
  public:
    KneeAreaAccessible(KneeMapWidget* widget, QString code)
        : widget_(widget), code_(std::move(code)) {}

    [[nodiscard]] bool isValid() const override {
        return widget_ && widget_->codesIn(widget_->view()).contains(code_);
    }
    [[nodiscard]] QObject* object() const override { return nullptr; }
    [[nodiscard]] QWindow* window() const override {
        return widget_ ? widget_->window()->windowHandle() : nullptr;
    }
    [[nodiscard]] QAccessibleInterface* parent() const override {
        return QAccessible::queryAccessibleInterface(widget_.data());
    }
    [[nodiscard]] QAccessibleInterface* child(int) const override { return nullptr; }
    [[nodiscard]] int childCount() const override { return 0; }
    [[nodiscard]] int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    [[nodiscard]] QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    [[nodiscard]] QString text(QAccessible::Text kind) const override {
        if (!widget_) {
            return {};
        }
        if (kind == QAccessible::Name) {
            return widget_->labelOf(code_);
        }
        return kind == QAccessible::Description
                   ? KneeMapWidget::tr("An area of the knee picture; Space chooses it.")
                   : QString();
    }
    void setText(QAccessible::Text, const QString&) override {}
    [[nodiscard]] QRect rect() const override {
        if (!widget_) {
            return {};
        }
        const QRect local = widget_->areaRect(code_).toAlignedRect();
        return QRect(widget_->mapToGlobal(local.topLeft()), local.size());
    }
    [[nodiscard]] QAccessible::Role role() const override { return QAccessible::RadioButton; }
    [[nodiscard]] QAccessible::State state() const override {
        QAccessible::State state;
        state.focusable = true;
        state.checkable = true;
        state.checked = widget_ && widget_->selectedCode() == code_;
        state.focused = widget_ && widget_->hasFocus() && widget_->focusedCode() == code_;
        state.invisible = !isValid();
        return state;
    }
    void* interface_cast(QAccessible::InterfaceType type) override {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface*>(this)
                                                    : nullptr;
    }
    [[nodiscard]] QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString& name) override {
        if (widget_ && name == pressAction()) {
            widget_->focusArea(code_);
            widget_->chooseFocused();
        }
    }
    [[nodiscard]] QStringList keyBindingsForAction(const QString&) const override { return {}; }
    [[nodiscard]] const QString& code() const { return code_; }

  private:
    QPointer<KneeMapWidget> widget_;
    QString code_;
};

// The picture with one child per area of the view on screen.
class KneeMapAccessible : public QAccessibleWidget {
  public:
    explicit KneeMapAccessible(KneeMapWidget* widget)
        : QAccessibleWidget(widget, QAccessible::Grouping) {}
    ~KneeMapAccessible() override {
        for (const auto& [code, id] : children_) {
            QAccessible::deleteAccessibleInterface(id);
        }
    }
    [[nodiscard]] int childCount() const override { return static_cast<int>(codes().size()); }
    [[nodiscard]] QAccessibleInterface* child(int index) const override {
        const QStringList shown = codes();
        if (index < 0 || index >= shown.size()) {
            return nullptr;
        }
        const QString& code = shown.at(index);
        auto found = children_.find(code);
        if (found == children_.end()) {
            const auto id =
                QAccessible::registerAccessibleInterface(new KneeAreaAccessible(map(), code));
            found = children_.emplace(code, id).first;
        }
        return QAccessible::accessibleInterface(found->second);
    }
    [[nodiscard]] int indexOfChild(const QAccessibleInterface* child) const override {
        const auto* area = dynamic_cast<const KneeAreaAccessible*>(child);
        return area != nullptr ? static_cast<int>(codes().indexOf(area->code())) : -1;
    }
    [[nodiscard]] QAccessibleInterface* focusChild() const override {
        const int index = static_cast<int>(codes().indexOf(map()->focusedCode()));
        return map()->hasFocus() && index >= 0 ? child(index) : nullptr;
    }
    [[nodiscard]] QAccessibleInterface* childAt(int x, int y) const override {
        const QPoint local = map()->mapFromGlobal(QPoint(x, y));
        const QStringList shown = codes();
        for (int i = 0; i < shown.size(); ++i) {
            if (map()->areaRect(shown.at(i)).contains(local)) {
                return child(i);
            }
        }
        return nullptr;
    }

  private:
    [[nodiscard]] KneeMapWidget* map() const { return static_cast<KneeMapWidget*>(widget()); }
    [[nodiscard]] QStringList codes() const { return map()->codesIn(map()->view()); }

    mutable std::map<QString, QAccessible::Id> children_;
};

QAccessibleInterface* kneeMapAccessibleFactory(const QString& className, QObject* object) {
    if (className == QLatin1String("kt::app::KneeMapWidget") && object != nullptr &&
        object->isWidgetType()) {
        return new KneeMapAccessible(static_cast<KneeMapWidget*>(object));
    }
    return nullptr;
}

} // namespace

KneeMapWidget::KneeMapWidget(QWidget* parent) : QWidget(parent) {
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(kneeMapAccessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Knee picture"));
    setAccessibleDescription(tr("Point to or click the area that hurts, or use the arrow keys and "
                                "Space. The same choices are in the list."));
}

QString KneeMapWidget::areaId(const QString& code) const {
    return questionId_ + QStringLiteral("__") + code;
}

void KneeMapWidget::showQuestion(const QString& questionId, const QHash<QString, QString>& labels) {
    questionId_ = questionId;
    labels_ = labels;
    codes_.clear();
    QStringList areas;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        const QString area = areaId(it.key());
        if (std::any_of(KneePictures::kViews.begin(), KneePictures::kViews.end(),
                        [&](View view) { return pictures_.hasArea(view, area); })) {
            codes_.append(it.key());
            areas.append(area);
        }
    }
    view_ = pictures_.viewFor(questionId, areas).value_or(View::Front);
    hovered_.clear();
    selected_.clear();
    focused_.clear();
    layoutChanged();
}

QStringList KneeMapWidget::codesIn(View view) const {
    QStringList found;
    for (const QString& code : codes_) {
        if (pictures_.hasArea(view, areaId(code))) {
            found.append(code);
        }
    }
    // Reading order on the picture, so the arrow keys move as the eye does.
    std::sort(found.begin(), found.end(), [&](const QString& a, const QString& b) {
        const QPointF first = areaRect(a).center();
        const QPointF second = areaRect(b).center();
        return std::pair(first.y(), first.x()) < std::pair(second.y(), second.x());
    });
    return found;
}

void KneeMapWidget::setSelected(const QString& code) {
    selected_ = code;
    if (!code.isEmpty() && codes_.contains(code) && !pictures_.hasArea(view_, areaId(code))) {
        for (const View view : KneePictures::kViews) {
            if (pictures_.hasArea(view, areaId(code))) {
                view_ = view;
                break;
            }
        }
        layoutChanged();
    }
    update();
}

void KneeMapWidget::setView(View view) {
    view_ = view;
    layoutChanged();
}

void KneeMapWidget::setSide(Side side) {
    side_ = side;
    layoutChanged();
}

void KneeMapWidget::layoutChanged() {
    hitMasks_.clear();
    if (!focused_.isEmpty() && !codesIn(view_).contains(focused_)) {
        focused_.clear();
    }
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&event);
    }
    update();
}

QRectF KneeMapWidget::captionRect() const {
    const int lines = fontMetrics().height() * 2 + 8;
    return {0, static_cast<double>(height() - lines), static_cast<double>(width()),
            static_cast<double>(lines)};
}

QRectF KneeMapWidget::pictureRect() const {
    return QRectF(rect()).adjusted(4, 4, -4, -captionRect().height());
}

std::vector<KneePictures::Panel> KneeMapWidget::panels() const {
    QRectF room = pictureRect();
    if (side_ == Side::Both) {
        room.setBottom(room.bottom() - fontMetrics().height()); // each knee's name under it
    }
    return pictures_.panels(view_, side_, room);
}

QRectF KneeMapWidget::areaRect(const QString& code) const {
    const auto shown = panels();
    return shown.empty() ? QRectF() : pictures_.areaBounds(view_, areaId(code), shown.front());
}

std::optional<QPointF> KneeMapWidget::centreOf(const QString& code) const {
    if (!codesIn(view_).contains(code)) {
        return std::nullopt;
    }
    return areaRect(code).center();
}

const QImage& KneeMapWidget::hitMask(const QString& code) const {
    auto found = hitMasks_.find(code);
    if (found == hitMasks_.end()) {
        QImage mask(size(), QImage::Format_ARGB32_Premultiplied);
        mask.fill(Qt::transparent);
        QPainter painter(&mask);
        pictures_.paintArea(painter, view_, areaId(code), panels(), Qt::black);
        painter.end();
        found = hitMasks_.insert(code, mask);
    }
    return *found;
}

std::optional<QString> KneeMapWidget::codeAt(QPointF point) const {
    std::optional<QString> best;
    double bestArea = 0;
    for (const QString& code : codesIn(view_)) {
        const QImage& mask = hitMask(code);
        const QPoint pixel = point.toPoint();
        if (!mask.rect().contains(pixel) || qAlpha(mask.pixel(pixel)) == 0) {
            continue;
        }
        // Areas nest (a spot on the kneecap inside "around the kneecap"): the smallest wins.
        const QRectF area = areaRect(code);
        const double size = area.width() * area.height();
        if (!best || size < bestArea) {
            best = code;
            bestArea = size;
        }
    }
    return best;
}

QString KneeMapWidget::caption() const {
    for (const QString* code : {&hovered_, &focused_, &selected_}) {
        if (!code->isEmpty() && (code != &focused_ || hasFocus())) {
            return labels_.value(*code);
        }
    }
    return codes_.isEmpty() ? QString() : tr("Point to where it hurts");
}

void KneeMapWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto shown = panels();
    pictures_.paintKnees(painter, view_, shown);
    const QColor accent = palette().color(QPalette::Highlight);
    for (const QString& code : codesIn(view_)) {
        QColor fill = accent;
        // Every area a faint tint, so the choices show; stronger under the mouse or the keys.
        fill.setAlpha(code == selected_                                      ? 160
                      : code == hovered_ || (code == focused_ && hasFocus()) ? 95
                                                                             : 28);
        pictures_.paintArea(painter, view_, areaId(code), shown, fill);
    }
    if (!selected_.isEmpty() && codesIn(view_).contains(selected_)) {
        for (const auto& panel : shown) {
            paintPin(painter, pictures_.areaBounds(view_, areaId(selected_), panel).center(),
                     std::max(4.0, panel.rect.width() / 40), accent);
        }
    }
    paintFocus(painter, shown);
    paintSideWords(painter, shown);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(captionRect(), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, caption());
}

void KneeMapWidget::paintFocus(QPainter& painter, const std::vector<KneePictures::Panel>& shown) {
    if (!hasFocus()) {
        return;
    }
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
    if (focused_.isEmpty()) {
        painter.drawRect(pictureRect().adjusted(1, 1, -1, -1));
    } else {
        for (const auto& panel : shown) {
            painter.drawEllipse(
                pictures_.areaBounds(view_, areaId(focused_), panel).adjusted(-4, -4, 4, 4));
        }
    }
    painter.restore();
}

// Which side is inner, or front, depends on the view and the leg: said in words beside it.
void KneeMapWidget::paintSideWords(QPainter& painter,
                                   const std::vector<KneePictures::Panel>& shown) {
    painter.save();
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QFontMetrics metrics = fontMetrics();
    for (const auto& panel : shown) {
        const bool right = panel.knee == Side::Right;
        QString left;
        QString other;
        if (view_ == View::Front || view_ == View::Back) {
            const bool innerOnRight = (view_ == View::Front) == right;
            left = innerOnRight ? tr("Outer") : tr("Inner");
            other = innerOnRight ? tr("Inner") : tr("Outer");
        } else {
            const bool frontOnLeft = (view_ == View::Inner) == right;
            left = frontOnLeft ? tr("Front") : tr("Back");
            other = frontOnLeft ? tr("Back") : tr("Front");
        }
        const QRectF& r = panel.rect;
        const double y = r.top() + r.height() * 0.08;
        painter.drawText(QRectF(r.left(), y, r.width() / 2, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, left);
        painter.drawText(QRectF(r.center().x(), y, r.width() / 2, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, other);
        if (side_ == Side::Both) {
            painter.drawText(QRectF(r.left(), r.bottom(), r.width(), metrics.height()),
                             Qt::AlignCenter, right ? tr("Right knee") : tr("Left knee"));
        }
    }
    painter.restore();
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
        focused_ = *code;
        selected_ = *code;
        update();
        emit areaClicked(*code);
    }
}

void KneeMapWidget::focusArea(const QString& code) {
    if (codesIn(view_).contains(code) && code != focused_) {
        focused_ = code;
        announceFocus();
        update();
    }
}

void KneeMapWidget::chooseFocused() {
    if (!focused_.isEmpty()) {
        selected_ = focused_;
        update();
        emit areaClicked(focused_);
    }
}

void KneeMapWidget::announceFocus() {
    setToolTip(labels_.value(focused_));
    if (QAccessible::isActive() && hasFocus()) {
        QAccessibleEvent event(this, QAccessible::Focus);
        event.setChild(static_cast<int>(codesIn(view_).indexOf(focused_)));
        QAccessible::updateAccessibility(&event);
    }
}

void KneeMapWidget::keyPressEvent(QKeyEvent* event) {
    const QStringList shown = codesIn(view_);
    if (shown.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const auto at = static_cast<int>(shown.indexOf(focused_));
    const int count = static_cast<int>(shown.size());
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        focusArea(shown.at(at < 0 ? 0 : (at + 1) % count));
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        focusArea(shown.at(at < 0 ? count - 1 : (at + count - 1) % count));
        break;
    case Qt::Key_Home:
        focusArea(shown.front());
        break;
    case Qt::Key_End:
        focusArea(shown.back());
        break;
    case Qt::Key_Space:
        chooseFocused();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void KneeMapWidget::focusInEvent(QFocusEvent* event) {
    QWidget::focusInEvent(event);
    const QStringList shown = codesIn(view_);
    if (focused_.isEmpty() && !shown.isEmpty()) {
        focused_ = shown.contains(selected_) ? selected_ : shown.front();
    }
    announceFocus();
    update();
}

void KneeMapWidget::focusOutEvent(QFocusEvent* event) {
    QWidget::focusOutEvent(event);
    update();
}

void KneeMapWidget::leaveEvent(QEvent*) {
    hovered_.clear();
    update();
}

void KneeMapWidget::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    hitMasks_.clear();
}

} // namespace kt::app
