#include "exercise_session_page.h"

#include "adherence_text.h"
#include "qt_text.h"
#include "report_html.h"
#include "store_guard.h"
#include "ui_exercise_session_page.h"

#include <QAccessible>
#include <QDateTime>
#include <QPixmap>
#include <QTimer>

namespace kt::app {
namespace {

// A screen reader hears the timer at this cadence, and in each of the last seconds: often
// enough to follow, seldom enough not to talk over everything else.
constexpr int kAnnounceEverySeconds = 5;
constexpr int kAnnounceLastSeconds = 3;
// The timer's digits against the body text: readable from a mat a couple of metres away.
constexpr qreal kTimerScale = 6.0;
// Drawn wider than shown, so the picture stays sharp on a 200 % screen.
constexpr int kPictureWidth = 1000;

} // namespace

ExerciseSessionPage::ExerciseSessionPage(AppContext& context, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::ExerciseSessionPage>()), context_(context),
      timer_(new QTimer(this)) {
    ui_->setupUi(this);
    timer_->setInterval(std::chrono::seconds(1));
    connect(timer_, &QTimer::timeout, this, &ExerciseSessionPage::tick);
    connect(ui_->timerButton, &QPushButton::clicked, this, &ExerciseSessionPage::toggleTimer);
    connect(ui_->skipRestButton, &QPushButton::clicked, this, &ExerciseSessionPage::endRest);
    connect(ui_->doneButton, &QPushButton::clicked, this, &ExerciseSessionPage::markSetDone);
    connect(ui_->skipButton, &QPushButton::clicked, this, &ExerciseSessionPage::skipExercise);
    connect(ui_->homeButton, &QPushButton::clicked, this, &ExerciseSessionPage::leaveForHome);
    connect(ui_->sessionHistoryButton, &QPushButton::clicked, this,
            &ExerciseSessionPage::historyRequested);
    ui_->pictureLabel->setAccessibleName(tr("Picture of the exercise"));
    // The picture follows its own box, which the layout sizes: never the other way round.
    ui_->pictureLabel->installEventFilter(this);
    ui_->timerLabel->setAccessibleDescription(
        tr("Seconds left; read out every %1 seconds").arg(kAnnounceEverySeconds));
    applyTimerFont();
}

ExerciseSessionPage::~ExerciseSessionPage() = default;

void ExerciseSessionPage::setSecondLength(std::chrono::milliseconds length) {
    timer_->setInterval(length);
}

void ExerciseSessionPage::start(const ExerciseSession& session, const TriageResult& result,
                                const Answers& answers) {
    session_ = session;
    result_ = result;
    answers_ = answers;
    index_ = 0;
    setsDone_ = 0;
    exercisesDone_ = 0;
    setsDoneInSession_ = 0;
    setsPlannedInSession_ = 0;
    const Condition& condition = context_.kb.conditions[session.condition];
    ui_->stageLabel->setText(QStringLiteral("%1 · %2").arg(
        toQt(condition.name), toQt(condition.programme.at(session.stage).name)));
    ui_->progressBar->setRange(0, static_cast<int>(session.exercises.size()));
    if (session.exercises.empty()) {
        showFinish();
        return;
    }
    showExercise();
}

const SessionExercise& ExerciseSessionPage::current() const {
    return session_->exercises.at(index_);
}

void ExerciseSessionPage::showExercise() {
    phase_ = Phase::Exercise;
    timer_->stop();
    setsDone_ = 0;
    holdsDone_ = 0;
    const Exercise& exercise = context_.kb.exercises[current().exercise];
    const auto content = context_.content.exercise(exercise.id);
    ui_->sessionStack->setCurrentWidget(ui_->exerciseView);
    ui_->progressLabel->setText(
        tr("Exercise %1 of %2").arg(index_ + 1).arg(session_->exercises.size()));
    ui_->progressBar->setValue(static_cast<int>(index_));
    ui_->nameLabel->setText(toQt(exercise.name));
    picture_ = content ? exercisePicture(*content, kPictureWidth) : QImage();
    showPicture();
    ui_->stepsBrowser->setHtml(content ? exerciseDetailsHtml(*content, false) : QString());
    ui_->doneButton->setEnabled(true);
    ui_->skipButton->show();
    ui_->doneButton->show();
    ui_->sessionHistoryButton->hide();
    remaining_ = current().holdSeconds;
    showSetLine();
    showTimer(true);
    (current().holdSeconds > 0 ? ui_->timerButton : ui_->doneButton)->setFocus();
}

void ExerciseSessionPage::showSetLine() {
    const SessionExercise& exercise = current();
    QString line = tr("Set %1 of %2").arg(setsDone_ + 1).arg(exercise.sets);
    if (exercise.reps > 0 && exercise.holdSeconds > 0) {
        line += tr(" · %1 repetitions, each held %2 seconds")
                    .arg(exercise.reps)
                    .arg(exercise.holdSeconds);
    } else if (exercise.reps > 0) {
        line += tr(" · %1 repetitions").arg(exercise.reps);
    }
    if (exercise.holdSeconds > 0 && holdsDone_ > 0) {
        line += QLatin1Char('\n') +
                tr("Holds done: %1 of %2").arg(holdsDone_).arg(qMax(1, exercise.reps));
    }
    ui_->setLabel->setText(line);
}

void ExerciseSessionPage::showPicture() {
    const QSize box = ui_->pictureLabel->contentsRect().size();
    if (picture_.isNull() || box.isEmpty()) {
        ui_->pictureLabel->clear();
        return;
    }
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(
        picture_.scaled(box * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    ui_->pictureLabel->setPixmap(pixmap);
}

void ExerciseSessionPage::markSetDone() {
    if (phase_ != Phase::Exercise) {
        return;
    }
    timer_->stop();
    ++setsDone_;
    holdsDone_ = 0;
    if (setsDone_ >= current().sets) {
        keepAndMoveOn();
    } else {
        startRest();
    }
}

void ExerciseSessionPage::skipExercise() {
    if (phase_ != Phase::Finished) {
        keepAndMoveOn();
    }
}

void ExerciseSessionPage::keepDoneSets() {
    if (!session_ || phase_ == Phase::Finished || index_ >= session_->exercises.size()) {
        return;
    }
    setsPlannedInSession_ += current().sets;
    if (setsDone_ == 0) {
        return; // a skipped exercise is simply not done: adherence counts it as missed
    }
    ExerciseDone done;
    done.doneAt = toCore(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    done.condition = context_.kb.conditions[session_->condition].id;
    done.exerciseId = context_.kb.exercises[current().exercise].id;
    done.setsPlanned = current().sets;
    done.setsDone = setsDone_;
    tryStore(this, tr("Keeping the exercise you did"),
             [&] { context_.history.addExerciseDone(done); });
    ++exercisesDone_;
    setsDoneInSession_ += setsDone_;
    setsDone_ = 0;
}

void ExerciseSessionPage::keepAndMoveOn() {
    keepDoneSets();
    ++index_;
    if (index_ < session_->exercises.size()) {
        showExercise();
    } else {
        showFinish();
    }
}

void ExerciseSessionPage::startRest() {
    phase_ = Phase::Rest;
    remaining_ = current().restSeconds;
    ui_->doneButton->setEnabled(false);
    showSetLine();
    showTimer(true);
    timer_->start();
    ui_->skipRestButton->setFocus();
}

void ExerciseSessionPage::endRest() {
    if (phase_ != Phase::Rest) {
        return;
    }
    timer_->stop();
    phase_ = Phase::Exercise;
    remaining_ = current().holdSeconds;
    ui_->doneButton->setEnabled(true);
    showTimer(true);
    (current().holdSeconds > 0 ? ui_->timerButton : ui_->doneButton)->setFocus();
}

void ExerciseSessionPage::toggleTimer() {
    if (timer_->isActive()) {
        timer_->stop();
    } else {
        if (remaining_ <= 0) {
            remaining_ = current().holdSeconds;
        }
        timer_->start();
    }
    showTimer(true);
}

void ExerciseSessionPage::tick() {
    remaining_ = qMax(0, remaining_ - 1);
    if (remaining_ > 0) {
        showTimer(remaining_ % kAnnounceEverySeconds == 0 || remaining_ <= kAnnounceLastSeconds);
        return;
    }
    timer_->stop();
    if (phase_ == Phase::Rest) {
        endRest();
        return;
    }
    // One hold is over: ready for the next, counted on the set line.
    ++holdsDone_;
    remaining_ = current().holdSeconds;
    showSetLine();
    showTimer(true);
}

void ExerciseSessionPage::showTimer(bool announce) {
    const bool resting = phase_ == Phase::Rest;
    const bool timed = resting || current().holdSeconds > 0;
    for (QWidget* widget :
         {static_cast<QWidget*>(ui_->timerKindLabel), static_cast<QWidget*>(ui_->timerLabel)}) {
        widget->setVisible(timed);
    }
    ui_->timerButton->setVisible(timed && !resting);
    ui_->skipRestButton->setVisible(resting);
    ui_->timerNoteLabel->setVisible(resting && current().restFromGuide);
    ui_->timerNoteLabel->setText(toQt(context_.kb.restBetweenSets.text));
    ui_->timerKindLabel->setText(resting ? tr("Rest before set %1").arg(setsDone_ + 1)
                                         : tr("Hold"));
    ui_->timerLabel->setText(QString::number(remaining_));
    ui_->timerButton->setText(timer_->isActive() ? tr("&Pause hold") : tr("&Start hold"));
    if (announce) {
        ui_->timerLabel->setAccessibleName(resting ? tr("Rest, seconds left: %1").arg(remaining_)
                                                   : tr("Hold, seconds left: %1").arg(remaining_));
        QAccessibleEvent changed(ui_->timerLabel, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&changed);
    }
}

void ExerciseSessionPage::showFinish() {
    timer_->stop();
    phase_ = Phase::Finished;
    ui_->sessionStack->setCurrentWidget(ui_->finishView);
    ui_->progressLabel->setText(tr("Today's exercises"));
    ui_->progressBar->setValue(ui_->progressBar->maximum());
    ui_->finishSummary->setText(setsDoneInSession_ == 0
                                    ? tr("No set was marked done this time.")
                                    : tr("Sets done: %1 of %2, in %3 of %4 exercises.")
                                          .arg(setsDoneInSession_)
                                          .arg(setsPlannedInSession_)
                                          .arg(exercisesDone_)
                                          .arg(session_->exercises.size()));
    const QString adherence = result_ && answers_ ? adherenceLine(context_, *result_, *answers_,
                                                                  QDateTime::currentDateTime())
                                                  : QString();
    ui_->finishAdherence->setText(adherence);
    ui_->finishAdherence->setVisible(!adherence.isEmpty());
    ui_->skipButton->hide();
    ui_->doneButton->hide();
    ui_->sessionHistoryButton->show();
    ui_->sessionHistoryButton->setFocus();
}

void ExerciseSessionPage::leaveForHome() {
    timer_->stop();
    keepDoneSets();
    phase_ = Phase::Finished;
    emit homeRequested();
}

void ExerciseSessionPage::applyTimerFont() {
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * kTimerScale);
    big.setBold(true);
    ui_->timerLabel->setFont(big);
}

void ExerciseSessionPage::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        applyTimerFont();
    }
}

bool ExerciseSessionPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == ui_->pictureLabel && event->type() == QEvent::Resize) {
        showPicture();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kt::app
