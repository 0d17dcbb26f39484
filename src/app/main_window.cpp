#include "main_window.h"

#include "adherence_text.h"
#include "app_language.h"
#include "clinic_lock.h"
#include "clinic_page.h"
#include "clinic_place_dialog.h"
#include "clinician_page.h"
#include "exercise_library_page.h"
#include "exercise_session_page.h"
#include "handoff_page.h"
#include "history_page.h"
#include "home_page.h"
#include "kneetriage/io/check_record.h"
#include "kneetriage/store/user_database.h"
#include "measure_page.h"
#include "qt_text.h"
#include "question_page.h"
#include "red_flag_page.h"
#include "results_page.h"
#include "store_guard.h"
#include "theme.h"
#include "training_page.h"
#include "unsent_visits_offer.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace kt::app {
namespace {

// Patient records lock after this long without keyboard or mouse input, unless the settings
// say otherwise ("clinicIdleLockSeconds").
constexpr int kDefaultIdleLockSeconds = 5 * 60;

} // namespace

MainWindow::MainWindow(AppContext& context, QSettings& settings, QWidget* parent)
    : QMainWindow(parent), context_(context), settings_(settings),
      theme_(new Theme(settings, this)), stack_(new QStackedWidget(this)),
      home_(new HomePage(stack_)) {
    setObjectName(QStringLiteral("mainWindow"));
    // Where the clinic is kept: a practice server's connection string, or none for the file.
    // Never a password (ClinicPlaceDialog refuses one).
    context_.clinicPlace.moveTo(toCore(settings_.value(QStringLiteral("clinicServer")).toString()));
    clinicLock_ = new ClinicLock(
        context_.clinicPlace,
        std::chrono::seconds(
            settings_.value(QStringLiteral("clinicIdleLockSeconds"), kDefaultIdleLockSeconds)
                .toInt()),
        this);
    connect(clinicLock_, &ClinicLock::idle, this,
            [this] { clinicLock_->close(intake_.has_value()); });
    connect(clinicLock_, &ClinicLock::openChanged, this, [this](bool open) {
        if (!open) {
            clinicClosed();
        }
        updateClinicActions();
        if (open) {
            offerUnsentVisits(this, context_.clinic());
        }
    });
    setWindowTitle(tr("KneeTriage"));
    home_->setObjectName(QStringLiteral("homePage"));
    home_->setNotice(toQt(context_.kb.noticeFull));
    setPageSpacing(home_);
    stack_->addWidget(home_);
    setCentralWidget(stack_);
    buildMenus();
    auto* notice = new QLabel(toQt(context_.kb.noticeShort), this);
    statusBar()->addPermanentWidget(notice, 1);
    connect(home_, &HomePage::startRequested, this, &MainWindow::startCheck);
    connect(home_, &HomePage::historyRequested, this, &MainWindow::showHistory);
    connect(home_, &HomePage::exercisesRequested, this, &MainWindow::showExercises);
    connect(home_, &HomePage::trainingRequested, this, &MainWindow::showTraining);
    connect(home_, &HomePage::clinicRequested, this, &MainWindow::showClinic);
    resize(1000, 720);
    setClinicMode(settings_.value(QStringLiteral("clinicMode"), false).toBool());
    showHome();
}

void MainWindow::showPage(QWidget* page) {
    stack_->setCurrentWidget(page);
}

template <class Page, class... Arguments>
Page* MainWindow::addPage(const char* name, Arguments&... arguments) {
    auto* page = new Page(arguments..., stack_);
    page->setObjectName(QLatin1String(name));
    setPageSpacing(page);
    stack_->addWidget(page);
    return page;
}

QuestionPage* MainWindow::questionPage() {
    if (question_ == nullptr) {
        question_ = addPage<QuestionPage>("questionPage", context_.kb);
        connect(question_, &QuestionPage::redFlagsRaised, this,
                [this](const std::vector<std::size_t>& flags) {
                    redFlagPage()->showFlags(flags);
                    showPage(redFlag_);
                });
        connect(question_, &QuestionPage::checkFinished, this, &MainWindow::finishCheck);
        connect(question_, &QuestionPage::cancelled, this, [this] {
            endIntake();
            showHome();
        });
    }
    return question_;
}

