#pragma once

#include "app_context.h"

#include <QWidget>
#include <memory>
#include <vector>

namespace Ui {
class ExerciseLibraryPage;
}

namespace kt::app {

// Every exercise with its picture, steps and dosage, searchable and filtered by condition.
class ExerciseLibraryPage : public QWidget {
    Q_OBJECT

  public:
    explicit ExerciseLibraryPage(AppContext& context, QWidget* parent = nullptr);
    ~ExerciseLibraryPage() override;

    [[nodiscard]] int visibleCount() const;

  signals:
    void homeRequested();

  private:
    void applyFilter();
    void showExercise(int row);

    std::unique_ptr<Ui::ExerciseLibraryPage> ui_;
    std::vector<ExerciseContent> exercises_;
};

} // namespace kt::app
