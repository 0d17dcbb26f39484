#include "red_flag_page.h"

#include "disposition_style.h"
#include "qt_text.h"
#include "ui_red_flag_page.h"
#include "warning_sign_text.h"

namespace kt::app {

RedFlagPage::RedFlagPage(AppContext& context, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::RedFlagPage>()), context_(context) {
    ui_->setupUi(this);
    connect(ui_->continueButton, &QPushButton::clicked, this, &RedFlagPage::continueRequested);
    connect(ui_->resultsButton, &QPushButton::clicked, this, &RedFlagPage::resultsRequested);
}

RedFlagPage::~RedFlagPage() = default;

void RedFlagPage::showFlags(const std::vector<std::size_t>& flags) {
    Disposition worst = Disposition::SelfCare;
    QString html;
    for (const std::size_t index : flags) {
        const WarningSign& flag = context_.kb.warningSigns[index];
        worst = mostUrgent(worst, flag.disposition);
        const WarningSignContent text = warningSignText(context_.content, flag);
        html += QStringLiteral("<h2>%1</h2><p style='font-size:large'>%2</p>")
                    .arg(toQt(text.name).toHtmlEscaped(), toQt(text.advice).toHtmlEscaped());
    }
    const DispositionStyle style = styleOf(context_.kb, worst);
    html = QStringLiteral("<p style='font-size:x-large'><b>%1</b></p>")
               .arg(style.action.toHtmlEscaped()) +
           html;
    ui_->headlineLabel->setText(style.headline);
    ui_->headlineLabel->setStyleSheet(QStringLiteral("color: %1;").arg(style.text.name()));
    ui_->adviceBrowser->setHtml(html);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, style.background);
    colours.setColor(QPalette::WindowText, style.text);
    colours.setColor(QPalette::Base, style.background);
    colours.setColor(QPalette::Text, style.text);
    setPalette(colours);
    ui_->continueButton->setFocus();
}

} // namespace kt::app