RedFlagPage* MainWindow::redFlagPage() {
    if (redFlag_ == nullptr) {
        redFlag_ = addPage<RedFlagPage>("redFlagPage", context_);
        connect(redFlag_, &RedFlagPage::continueRequested, this, [this] {
            showPage(questionPage());
            question_->resume();
        });
        connect(redFlag_, &RedFlagPage::resultsRequested, this, &MainWindow::showResultsSoFar);
    }
    return redFlag_;
}

ResultsPage* MainWindow::resultsPage() {
    if (results_ == nullptr) {
        results_ = addPage<ResultsPage>("resultsPage", context_);
        connect(results_, &ResultsPage::homeRequested, this, &MainWindow::showHome);
        connect(results_, &ResultsPage::exercisesRequested, this, &MainWindow::startExercises);
        connect(results_, &ResultsPage::trainingRequested, this, &MainWindow::showTraining);
        connect(results_, &ResultsPage::changeRequested, this, [this] {
            showPage(questionPage());
            question_->stepBackFromEnd();
        });
    }
    return results_;
}

HistoryPage* MainWindow::historyPage() {
    if (history_ == nullptr) {
        history_ = addPage<HistoryPage>("historyPage", context_);
        connect(history_, &HistoryPage::openRequested, this, &MainWindow::openSavedCheck);
        connect(history_, &HistoryPage::homeRequested, this, &MainWindow::showHome);
        connect(history_, &HistoryPage::exercisesRequested, this, &MainWindow::startExercises);
    }
    return history_;
}

ExerciseSessionPage* MainWindow::exerciseSessionPage() {
    if (session_ == nullptr) {
        session_ = addPage<ExerciseSessionPage>("exerciseSessionPage", context_);
        connect(session_, &ExerciseSessionPage::homeRequested, this, &MainWindow::showHome);
        connect(session_, &ExerciseSessionPage::historyRequested, this, &MainWindow::showHistory);
    }
    return session_;
}

void MainWindow::startExercises(const TriageResult& result, const Answers& answers) {
    if (const auto session = sessionFor(context_.kb, result, answers)) {
        exerciseSessionPage()->start(*session, result, answers);
        showPage(session_);
    }
}

TrainingPage* MainWindow::trainingPage() {
    if (training_ == nullptr) {
        training_ = addPage<TrainingPage>("trainingPage", context_);
        connect(training_, &TrainingPage::backRequested, this, [this] {
            if (beforeTraining_ == home_ || beforeTraining_ == nullptr) {
                showHome();
            } else {
                showPage(beforeTraining_);
            }
        });
    }
    return training_;
}

void MainWindow::showTraining() {
    if (stack_->currentWidget() != training_) {
        beforeTraining_ = stack_->currentWidget();
    }
    trainingPage()->reload();
    showPage(training_);
}

void MainWindow::buildMenus() {
    QMenu* check = menuBar()->addMenu(tr("&Check"));
    check->addAction(tr("&New check"), QKeySequence::New, this, &MainWindow::startCheck);
    check->addAction(tr("&Home"), QKeySequence(Qt::CTRL | Qt::Key_Home), this,
                     &MainWindow::showHome);
    check->addSeparator();
    check->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&History"), QKeySequence(Qt::CTRL | Qt::Key_H), this,
                    &MainWindow::showHistory);
    view->addAction(tr("&Exercises"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                    &MainWindow::showExercises);
    view->addAction(tr("&Runs and training"), QKeySequence(Qt::CTRL | Qt::Key_R), this,
                    &MainWindow::showTraining);
    view->addSeparator();
    clinicModeAction_ = view->addAction(tr("&Clinic mode (physiotherapist intake)"));
    clinicModeAction_->setObjectName(QStringLiteral("clinicModeAction"));
    clinicModeAction_->setCheckable(true);
    connect(clinicModeAction_, &QAction::toggled, this, &MainWindow::setClinicMode);
    patientsAction_ = view->addAction(tr("&Patients"), QKeySequence(Qt::CTRL | Qt::Key_P), this,
                                      &MainWindow::showClinic);
    patientsAction_->setObjectName(QStringLiteral("patientsAction"));
    lockAction_ = view->addAction(tr("&Lock patient records"), QKeySequence(Qt::CTRL | Qt::Key_L),
                                  this, [this] { clinicLock_->close(); });
    lockAction_->setObjectName(QStringLiteral("lockAction"));
    passphraseAction_ = view->addAction(tr("Change clinic pass&phrase…"), this,
                                        [this] { clinicLock_->changePassphrase(this); });
    passphraseAction_->setObjectName(QStringLiteral("passphraseAction"));
    placeAction_ =
        view->addAction(tr("Where the clinic is &kept…"), this, &MainWindow::chooseClinicPlace);
    placeAction_->setObjectName(QStringLiteral("clinicPlaceAction"));
    updateClinicActions();
    view->addSeparator();
    buildAppearanceMenu(view);
    addLanguageMenu(view, settings_, toQt(context_.kb.language), this);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Not a diagnosis: what to do in an emergency"), QKeySequence::HelpContents,
                    this, &MainWindow::showNotice);
    help->addAction(tr("&Set-aside files…"), this, &MainWindow::showSetAsideFiles);
    help->addAction(tr("&About KneeTriage"), this, [this] {
        QMessageBox::about(
            this, tr("About KneeTriage"),
            tr("<p><b>KneeTriage</b> %1</p><p>Offline knee-pain triage for runners. Knowledge base "
               "%2 version %3.</p><p>Nothing leaves this computer unless you export it.</p>")
                .arg(QApplication::applicationVersion(), toQt(context_.kb.id),
                     toQt(context_.kb.version)));
    });
}

