#pragma once

#include "app_context.h"
#include "kneetriage/engine/triage.h"
#include "kneetriage/training/exercise_session.h"

#include <QImage>
#include <QWidget>
#include <chrono>
#include <memory>
#include <optional>

class QTimer;

namespace Ui {
class ExerciseSessionPage;
}

namespace kt::app {

// Today's exercises, one at a time as a physiotherapist would hand them over: the picture, the
// set and repetitions, a hold timer, a rest timer between sets, "Set done" and "Skip exercise",
// then what was done. Each exercise left, finished or skipped with a set done, is kept in the
// history (sets done of sets planned).
class ExerciseSessionPage : public QWidget {
    Q_OBJECT

  public:
    explicit ExerciseSessionPage(AppContext& context, QWidget* parent = nullptr);
    ~ExerciseSessionPage() override;

    // Starts `session` at its first exercise; the check's result and answers give the adherence
    // shown at the end.
    void start(const ExerciseSession& session, const TriageResult& result, const Answers& answers);
    // How long one second of the timers lasts: tests make it short.
    void setSecondLength(std::chrono::milliseconds length);

  signals:
    void homeRequested();
    void historyRequested();

  protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    enum class Phase { Exercise, Rest, Finished };

    [[nodiscard]] const SessionExercise& current() const;
    void showExercise();
    void showSetLine();
    void showPicture();
    void markSetDone();
    void skipExercise();
    // Keeps what was done of the exercise on screen, then shows the next one or the end.
    void keepAndMoveOn();
    void keepDoneSets();
    void startRest();
    void endRest();
    void toggleTimer();
    void tick();
    void showTimer(bool announce);
    void showFinish();
    void leaveForHome();
    void applyTimerFont();

    std::unique_ptr<Ui::ExerciseSessionPage> ui_;
    AppContext& context_;
    QTimer* timer_;
    std::optional<ExerciseSession> session_;
    std::optional<TriageResult> result_;
    std::optional<Answers> answers_;
    QImage picture_;
    Phase phase_ = Phase::Exercise;
    std::size_t index_ = 0; // the exercise on screen
    int setsDone_ = 0;      // of the exercise on screen, not kept yet
    int holdsDone_ = 0;     // in the set under way
    int remaining_ = 0;     // seconds left on the timer shown
    int exercisesDone_ = 0; // with at least one set done, this session
    int setsDoneInSession_ = 0;
    int setsPlannedInSession_ = 0;
};

} // namespace kt::app
