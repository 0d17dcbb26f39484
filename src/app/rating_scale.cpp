#include "rating_scale.h"

#include <QApplication>
#include <QButtonGroup>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

namespace kt::app {

RatingScale::RatingScale(int min, int max, const QString& lowWords, const QString& highWords,
                         QWidget* parent)
    : QWidget(parent), buttons_(new QButtonGroup(this)), min_(min), max_(max) {
    setObjectName(QStringLiteral("ratingScale"));
    setStyleSheet(QStringLiteral(
        "QPushButton:checked { background-color: palette(highlight); color: "
        "palette(highlighted-text); border: 1px solid palette(highlight); border-radius: 4px; }"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    const QFontMetrics metrics(font());
    for (int value = min_; value <= max_; ++value) {
        auto* button = new QPushButton(QString::number(value), this);
        button->setObjectName(QStringLiteral("rating_%1").arg(value));
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setMinimumSize(metrics.horizontalAdvance(QStringLiteral("10")) + metrics.height(),
                               metrics.height() * 2);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        const QString name = tr("%1 out of %2").arg(value).arg(max_);
        button->setAccessibleName(value == min_   ? name + QStringLiteral(", ") + lowWords
                                  : value == max_ ? name + QStringLiteral(", ") + highWords
                                                  : name);
        button->setAccessibleDescription(
            tr("From %1, %2, to %3, %4").arg(min_).arg(lowWords).arg(max_).arg(highWords));
        button->installEventFilter(this);
        buttons_->addButton(button, value);
        grid->addWidget(button, 0, value - min_);
    }
    const int count = max_ - min_ + 1;
    const int span = std::max(1, count / 2 - 1);
    auto* lowLabel = new QLabel(lowWords, this);
    lowLabel->setObjectName(QStringLiteral("ratingLowLabel"));
    grid->addWidget(lowLabel, 1, 0, 1, span, Qt::AlignLeft | Qt::AlignTop);
    auto* highLabel = new QLabel(highWords, this);
    highLabel->setObjectName(QStringLiteral("ratingHighLabel"));
    grid->addWidget(highLabel, 1, count - span, 1, span, Qt::AlignRight | Qt::AlignTop);
    connect(buttons_, &QButtonGroup::idClicked, this, [this](int value) { choose(value); });
    choose(std::nullopt);
}

std::optional<int> RatingScale::value() const {
    if (QAbstractButton* checked = buttons_->checkedButton()) {
        return buttons_->id(checked);
    }
    return std::nullopt;
}

void RatingScale::setValue(std::optional<int> value) {
    if (!value || buttons_->button(*value) == nullptr) {
        // A button group keeps one button checked; none is chosen again by lifting that rule.
        buttons_->setExclusive(false);
        for (QAbstractButton* button : buttons_->buttons()) {
            button->setChecked(false);
        }
        buttons_->setExclusive(true);
        value.reset();
    }
    choose(value);
}

void RatingScale::focusScale() {
    (buttons_->checkedButton() != nullptr ? buttons_->checkedButton() : buttons_->buttons().front())
        ->setFocus();
}

// Checks the button of `value` (none for nullopt) and makes it the scale's one Tab stop.
void RatingScale::choose(std::optional<int> value) {
    QAbstractButton* chosenButton = value ? buttons_->button(*value) : nullptr;
    const QList<QAbstractButton*> all = buttons_->buttons();
    for (QAbstractButton* button : all) {
        const bool stop = chosenButton != nullptr ? button == chosenButton : button == all.front();
        button->setFocusPolicy(stop ? Qt::StrongFocus : Qt::ClickFocus);
    }
    if (chosenButton == nullptr) {
        return;
    }
    chosenButton->setChecked(true);
    if (all.contains(qobject_cast<QAbstractButton*>(QApplication::focusWidget()))) {
        chosenButton->setFocus();
    }
    emit chosen(*value);
}

bool RatingScale::eventFilter(QObject* watched, QEvent* event) {
    auto* button = qobject_cast<QAbstractButton*>(watched);
    if (event->type() != QEvent::KeyPress || button == nullptr ||
        !buttons_->buttons().contains(button)) {
        return QWidget::eventFilter(watched, event);
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    const int current = buttons_->id(button);
    const int digit = key->text().size() == 1 && key->text().at(0).isDigit()
                          ? key->text().at(0).digitValue()
                          : -1;
    int next = -1;
    if (digit >= 0) {
        next = digit == 0 && lastDigit_ == 1 && max_ >= 10 ? 10 : digit;
    } else if (key->key() == Qt::Key_Left || key->key() == Qt::Key_Down) {
        next = std::max(min_, current - 1);
    } else if (key->key() == Qt::Key_Right || key->key() == Qt::Key_Up) {
        next = std::min(max_, current + 1);
    } else if (key->key() == Qt::Key_Home || key->key() == Qt::Key_End) {
        next = key->key() == Qt::Key_Home ? min_ : max_;
    }
    lastDigit_ = digit;
    if (next < min_ || next > max_) {
        return QWidget::eventFilter(watched, event);
    }
    choose(next);
    return true;
}

} // namespace kt::app