void MainWindow::buildAppearanceMenu(QMenu* view) {
    QMenu* menu = view->addMenu(tr("&Appearance"));
    menu->setObjectName(QStringLiteral("appearanceMenu"));
    auto* choices = new QActionGroup(menu);
    const struct {
        Appearance appearance;
        const char* name;
        QString label;
    } options[] = {
        {Appearance::System, "appearanceSystem", tr("Follow the &system")},
        {Appearance::Light, "appearanceLight", tr("&Light")},
        {Appearance::Dark, "appearanceDark", tr("&Dark")},
        {Appearance::HighContrast, "appearanceHighContrast", tr("&High contrast")},
    };
    for (const auto& [appearance, name, label] : options) {
        QAction* action = menu->addAction(label);
        action->setObjectName(QLatin1String(name));
        action->setCheckable(true);
        action->setChecked(theme_->appearance() == appearance);
        choices->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, appearance = appearance] { theme_->setAppearance(appearance); });
    }
}

QString MainWindow::setAsideReport() const {
    QStringList copies;
    for (const char* file : {"history.sqlite", "clinic.sqlite"}) {
        for (const auto& copy : setAsideCopies(context_.userFolder / file)) {
            copies << toQt(copy.string());
        }
    }
    if (copies.isEmpty()) {
        return tr("No file has been set aside: your history and clinic files are in use as they "
                  "are.");
    }
    return tr("These copies of a history or clinic file that could not be used were set aside, "
              "unchanged (the newest %1 of each are kept):\n\n%2\n\nTo recover one, close "
              "KneeTriage and copy it back in place of the file it was (the name before "
              "\".unusable-\"); a damaged database can often be read with \"sqlite3 FILE "
              ".recover\". Delete a copy once you no longer need it.")
        .arg(kKeptSetAsideCopies)
        .arg(copies.join(QLatin1Char('\n')));
}

