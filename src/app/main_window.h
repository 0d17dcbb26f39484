#pragma once

#include "app_context.h"
#include "kneetriage/engine/session.h"
#include "kneetriage/engine/triage.h"

#include <QMainWindow>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>

class QAction;
class QMenu;
class QSettings;
class QStackedWidget;

namespace kt::app {

class ClinicLock;
class ClinicPage;
class ClinicianPage;
class ExerciseLibraryPage;
class ExerciseSessionPage;
class HandoffPage;
class MeasurePage;
class HistoryPage;
class HomePage;
class QuestionPage;
class RedFlagPage;
class ResultsPage;
class TrainingPage;
class Theme;

// The window: a stack of pages and the menus that reach them. It wires pages together and
// saves finished checks; every decision about answers is the core's.
class MainWindow : public QMainWindow {
    Q_OBJECT

  public:
    // `settings` keeps the user's choices (clinic mode, the idle time before patient records
    // lock, the practice server's connection string) between runs.
    MainWindow(AppContext& context, QSettings& settings, QWidget* parent = nullptr);

    void showHome();
    void startCheck();
    void showHistory();
    void showExercises();
    // The training page; Back returns to the page it was opened from.
    void showTraining();
    void openSavedCheck(std::int64_t id);
    // Today's exercises of a check's result, one at a time (see ExerciseSessionPage).
    void startExercises(const TriageResult& result, const Answers& answers);
    // The check under way, for tests that follow it; null before the first.
    [[nodiscard]] const Session* check() const { return check_.get(); }
    void setClinicMode(bool on);
    void showClinic();
    // Where copies of unusable history or clinic files were set aside, and how to recover them.
    [[nodiscard]] QString setAsideReport() const;
    // Shows the set-aside report and offers to delete the copies.
    void showSetAsideFiles();

  private:
    // Pages are made on first use, so the window is on screen as fast as an empty one.
    QuestionPage* questionPage();
    RedFlagPage* redFlagPage();
    ResultsPage* resultsPage();
    HistoryPage* historyPage();
    ExerciseSessionPage* exerciseSessionPage();
    TrainingPage* trainingPage();
    ClinicPage* clinicPage();
    ClinicianPage* clinicianPage();
    MeasurePage* measurePage();
    HandoffPage* handoffPage();
    void startIntake(std::int64_t patientId, bool showResultToPatient);
    void intakeQuestionnairesDone(const nlohmann::json& measureAnswers);
    void openClinicianView(std::int64_t patientId);
    // The intake is over (saved, cancelled or taken back by the clinician): patient menus
    // come back, and a key kept only for saving the visit is forgotten.
    void endIntake();
    void updateClinicActions();
    // Asks where the clinic is kept (the file or a practice server) and moves there.
    void chooseClinicPlace();
    void clinicClosed();
    void showPage(QWidget* page);
    // A page made on first use, in the stack, named for tests and screen readers.
    template <class Page, class... Arguments>
    Page* addPage(const char* name, Arguments&... arguments);
    void buildMenus();
    void buildAppearanceMenu(QMenu* view);
    void finishCheck();
    void showResultsSoFar();
    void showNotice();

    AppContext& context_;
    QSettings& settings_;
    Theme* theme_;
    QAction* clinicModeAction_ = nullptr;
    QAction* patientsAction_ = nullptr;
    QAction* lockAction_ = nullptr;
    QAction* passphraseAction_ = nullptr;
    QAction* placeAction_ = nullptr;
    ClinicLock* clinicLock_;
    // The check under way (or last finished): the question page asks it, the results show it.
    std::unique_ptr<Session> check_;
    // The intake under way in clinic mode, if any.
    struct Intake {
        std::int64_t patientId = 0;
        bool showResult = false;
    };
    std::optional<Intake> intake_;
    QStackedWidget* stack_;
    HomePage* home_;
    QuestionPage* question_ = nullptr;
    RedFlagPage* redFlag_ = nullptr;
    ResultsPage* results_ = nullptr;
    ExerciseLibraryPage* library_ = nullptr;
    HistoryPage* history_ = nullptr;
    ExerciseSessionPage* session_ = nullptr;
    TrainingPage* training_ = nullptr;
    // Where the training page's Back leads.
    QWidget* beforeTraining_ = nullptr;
    ClinicPage* clinic_ = nullptr;
    ClinicianPage* clinician_ = nullptr;
    MeasurePage* measures_ = nullptr;
    HandoffPage* handoff_ = nullptr;
};

} // namespace kt::app
