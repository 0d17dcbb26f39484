#include "question_page.h"

#include "html_text.h"
#include "knee_map_widget.h"
#include "layout_util.h"
#include "number_field.h"
#include "qt_text.h"
#include "rating_scale.h"
#include "theme.h"
#include "ui_question_page.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QIntValidator>
#include <QKeySequence>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QStyleOptionFrame>
#include <algorithm>

namespace kt::app {
namespace {

// Reserved by the page's own buttons (Back, Next, Cancel).
const QString kPageMnemonics = QStringLiteral("bnc");

constexpr int kUnsureButton = -2;

// Narrower than this, the picture goes under the answers instead of beside them.
constexpr int kTwoColumnWidth = 620;

// The width of a field that holds `digits` digits, in its own font and style.
int fieldWidthFor(QLineEdit& field, int digits) {
    field.ensurePolished();
    QStyleOptionFrame option;
    option.initFrom(&field);
    option.lineWidth = field.style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, &field);
    const QFontMetrics metrics(field.font());
    const QSize text(metrics.horizontalAdvance(QString(digits + 1, QLatin1Char('0'))) + 8,
                     metrics.height());
    return field.style()->sizeFromContents(QStyle::CT_LineEdit, &option, text, &field).width();
}

} // namespace

QuestionPage::QuestionPage(const KnowledgeBase& kb, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::QuestionPage>()), kb_(kb) {
    ui_->setupUi(this);
    picture_ = new KneeMapWidget(ui_->pictureArea);
    picture_->setObjectName(QStringLiteral("kneePicture"));
    ui_->pictureAreaLayout->addWidget(picture_, 1);
    // In the order of KneePictures::Side and KneePictures::View.
    ui_->sideCombo->addItem(tr("Right knee"));
    ui_->sideCombo->addItem(tr("Left knee"));
    ui_->sideCombo->addItem(tr("Both knees"));
    ui_->sideCombo->setAccessibleName(tr("Which knee the picture shows"));
    ui_->sideCombo->setAccessibleDescription(
        tr("Shows the right knee, the left knee or both; the answer does not change"));
    ui_->viewCombo->addItem(tr("Seen from the front"));
    ui_->viewCombo->addItem(tr("Seen from behind"));
    ui_->viewCombo->addItem(tr("Seen from the inner side"));
    ui_->viewCombo->addItem(tr("Seen from the outer side"));
    ui_->viewCombo->setAccessibleName(tr("Which side of the knee the picture shows"));
    ui_->viewCombo->setAccessibleDescription(
        tr("Turns the picture to the front, back, inner or outer side of the knee"));
    connect(ui_->sideCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { picture_->setSide(static_cast<KneeMapWidget::Side>(index)); });
    connect(ui_->viewCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { picture_->setView(static_cast<KneeMapWidget::View>(index)); });
    connect(picture_, &KneeMapWidget::areaClicked, this, &QuestionPage::pictureClicked);
    connect(ui_->nextButton, &QPushButton::clicked, this, &QuestionPage::goNext);
    connect(ui_->backButton, &QPushButton::clicked, this, &QuestionPage::goBack);
    connect(ui_->homeButton, &QPushButton::clicked, this, &QuestionPage::cancelled);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (ui_->nextButton->isEnabled()) {
                goNext();
            }
        });
    }
}

QuestionPage::~QuestionPage() = default;

void QuestionPage::startNewCheck(Session& session, bool largeText) {
    setTextRole(this, largeText ? std::optional(TextRole::Large) : std::nullopt);
    session_ = &session;
    announcedFlags_.clear();
    showCurrent();
}

void QuestionPage::resume() {
    if (session_->finished()) {
        emit checkFinished();
        return;
    }
    showCurrent();
}

void QuestionPage::stepBackFromEnd() {
    session_->back();
    showCurrent();
}

QString QuestionPage::withMnemonic(const QString& label) {
    // Alt+letter for each answer: the first letter of the label not yet taken on this page.
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar letter = label.at(i).toLower();
        if (letter.isLetter() && !usedMnemonics_.contains(letter) &&
            !kPageMnemonics.contains(letter)) {
            usedMnemonics_.append(letter);
            QString marked = label;
            marked.replace(QStringLiteral("&"), QStringLiteral("&&"));
            const qsizetype shift = marked.left(i + 1).count(QLatin1Char('&')) -
                                    label.left(i + 1).count(QLatin1Char('&'));
            marked.insert(i + shift, QLatin1Char('&'));
            return marked;
        }
    }
    QString plain = label;
    return plain.replace(QStringLiteral("&"), QStringLiteral("&&"));
}