void MainWindow::showSetAsideFiles() {
    QMessageBox box(QMessageBox::Information, tr("Set-aside files"), setAsideReport(),
                    QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("setAsideBox"));
    const bool any = !setAsideCopies(context_.userFolder / "history.sqlite").empty() ||
                     !setAsideCopies(context_.userFolder / "clinic.sqlite").empty();
    QPushButton* remove =
        any ? box.addButton(tr("&Delete these copies…"), QMessageBox::DestructiveRole) : nullptr;
    box.exec();
    if (remove == nullptr || box.clickedButton() != remove ||
        QMessageBox::warning(this, tr("Delete the set-aside copies"),
                             tr("Delete every copy listed? What they hold cannot be recovered "
                                "from KneeTriage afterwards."),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes) {
        return;
    }
    QStringList kept;
    for (const char* file : {"history.sqlite", "clinic.sqlite"}) {
        for (const auto& copy : removeSetAsideCopies(context_.userFolder / file)) {
            kept << toQt(copy.string());
        }
    }
    if (!kept.isEmpty()) {
        QMessageBox::warning(
            this, tr("Set-aside files"),
            tr("These copies could not be deleted:\n\n%1").arg(kept.join(QLatin1Char('\n'))));
    }
}

void MainWindow::showNotice() {
    QMessageBox::information(this, tr("Not a diagnosis"), toQt(context_.kb.noticeFull));
}

void MainWindow::showHome() {
    std::int64_t saved = 0;
    tryStore(this, tr("Counting your saved checks"), [&] { saved = context_.history.count(); });
    home_->setSavedCheckCount(static_cast<int>(saved));
    showPage(home_);
}

void MainWindow::startCheck() {
    check_ = std::make_unique<Session>(context_.kb);
    questionPage()->startNewCheck(*check_);
    showPage(question_);
}

void MainWindow::showHistory() {
    historyPage()->reload();
    showPage(history_);
}

void MainWindow::showExercises() {
    if (library_ == nullptr) {
        library_ = addPage<ExerciseLibraryPage>("exerciseLibraryPage", context_);
        connect(library_, &ExerciseLibraryPage::homeRequested, this, &MainWindow::showHome);
    }
    showPage(library_);
}

void MainWindow::setClinicMode(bool on) {
    settings_.setValue(QStringLiteral("clinicMode"), on);
    if (!on) {
        clinicLock_->close();
    }
    if (clinicModeAction_->isChecked() != on) {
        clinicModeAction_->setChecked(on);
    }
    home_->setClinicMode(on);
    updateClinicActions();
}

void MainWindow::showClinic() {
    if (!clinicLock_->open(this)) {
        return;
    }
    // The passphrase was given: whoever holds it takes back an intake handed to a patient.
    if (intake_) {
        endIntake();
    }
    if (!settings_.value(QStringLiteral("clinicMode"), false).toBool()) {
        setClinicMode(true);
    }
    clinicPage()->reload();
    showPage(clinic_);
}

ClinicPage* MainWindow::clinicPage() {
    if (clinic_ == nullptr) {
        clinic_ = addPage<ClinicPage>("clinicPage", context_);
        connect(clinic_, &ClinicPage::intakeRequested, this, &MainWindow::startIntake);
        connect(clinic_, &ClinicPage::clinicianViewRequested, this, &MainWindow::openClinicianView);
        connect(clinic_, &ClinicPage::homeRequested, this, &MainWindow::showHome);
    }
    return clinic_;
}

ClinicianPage* MainWindow::clinicianPage() {
    if (clinician_ == nullptr) {
        clinician_ = addPage<ClinicianPage>("clinicianPage", context_);
        connect(clinician_, &ClinicianPage::patientsRequested, this, &MainWindow::showClinic);
    }
    return clinician_;
}

MeasurePage* MainWindow::measurePage() {
    if (measures_ == nullptr) {
        measures_ = addPage<MeasurePage>("measurePage");
        connect(measures_, &MeasurePage::finished, this, &MainWindow::intakeQuestionnairesDone);
    }
    return measures_;
}

HandoffPage* MainWindow::handoffPage() {
    if (handoff_ == nullptr) {
        handoff_ = addPage<HandoffPage>("handoffPage");
        connect(handoff_, &HandoffPage::resultRequested, this, [this] {
            const Session& session = *check_;
            resultsPage()->showResult(
                session.result(), session.answers(),
                QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat), false);
            showPage(results_);
        });
        connect(handoff_, &HandoffPage::clinicianRequested, this, [this] {
            // The patient may still be at the screen: the clinician's view needs the passphrase.
            if (intake_ && clinicLock_->open(this)) {
                const std::int64_t patient = intake_->patientId;
                endIntake();
                openClinicianView(patient);
            }
        });
    }
    return handoff_;
}

void MainWindow::startIntake(std::int64_t patientId, bool showResultToPatient) {
    // The computer is handed to the patient: patient records lock, and the key stays only to
    // save this visit.
    clinicLock_->close(true);
    intake_ = Intake{patientId, showResultToPatient};
    updateClinicActions();
    check_ = std::make_unique<Session>(context_.kb);
    questionPage()->startNewCheck(*check_, true);
    showPage(question_);
}

