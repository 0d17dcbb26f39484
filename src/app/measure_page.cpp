#include "measure_page.h"

#include "layout_util.h"
#include "number_field.h"
#include "qt_text.h"
#include "theme.h"
#include "ui_measure_page.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <optional>

namespace kt::app {

MeasurePage::MeasurePage(QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::MeasurePage>()) {
    ui_->setupUi(this);
    setTextRole(ui_->itemsArea, TextRole::Large);
    connect(ui_->nextButton, &QPushButton::clicked, this, [this] {
        collectAnswers();
        ++current_;
        if (current_ < measures_.size()) {
            showMeasure();
        } else {
            emit finished(answers_);
        }
    });
}

MeasurePage::~MeasurePage() = default;

void MeasurePage::start(std::vector<const Measure*> measures) {
    measures_ = std::move(measures);
    current_ = 0;
    answers_ = nlohmann::json::object();
    if (measures_.empty()) {
        emit finished(answers_);
        return;
    }
    showMeasure();
}

void MeasurePage::showMeasure() {
    const Measure& measure = *measures_[current_];
    clearLayout(*ui_->itemsLayout);
    inputs_.clear();
    ui_->titleLabel->setText(toQt(measure.name));
    ui_->instructionsLabel->setText(toQt(measure.instructions));
    ui_->progressLabel->setText(
        tr("Questionnaire %1 of %2").arg(current_ + 1).arg(measures_.size()));
    QString lastStem;
    for (const MeasureItem& item : measure.items) {
        if (!item.stem.empty() && toQt(item.stem) != lastStem) {
            lastStem = toQt(item.stem);
            auto* stem = new QLabel(QStringLiteral("<b>%1</b>").arg(lastStem.toHtmlEscaped()),
                                    ui_->itemsArea);
            stem->setWordWrap(true);
            ui_->itemsLayout->addWidget(stem);
        }
        auto* box = new QGroupBox(toQt(item.text), ui_->itemsArea);
        box->setObjectName(QStringLiteral("measureItem_") + toQt(item.id));
        auto* layout = new QVBoxLayout(box);
        ItemInput input{&item, box, nullptr, nullptr};
        if (item.options.empty()) {
            input.number = addNumberField(item, *layout);
        } else {
            input.choices = addChoices(item, *layout);
        }
        ui_->itemsLayout->addWidget(box);
        inputs_.push_back(input);
    }
    ui_->itemsLayout->addStretch(1);
    updateBranches();
}

QLineEdit* MeasurePage::addNumberField(const MeasureItem& item, QVBoxLayout& layout) {
    QWidget* box = layout.parentWidget();
    // Left empty, the item is not answered: no number stands for "no answer".
    auto* number = new QLineEdit(box);
    number->setObjectName(QStringLiteral("measureNumber_") + toQt(item.id));
    number->setValidator(
        new QIntValidator(static_cast<int>(item.min), static_cast<int>(item.max), number));
    number->setPlaceholderText(tr("Not answered"));
    number->setAccessibleName(toQt(item.text));
    number->setAccessibleDescription(tr("A whole number from %1 (%2) to %3 (%4)")
                                         .arg(item.min)
                                         .arg(toQt(item.minLabel))
                                         .arg(item.max)
                                         .arg(toQt(item.maxLabel)));
    number->setMaximumWidth(180);
    layout.addWidget(number);
    layout.addWidget(new QLabel(tr("%1 = %2, %3 = %4")
                                    .arg(item.min)
                                    .arg(toQt(item.minLabel))
                                    .arg(item.max)
                                    .arg(toQt(item.maxLabel)),
                                box));
    return number;
}

QButtonGroup* MeasurePage::addChoices(const MeasureItem& item, QVBoxLayout& layout) {
    QWidget* box = layout.parentWidget();
    auto* choices = new QButtonGroup(box);
    for (std::size_t i = 0; i < item.options.size(); ++i) {
        auto* button = new QRadioButton(toQt(item.options[i].label), box);
        button->setObjectName(QStringLiteral("measureOption_") + toQt(item.id) + QLatin1Char('_') +
                              toQt(item.options[i].code));
        // A screen reader reads the option; the description says what it answers.
        button->setAccessibleDescription(
            (item.stem.empty() ? QString() : toQt(item.stem) + QLatin1Char(' ')) + toQt(item.text));
        choices->addButton(button, static_cast<int>(i));
        layout.addWidget(button);
    }
    connect(choices, &QButtonGroup::idClicked, this, &MeasurePage::updateBranches);
    return choices;
}

void MeasurePage::updateBranches() {
    // An item that applies only after a branch answer (VISA-P question 8) shows once it applies.
    const nlohmann::json given = chosenAnswers();
    for (const ItemInput& input : inputs_) {
        if (input.item->appliesIf) {
            input.box->setVisible(itemApplies(*input.item, given));
        }
    }
}

// What the inputs of the measure on screen hold, whether or not their item applies.
nlohmann::json MeasurePage::chosenAnswers() const {
    nlohmann::json given = nlohmann::json::object();
    for (const ItemInput& input : inputs_) {
        if (input.choices && input.choices->checkedId() >= 0) {
            given[input.item->id] =
                input.item->options[static_cast<std::size_t>(input.choices->checkedId())].code;
        } else if (const auto value = input.number ? typedNumber(*input.number) : std::nullopt) {
            given[input.item->id] = *value;
        }
    }
    return given;
}

void MeasurePage::collectAnswers() {
    const Measure& measure = *measures_[current_];
    nlohmann::json given = chosenAnswers();
    for (const ItemInput& input : inputs_) {
        if (!itemApplies(*input.item, given)) {
            given.erase(input.item->id);
        }
    }
    answers_[measure.id] = given;
}

} // namespace kt::app