void QuestionPage::clearAnswerWidgets() {
    clearLayout(*ui_->answerAreaLayout);
    delete choices_;
    choices_ = nullptr;
    rating_ = nullptr; // went with the answer area's widgets
    checks_.clear();
    number_ = nullptr;
    usedMnemonics_.clear();
}

void QuestionPage::buildAnswerWidgets(const Question& question) {
    clearAnswerWidgets();
    QHash<QString, QString> pictureLabels;
    if (question.kind == QuestionKind::Choice || question.kind == QuestionKind::YesNo) {
        pictureLabels = addChoiceButtons(question);
    } else if (question.kind == QuestionKind::Multi) {
        addCheckBoxes(question);
    } else if (!question.minLabel.empty()) {
        addRatingButtons(question);
    } else {
        addNumberField(question);
    }
    ui_->answerAreaLayout->addStretch(1);
    showTheKneeThatHurts();
    picture_->showQuestion(toQt(question.id), pictureLabels);
    ui_->pictureArea->setVisible(picture_->hasAreas());
    ui_->viewCombo->setCurrentIndex(static_cast<int>(picture_->view()));
    fitColumns();
}

// Two columns when the picture stands beside the answers and there is room; else one.
void QuestionPage::fitColumns() {
    const bool besideEachOther = !ui_->pictureArea->isVisibleTo(this) || width() >= kTwoColumnWidth;
    ui_->answerLayout->setDirection(besideEachOther ? QBoxLayout::LeftToRight
                                                    : QBoxLayout::TopToBottom);
}

void QuestionPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitColumns();
}

// "Why we ask" under the question, with where that comes from.
void QuestionPage::showWhyWeAsk(const Question& question) {
    const bool shown = !question.why.text.empty();
    ui_->whyLabel->setVisible(shown);
    ui_->whySourceLabel->setVisible(shown && !question.why.sources.empty());
    if (!shown) {
        return;
    }
    ui_->whyLabel->setText(tr("<b>Why we ask:</b> %1").arg(escaped(question.why.text)));
    // The titles on the page; where to find each one (address or DOI) when pointed at.
    QStringList titles;
    QStringList cited;
    for (const Source& source : question.why.sources) {
        const QString title = source.publisher.empty()
                                  ? toQt(source.title)
                                  : tr("%1 (%2)").arg(toQt(source.title), toQt(source.publisher));
        titles.append(title);
        cited.append(
            title + QStringLiteral(", ") +
            (source.doi.empty() ? toQt(source.url) : QStringLiteral("doi:") + toQt(source.doi)));
    }
    const QString list = titles.join(QStringLiteral("; "));
    ui_->whySourceLabel->setText(titles.size() == 1 ? tr("Source: %1").arg(list)
                                                    : tr("Sources: %1").arg(list));
    ui_->whySourceLabel->setToolTip(cited.join(QLatin1Char('\n')));
    ui_->whySourceLabel->setAccessibleDescription(cited.join(QStringLiteral("; ")));
}

// One radio button per option ("Not sure" too for a yes/no question); returns the labels the
// knee picture names its areas with.
QHash<QString, QString> QuestionPage::addChoiceButtons(const Question& question) {
    QWidget* area = ui_->answerArea;
    QVBoxLayout* layout = ui_->answerAreaLayout;
    QHash<QString, QString> pictureLabels;
    choices_ = new QButtonGroup(this);
    for (std::size_t i = 0; i < question.options.size(); ++i) {
        const QString label = toQt(question.options[i].label);
        auto* button = new QRadioButton(withMnemonic(label), area);
        button->setObjectName(QStringLiteral("option_") + toQt(question.options[i].code));
        button->setAccessibleDescription(toQt(question.text)); // what the option answers
        choices_->addButton(button, static_cast<int>(i));
        layout->addWidget(button);
        pictureLabels.insert(toQt(question.options[i].code), label);
    }
    if (question.kind == QuestionKind::YesNo) {
        auto* unsure = new QRadioButton(withMnemonic(tr("Not sure")), area);
        unsure->setObjectName(QStringLiteral("option_unsure"));
        unsure->setAccessibleDescription(toQt(question.text));
        choices_->addButton(unsure, kUnsureButton);
        layout->addWidget(unsure);
    }
    connect(choices_, &QButtonGroup::idClicked, this, [this](int id) {
        if (id >= 0 && picture_->hasAreas()) {
            picture_->setSelected(toQt(
                kb_.questions[*session_->current()].options[static_cast<std::size_t>(id)].code));
        }
        updateNextButton();
    });
    return pictureLabels;
}

