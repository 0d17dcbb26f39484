#include "handoff_page.h"

#include "ui_handoff_page.h"

namespace kt::app {

HandoffPage::HandoffPage(QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::HandoffPage>()) {
    ui_->setupUi(this);
    connect(ui_->resultButton, &QPushButton::clicked, this, &HandoffPage::resultRequested);
    connect(ui_->clinicianButton, &QPushButton::clicked, this, &HandoffPage::clinicianRequested);
}

HandoffPage::~HandoffPage() = default;

void HandoffPage::setResultAllowed(bool allowed) {
    ui_->resultButton->setVisible(allowed);
}

} // namespace kt::app
