#pragma once

#include "app_context.h"
#include "kneetriage/triage.h"

#include <QMainWindow>

#include <cstdint>

class QStackedWidget;

namespace kt::app {

class ExerciseLibraryPage;
class HistoryPage;
class HomePage;
class QuestionPage;
class RedFlagPage;
class ResultsPage;

// The window: a stack of pages and the menus that reach them. It wires pages together and
// saves finished checks; every decision about answers is the core's.
class MainWindow : public QMainWindow {
    Q_OBJECT

  public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);

    void showHome();
    void startCheck();
    void showHistory();
    void showExercises();
    void openSavedCheck(std::int64_t id);

  private:
    // Pages are made on first use, so the window is on screen as fast as an empty one.
    QuestionPage* questionPage();
    RedFlagPage* redFlagPage();
    ResultsPage* resultsPage();
    HistoryPage* historyPage();
    void showPage(QWidget* page);
    void buildMenus();
    void finishCheck();
    void showResultsSoFar();
    void showNotice();

    AppContext& context_;
    QStackedWidget* stack_;
    HomePage* home_;
    QuestionPage* question_ = nullptr;
    RedFlagPage* redFlag_ = nullptr;
    ResultsPage* results_ = nullptr;
    ExerciseLibraryPage* library_ = nullptr;
    HistoryPage* history_ = nullptr;
};

} // namespace kt::app