void MainWindow::intakeQuestionnairesDone(const nlohmann::json& measureAnswers) {
    const Session& session = *check_;
    const TriageResult result = session.result();
    Visit visit;
    static_cast<CheckRecord&>(visit) =
        makeCheckRecord(context_.kb, session.answers(), result,
                        toCore(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    visit.patientId = intake_ ? intake_->patientId : 0;
    visit.measuresJson = measureAnswers.dump();
    try {
        context_.clinic().addVisit(visit);
    } catch (const VisitKeptUnsent& error) {
        // The patient holds the computer: plain words for them, the server's reply for staff.
        QMessageBox box(QMessageBox::Information, tr("Kept on this computer"),
                        tr("The practice's server could not be reached, so your answers are kept "
                           "on this computer, sealed, and will be sent when it is back. Please "
                           "let the practice staff know."),
                        QMessageBox::Ok, this);
        box.setDetailedText(toQt(error.what()));
        box.exec();
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Could not save this visit"), toQt(error.what()));
    }
    if (!clinicLock_->isOpen()) {
        clinicLock_->close(); // saved: the key is no longer needed while the patient is here
    }
    handoffPage()->setResultAllowed(intake_ && intake_->showResult);
    showPage(handoff_);
}

void MainWindow::endIntake() {
    intake_.reset();
    if (!clinicLock_->isOpen()) {
        clinicLock_->close();
    }
    updateClinicActions();
}

void MainWindow::updateClinicActions() {
    // During an intake the patient holds the computer: no menu or shortcut leads to patients.
    const bool intake = intake_.has_value();
    for (QAction* action : {patientsAction_, clinicModeAction_, placeAction_}) {
        action->setEnabled(!intake);
    }
    passphraseAction_->setEnabled(!intake && clinicModeAction_->isChecked());
    lockAction_->setEnabled(clinicLock_->isOpen());
}

void MainWindow::chooseClinicPlace() {
    const auto chosen =
        ClinicPlaceDialog::ask(this, settings_.value(QStringLiteral("clinicServer")).toString());
    if (!chosen) {
        return;
    }
    // The clinic open now is locked and let go of; the next use opens the new place.
    clinicLock_->forgetStore();
    context_.clinicPlace.moveTo(toCore(*chosen));
    settings_.setValue(QStringLiteral("clinicServer"), *chosen);
}

void MainWindow::clinicClosed() {
    QWidget* const current = stack_->currentWidget();
    if (current != nullptr && (current == clinic_ || current == clinician_)) {
        showHome();
    }
}

void MainWindow::openClinicianView(std::int64_t patientId) {
    clinicianPage()->showPatient(patientId);
    showPage(clinician_);
}

void MainWindow::finishCheck() {
    const Session& session = *check_;
    if (intake_) {
        // An intake goes on to the questionnaires; it is saved with the patient, not in the
        // runner's own history.
        measurePage()->start(measuresToOffer(context_.measures(), session.answers()));
        if (stack_->currentWidget() != handoff_) {
            showPage(measures_);
        }
        return;
    }
    const TriageResult result = session.result();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SavedCheck check;
    static_cast<CheckRecord&>(check) =
        makeCheckRecord(context_.kb, session.answers(), result, toCore(now.toString(Qt::ISODate)));
    if (const auto pain = context_.kb.painRatingQuestion) {
        if (const auto* value = std::get_if<double>(&session.answers()[*pain])) {
            check.painScore = static_cast<int>(*value);
        }
    }
    try {
        context_.history.save(check);
    } catch (const std::exception& error) {
        QMessageBox::warning(
            this, tr("Could not save this check"),
            tr("The result is shown, but it could not be saved to your history: %1")
                .arg(toQt(error.what())));
    }
    resultsPage()->showResult(result, session.answers(),
                              QLocale().toString(now.toLocalTime(), QLocale::LongFormat), true);
    showPage(results_);
}

void MainWindow::showResultsSoFar() {
    const Session& session = *check_;
    resultsPage()->showResult(session.result(), session.answers(),
                              QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat),
                              true);
    showPage(results_);
}

void MainWindow::openSavedCheck(std::int64_t id) {
    std::optional<SavedCheck> check;
    if (!tryStore(this, tr("Opening the saved check"),
                  [&] { check = context_.history.find(id); }) ||
        !check) {
        return;
    }
    auto reopened = reopenCheck(context_.kb, *check, "history #" + std::to_string(id));
    if (const auto* problems = std::get_if<Problems>(&reopened)) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot open this check"),
                        tr("This saved check cannot be read with the knowledge base in use, so "
                           "it cannot be shown again. Nothing was changed."),
                        QMessageBox::Ok, this);
        box.setDetailedText(toQt(problems->front().describe()));
        box.exec();
        return;
    }
    const QDateTime when = QDateTime::fromString(toQt(check->createdAt), Qt::ISODate).toLocalTime();
    resultsPage()->showSavedCheck(std::get<ReopenedCheck>(reopened),
                                  QLocale().toString(when, QLocale::LongFormat));
    showPage(results_);
}

} // namespace kt::app