void QuestionPage::addCheckBoxes(const Question& question) {
    QWidget* area = ui_->answerArea;
    QVBoxLayout* layout = ui_->answerAreaLayout;
    for (const Option& option : question.options) {
        auto* box = new QCheckBox(withMnemonic(toQt(option.label)), area);
        box->setObjectName(QStringLiteral("option_") + toQt(option.code));
        box->setAccessibleDescription(toQt(question.text));
        checks_.push_back(box);
        layout->addWidget(box);
        // An answer such as "None of these" stands alone: ticking it clears the others,
        // and ticking another clears it.
        connect(box, &QCheckBox::toggled, this,
                [this, box, exclusive = option.exclusive](bool checked) {
                    if (!checked) {
                        return;
                    }
                    const auto& options = kb_.questions[*session_->current()].options;
                    for (std::size_t i = 0; i < checks_.size(); ++i) {
                        if (checks_[i] != box && (exclusive || options[i].exclusive)) {
                            checks_[i]->setChecked(false);
                        }
                    }
                });
    }
    const bool hasOwnNone = std::any_of(question.options.begin(), question.options.end(),
                                        [](const Option& option) { return option.exclusive; });
    if (!hasOwnNone) {
        auto* none = new QLabel(tr("Leave all unticked if none of these applies."), area);
        none->setEnabled(false);
        layout->addWidget(none);
    }
}

void QuestionPage::addNumberField(const Question& question) {
    // One row that the next question's clearing removes whole: the field and its unit.
    auto* row = new QWidget(ui_->answerArea);
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    // Empty until a number in range is typed: an unanswered question has no value at all.
    number_ = new QLineEdit(row);
    number_->setObjectName(QStringLiteral("numberAnswer"));
    number_->setValidator(
        new QIntValidator(static_cast<int>(question.min), static_cast<int>(question.max), number_));
    // As wide as the largest number it takes, with its unit beside it.
    const auto digits = std::max(QString::number(static_cast<int>(question.max)).size(),
                                 QString::number(static_cast<int>(question.min)).size());
    number_->setMaxLength(static_cast<int>(digits));
    number_->setFixedWidth(fieldWidthFor(*number_, static_cast<int>(digits)));
    number_->setAlignment(Qt::AlignRight);
    const QString range =
        question.unit.empty()
            ? tr("From %1 to %2").arg(question.min).arg(question.max)
            : tr("From %1 to %2 %3").arg(question.min).arg(question.max).arg(toQt(question.unit));
    number_->setAccessibleName(toQt(question.text));
    number_->setAccessibleDescription(range);
    connect(number_, &QLineEdit::textChanged, this, &QuestionPage::updateNextButton);
    rowLayout->addWidget(number_);
    if (!question.unit.empty()) {
        auto* unit = new QLabel(toQt(question.unit), row);
        unit->setObjectName(QStringLiteral("numberUnit"));
        unit->setBuddy(number_);
        rowLayout->addWidget(unit);
    }
    rowLayout->addStretch(1);
    ui_->answerAreaLayout->addWidget(row);
    auto* rangeLabel = new QLabel(range, ui_->answerArea);
    rangeLabel->setObjectName(QStringLiteral("numberRange"));
    ui_->answerAreaLayout->addWidget(rangeLabel);
}

// A rating scale as a row of buttons, one per number, with the words for both ends under it.
void QuestionPage::addRatingButtons(const Question& question) {
    rating_ = new RatingScale(static_cast<int>(question.min), static_cast<int>(question.max),
                              toQt(question.minLabel), toQt(question.maxLabel), ui_->answerArea);
    connect(rating_, &RatingScale::chosen, this, &QuestionPage::updateNextButton);
    ui_->answerAreaLayout->addWidget(rating_);
}

// The picture shows the knee the person said hurts (the right one when both do); they can
// still switch it.
void QuestionPage::showTheKneeThatHurts() {
    const auto whichKnee = kb_.findQuestion("which_knee");
    if (!whichKnee) {
        return;
    }
    if (const auto* side = std::get_if<OptionIndex>(&session_->answers()[*whichKnee])) {
        const std::string& code = kb_.questions[*whichKnee].options[side->index].code;
        ui_->sideCombo->setCurrentIndex(code == "left" ? 1 : code == "both" ? 2 : 0);
    }
}

