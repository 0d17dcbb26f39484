#include "exercise_library_page.h"

#include "qt_text.h"
#include "report_html.h"
#include "ui_exercise_library_page.h"

#include <QTextDocument>
#include <QUrl>

namespace kt::app {

ExerciseLibraryPage::ExerciseLibraryPage(AppContext& context, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::ExerciseLibraryPage>()),
      exercises_(context.content.exercises()) {
    ui_->setupUi(this);
    ui_->conditionCombo->addItem(tr("All conditions"), QString());
    for (const Condition& condition : context.kb.conditions) {
        if (!condition.exercises.empty()) {
            ui_->conditionCombo->addItem(toQt(condition.name), toQt(condition.id));
        }
    }
    for (const ExerciseContent& exercise : exercises_) {
        auto* item = new QListWidgetItem(toQt(exercise.exercise.name), ui_->exerciseList);
        item->setData(Qt::UserRole, toQt(exercise.exercise.id));
    }
    ui_->splitter->setStretchFactor(1, 3);
    connect(ui_->searchEdit, &QLineEdit::textChanged, this, &ExerciseLibraryPage::applyFilter);
    connect(ui_->conditionCombo, &QComboBox::currentIndexChanged, this,
            &ExerciseLibraryPage::applyFilter);
    connect(ui_->exerciseList, &QListWidget::currentRowChanged, this,
            &ExerciseLibraryPage::showExercise);
    connect(ui_->homeButton, &QPushButton::clicked, this, &ExerciseLibraryPage::homeRequested);
    ui_->exerciseList->setCurrentRow(0);
}

ExerciseLibraryPage::~ExerciseLibraryPage() = default;

int ExerciseLibraryPage::visibleCount() const {
    int count = 0;
    for (int row = 0; row < ui_->exerciseList->count(); ++row) {
        count += ui_->exerciseList->item(row)->isHidden() ? 0 : 1;
    }
    return count;
}

void ExerciseLibraryPage::applyFilter() {
    const QString text = ui_->searchEdit->text().trimmed();
    const std::string condition = toCore(ui_->conditionCombo->currentData().toString());
    for (int row = 0; row < ui_->exerciseList->count(); ++row) {
        const ExerciseContent& exercise = exercises_[static_cast<std::size_t>(row)];
        const bool servesCondition =
            condition.empty() ||
            std::find(exercise.conditionIds.begin(), exercise.conditionIds.end(), condition) !=
                exercise.conditionIds.end();
        const bool matchesText =
            text.isEmpty() || toQt(exercise.exercise.name).contains(text, Qt::CaseInsensitive) ||
            toQt(exercise.exercise.summary).contains(text, Qt::CaseInsensitive);
        ui_->exerciseList->item(row)->setHidden(!(servesCondition && matchesText));
    }
    // Keep the detail in step with the list: show the first exercise still listed.
    const QListWidgetItem* current = ui_->exerciseList->currentItem();
    if (current == nullptr || current->isHidden()) {
        int first = -1;
        for (int row = 0; row < ui_->exerciseList->count() && first < 0; ++row) {
            first = ui_->exerciseList->item(row)->isHidden() ? -1 : row;
        }
        ui_->exerciseList->setCurrentRow(first);
        showExercise(first);
    }
}

void ExerciseLibraryPage::showExercise(int row) {
    if (row < 0 || row >= static_cast<int>(exercises_.size())) {
        ui_->exerciseBrowser->clear();
        return;
    }
    const ExerciseContent& exercise = exercises_[static_cast<std::size_t>(row)];
    ui_->exerciseBrowser->document()->addResource(
        QTextDocument::ImageResource,
        QUrl(QStringLiteral("exercise:") + toQt(exercise.exercise.id)),
        exercisePicture(exercise, 720));
    ui_->exerciseBrowser->setHtml(exerciseHtml(exercise, true));
}

} // namespace kt::app
