#include "home_page.h"

#include "ui_home_page.h"

namespace kt::app {

HomePage::HomePage(QWidget* parent) : QWidget(parent), ui_(std::make_unique<Ui::HomePage>()) {
    ui_->setupUi(this);
    connect(ui_->startButton, &QPushButton::clicked, this, &HomePage::startRequested);
    connect(ui_->historyButton, &QPushButton::clicked, this, &HomePage::historyRequested);
    connect(ui_->exercisesButton, &QPushButton::clicked, this, &HomePage::exercisesRequested);
    connect(ui_->clinicButton, &QPushButton::clicked, this, &HomePage::clinicRequested);
    ui_->clinicButton->hide();
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