void QuestionPage::restoreAnswer(const Question& question, const AnswerValue& answer) {
    if (const auto* option = std::get_if<OptionIndex>(&answer); option && choices_) {
        if (QAbstractButton* button = choices_->button(static_cast<int>(option->index))) {
            button->setChecked(true);
            picture_->setSelected(toQt(question.options[option->index].code));
        }
    } else if (std::holds_alternative<Unsure>(answer) && choices_) {
        choices_->button(kUnsureButton)->setChecked(true);
    } else if (const auto* set = std::get_if<OptionSet>(&answer)) {
        for (std::size_t i = 0; i < checks_.size(); ++i) {
            checks_[i]->setChecked(set->contains(i));
        }
    } else if (const auto* value = std::get_if<double>(&answer); value && number_) {
        number_->setText(QString::number(static_cast<int>(*value)));
    } else if (value && rating_) {
        rating_->setValue(static_cast<int>(*value));
    }
}

void QuestionPage::showCurrent() {
    const auto current = session_->current();
    if (!current) {
        emit checkFinished();
        return;
    }
    const Question& question = kb_.questions[*current];
    ui_->sectionLabel->setText(toQt(question.section));
    ui_->questionLabel->setText(toQt(question.text));
    ui_->helpLabel->setText(toQt(question.help));
    ui_->helpLabel->setVisible(!question.help.empty());
    showWhyWeAsk(question);
    buildAnswerWidgets(question);
    restoreAnswer(question, session_->answers()[*current]);
    ui_->viewCombo->setCurrentIndex(static_cast<int>(picture_->view()));

    const std::size_t total = std::max(session_->position() + 1, session_->expectedLength());
    ui_->progressBar->setRange(0, static_cast<int>(total));
    ui_->progressBar->setValue(static_cast<int>(session_->position()));
    ui_->progressLabel->setText(
        tr("Question %1 of about %2").arg(session_->position() + 1).arg(total));
    ui_->backButton->setEnabled(session_->canGoBack());
    updateNextButton();
    if (choices_ && !choices_->buttons().isEmpty()) {
        QAbstractButton* focus =
            choices_->checkedButton() ? choices_->checkedButton() : choices_->buttons().first();
        focus->setFocus();
    } else if (!checks_.empty()) {
        checks_.front()->setFocus();
    } else if (rating_) {
        rating_->focusScale();
    } else if (number_) {
        number_->setFocus();
        number_->selectAll();
    }
}

std::optional<AnswerValue> QuestionPage::chosenAnswer() const {
    if (choices_) {
        const int id = choices_->checkedId();
        if (id == kUnsureButton) {
            return AnswerValue{Unsure{}};
        }
        if (id >= 0) {
            return AnswerValue{OptionIndex{static_cast<std::size_t>(id)}};
        }
        return std::nullopt;
    }
    if (rating_) {
        if (const auto value = rating_->value()) {
            return AnswerValue{static_cast<double>(*value)};
        }
        return std::nullopt;
    }
    if (!checks_.empty()) {
        OptionSet set;
        for (std::size_t i = 0; i < checks_.size(); ++i) {
            if (checks_[i]->isChecked()) {
                set.bits |= std::uint64_t{1} << i;
            }
        }
        return AnswerValue{set};
    }
    if (const auto value = number_ ? typedNumber(*number_) : std::nullopt) {
        return AnswerValue{static_cast<double>(*value)};
    }
    return std::nullopt;
}

void QuestionPage::updateNextButton() {
    ui_->nextButton->setEnabled(chosenAnswer().has_value());
}

void QuestionPage::pictureClicked(const QString& code) {
    const Question& question = kb_.questions[*session_->current()];
    if (const auto index = question.optionIndex(toCore(code)); index && choices_) {
        choices_->button(static_cast<int>(*index))->setChecked(true);
        updateNextButton();
    }
}

void QuestionPage::goNext() {
    const auto answer = chosenAnswer();
    if (!answer) {
        return;
    }
    session_->answer(*answer);
    std::vector<std::size_t> fresh;
    for (const std::size_t flag : session_->firedRedFlags()) {
        if (announcedFlags_.insert(flag).second) {
            fresh.push_back(flag);
        }
    }
    if (!fresh.empty()) {
        emit redFlagsRaised(fresh);
        return;
    }
    showCurrent();
}

void QuestionPage::goBack() {
    if (session_->back()) {
        showCurrent();
    }
}

} // namespace kt::app
