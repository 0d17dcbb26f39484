#include "home_page.h"

#include "theme.h"
#include "ui_home_page.h"

#include <QEvent>

namespace kt::app {

HomePage::HomePage(QWidget* parent) : QWidget(parent), ui_(std::make_unique<Ui::HomePage>()) {
    ui_->setupUi(this);
    connect(ui_->startButton, &QPushButton::clicked, this, &HomePage::startRequested);
    connect(ui_->historyButton, &QPushButton::clicked, this, &HomePage::historyRequested);
    connect(ui_->exercisesButton, &QPushButton::clicked, this, &HomePage::exercisesRequested);
    connect(ui_->trainingButton, &QPushButton::clicked, this, &HomePage::trainingRequested);
    connect(ui_->clinicButton, &QPushButton::clicked, this, &HomePage::clinicRequested);
    ui_->clinicButton->hide();
    ui_->noticeLabel->setMargin(spacing(Space::Small));
    sizeButtons();
}

void HomePage::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        sizeButtons();
    }
}

void HomePage::sizeButtons() {
    // Large targets, in proportion to the text rather than in pixels.
    ui_->startButton->setMinimumSize(spacing(Space::Page) * 7,
                                     spacing(Space::Page) + spacing(Space::Medium));
    for (QPushButton* button :
         {ui_->historyButton, ui_->trainingButton, ui_->exercisesButton, ui_->clinicButton}) {
        button->setMinimumSize(spacing(Space::Page) * 5,
                               spacing(Space::Page) + spacing(Space::Small));
    }
}

void HomePage::setClinicMode(bool on) {
    ui_->clinicButton->setVisible(on);
}

void HomePage::setNotice(const QString& notice) {
    ui_->noticeLabel->setText(notice);
}

HomePage::~HomePage() = default;

void HomePage::setSavedCheckCount(int count) {
    ui_->recentLabel->setText(
        count == 0 ? tr("You have no saved checks yet.")
                   : tr("You have %n saved check(s) on this computer.", nullptr, count));
}

} // namespace kt::app
