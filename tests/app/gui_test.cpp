// The desktop app driven like a user: clicks and keys on the real pages, found by object name.
// Runs offscreen (QT_QPA_PLATFORM=offscreen unless already set).
#include "accessible_tree.h"
#include "adherence_text.h"
#include "app_language.h"
#include "app_resources.h"
#include "app_services.h"
#include "clinic_page.h"
#include "clinic_place_dialog.h"
#include "clinician_page.h"
#include "disposition_style.h"
#include "exercise_library_page.h"
#include "exercise_session_page.h"
#include "history_page.h"
#include "keyboard_path.h"
#include "knee_map_widget.h"
#include "kneetriage/io/answers_writer.h"
#include "kneetriage/kb/data_directory.h"
#include "kneetriage/kb/loader.h"
#include "kneetriage/store/sqlite_database.h"
#include "kneetriage/store/user_database.h"
#include "kneetriage/training/adherence.h"
#include "main_window.h"
#include "passphrase_dialog.h"
#include "password_asking_server.h"
#include "patient_dialog.h"
#include "qt_text.h"
#include "question_page.h"
#include "results_page.h"
#include "run_files.h"
#include "server_password_dialog.h"
#include "theme.h"
#include "training_page.h"
#include "warning_sign_text.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QtTest>
#include <cmath>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <variant>

namespace kt::app {

using Given = std::variant<QString, int, QStringList>;
using Script = std::map<QString, Given>;

// Every click and key press of these tests goes through here. A hidden or disabled widget
// still takes a synthetic event (a hidden start button once restarted a check silently), so
// acting on one fails the test instead.
void expectUsable(const QWidget* widget) {
    QVERIFY2(widget != nullptr, "no such widget");
    QCoreApplication::processEvents(); // a widget added to a shown page is shown by an event
    QVERIFY2(widget->isVisible(), qPrintable(widget->objectName() + QStringLiteral(" is hidden")));
    QVERIFY2(widget->isEnabled(),
             qPrintable(widget->objectName() + QStringLiteral(" is disabled")));
}

void click(QWidget* widget, QPoint at = {}) {
    expectUsable(widget);
    if (!QTest::currentTestFailed()) {
        QTest::mouseClick(widget, Qt::LeftButton, {}, at.isNull() ? widget->rect().center() : at);
    }
}

void press(QWidget* widget, Qt::Key key, Qt::KeyboardModifiers modifiers = {}) {
    expectUsable(widget);
    if (!QTest::currentTestFailed()) {
        QTest::keyClick(widget, key, modifiers);
    }
}

// Types `text` key by key; a new line is the Return key, and a character no key gives (a bidi
// control, a letter outside Latin-1) comes as an input method delivers it.
void typeInto(QWidget* widget, const QString& text) {
    expectUsable(widget);
    if (QTest::currentTestFailed()) {
        return;
    }
    for (const QChar character : text) {
        if (character == QLatin1Char('\n')) {
            QTest::keyClick(widget, Qt::Key_Return);
        } else if (character.unicode() < 0x7f && character.isPrint()) {
            QTest::keyClick(widget, character.toLatin1());
        } else {
            QInputMethodEvent composed;
            composed.setCommitString(character);
            QCoreApplication::sendEvent(widget, &composed);
        }
    }
}

// Clicks `answer` on the next message box once it is on screen (it runs its own event loop).
void answerTheNextMessageBox(QMessageBox::StandardButton answer) {
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box != nullptr && box->button(answer) != nullptr && box->button(answer)->isVisible()) {
            poll->deleteLater();
            click(box->button(answer));
        }
    });
    poll->start(10);
}

// Runs a poppler-utils tool (Debian's PDF reader tools) on a PDF and keeps what it prints.
// Reading the PDF back is the point of the PDF tests, so a missing tool fails them, never skips.
void runPdfTool(const QString& tool, const QStringList& arguments, QByteArray& output) {
    QProcess process;
    process.start(tool, arguments);
    QVERIFY2(process.waitForStarted(),
             qPrintable(tool + QStringLiteral(" is missing: install Debian's poppler-utils "
                                              "(scripts/debian-packages.txt)")));
    QVERIFY(process.waitForFinished());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAllStandardError().constData());
    output = process.readAllStandardOutput();
}

// The text of a PDF as a reader sees it, with ligatures undone and every run of white space
// (line and table cell breaks) made one space. Only the printed area of the page is read (A4,
// 14 mm margins at top and bottom, as writeDocumentPdf sets): Qt also writes, clipped away in
// the margin, the line before a page break again at the top of the next page.
void readPdfText(const QString& file, QString& text) {
    QByteArray output;
    runPdfTool(QStringLiteral("pdftotext"),
               {QStringLiteral("-y"), QStringLiteral("39"), QStringLiteral("-W"),
                QStringLiteral("595"), QStringLiteral("-H"), QStringLiteral("764"),
                QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")},
               output);
    text = QString::fromUtf8(output).normalized(QString::NormalizationForm_KC).simplified();
}

void countPdfImages(const QString& file, qsizetype& count) {
    QByteArray output;
    runPdfTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), file}, output);
    // One line per image below a header line and a rule; a transparent picture's alpha channel
    // is listed too, as an "smask", and is not a picture of its own.
    count = 0;
    for (const QByteArray& line : output.split('\n')) {
        count += line.simplified().split(' ').value(2) == "image" ? 1 : 0;
    }
}

// Clicks the link to `href` in `browser` where a user sees it.
void clickLink(QTextBrowser* browser, const QString& href) {
    QTextDocument* document = browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextFragment part = fragment.fragment();
            if (part.charFormat().anchorHref() == href) {
                QTextCursor cursor(document);
                cursor.setPosition(part.position() + part.length() / 2);
                browser->setTextCursor(cursor);
                browser->ensureCursorVisible();
                click(browser->viewport(), browser->cursorRect(cursor).center());
                return;
            }
        }
    }
    QFAIL(qPrintable(QStringLiteral("no link to ") + href));
}

// Whether `text` holds the answer line "question answer". Where a page break falls inside the
// line, the answer's cell is read between two words of the question, so it may stand there.
bool hasAnswerLine(const QString& text, const QString& question, const QString& answer) {
    const QString maybeAnswer = QStringLiteral("(?: ") +
                                QRegularExpression::escape(answer.simplified()) +
                                QStringLiteral(")?");
    QStringList words = question.simplified().split(QLatin1Char(' '));
    for (QString& word : words) {
        word = QRegularExpression::escape(word);
    }
    const auto found =
        QRegularExpression(words.join(maybeAnswer + QLatin1Char(' ')) + maybeAnswer).match(text);
    return found.hasMatch() && found.captured().contains(answer.simplified());
}

// Runs `fill` on a dialog of type `Dialog` once it is on screen (it runs its own event loop). A
// dialog that `fill` left open, as a failed check does, is cancelled so the test cannot hang.
template <class Dialog> void onTheDialog(std::function<void(QDialog*)> fill) {
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, fill = std::move(fill)] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr || !dialog->isVisible()) {
            return;
        }
        poll->deleteLater();
        fill(dialog);
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    poll->start(10);
}

void onThePatientDialog(std::function<void(QDialog*)> fill) {
    onTheDialog<PatientDialog>(std::move(fill));
}

const QString kClinicPassphrase = QStringLiteral("four words of passphrase");

// Types `passphrase` into the passphrase dialog when it comes (twice when one is chosen) and
// presses Ok; `told` gets what the dialog said was wrong last time, if anything.
void givePassphrase(const QString& passphrase, QString* told = nullptr) {
    onTheDialog<PassphraseDialog>([passphrase, told](QDialog* dialog) {
        if (told != nullptr) {
            const auto* problem = dialog->findChild<QLabel*>(QStringLiteral("problemLabel"));
            *told = problem->text();
        }
        typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")), passphrase);
        auto* repeat = dialog->findChild<QLineEdit*>(QStringLiteral("repeatEdit"));
        if (repeat->isVisible()) {
            typeInto(repeat, passphrase);
        }
        click(dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                  ->button(QDialogButtonBox::Ok));
    });
}

// Clicks the button of the next message box whose text starts with `label`; `told` gets what
// the box said (its text and informative text), if asked for.
void clickInTheNextMessageBox(const QString& label, QString* told = nullptr) {
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, label, told] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box == nullptr || !box->isVisible()) {
            return;
        }
        for (QAbstractButton* button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')).startsWith(label)) {
                poll->deleteLater();
                if (told != nullptr) {
                    *told = box->text() + QLatin1Char('\n') + box->informativeText();
                }
                click(button);
                return;
            }
        }
    });
    poll->start(10);
}

QPushButton* saveButtonOf(QDialog* dialog) {
    return dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
        ->button(QDialogButtonBox::Save);
}

// What a cell of a list shows, as plain text: the standard delegate paints an item's text as
// typed; a label put in the cell must be set to plain text. Anything else fails the test.
void shownAsPlainText(const QTableWidget* table, int row, int column, QString& shown) {
    if (auto* label = qobject_cast<QLabel*>(table->cellWidget(row, column))) {
        QCOMPARE(label->textFormat(), Qt::PlainText);
        shown = label->text();
        return;
    }
    QCOMPARE(table->cellWidget(row, column), nullptr);
    QCOMPARE(table->itemDelegateForColumn(column), nullptr);
    QCOMPARE(QByteArray(table->itemDelegate()->metaObject()->className()),
             QByteArray("QStyledItemDelegate"));
    shown = table->item(row, column)->text();
}

// The Monday of last week: its runs are all in the past.
QDate lastMonday() {
    return QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek()).addDays(-7);
}

// Runs of `kilometres` on Monday and Thursday of `weeks` weeks up to last week, each in a file
// of its own in `folder`; returns how many.
int writeWeeksOfRuns(const QString& folder, int weeks, double kilometres = 5, int points = 3);

enum class Input { Mouse, Keyboard };

class GuiTest : public QObject {
    Q_OBJECT

  private slots:
    void init();
    void cleanup();

    void frontOfKneeSelfCareWithTheKeyboard();
    void numberQuestionMovesOnOnlyWithANumberInRange();
    void emergencyRedFlagInterruptsAndStaysOnTheResult();
    void backOfKneeChosenOnThePicture();
    void goingBackKeepsAnswersAndChangingOneReroutes();
    void historySurvivesARestart();
    void anUnusableHistoryStillLetsARunnerDoACheck();
    void setAsideFilesAreListedWithHowToRecoverThem();
    void aCheckFromAnOlderKnowledgeBaseIsShownAsSavedAndCanBeRerun();
    void pdfReportReadsBackWhatTheRunnerNeeds();
    void theResultsAndThePdfSayWhichRunThePainStartedAfter();
    void urgentResultPutsItsAdviceFirstAndNoBookingAboveIt();
    void exerciseLibraryFiltersByTextAndCondition();
    void aSessionRunsEverySetWithItsTimersAndHistoryShowsIt();
    void skippingAnExerciseKeepsTheSetsAlreadyDone();
    void theReportAndHistorySayHowMuchExerciseWasDone();
    void clinicIntakeTwoVisitsScoresExportsAndImport();
    void patientRecordsLockForAnIntakeAndWhenLeftIdle();
    void aDeletedPatientIsGoneWithEveryVisit();
    void aRecordChangedOutsideTheAppIsShownAsUnreadableAndTheWindowStays();
    void anUnreachableServerGetsAMessageNamingItAndTheWindowStaysUsable();
    void aServerStringWithAPasswordIsRefusedAndNothingIsKept();
    void theServerPasswordIsAskedForAgainWhenRefusedAndCancelLeavesTheWindow();
    void anotherSeatsNewPatientShowsInTheListAndTheSelectionStays();
    void newPatientIsSavedAsTypedAndOnlyWithAReference();
    void anEditAfterAnotherSeatSavedIsShownWhatChangedAndOverwritesNothing();
    void aPassphraseChangedOnAnotherSeatLocksTheRecordsHereAndWritesNothing();
    void aVisitKeptWhileTheServerWasAwayIsSentWhenTheClinicOpens();
    void newPatientBirthYearIsAPossibleYearOrNotGiven();
    void typedMarkupStaysPlainTextInTheStoreTheListAndTheClinicianView();
    void everyControlOnEveryPageHasANameAndDescriptionForAScreenReader();
    void everyControlOnEveryPageIsReachedWithTheTabKey();
    void everyPageFollowsTheDarkPalette();
    void everyPageInGermanIsNamedForAScreenReader();
    void brokenKnowledgeBaseGetsAMessageNotACrash();
    void aClinicsOwnDataShowsItsOwnTexts();
    void painRatingIsARowOfButtonsForTheMouseAndTheKeys();
    void kneeAreasAreNamedUnderTheMouseAndTheKeysAndTheChoiceStaysMarked();
    void thePictureOpensOnTheViewOfTheQuestion_data();
    void thePictureOpensOnTheViewOfTheQuestion();
    void whyWeAskShowsTheKnowledgeBasesReasonAndSource();
    void numberFieldsFitTheirRangeWithTheUnitBeside();
    void theQuestionPageFitsItsColumnsToTheWindow();
    void theMarkedPictureShowsWhereTheAnswersSayItHurts();
    void bannerSaysWhatToDoAndByWhenInTheKnowledgeBasesWords_data();
    void bannerSaysWhatToDoAndByWhenInTheKnowledgeBasesWords();
    void conditionCardsGiveLikelihoodInWordsAndABarNotANumber();
    void reasonsAreFoldedUntilAskedFor();
    void warningSignsLeadThePageAndThePdf();
    void highContrastIsAChoiceThatIsRemembered();
    void textFollowsTheSystemFontSize();
    void everyButtonFitsAt800By600();
    void resultsAreReadableInEveryAppearance();
    void trainingIsReachedFromHomeAndResultsAndBackLeadsThere();
    void importingAFolderShowsItsRunsAndSaysWhatWasAdded();
    void aDroppedZipIsNamedWithUnzipItFirst();
    void cancellingAnImportKeepsTheRunsOfTheFilesReadBefore();
    void aSpikeWeekIsMarkedOnTheChartAndNamedInWords();
    void theNextRunLightIsInWordsWithItsCapsReasonsAndTheCalendar();
    void aDiaryEntryIsKeptForItsDayAndTheAdviceReadsIt();
    void nothingPlanLikeIsShownWhileTheLightIsRed();

  private:
    // The program's own wiring; the shipped data staged in the build tree unless told otherwise.
    // The program's own wiring, in `language` ("en", "de").
    void openWindow(const QString& dataDirectory = QStringLiteral(KT_STAGED_DATA_DIR),
                    const QString& userFolder = {}, const QString& language = QStringLiteral("en"));
    void closeWindow();
    [[nodiscard]] QWidget* currentPage() const;
    [[nodiscard]] QString currentQuestion() const;
    void answerCurrent(const Script& script, Input input);
    // From the clinic page's Start intake to the page where the patient hands back.
    void runIntakeToTheHandoff(int koosAnswer, int painRating);
    void visitEveryPageAndDialog(const std::function<void(QWidget*, const QString&)>& read);
    // `root` (the window or a dialog) saved as PREFIX_PAGE.png, once per kind of page.
    void screenshotOncePerPage(QWidget* root, const QString& prefix, const QString& where,
                               QSet<QString>& taken) const;
    // A new patient with one intake, left on their clinician view.
    std::int64_t addPatientWithAVisit(ClinicPage* clinic, const char* reference);
    void runCheck(const Script& script, Input input);
    void answerUntilTheResults(const Script& script, Input input);
    void saveScreenshot(const QString& name) const;
    // Starts today's exercises from the results on screen, with timers a hundred times faster.
    void startTodaysExercises(ExerciseSessionPage*& page);
    [[nodiscard]] QString resultText() const;
    [[nodiscard]] ClinicPage* openClinic();
    // Exports the report on screen as <name>.pdf and reads its text back.
    void exportReport(const QString& name, QString& text);

    // The one widget of that name on screen: pages made earlier keep hidden namesakes.
    template <class Widget> [[nodiscard]] Widget* shown(const QString& name) const {
        QCoreApplication::processEvents(); // a widget added to a shown page is shown by an event
        for (Widget* widget : window_->findChildren<Widget*>(name)) {
            if (widget->isVisible()) {
                return widget;
            }
        }
        return nullptr; // the click helpers fail on it
    }
    [[nodiscard]] const KnowledgeBase& kb() const { return services_->context().kb; }
    // The training page, opened from the home page.
    [[nodiscard]] TrainingPage* openTraining();
    // Drops `paths` on the training page and waits for the import to end.
    void importByDropping(TrainingPage* page, const QStringList& paths);
    // Weeks of 5 km runs with a 12 km run last Thursday, imported on the training page, which is
    // left on screen; returns the Monday of the spike's week.
    QDate importRunsWithASpike(const QString& folder);

    std::unique_ptr<QTemporaryDir> home_;
    std::unique_ptr<AppServices> services_;
    std::unique_ptr<QSettings> settings_;
    std::unique_ptr<MainWindow> window_;
};

void GuiTest::init() {
    home_ = std::make_unique<QTemporaryDir>();
    settings_ = std::make_unique<QSettings>(home_->filePath(QStringLiteral("settings.ini")),
                                            QSettings::IniFormat);
    openWindow();
}

void GuiTest::openWindow(const QString& dataDirectory, const QString& userFolder,
                         const QString& language) {
    auto opened = AppServices::open(dataDirectory,
                                    userFolder.isEmpty() ? home_->path() : userFolder, language);
    QVERIFY(std::holds_alternative<std::unique_ptr<AppServices>>(opened));
    services_ = std::move(std::get<std::unique_ptr<AppServices>>(opened));
    window_ = std::make_unique<MainWindow>(services_->context(), *settings_);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void GuiTest::closeWindow() {
    window_.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    services_.reset();
}

void GuiTest::cleanup() {
    closeWindow();
    QCOMPARE(QApplication::topLevelWidgets().size(), 0); // no window leaks
    settings_.reset();
    home_.reset();
}

QWidget* GuiTest::currentPage() const {
    return window_->findChild<QStackedWidget*>()->currentWidget();
}

QString GuiTest::currentQuestion() const {
    const auto current = window_->check() != nullptr ? window_->check()->current() : std::nullopt;
    return current ? toQt(kb().questions[*current].id) : QString();
}

void GuiTest::saveScreenshot(const QString& name) const {
    const QString folder = qEnvironmentVariable("KT_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        window_->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

QString GuiTest::resultText() const {
    return window_->findChild<QTextBrowser*>(QStringLiteral("resultBrowser"))->toPlainText();
}

// Answers the question on screen as the script says ("no" to yes/no questions it leaves out),
// then moves on with Next (mouse) or Return (keyboard).
void GuiTest::answerCurrent(const Script& script, Input input) {
    QCoreApplication::processEvents(); // lay out the new answer widgets, as a user's screen would
    auto* page = window_->findChild<QuestionPage*>(QStringLiteral("questionPage"));
    const QString id = currentQuestion();
    const Question& question = kb().questions[*kb().findQuestion(toCore(id))];
    const auto found = script.find(id);
    if (id == QStringLiteral("straight_leg_raise") || id == QStringLiteral("medical_history")) {
        saveScreenshot(id); // two of the questions added in vocabulary 1.1, for README
    }
    const auto choose = [&](QAbstractButton* button) {
        QVERIFY2(button != nullptr, qPrintable(QStringLiteral("no such option on ") + id));
        if (input == Input::Mouse) {
            // On the indicator: a radio button takes clicks on its circle and label only.
            click(button, QPoint(8, button->height() / 2));
        } else {
            button->setFocus();
            press(button, Qt::Key_Space);
        }
    };
    if (question.kind == QuestionKind::Number && !question.minLabel.empty()) {
        const int value =
            found != script.end() ? std::get<int>(found->second) : static_cast<int>(question.min);
        choose(page->findChild<QPushButton*>(QStringLiteral("rating_%1").arg(value)));
    } else if (question.kind == QuestionKind::Number) {
        const int value =
            found != script.end() ? std::get<int>(found->second) : static_cast<int>(question.min);
        auto* field = page->findChild<QLineEdit*>(QStringLiteral("numberAnswer"));
        field->setFocus();
        press(field, Qt::Key_A, Qt::ControlModifier);
        typeInto(field, QString::number(value));
    } else if (question.kind == QuestionKind::Multi) {
        const QStringList codes =
            found != script.end() ? std::get<QStringList>(found->second) : QStringList();
        for (const QString& code : codes) {
            choose(page->findChild<QCheckBox*>(QStringLiteral("option_") + code));
        }
    } else {
        const QString code =
            found != script.end() ? std::get<QString>(found->second)
            // The calm answer to each yes/no question: "yes" only where "no" is the warning sign.
            : question.kind == QuestionKind::YesNo
                ? (question.id == "straight_leg_raise" ? QStringLiteral("yes")
                                                       : QStringLiteral("no"))
                : toQt(question.options.front().code);
        choose(page->findChild<QRadioButton*>(QStringLiteral("option_") + code));
    }
    auto* next = page->findChild<QPushButton*>(QStringLiteral("nextButton"));
    QVERIFY2(next->isEnabled(), qPrintable(QStringLiteral("Next is disabled on ") + id));
    if (input == Input::Mouse) {
        click(next);
    } else {
        press(QApplication::focusWidget(), Qt::Key_Return);
    }
}

void GuiTest::runCheck(const Script& script, Input input) {
    auto* start = window_->findChild<QPushButton*>(QStringLiteral("startButton"));
    if (input == Input::Mouse) {
        click(start);
    } else {
        start->setFocus();
        press(start, Qt::Key_Space);
    }
    answerUntilTheResults(script, input);
}

// Goes on through the questions and red-flag pages of the check under way.
void GuiTest::answerUntilTheResults(const Script& script, Input input) {
    for (int step = 0; step < 60 && currentPage()->objectName() != QStringLiteral("resultsPage");
         ++step) {
        if (currentPage()->objectName() == QStringLiteral("redFlagPage")) {
            click(shown<QPushButton>(QStringLiteral("continueButton")));
            continue;
        }
        QCOMPARE(currentPage()->objectName(), QStringLiteral("questionPage"));
        answerCurrent(script, input);
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    QCOMPARE(currentPage()->objectName(), QStringLiteral("resultsPage"));
}

const Script kFrontOfKnee{{QStringLiteral("weight_bearing"), QStringLiteral("normal")},
                          {QStringLiteral("age_years"), 29},
                          {QStringLiteral("medical_history"), QStringList{QStringLiteral("none")}},
                          {QStringLiteral("sex"), QStringLiteral("female")},
                          {QStringLiteral("which_knee"), QStringLiteral("right")},
                          {QStringLiteral("pain_location"), QStringLiteral("front")},
                          {QStringLiteral("front_spot"), QStringLiteral("around_kneecap")},
                          {QStringLiteral("onset"), QStringLiteral("gradual")},
                          {QStringLiteral("recent_load_increase"), QStringLiteral("yes")},
                          {QStringLiteral("swelling"), QStringLiteral("none")},
                          {QStringLiteral("duration_weeks"), 5},
                          {QStringLiteral("pain_pattern"), QStringLiteral("after_running")},
                          {QStringLiteral("worse_with"),
                           QStringList{QStringLiteral("stairs_down"), QStringLiteral("squatting"),
                                       QStringLiteral("prolonged_sitting")}},
                          {QStringLiteral("morning_stiffness"), QStringLiteral("none")},
                          {QStringLiteral("pain_severity"), 4}};

void GuiTest::frontOfKneeSelfCareWithTheKeyboard() {
    saveScreenshot(QStringLiteral("home"));
    runCheck(kFrontOfKnee, Input::Keyboard);
    const auto* banner = window_->findChild<QLabel*>(QStringLiteral("dispositionBanner"));
    QVERIFY(banner->text().contains(QStringLiteral("manage this at home")));
    const QString text = resultText();
    QVERIFY(text.contains(QStringLiteral("Runner's knee")));
    QVERIFY(text.indexOf(QStringLiteral("Runner's knee")) <
            text.indexOf(QStringLiteral("Exercises that may help")));
    clickLink(shown<QTextBrowser>(QStringLiteral("resultBrowser")),
              QStringLiteral("fold:patellofemoral_pain"));
    QVERIFY(resultText().contains(QStringLiteral("Worse going down stairs")));
    QVERIFY(text.contains(QStringLiteral("How much:")));
    QVERIFY(text.contains(QStringLiteral("This is not a diagnosis")));
    // The knee picture with the place that hurts marked, under "What to do now".
    QVERIFY(text.contains(QStringLiteral("Where it hurts")));
    const auto* browser = window_->findChild<QTextBrowser*>(QStringLiteral("resultBrowser"));
    const auto knee =
        browser->document()
            ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("knee:marked")))
            .value<QImage>();
    QVERIFY(!knee.isNull());
    saveScreenshot(QStringLiteral("results"));
}

// An empty number field is "not answered": neither Next nor Return moves on until the number
// typed is in range, and the number typed is the answer recorded.
void GuiTest::numberQuestionMovesOnOnlyWithANumberInRange() {
    click(shown<QPushButton>(QStringLiteral("startButton")));
    while (currentQuestion() != QStringLiteral("age_years") && !QTest::currentTestFailed()) {
        answerCurrent(kFrontOfKnee, Input::Mouse);
    }
    auto* field = shown<QLineEdit>(QStringLiteral("numberAnswer"));
    const auto* next = shown<QPushButton>(QStringLiteral("nextButton"));
    QVERIFY(field->text().isEmpty());
    QVERIFY(!next->isEnabled());
    typeInto(field, QStringLiteral("4")); // one below the minimum of 5
    QVERIFY(!next->isEnabled());
    press(field, Qt::Key_Return);
    QCOMPARE(currentQuestion(), QStringLiteral("age_years"));
    typeInto(field, QStringLiteral("2"));
    QVERIFY(next->isEnabled());
    press(field, Qt::Key_Return);
    QVERIFY(currentQuestion() != QStringLiteral("age_years"));
    const auto age = *kb().findQuestion("age_years");
    QCOMPARE(std::get<double>(window_->check()->answers()[age]), 42.0);
}

void GuiTest::emergencyRedFlagInterruptsAndStaysOnTheResult() {
    click(shown<QPushButton>(QStringLiteral("startButton")));
    Script script = kFrontOfKnee;
    script[QStringLiteral("hot_red_swollen")] = QStringLiteral("yes");
    script[QStringLiteral("fever_unwell")] = QStringLiteral("yes");
    while (currentPage()->objectName() == QStringLiteral("questionPage") &&
           !QTest::currentTestFailed()) {
        answerCurrent(script, Input::Mouse);
    }
    QCOMPARE(currentPage()->objectName(), QStringLiteral("redFlagPage"));
    const auto* headline = window_->findChild<QLabel*>(QStringLiteral("headlineLabel"));
    QVERIFY(headline->text().startsWith(QStringLiteral("Urgent"))); // fever is asked first
    click(shown<QPushButton>(QStringLiteral("continueButton")));
    answerCurrent(script, Input::Mouse);
    QCOMPARE(currentPage()->objectName(), QStringLiteral("redFlagPage"));
    QVERIFY(headline->text().startsWith(QStringLiteral("Emergency")));
    saveScreenshot(QStringLiteral("red_flag"));
    click(shown<QPushButton>(QStringLiteral("continueButton")));
    answerUntilTheResults(script, Input::Mouse);
    const auto* banner = window_->findChild<QLabel*>(QStringLiteral("dispositionBanner"));
    QVERIFY(banner->text().contains(QStringLiteral("Emergency")));
    QVERIFY(resultText().contains(QStringLiteral("joint infection")));
    QVERIFY(!resultText().contains(QStringLiteral("Exercises that may help")));
}

void GuiTest::backOfKneeChosenOnThePicture() {
    click(shown<QPushButton>(QStringLiteral("startButton")));
    const Script script{{QStringLiteral("weight_bearing"), QStringLiteral("normal")},
                        {QStringLiteral("age_years"), 58},
                        {QStringLiteral("which_knee"), QStringLiteral("left")},
                        {QStringLiteral("onset"), QStringLiteral("gradual")},
                        {QStringLiteral("swelling"), QStringLiteral("gradual_or_intermittent")},
                        {QStringLiteral("duration_weeks"), 6},
                        {QStringLiteral("pain_pattern"), QStringLiteral("after_running")},
                        {QStringLiteral("worse_with"), QStringList{QStringLiteral("full_bend")}},
                        {QStringLiteral("morning_stiffness"), QStringLiteral("under_30_min")},
                        {QStringLiteral("grinding"), QStringLiteral("yes")},
                        {QStringLiteral("lump_behind_knee"), QStringLiteral("yes")},
                        {QStringLiteral("pain_severity"), 3}};
    auto* picture = window_->findChild<KneeMapWidget*>(QStringLiteral("kneePicture"));
    while (currentQuestion() != QStringLiteral("pain_location") && !QTest::currentTestFailed()) {
        answerCurrent(script, Input::Mouse);
    }
    auto* viewCombo = window_->findChild<QComboBox*>(QStringLiteral("viewCombo"));
    QVERIFY(picture->isVisible());
    QCOMPARE(window_->findChild<QComboBox*>(QStringLiteral("sideCombo"))->currentIndex(),
             1);                   // the left knee
    viewCombo->setCurrentIndex(1); // seen from behind
    const auto back = picture->centreOf(QStringLiteral("back"));
    QVERIFY(back.has_value());
    click(picture, back->toPoint());
    QVERIFY(window_->findChild<QRadioButton*>(QStringLiteral("option_back"))->isChecked());
    click(shown<QPushButton>(QStringLiteral("nextButton")));
    QCOMPARE(currentQuestion(), QStringLiteral("back_spot"));
    const auto centre = picture->centreOf(QStringLiteral("centre"));
    QVERIFY(centre.has_value());
    QTest::mouseMove(picture, centre->toPoint());
    click(picture, centre->toPoint());
    QVERIFY(window_->findChild<QRadioButton*>(QStringLiteral("option_centre"))->isChecked());
    saveScreenshot(QStringLiteral("knee_picture"));
    click(shown<QPushButton>(QStringLiteral("nextButton")));
    while (currentPage()->objectName() == QStringLiteral("questionPage") &&
           !QTest::currentTestFailed()) {
        answerCurrent(script, Input::Mouse);
    }
    QCOMPARE(currentPage()->objectName(), QStringLiteral("resultsPage"));
    const QString text = resultText();
    QVERIFY2(text.indexOf(QStringLiteral("Baker's cyst")) >= 0, qPrintable(text.left(400)));
    QVERIFY(window_->findChild<QLabel*>(QStringLiteral("dispositionBanner"))
                ->text()
                .contains(QStringLiteral("Book")));
}

void GuiTest::goingBackKeepsAnswersAndChangingOneReroutes() {
    click(shown<QPushButton>(QStringLiteral("startButton")));
    while (currentQuestion() != QStringLiteral("front_spot") && !QTest::currentTestFailed()) {
        answerCurrent(kFrontOfKnee, Input::Mouse);
    }
    saveScreenshot(QStringLiteral("question"));
    auto* back = window_->findChild<QPushButton*>(QStringLiteral("backButton"));
    click(back);
    QCOMPARE(currentQuestion(), QStringLiteral("pain_location"));
    QVERIFY(window_->findChild<QRadioButton*>(QStringLiteral("option_front"))->isChecked());
    click(back);
    QCOMPARE(currentQuestion(), QStringLiteral("which_knee"));
    QVERIFY(window_->findChild<QRadioButton*>(QStringLiteral("option_right"))->isChecked());
    click(back);
    QCOMPARE(currentQuestion(), QStringLiteral("sex"));
    QVERIFY(window_->findChild<QRadioButton*>(QStringLiteral("option_female"))->isChecked());
    click(shown<QPushButton>(QStringLiteral("nextButton")));
    click(shown<QPushButton>(QStringLiteral("nextButton")));
    QCOMPARE(currentQuestion(), QStringLiteral("pain_location"));
    auto* outer = shown<QRadioButton>(QStringLiteral("option_outer"));
    QVERIFY(outer != nullptr);
    click(outer, QPoint(8, outer->height() / 2));
    click(shown<QPushButton>(QStringLiteral("nextButton")));
    QCOMPARE(currentQuestion(), QStringLiteral("outer_spot"));
}

void GuiTest::historySurvivesARestart() {
    runCheck(kFrontOfKnee, Input::Mouse);
    closeWindow(); // as after a restart
    openWindow();
    click(shown<QPushButton>(QStringLiteral("historyButton")));
    auto* page = window_->findChild<HistoryPage*>(QStringLiteral("historyPage"));
    QCOMPARE(currentPage(), page);
    QCOMPARE(page->rowCount(), 1);
    saveScreenshot(QStringLiteral("history"));
    click(shown<QPushButton>(QStringLiteral("openButton")));
    QCOMPARE(currentPage()->objectName(), QStringLiteral("resultsPage"));
    QVERIFY(resultText().contains(QStringLiteral("Runner's knee")));
    QVERIFY(!window_->findChild<QPushButton*>(QStringLiteral("changeButton"))->isVisible());
    // Saved with the knowledge base in use: shown in full, nothing to re-run.
    QVERIFY(!window_->findChild<QPushButton*>(QStringLiteral("rerunButton"))->isVisible());
    QVERIFY(window_->findChild<QPushButton*>(QStringLiteral("pdfButton"))->isEnabled());
}

void GuiTest::anUnusableHistoryStillLetsARunnerDoACheck() {
    // The folder for the user's files is taken by a file: nothing can be kept there.
    const QString blocked = home_->filePath(QStringLiteral("not-a-folder"));
    QFile taken(blocked);
    QVERIFY(taken.open(QIODevice::WriteOnly));
    taken.close();
    closeWindow();
    openWindow(QStringLiteral(KT_STAGED_DATA_DIR), blocked);
    QVERIFY(services_->historyNotice().has_value());
    QVERIFY(toQt(*services_->historyNotice()).startsWith(QStringLiteral("Your history is off")));
    runCheck(kFrontOfKnee, Input::Mouse); // no box about saving: it is kept for this session
    QVERIFY(resultText().contains(QStringLiteral("Runner's knee")));
    click(shown<QPushButton>(QStringLiteral("homeButton")));
    click(shown<QPushButton>(QStringLiteral("historyButton")));
    QCOMPARE(window_->findChild<HistoryPage*>(QStringLiteral("historyPage"))->rowCount(), 1);
    QVERIFY(QFileInfo(blocked).isFile()); // left as it was
}

void GuiTest::setAsideFilesAreListedWithHowToRecoverThem() {
    QVERIFY(window_->setAsideReport().startsWith(QStringLiteral("No file has been set aside")));
    QFile aside(home_->filePath(QStringLiteral("clinic.sqlite.unusable-1700000000")));
    QVERIFY(aside.open(QIODevice::WriteOnly));
    aside.close();
    const QString report = window_->setAsideReport();
    QVERIFY(report.contains(aside.fileName()));
    QVERIFY(report.contains(QStringLiteral("To recover one")));

    // Purged from the app, after a warning.
    clickInTheNextMessageBox(QStringLiteral("Delete these copies"));
    answerTheNextMessageBox(QMessageBox::Yes);
    window_->showSetAsideFiles();
    QVERIFY(!aside.exists());
    QVERIFY(window_->setAsideReport().startsWith(QStringLiteral("No file has been set aside")));
}

void GuiTest::aCheckFromAnOlderKnowledgeBaseIsShownAsSavedAndCanBeRerun() {
    runCheck(kFrontOfKnee, Input::Mouse);
    const std::string version = kb().version;
    closeWindow();
    {
        // As if saved by an older release whose knowledge base sent this runner to a doctor.
        Database history(toCore(home_->filePath(QStringLiteral("history.sqlite"))),
                         Database::Mode::ReadWriteCreate);
        history.execute(
            "UPDATE checks SET kb_version = '1.1.0', result_json = replace(replace(result_json, "
            "'\"version\":\"" +
            version +
            "\"', '\"version\":\"1.1.0\"'), "
            "'\"disposition\":\"self_care\",\"red_flags\"', "
            "'\"disposition\":\"urgent\",\"red_flags\"')");
    }
    openWindow();
    click(shown<QPushButton>(QStringLiteral("historyButton")));
    click(shown<QPushButton>(QStringLiteral("openButton")));
    QCOMPARE(currentPage()->objectName(), QStringLiteral("resultsPage"));
    const auto* banner = window_->findChild<QLabel*>(QStringLiteral("dispositionBanner"));
    QVERIFY(banner->text().contains(QStringLiteral("Urgent"))); // as it was shown then
    QVERIFY(resultText().contains(QStringLiteral("Shown as it was saved, with knowledge base ") +
                                  toQt(kb().id) + QStringLiteral(" version 1.1.0")));
    QVERIFY(resultText().contains(QStringLiteral("Runner's knee")));
    QVERIFY2(!window_->findChild<QPushButton*>(QStringLiteral("pdfButton"))->isEnabled(),
             "a PDF of the saved words would mix them with today's");
    saveScreenshot(QStringLiteral("saved_check"));
    click(shown<QPushButton>(QStringLiteral("rerunButton")));
    QVERIFY(banner->text().contains(QStringLiteral("manage this at home")));
    const QString text = resultText();
    QVERIFY(text.contains(QStringLiteral("What changed since the check was saved")));
    QVERIFY(text.indexOf(QStringLiteral("What changed")) <
            text.indexOf(QStringLiteral("Possible causes")));
    QVERIFY2(text.contains(QStringLiteral("Urgent: see a doctor today → You can likely manage "
                                          "this at home")),
             qPrintable(text.left(800)));
    QVERIFY(!window_->findChild<QPushButton*>(QStringLiteral("rerunButton"))->isVisible());
    QVERIFY(window_->findChild<QPushButton*>(QStringLiteral("pdfButton"))->isEnabled());
}

void GuiTest::exportReport(const QString& name, QString& text) {
    const QString file = home_->filePath(name + QStringLiteral(".pdf"));
    QCOMPARE(window_->findChild<ResultsPage*>(QStringLiteral("resultsPage"))->exportPdf(file),
             QString());
    QCOMPARE(QFile::permissions(file), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadUser | QFileDevice::WriteUser);
    if (const QString keep = qEnvironmentVariable("KT_REPORT_DIR"); !keep.isEmpty()) {
        const QString copy = keep + QLatin1Char('/') + name + QStringLiteral(".pdf");
        QFile::remove(copy);
        QFile::copy(file, copy); // to look at it, e.g. with pdftoppm
    }
    readPdfText(file, text);
}

// The exercises the front-of-knee answers bring when nothing overrides them.
const QStringList kFrontOfKneeExercises{QStringLiteral("Side-lying hip abduction"),
                                        QStringLiteral("Clamshell"),
                                        QStringLiteral("Glute bridge")};

void GuiTest::pdfReportReadsBackWhatTheRunnerNeeds() {
    runCheck(kFrontOfKnee, Input::Mouse);
    QString text;
    exportReport(QStringLiteral("report"), text);
    if (QTest::currentTestFailed()) {
        return;
    }
    const auto at = [&text](const QString& part) {
        const qsizetype index = text.indexOf(part);
        if (index < 0) {
            QTest::qFail(qPrintable(QStringLiteral("not in the PDF: ") + part), __FILE__, __LINE__);
        }
        return index;
    };
    // Read in a minute: what to do first, then why, then how, then the answers and the notice.
    const qsizetype headline = at(QStringLiteral("You can likely manage this at home"));
    const qsizetype cause = at(QStringLiteral("Runner's knee (patellofemoral pain) Likely"));
    const qsizetype exercises = at(QStringLiteral("Exercises that may help"));
    const qsizetype answers = at(QStringLiteral("Answers"));
    const qsizetype notice = at(toQt(kb().noticeFull).simplified());
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(headline < cause && cause < exercises && exercises < answers && answers < notice);
    QVERIFY(text.mid(notice).startsWith(QStringLiteral("This is not a diagnosis.")));
    for (const QString& exercise : kFrontOfKneeExercises) {
        QVERIFY2(at(exercise) > exercises, qPrintable(exercise));
    }
    QVERIFY(at(QStringLiteral("How much: 3 sets of 15 each side, 3 days a week")) > exercises);
    qsizetype pictures = 0;
    countPdfImages(home_->filePath(QStringLiteral("report.pdf")), pictures);
    // Each exercise with its picture, and the knee with the place that hurts marked.
    QCOMPARE(pictures, text.count(QStringLiteral("How much:")) + 1);
    QVERIFY(text.contains(QStringLiteral("Where it hurts")));
    // No runs stored: nothing is said of runs before the pain.
    QVERIFY(!text.contains(QStringLiteral("Your runs before the pain")));

    // Every question asked, each on a line with its answer.
    const QString answerLines = text.mid(answers, notice - answers);
    const Answers& given = window_->check()->answers();
    for (const std::size_t index : window_->check()->result().asked) {
        const Question& question = kb().questions[index];
        QVERIFY2(hasAnswerLine(answerLines, toQt(question.text),
                               toQt(describeAnswer(question, given[index]))),
                 question.id.c_str());
    }
    QVERIFY(
        hasAnswerLine(answerLines, QStringLiteral("How old are you?"), QStringLiteral("29 years")));
    QVERIFY(hasAnswerLine(answerLines, QStringLiteral("Where at the front exactly?"),
                          QStringLiteral("Around or behind the kneecap")));
    QVERIFY(hasAnswerLine(
        answerLines, QStringLiteral("What makes it worse? Choose all that apply."),
        QStringLiteral(
            "Going down stairs, Squatting, Sitting for a long time with the knee bent")));
    auto* results = window_->findChild<ResultsPage*>(QStringLiteral("resultsPage"));
    QVERIFY(!results->exportPdf(QStringLiteral("/nonexistent/folder/report.pdf")).isEmpty());
}

void GuiTest::theResultsAndThePdfSayWhichRunThePainStartedAfter() {
    // The front-of-knee pain has lasted about 5 weeks: it started 32 to 38 days ago. 40 days ago
    // came a 14.5 km run, 45 % longer than the 10 km of 60 days ago.
    const auto runDaysAgo = [](int days, double metres) {
        Run run;
        run.startUtc = QDateTime::currentSecsSinceEpoch() - std::int64_t{days} * 86400;
        run.distanceMetres = metres;
        run.movingSeconds = metres / 3;
        run.sport = "running";
        run.sourceFile = "runs/" + std::to_string(days) + ".gpx";
        run.sourceSha256 = std::string(64, 'a');
        return run;
    };
    QCOMPARE(services_->context()
                 .history.addRuns(std::vector<Run>{runDaysAgo(60, 10000), runDaysAgo(40, 14500)})
                 .added,
             std::size_t{2});
    runCheck(kFrontOfKnee, Input::Mouse);
    const QString shown = resultText();
    QVERIFY2(shown.contains(QStringLiteral("Your runs before the pain")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("you ran 14.5 km, 45 % longer")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("not proof")));
    QString printed;
    exportReport(QStringLiteral("runs_before_pain"), printed);
    QVERIFY(printed.contains(QStringLiteral("Your runs before the pain")));
    QVERIFY(printed.simplified().contains(QStringLiteral("45 % longer")));
}

void GuiTest::urgentResultPutsItsAdviceFirstAndNoBookingAboveIt() {
    Script script = kFrontOfKnee;
    script[QStringLiteral("night_pain")] = QStringLiteral("yes"); // urgent: see a doctor today
    script[QStringLiteral("duration_weeks")] = 20; // persistent pain: book within 1-2 weeks
    runCheck(script, Input::Mouse);
    const auto* banner = window_->findChild<QLabel*>(QStringLiteral("dispositionBanner"));
    QVERIFY(banner->text().contains(QStringLiteral("Urgent")));
    const QString text = resultText();
    const qsizetype warning = text.indexOf(QStringLiteral("Warning signs in your answers"));
    QVERIFY(warning >= 0);
    QVERIFY(warning < text.indexOf(QStringLiteral("Possible causes")));
    QVERIFY2(!text.contains(QStringLiteral("Pain for more than 3 months")),
             "an overtaken amber flag's booking advice");
    QVERIFY(text.contains(QStringLiteral("First follow the advice at the top")));
    QVERIFY(!text.contains(QStringLiteral("Exercises that may help")));

    // The PDF says the same: the urgent advice, and no exercises to try instead.
    QString printed;
    exportReport(QStringLiteral("urgent"), printed);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(printed.contains(QStringLiteral("Urgent: see a doctor today")));
    QVERIFY(printed.contains(QStringLiteral("Warning signs in your answers")));
    QVERIFY(printed.contains(QStringLiteral("This is not a diagnosis.")));
    QVERIFY(!printed.contains(QStringLiteral("Exercises that may help")));
    QVERIFY(!printed.contains(QStringLiteral("How much:")));
    for (const QString& exercise : kFrontOfKneeExercises) {
        QVERIFY2(!printed.contains(exercise), qPrintable(exercise));
    }
}

void GuiTest::exerciseLibraryFiltersByTextAndCondition() {
    click(shown<QPushButton>(QStringLiteral("exercisesButton")));
    auto* library = window_->findChild<ExerciseLibraryPage*>(QStringLiteral("exerciseLibraryPage"));
    QCOMPARE(currentPage(), library);
    const int all = library->visibleCount();
    QVERIFY(all >= 30);
    auto* search = library->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    typeInto(search, QStringLiteral("bridge"));
    QVERIFY(library->visibleCount() > 0);
    QVERIFY(library->visibleCount() < all);
    search->clear();
    auto* condition = library->findChild<QComboBox*>(QStringLiteral("conditionCombo"));
    condition->setCurrentIndex(
        condition->findText(QStringLiteral("Iliotibial band syndrome (ITB syndrome)")));
    QVERIFY(condition->currentIndex() > 0);
    QVERIFY(library->visibleCount() < all);
    QVERIFY(library->findChild<QTextBrowser*>(QStringLiteral("exerciseBrowser"))
                ->toPlainText()
                .contains(QStringLiteral("How much:")));
    saveScreenshot(QStringLiteral("exercises"));
}

void GuiTest::startTodaysExercises(ExerciseSessionPage*& page) {
    click(shown<QPushButton>(QStringLiteral("startExercisesButton")));
    page = window_->findChild<ExerciseSessionPage*>(QStringLiteral("exerciseSessionPage"));
    QVERIFY(page != nullptr);
    QCOMPARE(currentPage(), page);
    page->setSecondLength(std::chrono::milliseconds(10));
}

void GuiTest::aSessionRunsEverySetWithItsTimersAndHistoryShowsIt() {
    runCheck(kFrontOfKnee, Input::Mouse);
    const auto session = sessionFor(kb(), window_->check()->result(), window_->check()->answers());
    QVERIFY(session && session->exercises.size() > 1);
    ExerciseSessionPage* page = nullptr;
    startTodaysExercises(page);
    if (QTest::currentTestFailed()) {
        return;
    }
    saveScreenshot(QStringLiteral("exercise_session"));
    const auto label = [page](const char* name) {
        return page->findChild<QLabel*>(QLatin1String(name));
    };
    auto* done = page->findChild<QPushButton*>(QStringLiteral("doneButton"));
    bool held = false;
    bool rested = false;
    int sets = 0;
    for (const SessionExercise& exercise : session->exercises) {
        QCOMPARE(label("nameLabel")->text(), toQt(kb().exercises[exercise.exercise].name));
        for (int set = 1; set <= exercise.sets; ++set) {
            QTRY_VERIFY(done->isEnabled()); // the rest before it runs out by itself
            QVERIFY(label("setLabel")
                        ->text()
                        .startsWith(QStringLiteral("Set %1 of %2").arg(set).arg(exercise.sets)));
            if (exercise.holdSeconds > 0 && !held) {
                QCOMPARE(label("timerLabel")->text(), QString::number(exercise.holdSeconds));
                click(page->findChild<QPushButton*>(QStringLiteral("timerButton")));
                QTRY_VERIFY(
                    label("setLabel")
                        ->text()
                        .contains(QStringLiteral("Holds done: 1 of %1").arg(exercise.reps)));
                QVERIFY(label("timerLabel")
                            ->accessibleName()
                            .startsWith(QStringLiteral("Hold, seconds left: ")));
                held = true;
            }
            click(done);
            ++sets;
            if (set < exercise.sets && !rested) {
                QVERIFY(!done->isEnabled());
                QCOMPARE(label("timerKindLabel")->text(), QStringLiteral("Rest before set 2"));
                QVERIFY(label("timerNoteLabel")->isVisible()); // the rest guide, from data
                rested = true;
            }
        }
    }
    QVERIFY(held && rested);
    QCOMPARE(label("finishSummary")->text(),
             QStringLiteral("Sets done: %1 of %1, in %2 of %2 exercises.")
                 .arg(sets)
                 .arg(session->exercises.size()));
    const auto kept = services_->context().history.exercisesDone();
    QCOMPARE(kept.size(), session->exercises.size());
    for (const ExerciseDone& record : kept) {
        QCOMPARE(record.setsDone, record.setsPlanned);
    }
    click(shown<QPushButton>(QStringLiteral("sessionHistoryButton")));
    QCOMPARE(currentPage()->objectName(), QStringLiteral("historyPage"));
    const QDateTime now = QDateTime::currentDateTime();
    const Adherence expected = adherence(
        kb(), *session, kept, toCore(now.date().toString(Qt::ISODate)), now.offsetFromUtc() / 60);
    QCOMPARE(expected.weeks.front().setsDone, sets);
    QCOMPARE(shown<QLabel>(QStringLiteral("adherenceLabel"))->text(),
             QStringLiteral("Exercises: %1 of %2 planned sets this week (%3 %)")
                 .arg(sets)
                 .arg(expected.weeks.front().setsPlanned)
                 .arg(*percentOf(sets, expected.weeks.front().setsPlanned)));
}

void GuiTest::skippingAnExerciseKeepsTheSetsAlreadyDone() {
    runCheck(kFrontOfKnee, Input::Mouse);
    const auto session = sessionFor(kb(), window_->check()->result(), window_->check()->answers());
    QVERIFY(session && session->exercises.size() > 1 && session->exercises[0].sets > 1);
    ExerciseSessionPage* page = nullptr;
    startTodaysExercises(page);
    if (QTest::currentTestFailed()) {
        return;
    }
    click(page->findChild<QPushButton*>(QStringLiteral("doneButton")));
    auto* skip = page->findChild<QPushButton*>(QStringLiteral("skipButton"));
    click(skip); // during the rest after set 1
    QCOMPARE(page->findChild<QLabel*>(QStringLiteral("progressLabel"))->text(),
             QStringLiteral("Exercise 2 of %1").arg(session->exercises.size()));
    click(skip); // the second with nothing done
    click(shown<QPushButton>(QStringLiteral("homeButton")));
    QCOMPARE(currentPage()->objectName(), QStringLiteral("homePage"));
    const auto kept = services_->context().history.exercisesDone();
    QCOMPARE(kept.size(), std::size_t{1});
    QCOMPARE(toQt(kept[0].exerciseId), toQt(kb().exercises[session->exercises[0].exercise].id));
    QCOMPARE(toQt(kept[0].condition), toQt(kb().conditions[session->condition].id));
    QCOMPARE(kept[0].setsDone, 1);
    QCOMPARE(kept[0].setsPlanned, session->exercises[0].sets);
}

// One line says how much was done, the same on the history page, the results and the PDF.
void GuiTest::theReportAndHistorySayHowMuchExerciseWasDone() {
    runCheck(kFrontOfKnee, Input::Mouse);
    ExerciseSessionPage* page = nullptr;
    startTodaysExercises(page);
    if (QTest::currentTestFailed()) {
        return;
    }
    click(page->findChild<QPushButton*>(QStringLiteral("doneButton")));
    click(shown<QPushButton>(QStringLiteral("homeButton")));
    window_->showHistory();
    const QString line = shown<QLabel>(QStringLiteral("adherenceLabel"))->text();
    QVERIFY(line.startsWith(QStringLiteral("Exercises: 1 of ")));
    click(shown<QPushButton>(QStringLiteral("openButton")));
    QCOMPARE(currentPage()->objectName(), QStringLiteral("resultsPage"));
    QVERIFY(resultText().contains(line));
    QString text;
    exportReport(QStringLiteral("adherence"), text);
    const qsizetype exercises = text.indexOf(QStringLiteral("Exercises that may help"));
    QVERIFY(exercises >= 0);
    QCOMPARE(text.indexOf(line), exercises + QStringLiteral("Exercises that may help ").size());
}

// Answers the questionnaire on screen: every choice item with its first option (best for KOOS,
// worst for Kujala), every number item with `number`, then Next.
void answerQuestionnaire(QWidget* page, int number, const QString& firstCode) {
    QCoreApplication::processEvents();
    for (auto* field : page->findChildren<QLineEdit*>()) {
        if (field->isVisibleTo(page) &&
            field->objectName().startsWith(QStringLiteral("measureNumber_"))) {
            field->setText(QString::number(number));
        }
    }
    for (auto* box : page->findChildren<QGroupBox*>()) {
        if (!box->isVisibleTo(page)) {
            continue;
        }
        const auto buttons = box->findChildren<QRadioButton*>();
        if (buttons.isEmpty()) {
            continue;
        }
        QRadioButton* chosen = buttons.first();
        for (QRadioButton* button : buttons) {
            if (button->objectName().endsWith(QLatin1Char('_') + firstCode)) {
                chosen = button;
            }
        }
        click(chosen, QPoint(8, chosen->height() / 2));
    }
    click(page->findChild<QPushButton*>(QStringLiteral("nextButton")));
}

void GuiTest::runIntakeToTheHandoff(int koosAnswer, int painRating) {
    click(shown<QPushButton>(QStringLiteral("intakeButton")));
    Script script = kFrontOfKnee;
    script[QStringLiteral("pain_severity")] = painRating;
    while (currentPage()->objectName() == QStringLiteral("questionPage") &&
           !QTest::currentTestFailed()) {
        answerCurrent(script, Input::Mouse);
    }
    QCOMPARE(currentPage()->objectName(), QStringLiteral("measurePage"));
    // KOOS-12, Kujala (front-of-knee pain), NRS; no VISA-P for pain around the kneecap.
    const QString code = koosAnswer == 0 ? QStringLiteral("never") : QStringLiteral("daily");
    for (int page = 0; page < 3 && currentPage()->objectName() == QStringLiteral("measurePage");
         ++page) {
        answerQuestionnaire(currentPage(), painRating, code);
    }
    QCOMPARE(currentPage()->objectName(), QStringLiteral("handoffPage"));
}

void GuiTest::clinicIntakeTwoVisitsScoresExportsAndImport() {
    window_->findChild<QAction*>(QStringLiteral("clinicModeAction"))->setChecked(true);
    QVERIFY(settings_->value(QStringLiteral("clinicMode")).toBool()); // remembered
    givePassphrase(kClinicPassphrase);
    click(shown<QPushButton>(QStringLiteral("clinicButton")));
    auto* clinic = window_->findChild<ClinicPage*>(QStringLiteral("clinicPage"));
    QCOMPARE(currentPage(), clinic);
    Patient patient;
    patient.reference = "A. Runner";
    patient.birthYear = 1990;
    clinic->addPatient(patient);
    QCOMPARE(clinic->rowCount(), 1);

    const auto intake = [&](int koosAnswer, int painRating) {
        runIntakeToTheHandoff(koosAnswer, painRating);
        QVERIFY(!window_->findChild<QPushButton*>(QStringLiteral("resultButton"))
                     ->isVisible()); // not allowed
        givePassphrase(kClinicPassphrase);
        click(shown<QPushButton>(QStringLiteral("clinicianButton")));
        QCOMPARE(currentPage()->objectName(), QStringLiteral("clinicianPage"));
    };
    intake(1, 7);
    auto* clinician = window_->findChild<ClinicianPage*>(QStringLiteral("clinicianPage"));
    QCOMPARE(clinician->visitCount(), 1);
    QVERIFY(clinician->summaryText().contains(QStringLiteral("Runner's knee")));
    QVERIFY(clinician->summaryText().contains(QStringLiteral("KOOS-12")));
    click(shown<QPushButton>(QStringLiteral("patientsButton")));
    intake(0, 2);
    QCOMPARE(clinician->visitCount(), 2);
    const QString summary = clinician->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("Since the last visit")),
             qPrintable(summary.left(600)));
    QVERIFY2(summary.contains(QStringLiteral("-5.0")), qPrintable(summary)); // pain rating 7 -> 2
    saveScreenshot(QStringLiteral("clinician"));

    const QString pdf = home_->filePath(QStringLiteral("summary.pdf"));
    QCOMPARE(clinician->exportPdf(pdf), QString());
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.readAll().startsWith("%PDF-"));
    const QString csv = home_->filePath(QStringLiteral("visits.csv"));
    QCOMPARE(clinician->exportCsv(csv), QString());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QCOMPARE(csvFile.readAll().count('\n'), 3); // header and two visits
    const QString fhir = home_->filePath(QStringLiteral("visit.json"));
    QCOMPARE(clinician->exportFhir(fhir), QString());
    for (const QString& exported : {pdf, csv, fhir}) {
        QCOMPARE(QFile::permissions(exported), // health data: the owner's alone
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
    }
    QCOMPARE(clinician->importFhir(fhir), QString());
    QCOMPARE(clinician->visitCount(), 3); // reopened as a visit
    QVERIFY(clinician->summaryText().contains(QStringLiteral("Runner's knee")));
    const QString foreign = home_->filePath(QStringLiteral("foreign.json"));
    QFile out(foreign);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"resourceType": "Patient", "id": "x"})");
    out.close();
    QVERIFY(clinician->importFhir(foreign).contains(QStringLiteral("nothing was changed")));
    QCOMPARE(clinician->visitCount(), 3);
    QFile rows(csv);
    QVERIFY(rows.open(QIODevice::ReadOnly));
    QCOMPARE(rows.readAll().count("\nA. Runner,"), 2); // every row says whose visit it is

    // A name is plain text, isolated: markup shows as typed and cannot fake a banner.
    Patient hostile;
    hostile.reference = "<b style='color:red'>EMERGENCY</b><img src='/etc/passwd'>\u202Egnp.exe";
    clinician->showPatient(services_->context().clinic().addPatient(hostile));
    const auto* label = window_->findChild<QLabel*>(QStringLiteral("patientLabel"));
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(label->text().contains(QStringLiteral("<b style='color:red'>EMERGENCY</b>")));
    QVERIFY(label->text().startsWith(QChar(0x2068)));
}

void GuiTest::patientRecordsLockForAnIntakeAndWhenLeftIdle() {
    closeWindow();
    settings_->setValue(QStringLiteral("clinicIdleLockSeconds"), 1);
    openWindow();
    ClinicPage* clinic = openClinic();
    ClinicStore& store = services_->context().clinic();
    QVERIFY(store.isUnlocked());
    Patient patient;
    patient.reference = "Locked Out";
    const std::int64_t id = clinic->addPatient(patient);

    // Handed to the patient: nothing leads to patients, by menu or shortcut.
    auto* patients = window_->findChild<QAction*>(QStringLiteral("patientsAction"));
    QVERIFY(patients->isEnabled());
    click(shown<QPushButton>(QStringLiteral("intakeButton")));
    QCOMPARE(currentPage()->objectName(), QStringLiteral("questionPage"));
    for (const char* name : {"patientsAction", "clinicModeAction", "passphraseAction"}) {
        QVERIFY2(!window_->findChild<QAction*>(QLatin1String(name))->isEnabled(), name);
    }
    press(window_.get(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(currentPage()->objectName(), QStringLiteral("questionPage"));
    click(shown<QPushButton>(QStringLiteral("homeButton"))); // the Cancel of the question page
    QVERIFY(!store.isUnlocked());                            // the intake ended: its key is gone
    QVERIFY(patients->isEnabled());

    // A wrong passphrase opens nothing; the right one opens the patient list again.
    QString told;
    onTheDialog<PassphraseDialog>([&told](QDialog* dialog) {
        typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")),
                 QStringLiteral("not the passphrase"));
        givePassphrase(kClinicPassphrase, &told); // to the dialog that comes next
        click(dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                  ->button(QDialogButtonBox::Ok));
    });
    patients->trigger();
    QVERIFY2(told.contains(QStringLiteral("not the clinic passphrase")), qPrintable(told));
    QCOMPARE(currentPage(), clinic);
    QVERIFY(store.isUnlocked());

    // A finished intake saves its visit while locked, then forgets the key; the clinician view
    // needs the passphrase.
    runIntakeToTheHandoff(1, 4);
    QVERIFY(!store.isUnlocked());
    onTheDialog<PassphraseDialog>([](QDialog* dialog) { dialog->reject(); });
    click(shown<QPushButton>(QStringLiteral("clinicianButton")));
    QCOMPARE(currentPage()->objectName(), QStringLiteral("handoffPage"));
    givePassphrase(kClinicPassphrase);
    click(shown<QPushButton>(QStringLiteral("clinicianButton")));
    QCOMPARE(currentPage()->objectName(), QStringLiteral("clinicianPage"));
    QCOMPARE(store.visitCount(id), 1);

    // Left alone, the records lock and the patient's page goes.
    QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), QStringLiteral("homePage"), 5000);
    QVERIFY(!store.isUnlocked());
    QVERIFY(!window_->findChild<QAction*>(QStringLiteral("lockAction"))->isEnabled());
}

std::int64_t GuiTest::addPatientWithAVisit(ClinicPage* clinic, const char* reference) {
    Patient patient;
    patient.reference = reference;
    const std::int64_t id = clinic->addPatient(patient);
    runIntakeToTheHandoff(1, 5);
    givePassphrase(kClinicPassphrase);
    click(shown<QPushButton>(QStringLiteral("clinicianButton")));
    return id;
}

void GuiTest::aDeletedPatientIsGoneWithEveryVisit() {
    ClinicPage* clinic = openClinic();
    const std::int64_t keptId = addPatientWithAVisit(clinic, "Kept");
    click(shown<QPushButton>(QStringLiteral("patientsButton")));
    Patient erased;
    erased.reference = "To be erased";
    const std::int64_t erasedId = clinic->addPatient(erased);
    ClinicStore& store = services_->context().clinic();
    QCOMPARE(clinic->selectedPatient(), erasedId);

    clickInTheNextMessageBox(QStringLiteral("Cancel"));
    click(shown<QPushButton>(QStringLiteral("deleteButton")));
    QCOMPARE(clinic->rowCount(), 2); // cancelled: nothing erased
    clickInTheNextMessageBox(QStringLiteral("Delete"));
    click(shown<QPushButton>(QStringLiteral("deleteButton")));
    QCOMPARE(clinic->rowCount(), 1);
    QVERIFY(!store.patient(erasedId).has_value());
    QCOMPARE(store.patient(keptId)->reference, "Kept");
    QCOMPARE(store.visitCount(keptId), 1);
}

void GuiTest::aRecordChangedOutsideTheAppIsShownAsUnreadableAndTheWindowStays() {
    ClinicPage* clinic = openClinic();
    const std::int64_t id = addPatientWithAVisit(clinic, "Tampered With");
    auto* clinician = window_->findChild<ClinicianPage*>(QStringLiteral("clinicianPage"));
    QVERIFY(clinician->summaryText().contains(QStringLiteral("Runner's knee")));
    {
        // Another program changes one byte of the sealed result and of the sealed name.
        Database file(toCore(home_->filePath(QStringLiteral("clinic.sqlite"))),
                      Database::Mode::ReadWriteCreate);
        file.execute("UPDATE visits SET result_json = substr(result_json, 1, 40) || x'00' || "
                     "substr(result_json, 42)");
        file.execute("UPDATE patients SET reference = x'00' || substr(reference, 2)");
    }
    clinician->showPatient(id);
    QCOMPARE(clinician->visitCount(), 1);
    QVERIFY2(clinician->summaryText().contains(QStringLiteral("This visit cannot be read")),
             qPrintable(clinician->summaryText()));
    QVERIFY(!clinician->summaryText().contains(QStringLiteral("Runner's knee")));
    click(shown<QPushButton>(QStringLiteral("patientsButton")));
    QCOMPARE(clinic->rowCount(), 1);
    QString shown;
    shownAsPlainText(clinic->findChild<QTableWidget*>(QStringLiteral("patientTable")), 0, 0, shown);
    QVERIFY2(shown.contains(QStringLiteral("cannot be read")), qPrintable(shown));
    QVERIFY(window_->isVisible());
}

namespace {

// Chooses the practice server `server` (or, empty, the file) in the place dialog; `after` gets
// the dialog once Ok was pressed, while it is still there.
void chooseClinicPlace(QMainWindow* window, const QString& server,
                       const std::function<void(QDialog*)>& after = {}) {
    onTheDialog<ClinicPlaceDialog>([server, after](QDialog* dialog) {
        auto* radio = dialog->findChild<QRadioButton*>(
            server.isEmpty() ? QStringLiteral("fileRadio") : QStringLiteral("serverRadio"));
        click(radio, QPoint(8, radio->height() / 2));
        if (!server.isEmpty()) {
            typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("serverEdit")), server);
        }
        click(dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                  ->button(QDialogButtonBox::Ok));
        if (after) {
            after(dialog);
        }
    });
    window->findChild<QAction*>(QStringLiteral("clinicPlaceAction"))->trigger();
}

} // namespace

void GuiTest::anUnreachableServerGetsAMessageNamingItAndTheWindowStaysUsable() {
    const QString server = QStringLiteral("host=/tmp/kt-no-such-dir dbname=x");
    chooseClinicPlace(window_.get(), server);
    QCOMPARE(settings_->value(QStringLiteral("clinicServer")).toString(), server);
    window_->findChild<QAction*>(QStringLiteral("clinicModeAction"))->setChecked(true);
    QString told;
    onTheDialog<QMessageBox>([&told](QDialog* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        told = box->text() + QLatin1Char('\n') + box->informativeText();
        click(box->button(QMessageBox::Ok));
    });
    click(shown<QPushButton>(QStringLiteral("clinicButton")));
    QVERIFY2(told.contains(QStringLiteral("practice server")), qPrintable(told));
    QVERIFY2(told.contains(QStringLiteral("/tmp/kt-no-such-dir")), qPrintable(told));
    QVERIFY(window_->isVisible());
    QCOMPARE(currentPage()->objectName(), QStringLiteral("homePage"));
    click(shown<QPushButton>(QStringLiteral("startButton"))); // the window still works
    QCOMPARE(currentPage()->objectName(), QStringLiteral("questionPage"));
    window_->showHome();
    // Back to the file: patient records open as before.
    chooseClinicPlace(window_.get(), QString());
    givePassphrase(kClinicPassphrase);
    click(shown<QPushButton>(QStringLiteral("clinicButton")));
    QCOMPARE(currentPage()->objectName(), QStringLiteral("clinicPage"));
}

void GuiTest::aServerStringWithAPasswordIsRefusedAndNothingIsKept() {
    const QString secret = QStringLiteral("hunter2hunter2");
    QString told;
    bool stayed = false;
    chooseClinicPlace(window_.get(),
                      QStringLiteral("host=db.example.org dbname=clinic sslmode=verify-full "
                                     "password=") +
                          secret,
                      [&](QDialog* dialog) {
                          stayed = dialog->isVisible();
                          told = dialog->findChild<QLabel*>(QStringLiteral("problemLabel"))->text();
                          if (const QString folder = qEnvironmentVariable("KT_SCREENSHOT_DIR");
                              !folder.isEmpty()) {
                              dialog->grab().save(folder + QStringLiteral("/place_refused.png"));
                          }
                      });
    QVERIFY(stayed);
    QVERIFY2(told.contains(QStringLiteral("~/.pgpass")), qPrintable(told));
    QVERIFY(!settings_->contains(QStringLiteral("clinicServer")));
    settings_->sync();
    QFile written(home_->filePath(QStringLiteral("settings.ini")));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(!written.readAll().contains(secret.toUtf8()));
}

void GuiTest::theServerPasswordIsAskedForAgainWhenRefusedAndCancelLeavesTheWindow() {
    qputenv("PGPASSFILE", "/nonexistent/kt-pgpass"); // nothing from this computer's ~/.pgpass
    test::PasswordAskingServer server(2);
    chooseClinicPlace(window_.get(), toQt(server.conninfo()));
    window_->findChild<QAction*>(QStringLiteral("clinicModeAction"))->setChecked(true);
    const QString typed = QStringLiteral("not-the-password");
    bool hidden = false;
    QString toldFirst;
    QString toldAgain;
    onTheDialog<ServerPasswordDialog>([&](QDialog* dialog) {
        toldFirst = dialog->findChild<QLabel*>(QStringLiteral("problemLabel"))->text();
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        hidden = edit->echoMode() == QLineEdit::Password;
        typeInto(edit, typed);
        click(dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                  ->button(QDialogButtonBox::Ok));
        // Asked again once the server has refused it; this time the user gives up.
        onTheDialog<ServerPasswordDialog>([&](QDialog* again) {
            toldAgain = again->findChild<QLabel*>(QStringLiteral("problemLabel"))->text();
            click(again->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                      ->button(QDialogButtonBox::Cancel));
        });
    });
    click(shown<QPushButton>(QStringLiteral("clinicButton")));
    qunsetenv("PGPASSFILE");
    QVERIFY(hidden);
    QVERIFY(toldFirst.isEmpty());
    QVERIFY2(toldAgain.contains(QStringLiteral("did not accept")), qPrintable(toldAgain));
    QCOMPARE(server.passwordsReceived(), (std::vector<std::string>{"", toCore(typed)}));
    QVERIFY(window_->isVisible());
    QCOMPARE(currentPage()->objectName(), QStringLiteral("homePage"));
    settings_->sync();
    QFile written(home_->filePath(QStringLiteral("settings.ini")));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(!written.readAll().contains(typed.toUtf8()));
}

void GuiTest::anotherSeatsNewPatientShowsInTheListAndTheSelectionStays() {
    ClinicPage* clinic = openClinic();
    clinic->setRefreshInterval(std::chrono::milliseconds(50));
    Patient patient;
    patient.reference = "Ann";
    const std::int64_t ann = clinic->addPatient(patient);
    patient.reference = "Bea";
    clinic->addPatient(patient);
    clinic->selectPatient(ann);
    // A second seat on the same clinic file, as another computer of the practice would be.
    ClinicStore reception(toCore(home_->filePath(QStringLiteral("clinic.sqlite"))));
    QVERIFY(reception.unlock(toCore(kClinicPassphrase)));
    patient.reference = "Cy, booked at reception";
    patient.createdAt = "2026-12-01T09:00:00Z";
    reception.addPatient(patient);
    QTRY_COMPARE(clinic->rowCount(), 3);
    QCOMPARE(clinic->selectedPatient(), ann);
}

ClinicPage* GuiTest::openClinic() {
    window_->findChild<QAction*>(QStringLiteral("clinicModeAction"))->setChecked(true);
    givePassphrase(kClinicPassphrase);
    click(shown<QPushButton>(QStringLiteral("clinicButton")));
    return window_->findChild<ClinicPage*>(QStringLiteral("clinicPage"));
}

void GuiTest::anEditAfterAnotherSeatSavedIsShownWhatChangedAndOverwritesNothing() {
    ClinicPage* clinic = openClinic();
    Patient ann;
    ann.reference = "Ann Seat";
    ann.notes = "Left knee";
    ann.createdAt = "2026-11-01T09:00:00Z";
    const std::int64_t id = clinic->addPatient(ann);
    // Room 3: a second seat on the same clinic.
    ClinicStore roomThree(toCore(home_->filePath(QStringLiteral("clinic.sqlite"))));
    QVERIFY(roomThree.unlock(toCore(kClinicPassphrase)));
    QString told;
    QString shownAgain;
    onThePatientDialog([&](QDialog* dialog) {
        const Patient read = *roomThree.patient(id);
        Patient theirs = read;
        theirs.notes = "Right knee, seen in room 3";
        QVERIFY(!roomThree.updatePatient(read, theirs)); // room 3 saves first
        typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("referenceEdit")),
                 QStringLiteral(" Jones"));
        click(saveButtonOf(dialog));
        // Waited for only now, so this dialog is not taken for the second.
        onThePatientDialog([&](QDialog* again) {
            shownAgain =
                again->findChild<QLineEdit*>(QStringLiteral("referenceEdit"))->text() +
                QLatin1Char('|') +
                again->findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"))->toPlainText();
            click(saveButtonOf(again));
        });
    });
    clickInTheNextMessageBox(QStringLiteral("Look at my changes again"), &told);
    clinic->selectPatient(id);
    click(shown<QPushButton>(QStringLiteral("editPatientButton")));
    QVERIFY2(told.contains(QStringLiteral("Your changes were not saved")), qPrintable(told));
    QVERIFY2(told.contains(QStringLiteral("Notes: now Right knee, seen in room 3")),
             qPrintable(told));
    // Looked at again: this seat's new name over room 3's notes, and saved as that.
    QCOMPARE(shownAgain, QStringLiteral("Ann Seat Jones|Right knee, seen in room 3"));
    const Patient stored = *roomThree.patient(id);
    QCOMPARE(QString::fromStdString(stored.reference), QStringLiteral("Ann Seat Jones"));
    QCOMPARE(QString::fromStdString(stored.notes), QStringLiteral("Right knee, seen in room 3"));
    QVERIFY(window_->isVisible());
}

void GuiTest::aPassphraseChangedOnAnotherSeatLocksTheRecordsHereAndWritesNothing() {
    ClinicPage* clinic = openClinic();
    Patient before;
    before.reference = "Seen before";
    before.createdAt = "2026-11-01T09:00:00Z";
    QVERIFY(clinic->addPatient(before) > 0);
    const std::string renewed = "a passphrase changed in room 3";
    {
        ClinicStore roomThree(toCore(home_->filePath(QStringLiteral("clinic.sqlite"))));
        QVERIFY(roomThree.unlock(toCore(kClinicPassphrase)));
        QVERIFY(roomThree.changePassphrase(toCore(kClinicPassphrase), renewed));
    }
    QString told;
    clickInTheNextMessageBox(QStringLiteral("OK"), &told);
    Patient after;
    after.reference = "Added after the change";
    after.createdAt = "2026-11-02T09:00:00Z";
    QCOMPARE(clinic->addPatient(after), 0);
    QVERIFY2(told.contains(QStringLiteral("nothing was written")), qPrintable(told));
    QVERIFY2(told.contains(QStringLiteral("changed on another computer")), qPrintable(told));
    // The clinician's next move closes the records: no patient page stays up.
    QTest::mouseMove(window_.get(), QPoint(20, 20));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("homePage"));
    givePassphrase(QString::fromStdString(renewed));
    click(shown<QPushButton>(QStringLiteral("clinicButton")));
    QTRY_COMPARE(currentPage(), static_cast<QWidget*>(clinic));
    QCOMPARE(clinic->rowCount(), 1); // the one before; nothing sealed with the old key
    QVERIFY(window_->isVisible());
}

namespace {

// Runs SQL on the test command's PostgreSQL cluster as its administrator, with psql.
void onTheTestServer(const QString& sql) {
    QProcess psql;
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-qAt"),
                QStringLiteral("-d"), qEnvironmentVariable("KT_TEST_PG_CONNINFO"),
                QStringLiteral("-c"), sql});
    QVERIFY2(psql.waitForFinished(), "psql did not finish");
    QVERIFY2(psql.exitCode() == 0, qPrintable(sql + QStringLiteral(": ") +
                                              QString::fromUtf8(psql.readAllStandardError())));
}

} // namespace

void GuiTest::aVisitKeptWhileTheServerWasAwayIsSentWhenTheClinicOpens() {
    if (qEnvironmentVariableIsEmpty("KT_TEST_PG_CONNINFO")) {
        if (qEnvironmentVariableIsSet("CI")) {
            QFAIL("KT_TEST_PG_CONNINFO is not set: run the tests through ctest");
        }
        QSKIP("no test server: run through ctest, which starts one");
    }
    // A role and schema of this test's own; taking the login away makes the server unreachable
    // for this seat alone, where stopping the shared cluster would stop other tests.
    const QString role = QStringLiteral("kt_gui_%1").arg(QCoreApplication::applicationPid());
    onTheTestServer(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE; DROP ROLE IF EXISTS %1; "
                                   "CREATE ROLE %1 LOGIN; CREATE SCHEMA %1 AUTHORIZATION %1")
                        .arg(role));
    const QString server = qEnvironmentVariable("KT_TEST_PG_CONNINFO") +
                           QStringLiteral(" user=%1 options='-c search_path=%1'").arg(role);
    {
        // The intake room's seat: the visit is cut off and kept in this user's folder.
        ClinicStore intakeRoom(ClinicServer{
            .conninfo = toCore(server),
            .unsentVisits = toCore(home_->filePath(QStringLiteral("clinic-unsent.sqlite")))});
        intakeRoom.setPassphrase(toCore(kClinicPassphrase));
        Patient patient;
        patient.reference = "Kept Visit";
        patient.createdAt = "2026-11-01T09:00:00Z";
        Visit visit;
        visit.patientId = intakeRoom.addPatient(patient);
        visit.createdAt = "2026-11-02T09:00:00Z";
        visit.answersJson = R"({"knee_side":"left"})";
        visit.resultJson = R"({"disposition":"self_care"})";
        visit.measuresJson = "{}";
        onTheTestServer(QStringLiteral("ALTER ROLE %1 NOLOGIN; SELECT pg_terminate_backend(pid) "
                                       "FROM pg_stat_activity WHERE usename = '%1'")
                            .arg(role));
        QVERIFY_THROWS_EXCEPTION(VisitKeptUnsent, intakeRoom.addVisit(visit));
    }
    onTheTestServer(QStringLiteral("ALTER ROLE %1 LOGIN").arg(role)); // the server is back
    chooseClinicPlace(window_.get(), server);
    QString offered;
    QString told;
    clickInTheNextMessageBox(QStringLiteral("Send now"), &offered);
    QTimer::singleShot(0, [&] { clickInTheNextMessageBox(QStringLiteral("OK"), &told); });
    ClinicPage* clinic = openClinic();
    QVERIFY2(offered.contains(QStringLiteral("1 visit(s) could not reach the practice server")),
             qPrintable(offered));
    QVERIFY2(told.contains(QStringLiteral("1 visit(s) sent")), qPrintable(told));
    QTRY_COMPARE(clinic->rowCount(), 1);
    QString visits;
    shownAsPlainText(clinic->findChild<QTableWidget*>(QStringLiteral("patientTable")), 0, 2,
                     visits);
    QCOMPARE(visits, QStringLiteral("1"));
    chooseClinicPlace(window_.get(), QString());
    onTheTestServer(QStringLiteral("DROP SCHEMA %1 CASCADE; DROP ROLE %1").arg(role));
}

void GuiTest::newPatientIsSavedAsTypedAndOnlyWithAReference() {
    ClinicPage* clinic = openClinic();
    onThePatientDialog([](QDialog* dialog) {
        auto* reference = dialog->findChild<QLineEdit*>(QStringLiteral("referenceEdit"));
        // Cancel keeps nothing, even with a reference typed.
        typeInto(reference, QStringLiteral("Not kept"));
        click(dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                  ->button(QDialogButtonBox::Cancel));
    });
    click(shown<QPushButton>(QStringLiteral("newPatientButton")));
    QCOMPARE(clinic->rowCount(), 0);

    onThePatientDialog([](QDialog* dialog) {
        QPushButton* save = saveButtonOf(dialog);
        QVERIFY2(!save->isEnabled(), "Save without a reference");
        auto* reference = dialog->findChild<QLineEdit*>(QStringLiteral("referenceEdit"));
        typeInto(reference, QStringLiteral("   "));
        QVERIFY2(!save->isEnabled(), "Save with a blank reference");
        typeInto(reference, QStringLiteral("J. Smith 42  "));
        QVERIFY(save->isEnabled());
        typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("birthYearEdit")),
                 QStringLiteral("1984"));
        typeInto(dialog->findChild<QPlainTextEdit*>(QStringLiteral("notesEdit")),
                 QStringLiteral("Left knee, since the marathon.\nSees Dr. Lee in May."));
        click(save);
    });
    click(shown<QPushButton>(QStringLiteral("newPatientButton")));
    QCOMPARE(clinic->rowCount(), 1);
    const auto saved = services_->context().clinic().patient(clinic->selectedPatient());
    QVERIFY(saved.has_value());
    QCOMPARE(toQt(saved->reference), QStringLiteral("J. Smith 42")); // surrounding blanks dropped
    QCOMPARE(saved->birthYear, std::optional(1984));
    QCOMPARE(toQt(saved->notes),
             QStringLiteral("Left knee, since the marathon.\nSees Dr. Lee in May."));
}

void GuiTest::newPatientBirthYearIsAPossibleYearOrNotGiven() {
    ClinicPage* clinic = openClinic();
    const int thisYear = QDate::currentDate().year();
    // Types `year` (empty: none); Save is offered only for no year or a possible one.
    const auto add = [&](const QString& year, bool offered) {
        onThePatientDialog([&](QDialog* dialog) {
            typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("referenceEdit")),
                     QStringLiteral("Year test"));
            auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("birthYearEdit"));
            QCOMPARE(field->placeholderText(), QStringLiteral("Not given"));
            if (!year.isEmpty()) {
                typeInto(field, year);
            }
            QPushButton* save = saveButtonOf(dialog);
            QVERIFY2(save->isEnabled() == offered, qPrintable(year));
            if (offered) {
                click(save);
            } else {
                dialog->reject();
            }
        });
        click(shown<QPushButton>(QStringLiteral("newPatientButton")));
        return services_->context().clinic().patient(clinic->selectedPatient());
    };
    for (const QString& impossible : {QString::number(thisYear + 1), QStringLiteral("2999"),
                                      QStringLiteral("1800"), QStringLiteral("19")}) {
        add(impossible, false); // never saved, and never silently dropped
    }
    QCOMPARE(clinic->rowCount(), 0);
    QCOMPARE(add(QString(), true)->birthYear, std::nullopt);
    QCOMPARE(add(QString::number(thisYear), true)->birthYear, std::optional(thisYear));
    QCOMPARE(add(QString::number(thisYear - 110), true)->birthYear, std::optional(thisYear - 110));
    QCOMPARE(clinic->rowCount(), 3);
}

void GuiTest::typedMarkupStaysPlainTextInTheStoreTheListAndTheClinicianView() {
    ClinicPage* clinic = openClinic();
    const QString reference =
        QStringLiteral("<b style='color:red'>EMERGENCY</b><img src='/etc/passwd'>") +
        QChar(0x202E) + QStringLiteral("gnp.exe ") +
        QStringLiteral("a very long name ").repeated(60).trimmed();
    const QString firstLine =
        QStringLiteral("<i>seen</i> & <a href='https://example.org'>link</a>") + QChar(0x202E) +
        QStringLiteral("desrever");
    const QString notes = firstLine + QStringLiteral("\n<table><tr><td>second</td></tr></table> ") +
                          QStringLiteral("long notes ").repeated(300).trimmed();
    onThePatientDialog([&](QDialog* dialog) {
        typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("referenceEdit")), reference);
        typeInto(dialog->findChild<QPlainTextEdit*>(QStringLiteral("notesEdit")), notes);
        click(saveButtonOf(dialog));
    });
    click(shown<QPushButton>(QStringLiteral("newPatientButton")));
    const auto saved = services_->context().clinic().patient(clinic->selectedPatient());
    QVERIFY(saved.has_value());
    QCOMPARE(toQt(saved->reference), reference);
    QCOMPARE(toQt(saved->notes), notes);

    // The list shows the reference and the first line of the notes, as typed.
    auto* list = clinic->findChild<QTableWidget*>(QStringLiteral("patientTable"));
    QCOMPARE(list->rowCount(), 1);
    QString shownReference;
    shownAsPlainText(list, 0, 0, shownReference);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(shownReference, reference);
    QString shownNotes;
    shownAsPlainText(list, 0, 3, shownNotes);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(shownNotes, firstLine);

    // The clinician view's header: plain text, isolated from what follows it.
    click(shown<QPushButton>(QStringLiteral("clinicianButton")));
    QCOMPARE(currentPage()->objectName(), QStringLiteral("clinicianPage"));
    const auto* header = shown<QLabel>(QStringLiteral("patientLabel"));
    QVERIFY(header != nullptr);
    QCOMPARE(header->textFormat(), Qt::PlainText);
    QCOMPARE(header->text(), QChar(0x2068) + reference + QChar(0x2069));
}

namespace {

// A copy of the staged data without its content database, as a clinic would start from.
std::filesystem::path copyOfTheShippedData(const QTemporaryDir& folder) {
    const auto copy = std::filesystem::path(toCore(folder.path())) / "data";
    std::filesystem::copy(KT_STAGED_DATA_DIR, copy, std::filesystem::copy_options::recursive);
    std::filesystem::remove(contentDatabaseOf(copy));
    return copy;
}

void replaceInFile(const std::filesystem::path& file, const QByteArray& from,
                   const QByteArray& to) {
    QFile edited(toQt(file.string()));
    QVERIFY(edited.open(QIODevice::ReadOnly));
    QByteArray text = edited.readAll();
    edited.close();
    QVERIFY2(text.contains(from), from.constData());
    text.replace(from, to);
    QVERIFY(edited.open(QIODevice::WriteOnly | QIODevice::Truncate));
    edited.write(text);
}

QString startFailure(const std::filesystem::path& data, const QString& home) {
    auto opened = AppServices::open(toQt(data.string()), home);
    const auto* failure = std::get_if<StartFailure>(&opened);
    return failure != nullptr ? failure->text : QString();
}

} // namespace

void GuiTest::aClinicsOwnDataShowsItsOwnTexts() {
    QTemporaryDir folder;
    const auto copy = copyOfTheShippedData(folder);
    replaceInFile(copy / "content/conditions.json",
                  "\"A likely cause of a dull ache around or behind the kneecap.",
                  "\"Our clinic's words: a likely cause of a dull ache around the kneecap.");
    // Without its own content database the copy is refused, never shown the shipped texts.
    QVERIFY(startFailure(copy, home_->path()).contains(QStringLiteral("no content database")));

    const KnowledgeBase kb = std::get<KnowledgeBase>(loadKnowledgeBase(copy));
    buildContentDatabase(kb, contentDatabaseOf(copy));
    closeWindow();
    openWindow(toQt(copy.string()));
    runCheck(kFrontOfKnee, Input::Mouse);
    QVERIFY(resultText().contains(QStringLiteral("Our clinic's words")));

    // A knowledge base changed after its content was built is refused with the command to run.
    closeWindow();
    replaceInFile(copy / "kb/kb.json", ("\"version\": \"" + kb.version + "\"").c_str(),
                  "\"version\": \"9.9.9\"");
    const QString refused = startFailure(copy, home_->path());
    QVERIFY2(refused.contains(toQt("built from knowledge base " + kb.id + " " + kb.version)),
             qPrintable(refused));
    QVERIFY(refused.contains(QStringLiteral("kneetriage-cli build-content")));
}

// Goes through every page and dialog a runner or clinician reaches, with `read` given each
// one as it is on screen: the home page, the training page with runs, each question of a check
// with a red flag, the red-flag
// page, results, history, exercises, the passphrase and patient dialogs, the patient list, an
// intake with its questionnaires, the hand-off and the clinician view.
void GuiTest::visitEveryPageAndDialog(const std::function<void(QWidget*, const QString&)>& read) {
    read(window_.get(), QStringLiteral("home"));
    // Before any check, so the light is amber and the diary and the plan are on screen too.
    QTemporaryDir runs;
    importRunsWithASpike(runs.path());
    read(window_.get(), QStringLiteral("training"));
    window_->showHome();
    click(shown<QPushButton>(QStringLiteral("startButton")));
    Script script = kFrontOfKnee;
    script[QStringLiteral("fever_unwell")] = QStringLiteral("yes");
    while (!QTest::currentTestFailed() &&
           currentPage()->objectName() != QStringLiteral("resultsPage")) {
        read(window_.get(), currentPage()->objectName() + QLatin1Char(' ') + currentQuestion());
        if (currentPage()->objectName() == QStringLiteral("redFlagPage")) {
            click(shown<QPushButton>(QStringLiteral("continueButton")));
        } else {
            answerCurrent(script, Input::Mouse);
        }
    }
    read(window_.get(), QStringLiteral("results"));
    window_->showHistory();
    read(window_.get(), QStringLiteral("history"));
    Answers calm = window_->check()->answers();
    calm.set(*kb().findQuestion("fever_unwell"), OptionIndex{1}); // "no"
    window_->startExercises(triage(kb(), calm), calm);
    QCOMPARE(currentPage()->objectName(), QStringLiteral("exerciseSessionPage"));
    read(window_.get(), QStringLiteral("exercise session"));
    window_->showExercises();
    read(window_.get(), QStringLiteral("exercises"));

    window_->findChild<QAction*>(QStringLiteral("clinicModeAction"))->setChecked(true);
    onTheDialog<PassphraseDialog>([&read](QDialog* dialog) {
        read(dialog, QStringLiteral("passphrase dialog"));
        for (const char* field : {"passphraseEdit", "repeatEdit"}) {
            typeInto(dialog->findChild<QLineEdit*>(QLatin1String(field)), kClinicPassphrase);
        }
        click(dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                  ->button(QDialogButtonBox::Ok));
    });
    window_->showClinic();
    auto* clinic = window_->findChild<ClinicPage*>(QStringLiteral("clinicPage"));
    QCOMPARE(currentPage(), clinic);
    onThePatientDialog(
        [&read](QDialog* dialog) { read(dialog, QStringLiteral("patient dialog")); });
    click(shown<QPushButton>(QStringLiteral("newPatientButton")));
    Patient patient;
    patient.reference = "Screen Reader";
    clinic->addPatient(patient);
    read(window_.get(), QStringLiteral("patients"));
    click(shown<QPushButton>(QStringLiteral("intakeButton")));
    while (!QTest::currentTestFailed() &&
           currentPage()->objectName() == QStringLiteral("questionPage")) {
        answerCurrent(kFrontOfKnee, Input::Mouse);
    }
    for (int page = 0; page < 3 && currentPage()->objectName() == QStringLiteral("measurePage");
         ++page) {
        read(window_.get(), QStringLiteral("questionnaire %1").arg(page + 1));
        answerQuestionnaire(currentPage(), 3, QStringLiteral("never"));
    }
    read(window_.get(), QStringLiteral("handoff"));
    givePassphrase(kClinicPassphrase);
    click(shown<QPushButton>(QStringLiteral("clinicianButton")));
    read(window_.get(), QStringLiteral("clinician view"));
    const QString server =
        QStringLiteral("host=db.example.org dbname=clinic user=reception sslmode=verify-full");
    ClinicPlaceDialog place(server, window_.get());
    place.show();
    read(&place, QStringLiteral("place dialog"));
    ServerPasswordDialog password(
        server, QStringLiteral("The server did not accept that password."), window_.get());
    password.show();
    read(&password, QStringLiteral("password dialog"));
}

namespace {

// Every problem found on any page, one per line, each also printed: the failure message alone
// is cut short.
void reportEvery(QStringList problems) {
    problems.removeDuplicates();
    for (const QString& problem : problems) {
        qWarning("%s", qPrintable(problem));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QString::number(problems.size()) +
                        QStringLiteral(" problems, the first: ") + problems.value(0)));
}

} // namespace

void GuiTest::everyControlOnEveryPageHasANameAndDescriptionForAScreenReader() {
    QStringList problems;
    visitEveryPageAndDialog([&problems](QWidget* root, const QString& where) {
        for (const QString& problem : controlsAScreenReaderCannotName(root)) {
            problems << where + QStringLiteral(": ") + problem;
        }
    });
    reportEvery(problems);
}

void GuiTest::screenshotOncePerPage(QWidget* root, const QString& prefix, const QString& where,
                                    QSet<QString>& taken) const {
    const QString page = where.section(QLatin1Char(' '), 0, 0).replace(QLatin1Char(':'), QString());
    const QString folder = qEnvironmentVariable("KT_SCREENSHOT_DIR");
    if (!folder.isEmpty() && !taken.contains(page)) {
        taken.insert(page);
        root->grab().save(folder + QLatin1Char('/') + prefix + QLatin1Char('_') + page +
                          QStringLiteral(".png"));
    }
}

// Dark chosen, no page or dialog keeps a light background (a colour fixed in a style sheet or
// in the HTML would): each is, on average, dark.
void GuiTest::everyPageFollowsTheDarkPalette() {
    window_->findChild<QAction*>(QStringLiteral("appearanceDark"))->trigger();
    QStringList problems;
    QSet<QString> taken;
    visitEveryPageAndDialog([&](QWidget* root, const QString& where) {
        const QImage shot = root->grab().toImage().scaled(64, 64);
        qint64 lightness = 0;
        for (int y = 0; y < shot.height(); ++y) {
            for (int x = 0; x < shot.width(); ++x) {
                lightness += shot.pixelColor(x, y).lightness();
            }
        }
        const qint64 mean = lightness / (shot.width() * shot.height());
        if (mean > 110) {
            problems << where + QStringLiteral(": mean lightness %1 of 255").arg(mean);
        }
        screenshotOncePerPage(root, QStringLiteral("dark"), where, taken);
    });
    window_->findChild<QAction*>(QStringLiteral("appearanceSystem"))->trigger();
    reportEvery(problems);
}

// The whole app in German, read as a screen reader reads it: every control named and described
// in German too (and each kind of page photographed for the gallery).
void GuiTest::everyPageInGermanIsNamedForAScreenReader() {
    closeWindow();
    const InterfaceLanguage german(QStringLiteral("de"));
    QVERIFY(german.loaded());
    auto opened =
        AppServices::open(QStringLiteral(KT_STAGED_DATA_DIR), home_->path(), QStringLiteral("de"));
    QVERIFY(std::holds_alternative<std::unique_ptr<AppServices>>(opened));
    services_ = std::move(std::get<std::unique_ptr<AppServices>>(opened));
    window_ = std::make_unique<MainWindow>(services_->context(), *settings_);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QVERIFY(window_->findChild<QPushButton*>(QStringLiteral("startButton"))->text() !=
            QStringLiteral("Start a new check"));
    QStringList problems;
    QSet<QString> taken;
    visitEveryPageAndDialog([&](QWidget* root, const QString& where) {
        for (const QString& problem : controlsAScreenReaderCannotName(root)) {
            problems << where + QStringLiteral(": ") + problem;
        }
        screenshotOncePerPage(root, QStringLiteral("german"), where, taken);
    });
    closeWindow(); // while the German interface is still loaded
    reportEvery(problems);
}

void GuiTest::everyControlOnEveryPageIsReachedWithTheTabKey() {
    QStringList problems;
    visitEveryPageAndDialog([&problems](QWidget* root, const QString& where) {
        for (const QString& problem : keyboardPathProblems(root)) {
            problems << where + QStringLiteral(": ") + problem;
        }
    });
    reportEvery(problems);
}

void GuiTest::brokenKnowledgeBaseGetsAMessageNotACrash() {
    // A copy of the shipped data with a cycle in the flow, given to the real program.
    QTemporaryDir data;
    const auto copy = std::filesystem::path(toCore(data.path())) / "data";
    std::filesystem::copy(KT_DATA_DIR, copy, std::filesystem::copy_options::recursive);
    QFile questions(toQt((copy / "kb/questions.json").string()));
    QVERIFY(questions.open(QIODevice::ReadOnly));
    QByteArray text = questions.readAll();
    questions.close();
    text.replace("\"next\": \"end\"", "\"next\": \"pain_location\"");
    QVERIFY(questions.open(QIODevice::WriteOnly | QIODevice::Truncate));
    questions.write(text);
    questions.close();
    QProcess app;
    app.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    app.start(QStringLiteral(KT_APP), {QStringLiteral("--data"), toQt(copy.string())});
    QVERIFY(app.waitForStarted());
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += app.readAllStandardError()).contains("cycle in the flow"),
                             10000);
    QVERIFY(said.contains("questions.json"));
    QCOMPARE(app.state(), QProcess::Running); // waiting on its message box, not crashed
    app.kill();
    app.waitForFinished();
}

void GuiTest::painRatingIsARowOfButtonsForTheMouseAndTheKeys() {
    click(shown<QPushButton>(QStringLiteral("startButton")));
    while (currentQuestion() != QStringLiteral("pain_severity") && !QTest::currentTestFailed()) {
        answerCurrent(kFrontOfKnee, Input::Mouse);
    }
    const Question& rating = kb().questions[*kb().painRatingQuestion];
    std::vector<QPushButton*> buttons;
    for (int value = 0; value <= 10; ++value) {
        buttons.push_back(shown<QPushButton>(QStringLiteral("rating_%1").arg(value)));
        QVERIFY2(buttons.back() != nullptr, qPrintable(QString::number(value)));
        QVERIFY(
            buttons.back()->accessibleName().startsWith(QStringLiteral("%1 out of 10").arg(value)));
    }
    QVERIFY(buttons.front()->accessibleName().endsWith(toQt(rating.minLabel)));
    QVERIFY(buttons.back()->accessibleName().endsWith(toQt(rating.maxLabel)));
    QCOMPARE(shown<QLabel>(QStringLiteral("ratingLowLabel"))->text(), toQt(rating.minLabel));
    QCOMPARE(shown<QLabel>(QStringLiteral("ratingHighLabel"))->text(), toQt(rating.maxLabel));
    for (std::size_t i = 1; i < buttons.size(); ++i) { // one row, left to right
        QCOMPARE(buttons[i]->y(), buttons[0]->y());
        QVERIFY(buttons[i]->x() > buttons[i - 1]->x());
    }
    const auto* next = shown<QPushButton>(QStringLiteral("nextButton"));
    QVERIFY(!next->isEnabled()); // no number chosen for the runner
    saveScreenshot(QStringLiteral("question_rating"));

    click(buttons[7]);
    QVERIFY(buttons[7]->isChecked());
    QVERIFY(next->isEnabled());
    press(buttons[7], Qt::Key_Left);
    QVERIFY(buttons[6]->isChecked() && buttons[6]->hasFocus());
    press(buttons[6], Qt::Key_End);
    QVERIFY(buttons[10]->isChecked());
    press(buttons[10], Qt::Key_3);
    QVERIFY(buttons[3]->isChecked() && !buttons[10]->isChecked());
    press(buttons[3], Qt::Key_1);
    press(buttons[1], Qt::Key_0);
    QVERIFY(buttons[10]->isChecked()); // "1" then "0" is ten
    press(buttons[10], Qt::Key_Home);
    QVERIFY(buttons[0]->isChecked());
    press(buttons[0], Qt::Key_Right);
    press(buttons[1], Qt::Key_Right);
    QVERIFY(buttons[2]->isChecked());
    // One Tab stop for the whole row: the chosen number.
    QCOMPARE(buttons[2]->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(buttons[5]->focusPolicy(), Qt::ClickFocus);
    saveScreenshot(QStringLiteral("question_rating_chosen"));
    press(buttons[2], Qt::Key_Return);
    QCOMPARE(currentPage()->objectName(), QStringLiteral("resultsPage"));
    QCOMPARE(std::get<double>(window_->check()->answers()[*kb().painRatingQuestion]), 2.0);
}

void GuiTest::kneeAreasAreNamedUnderTheMouseAndTheKeysAndTheChoiceStaysMarked() {
    click(shown<QPushButton>(QStringLiteral("startButton")));
    while (currentQuestion() != QStringLiteral("front_spot") && !QTest::currentTestFailed()) {
        answerCurrent(kFrontOfKnee, Input::Mouse);
    }
    auto* picture = shown<KneeMapWidget>(QStringLiteral("kneePicture"));
    QVERIFY(picture != nullptr);
    const Question& question = kb().questions[*kb().findQuestion("front_spot")];
    const auto label = [&](const char* code) {
        return toQt(question.options[*question.optionIndex(code)].label);
    };
    // Under the mouse: highlighted and named on the picture and in its tooltip.
    const auto below = picture->centreOf(QStringLiteral("below_kneecap"));
    QVERIFY(below.has_value());
    QTest::mouseMove(picture, below->toPoint());
    QTRY_COMPARE(picture->caption(), label("below_kneecap"));
    QCOMPARE(picture->toolTip(), label("below_kneecap"));

    // Under the keys: Tab reaches the picture, arrows move between areas, each named to
    // assistive technology as a radio button, Space chooses.
    QTest::mouseMove(picture, QPoint(1, 1));
    picture->setFocus(Qt::TabFocusReason);
    QVERIFY(picture->hasFocus());
    QAccessibleInterface* map = QAccessible::queryAccessibleInterface(picture);
    QCOMPARE(map->childCount(), static_cast<int>(question.options.size()));
    for (int i = 0; i < map->childCount(); ++i) {
        QVERIFY(!map->child(i)->text(QAccessible::Name).isEmpty());
        QCOMPARE(map->child(i)->role(), QAccessible::RadioButton);
    }
    const QString first = picture->focusedCode();
    QVERIFY(!first.isEmpty());
    press(picture, Qt::Key_Down);
    const QString second = picture->focusedCode();
    QVERIFY(second != first);
    QCOMPARE(map->focusChild()->text(QAccessible::Name), picture->labelOf(second));
    QCOMPARE(picture->caption(), picture->labelOf(second));
    press(picture, Qt::Key_Up);
    QCOMPARE(picture->focusedCode(), first);
    while (picture->focusedCode() != QStringLiteral("bump_below_kneecap") &&
           !QTest::currentTestFailed()) {
        press(picture, Qt::Key_Down);
    }
    press(picture, Qt::Key_Space);
    QVERIFY(shown<QRadioButton>(QStringLiteral("option_bump_below_kneecap"))->isChecked());
    QVERIFY(map->focusChild()->state().checked);

    // Chosen and left: still marked with a pin, still named.
    shown<QRadioButton>(QStringLiteral("option_bump_below_kneecap"))->setFocus();
    QCOMPARE(picture->caption(), label("bump_below_kneecap"));
    const QPoint pin = picture->centreOf(QStringLiteral("bump_below_kneecap"))->toPoint();
    const QColor marked = picture->grab().toImage().pixelColor(pin);
    const QColor accent = picture->palette().color(QPalette::Highlight).darker(115);
    QVERIFY2(std::abs(marked.red() - accent.red()) < 12 &&
                 std::abs(marked.green() - accent.green()) < 12 &&
                 std::abs(marked.blue() - accent.blue()) < 12,
             qPrintable(marked.name()));
    saveScreenshot(QStringLiteral("knee_picture_front"));
    click(shown<QPushButton>(QStringLiteral("nextButton")));
    QCOMPARE(
        std::get<OptionIndex>(window_->check()->answers()[*kb().findQuestion("front_spot")]).index,
        *question.optionIndex("bump_below_kneecap"));
}

void GuiTest::thePictureOpensOnTheViewOfTheQuestion_data() {
    QTest::addColumn<QString>("knee");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("question");
    QTest::addColumn<int>("view");
    QTest::addColumn<int>("side");
    QTest::newRow("front") << "right"
                           << "front"
                           << "front_spot" << static_cast<int>(KneeMapWidget::View::Front)
                           << static_cast<int>(KneeMapWidget::Side::Right);
    QTest::newRow("back") << "left"
                          << "back"
                          << "back_spot" << static_cast<int>(KneeMapWidget::View::Back)
                          << static_cast<int>(KneeMapWidget::Side::Left);
    QTest::newRow("inner") << "both"
                           << "inner"
                           << "inner_spot" << static_cast<int>(KneeMapWidget::View::Inner)
                           << static_cast<int>(KneeMapWidget::Side::Both);
    QTest::newRow("outer") << "right"
                           << "outer"
                           << "outer_spot" << static_cast<int>(KneeMapWidget::View::Outer)
                           << static_cast<int>(KneeMapWidget::Side::Right);
}

void GuiTest::thePictureOpensOnTheViewOfTheQuestion() {
    QFETCH(QString, knee);
    QFETCH(QString, location);
    QFETCH(QString, question);
    QFETCH(int, view);
    QFETCH(int, side);
    Script script = kFrontOfKnee;
    script[QStringLiteral("which_knee")] = knee;
    script[QStringLiteral("pain_location")] = location;
    click(shown<QPushButton>(QStringLiteral("startButton")));
    while (currentQuestion() != QStringLiteral("pain_location") && !QTest::currentTestFailed()) {
        answerCurrent(script, Input::Mouse);
    }
    auto* picture = shown<KneeMapWidget>(QStringLiteral("kneePicture"));
    QVERIFY(picture != nullptr);
    QCOMPARE(picture->view(), KneeMapWidget::View::Front); // where it hurts: seen from the front
    answerCurrent(script, Input::Mouse);
    QCOMPARE(currentQuestion(), question);
    QCOMPARE(static_cast<int>(picture->view()), view);
    QCOMPARE(shown<QComboBox>(QStringLiteral("viewCombo"))->currentIndex(), view);
    QCOMPARE(shown<QComboBox>(QStringLiteral("sideCombo"))->currentIndex(), side);
    QCOMPARE(picture->codesIn(picture->view()).size(),
             static_cast<qsizetype>(
                 kb().questions[*kb().findQuestion(toCore(question))].options.size()));
    saveScreenshot(QStringLiteral("knee_view_") + location);
}

void GuiTest::whyWeAskShowsTheKnowledgeBasesReasonAndSource() {
    click(shown<QPushButton>(QStringLiteral("startButton")));
    for (int step = 0; step < 4 && !QTest::currentTestFailed(); ++step) {
        const Question& question = kb().questions[*kb().findQuestion(toCore(currentQuestion()))];
        const auto* why = shown<QLabel>(QStringLiteral("whyLabel"));
        const auto* source = shown<QLabel>(QStringLiteral("whySourceLabel"));
        QVERIFY(why != nullptr && source != nullptr);
        QVERIFY2(why->text().contains(toQt(question.why.text).toHtmlEscaped()),
                 qPrintable(why->text()));
        QVERIFY(why->text().contains(QStringLiteral("Why we ask")));
        for (const Source& cited : question.why.sources) {
            QVERIFY2(source->text().contains(toQt(cited.title)), qPrintable(source->text()));
            // Where to find it, for the reader who points at it and for a screen reader.
            const QString where = cited.doi.empty() ? toQt(cited.url) : toQt(cited.doi);
            QVERIFY(source->toolTip().contains(where));
            QVERIFY(source->accessibleDescription().contains(where));
        }
        answerCurrent(kFrontOfKnee, Input::Mouse);
    }
}

void GuiTest::numberFieldsFitTheirRangeWithTheUnitBeside() {
    click(shown<QPushButton>(QStringLiteral("startButton")));
    while (currentQuestion() != QStringLiteral("age_years") && !QTest::currentTestFailed()) {
        answerCurrent(kFrontOfKnee, Input::Mouse);
    }
    auto* field = shown<QLineEdit>(QStringLiteral("numberAnswer"));
    const auto* unit = shown<QLabel>(QStringLiteral("numberUnit"));
    QVERIFY(field != nullptr && unit != nullptr);
    QCOMPARE(unit->text(), QStringLiteral("years"));
    QCOMPARE(field->maxLength(), 3); // 5 to 100
    const QFontMetrics metrics(field->font());
    QVERIFY(field->width() >= metrics.horizontalAdvance(QStringLiteral("100")));
    QVERIFY2(field->width() < metrics.horizontalAdvance(QStringLiteral("00000000")),
             qPrintable(QString::number(field->width())));
    const int gap = unit->mapTo(window_.get(), QPoint()).x() -
                    field->mapTo(window_.get(), QPoint(field->width(), 0)).x();
    QVERIFY2(gap >= 0 && gap < metrics.height(), qPrintable(QString::number(gap)));
    QVERIFY(shown<QLabel>(QStringLiteral("numberRange"))->text().contains(QStringLiteral("years")));
    typeInto(field, QStringLiteral("100"));
    QCOMPARE(field->text(), QStringLiteral("100"));
    saveScreenshot(QStringLiteral("question_number"));
}

// The picture beside the answers when the window is wide enough, under them when it is not;
// at 800 x 600 the page still shows the question, its answers, the picture and Next.
void GuiTest::theQuestionPageFitsItsColumnsToTheWindow() {
    click(shown<QPushButton>(QStringLiteral("startButton")));
    while (currentQuestion() != QStringLiteral("front_spot") && !QTest::currentTestFailed()) {
        answerCurrent(kFrontOfKnee, Input::Mouse);
    }
    window_->resize(800, 600);
    QCoreApplication::processEvents();
    auto* picture = shown<KneeMapWidget>(QStringLiteral("kneePicture"));
    auto* answers = shown<QWidget>(QStringLiteral("answerScroll"));
    const auto* next = shown<QPushButton>(QStringLiteral("nextButton"));
    const QRect inWindow(QPoint(), window_->size());
    const auto place = [&](const QWidget* widget) {
        return QRect(widget->mapTo(window_.get(), QPoint()), widget->size());
    };
    QTRY_VERIFY(place(picture).left() >= place(answers).right()); // two columns
    for (const QWidget* widget : std::initializer_list<const QWidget*>{picture, answers, next}) {
        QVERIFY2(inWindow.contains(place(widget)), qPrintable(widget->objectName()));
    }
    QVERIFY(picture->height() >= picture->minimumSizeHint().height());
    saveScreenshot(QStringLiteral("question_800x600"));
    window_->resize(window_->minimumSizeHint().width(), 900);
    if (window_->width() < 620) {
        QTRY_VERIFY(place(picture).top() >= place(answers).bottom()); // one column
    }
}

// What the results page and the PDF show: the picture of the knee that hurts, in the view of the
// most precise "where" answer, with that area marked, sharp at the device pixel ratio asked for.
void GuiTest::theMarkedPictureShowsWhereTheAnswersSayItHurts() {
    Answers answers(kb().questions.size());
    const auto answer = [&](const char* question, const char* code) {
        const auto index = *kb().findQuestion(question);
        answers.set(index, OptionIndex{*kb().questions[index].optionIndex(code)});
    };
    answer("which_knee", "left");
    answer("pain_location", "back");
    answer("back_spot", "centre");
    const auto marks = kneeMarksFor(kb(), answers);
    QVERIFY(marks.has_value());
    QCOMPARE(marks->view, KneePictures::View::Back);
    QCOMPARE(marks->side, KneePictures::Side::Left);
    QCOMPARE(marks->areas, QStringList{QStringLiteral("back_spot__centre")});

    const QSize size(150, 210);
    const QImage marked = markedKneePicture(marks->view, marks->side, marks->areas, size, 2.0);
    const QImage plain = markedKneePicture(marks->view, marks->side, {}, size, 2.0);
    QCOMPARE(marked.size(), size * 2);
    QCOMPARE(marked.devicePixelRatio(), 2.0);
    const KneePictures pictures;
    const auto panel = pictures.panels(marks->view, marks->side, QRectF(QPointF(), size)).front();
    const QPoint centre =
        (pictures.areaBounds(marks->view, marks->areas.front(), panel).center() * 2).toPoint();
    QVERIFY(marked.pixelColor(centre) != plain.pixelColor(centre));
    QVERIFY(qAlpha(plain.pixel(centre)) == 255); // on the leg, not on the background
    const QPoint calf(centre.x(), centre.y() + size.height() * 2 / 3);
    QCOMPARE(marked.pixelColor(calf), plain.pixelColor(calf)); // nothing else marked
    QVERIFY(!kneeMarksFor(kb(), Answers(kb().questions.size())).has_value());
    if (const QString folder = qEnvironmentVariable("KT_SCREENSHOT_DIR"); !folder.isEmpty()) {
        marked.save(folder + QStringLiteral("/knee_marked.png"));
    }
}

// Results at a glance and the look of the app.

namespace {

Script urgentScript() {
    Script script = kFrontOfKnee;
    script[QStringLiteral("night_pain")] = QStringLiteral("yes");
    return script;
}

Script emergencyScript() {
    Script script = kFrontOfKnee;
    script[QStringLiteral("hot_red_swollen")] = QStringLiteral("yes");
    script[QStringLiteral("fever_unwell")] = QStringLiteral("yes");
    return script;
}

// A rich-text label as a screen reader reads it.
QString plainTextOf(const QLabel* label) {
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

// WCAG 2 contrast ratio between two colours.
double contrast(const QColor& a, const QColor& b) {
    const auto luminance = [](const QColor& colour) {
        const auto linear = [](double channel) {
            return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
               0.0722 * linear(colour.blueF());
    };
    const double x = luminance(a);
    const double y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

// How many bar segments the likelihood of `score` fills: its band counted from the lowest.
int filledSegments(const KnowledgeBase& kb, double score) {
    const auto& bands = kb.words.likelihood;
    std::size_t band = 0;
    while (band + 1 < bands.size() && score < bands[band].from) {
        ++band;
    }
    return static_cast<int>(bands.size() - band);
}

// Puts the application font back whatever a test did with it.
struct ApplicationFontKept {
    QFont font = QApplication::font();
    ~ApplicationFontKept() { QApplication::setFont(font); }
};

// Every button on screen is as large as it asks to be and inside the window.
void expectButtonsFit(const QWidget* window, const QString& where) {
    for (const QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(window) || button->window() != window) {
            continue;
        }
        const QString name = where + QLatin1Char('/') + button->objectName() +
                             QStringLiteral(" \"") + button->text() + QLatin1Char('"');
        QVERIFY2(button->width() >= button->sizeHint().width() &&
                     button->height() >= button->sizeHint().height(),
                 qPrintable(name + QStringLiteral(" is clipped")));
        const QRect placed(button->mapTo(window, QPoint(0, 0)), button->size());
        QVERIFY2(window->rect().contains(placed), qPrintable(name + QStringLiteral(" is cut off")));
    }
}

} // namespace

void GuiTest::bannerSaysWhatToDoAndByWhenInTheKnowledgeBasesWords_data() {
    QTest::addColumn<int>("disposition");
    for (const Disposition disposition : {Disposition::Emergency, Disposition::Urgent,
                                          Disposition::SeeClinician, Disposition::SelfCare}) {
        QTest::newRow(dispositionId(disposition).data()) << static_cast<int>(disposition);
    }
}

void GuiTest::bannerSaysWhatToDoAndByWhenInTheKnowledgeBasesWords() {
    QFETCH(int, disposition);
    // A knowledge base with words of its own for every disposition: the banner says those.
    KnowledgeBase words = kb();
    for (std::size_t index = 0; index < words.dispositionTexts.size(); ++index) {
        const std::string number = std::to_string(index);
        words.dispositionTexts[index] = {"Headline " + number + " from the knowledge base",
                                         "Do step " + number + " by day " + number + "."};
    }
    const AppContext& shipped = services_->context();
    AppContext context{words,
                       shipped.content,
                       shipped.history,
                       shipped.clinic,
                       shipped.measures,
                       shipped.userFolder,
                       shipped.trainingData,
                       shipped.clinicPlace};
    ResultsPage page(context);
    TriageResult result;
    result.disposition = static_cast<Disposition>(disposition);
    page.showResult(result, Answers(words.questions.size()), QStringLiteral("today"), false);
    const DispositionText& expected = words.textOf(result.disposition);
    QCOMPARE(plainTextOf(page.findChild<QLabel*>(QStringLiteral("dispositionBanner"))),
             toQt(expected.headline + "\n" + expected.action));
}

void GuiTest::conditionCardsGiveLikelihoodInWordsAndABarNotANumber() {
    runCheck(kFrontOfKnee, Input::Mouse);
    const QString text = resultText();
    const TriageResult& result = window_->check()->result();
    QVERIFY(!result.conditions.empty());
    int segments = 0;
    for (const RankedCondition& ranked : result.conditions) {
        const QString name = toQt(kb().conditions[ranked.condition].name);
        const qsizetype card = text.indexOf(name);
        QVERIFY2(card >= 0, qPrintable(name));
        QVERIFY2(text.indexOf(toQt(kb().likelihoodWords(ranked.score)), card) > card,
                 qPrintable(name));
        for (const QString& number :
             {QString::number(ranked.score, 'f', 2),
              QString::number(qRound(ranked.score * 100)) + QLatin1Char('%'),
              QString::number(ranked.score)}) {
            QVERIFY2(!text.contains(number), qPrintable(name + QStringLiteral(": ") + number));
        }
        segments += filledSegments(kb(), ranked.score);
    }
    QVERIFY(!text.contains(QStringLiteral("score")));
    // Each card's bar is filled up to its band, in the palette's highlight.
    const QString filled =
        QStringLiteral("bgcolor=\"%1\"").arg(screenColours(QApplication::palette()).barOn.name());
    QCOMPARE(shown<QTextBrowser>(QStringLiteral("resultBrowser"))->toHtml().count(filled),
             segments);
}

void GuiTest::reasonsAreFoldedUntilAskedFor() {
    runCheck(kFrontOfKnee, Input::Mouse);
    const RankedCondition top = window_->check()->result().conditions.front();
    const Condition& condition = kb().conditions[top.condition];
    QVERIFY(!top.why.empty());
    const QString reason = toQt(condition.features[top.why.front()].reason);
    QVERIFY2(!resultText().contains(reason), "the reasons show before they are asked for");
    auto* browser = shown<QTextBrowser>(QStringLiteral("resultBrowser"));
    const QString link = QStringLiteral("fold:") + toQt(condition.id);
    clickLink(browser, link);
    QVERIFY2(resultText().contains(reason), "the reasons did not open");
    QVERIFY(resultText().contains(QStringLiteral("What points to it:")));
    saveScreenshot(QStringLiteral("results_reasons_open"));
    clickLink(browser, link);
    QVERIFY2(!resultText().contains(reason), "the reasons did not fold again");
}

void GuiTest::warningSignsLeadThePageAndThePdf() {
    runCheck(emergencyScript(), Input::Mouse);
    const TriageResult& result = window_->check()->result();
    QCOMPARE(result.disposition, Disposition::Emergency);
    QVERIFY(!result.redFlags.empty());
    const QString heading = QStringLiteral("Warning signs in your answers");
    const QString text = resultText();
    QVERIFY2(text.trimmed().startsWith(heading), qPrintable(text.left(200)));
    QString printed;
    exportReport(QStringLiteral("emergency"), printed);
    if (QTest::currentTestFailed()) {
        return;
    }
    const qsizetype banner = printed.indexOf(toQt(kb().textOf(result.disposition).headline));
    const qsizetype printedHeading = printed.indexOf(heading);
    QVERIFY(banner >= 0 && banner < printedHeading);
    for (const std::size_t index : result.redFlags) {
        // Shown in full without asking, before anything else on the page and on paper.
        const QString advice =
            toQt(warningSignText(services_->context().content, kb().warningSigns[index]).advice)
                .simplified();
        const qsizetype onScreen = text.simplified().indexOf(advice);
        QVERIFY2(onScreen >= 0, qPrintable(advice));
        const qsizetype onPaper = printed.indexOf(advice);
        QVERIFY2(onPaper > printedHeading, qPrintable(advice));
        for (const QString& later : {QStringLiteral("What to do now"),
                                     QStringLiteral("Possible causes"), QStringLiteral("Advice")}) {
            if (text.contains(later)) {
                QVERIFY2(onScreen < text.simplified().indexOf(later), qPrintable(later));
            }
            if (printed.contains(later)) {
                QVERIFY2(onPaper < printed.indexOf(later), qPrintable(later));
            }
        }
    }
}

void GuiTest::highContrastIsAChoiceThatIsRemembered() {
    runCheck(kFrontOfKnee, Input::Mouse);
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    window_->findChild<QAction*>(QStringLiteral("appearanceHighContrast"))->trigger();
    const QPalette chosen = QApplication::palette();
    QCOMPARE(chosen.color(QPalette::Window), QColor(Qt::black));
    QCOMPARE(chosen.color(QPalette::WindowText), QColor(Qt::white));
    QVERIFY(contrast(chosen.color(QPalette::Text), chosen.color(QPalette::Base)) >= 7);
    QVERIFY(contrast(chosen.color(QPalette::HighlightedText), chosen.color(QPalette::Highlight)) >=
            7);
    // The result on screen takes the new colours at once.
    QVERIFY(shown<QTextBrowser>(QStringLiteral("resultBrowser"))
                ->toHtml()
                .contains(QStringLiteral("bgcolor=\"%1\"").arg(screenColours(chosen).card.name())));
    saveScreenshot(QStringLiteral("results_high_contrast"));

    closeWindow(); // as after a restart
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    openWindow();
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
    QVERIFY(window_->findChild<QAction*>(QStringLiteral("appearanceHighContrast"))->isChecked());
    window_->findChild<QAction*>(QStringLiteral("appearanceSystem"))->trigger();
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
}

void GuiTest::textFollowsTheSystemFontSize() {
    const ApplicationFontKept kept;
    runCheck(kFrontOfKnee, Input::Mouse);
    click(shown<QPushButton>(QStringLiteral("homeButton")));
    click(shown<QPushButton>(QStringLiteral("historyButton")));
    click(shown<QPushButton>(QStringLiteral("homeButton")));
    click(shown<QPushButton>(QStringLiteral("exercisesButton")));
    // The system's text gets larger while the pages are open: every page follows.
    QFont larger = QApplication::font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    QApplication::setFont(larger);
    QCoreApplication::processEvents();
    for (const QWidget* widget : window_->findChildren<QWidget*>()) {
        const QString name = QLatin1String(widget->metaObject()->className()) + QLatin1Char(' ') +
                             widget->objectName();
        QVERIFY2(!widget->styleSheet().contains(QStringLiteral("font-size")), qPrintable(name));
        QVERIFY2(widget->font().pointSizeF() >= larger.pointSizeF() * 0.89,
                 qPrintable(name + QStringLiteral(" has a fixed font of ") +
                            QString::number(widget->font().pointSizeF()) + QStringLiteral(" pt")));
    }
    const auto* title = window_->findChild<QLabel*>(QStringLiteral("titleLabel"));
    QVERIFY(title->font().pointSizeF() >= larger.pointSizeF() * 1.5); // a step of the scale
}

void GuiTest::everyButtonFitsAt800By600() {
    window_->resize(800, 600);
    window_->setClinicMode(true); // the most buttons on the home page
    QCoreApplication::processEvents();
    QCOMPARE(window_->size(), QSize(800, 600));
    expectButtonsFit(window_.get(), QStringLiteral("home"));
    click(shown<QPushButton>(QStringLiteral("startButton")));
    for (int step = 0; step < 60 && currentPage()->objectName() == QStringLiteral("questionPage") &&
                       !QTest::currentTestFailed();
         ++step) {
        expectButtonsFit(window_.get(), currentQuestion());
        answerCurrent(urgentScript(), Input::Mouse);
    }
    answerUntilTheResults(urgentScript(), Input::Mouse);
    expectButtonsFit(window_.get(), QStringLiteral("results"));
    saveScreenshot(QStringLiteral("results_800x600"));
    click(shown<QPushButton>(QStringLiteral("homeButton")));
    click(shown<QPushButton>(QStringLiteral("historyButton")));
    expectButtonsFit(window_.get(), QStringLiteral("history"));
    click(shown<QPushButton>(QStringLiteral("homeButton")));
    click(shown<QPushButton>(QStringLiteral("exercisesButton")));
    expectButtonsFit(window_.get(), QStringLiteral("exercises"));
    window_->setClinicMode(false);
}

void GuiTest::resultsAreReadableInEveryAppearance() {
    const std::pair<const char*, Script> checks[] = {
        {"self_care", kFrontOfKnee}, {"urgent", urgentScript()}, {"emergency", emergencyScript()}};
    const std::pair<const char*, const char*> appearances[] = {
        {"light", "appearanceLight"},
        {"dark", "appearanceDark"},
        {"high_contrast", "appearanceHighContrast"}};
    for (const auto& [check, script] : checks) {
        runCheck(script, Input::Mouse);
        const DispositionStyle banner = styleOf(kb(), window_->check()->result().disposition);
        QVERIFY2(contrast(banner.text, banner.background) >= 4.5, check);
        for (const auto& [appearance, action] : appearances) {
            window_->findChild<QAction*>(QLatin1String(action))->trigger();
            const QPalette palette = QApplication::palette();
            QCOMPARE(window_->palette().color(QPalette::Window), palette.color(QPalette::Window));
            const ReportColours colours = screenColours(palette);
            const QString where =
                QLatin1String(check) + QLatin1Char(' ') + QLatin1String(appearance);
            QVERIFY2(contrast(colours.text, colours.card) >= 4.5, qPrintable(where));
            QVERIFY2(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 4.5,
                     qPrintable(where));
            QVERIFY2(contrast(colours.barOn, colours.card) >= 3, qPrintable(where));
            saveScreenshot(QStringLiteral("results_%1_%2")
                               .arg(QLatin1String(check), QLatin1String(appearance)));
        }
        window_->findChild<QAction*>(QStringLiteral("appearanceSystem"))->trigger();
        click(shown<QPushButton>(QStringLiteral("homeButton")));
    }
}

TrainingPage* GuiTest::openTraining() {
    window_->showHome();
    click(shown<QPushButton>(QStringLiteral("trainingButton")));
    return qobject_cast<TrainingPage*>(currentPage());
}

void GuiTest::importByDropping(TrainingPage* page, const QStringList& paths) {
    QVERIFY(page != nullptr);
    QVERIFY(dropFiles(page, paths));
    QVERIFY(page->importing());
    QTRY_VERIFY_WITH_TIMEOUT(!page->importing(), 30000);
}

int writeWeeksOfRuns(const QString& folder, int weeks, double kilometres, int points) {
    int written = 0;
    for (int week = weeks - 1; week >= 0; --week) {
        for (const int day : {0, 3}) {
            const QDate date = lastMonday().addDays(-7 * week + day);
            writeGpxRun(QStringLiteral("%1/run-%2.gpx").arg(folder, date.toString(Qt::ISODate)),
                        QDateTime(date, QTime(7, 0), Qt::UTC), kilometres, points);
            ++written;
        }
    }
    return written;
}

QDate GuiTest::importRunsWithASpike(const QString& folder) {
    writeWeeksOfRuns(folder, 8);
    const QDate monday = lastMonday();
    writeGpxRun(folder + QStringLiteral("/spike.gpx"),
                QDateTime(monday.addDays(3), QTime(18, 0), Qt::UTC), 12);
    importByDropping(openTraining(), {folder});
    return monday;
}

void GuiTest::trainingIsReachedFromHomeAndResultsAndBackLeadsThere() {
    click(shown<QPushButton>(QStringLiteral("trainingButton")));
    QCOMPARE(currentPage()->objectName(), QStringLiteral("trainingPage"));
    click(shown<QPushButton>(QStringLiteral("backButton")));
    QCOMPARE(currentPage()->objectName(), QStringLiteral("homePage"));
    runCheck(kFrontOfKnee, Input::Mouse);
    click(shown<QPushButton>(QStringLiteral("trainingButton")));
    QCOMPARE(currentPage()->objectName(), QStringLiteral("trainingPage"));
    click(shown<QPushButton>(QStringLiteral("backButton")));
    QCOMPARE(currentPage()->objectName(), QStringLiteral("resultsPage"));
}

void GuiTest::importingAFolderShowsItsRunsAndSaysWhatWasAdded() {
    QTemporaryDir folder;
    const int runs = writeWeeksOfRuns(folder.path(), 6);
    writeGpxRun(folder.filePath(QStringLiteral("future.gpx")),
                QDateTime::currentDateTimeUtc().addDays(30), 5);
    TrainingPage* page = openTraining();
    QVERIFY(page != nullptr);
    importByDropping(page, {folder.path()});
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(page->runCount(), runs);
    QCOMPARE(static_cast<int>(services_->context().history.runs().size()), runs);
    const QString summary = shown<QLabel>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("%1 runs added").arg(runs)), qPrintable(summary));
    auto* problems = shown<QListWidget>(QStringLiteral("problemsList"));
    QVERIFY(problems != nullptr);
    QCOMPARE(problems->count(), 1);
    QVERIFY(problems->item(0)->text().contains(QStringLiteral("future.gpx")));
    QVERIFY(problems->item(0)->text().contains(QStringLiteral("in the future")));
    // The same folder again: nothing is stored twice.
    importByDropping(page, {folder.path()});
    QCOMPARE(page->runCount(), runs);
    QVERIFY(shown<QLabel>(QStringLiteral("summaryLabel"))
                ->text()
                .contains(QStringLiteral("0 runs added, %1 already stored").arg(runs)));
}

void GuiTest::aDroppedZipIsNamedWithUnzipItFirst() {
    QTemporaryDir folder;
    QFile zip(folder.filePath(QStringLiteral("garmin-export.zip")));
    QVERIFY(zip.open(QIODevice::WriteOnly));
    zip.write("PK\x03\x04");
    zip.close();
    TrainingPage* page = openTraining();
    QVERIFY(page != nullptr);
    importByDropping(page, {zip.fileName()});
    QVERIFY(!QTest::currentTestFailed());
    const QString summary = shown<QLabel>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("1 .zip file not read: unzip it first")),
             qPrintable(summary));
    QCOMPARE(page->runCount(), 0);
}

// Cancel pressed as the first file is counted done: the import stops early, and every file read
// before the cancel has its run stored and shown.
void GuiTest::cancellingAnImportKeepsTheRunsOfTheFilesReadBefore() {
    QTemporaryDir folder;
    // Marathons with a point a second, files long enough to read that the import is under way
    // when Cancel is pressed.
    const int files = writeWeeksOfRuns(folder.path(), 20, 42, 13000);
    TrainingPage* page = openTraining();
    QVERIFY(page != nullptr);
    auto* progress = page->findChild<QProgressBar*>(QStringLiteral("importProgress"));
    int readWhenCancelled = -1;
    connect(progress, &QProgressBar::valueChanged, this, [&](int value) {
        if (value >= 1 && readWhenCancelled < 0) {
            readWhenCancelled = value;
            click(shown<QPushButton>(QStringLiteral("cancelImportButton")));
        }
    });
    importByDropping(page, {folder.path()});
    QVERIFY(readWhenCancelled >= 1);
    const int stored = static_cast<int>(services_->context().history.runs().size());
    QVERIFY2(stored >= readWhenCancelled && stored < files,
             qPrintable(QStringLiteral("%1 stored of %2").arg(stored).arg(files)));
    QCOMPARE(page->runCount(), stored);
    QVERIFY(shown<QLabel>(QStringLiteral("summaryLabel"))
                ->text()
                .startsWith(QStringLiteral("Import cancelled")));
    QVERIFY(shown<QLabel>(QStringLiteral("summaryLabel"))
                ->text()
                .contains(QStringLiteral("%1 runs added").arg(stored)));
}

// A run of 12 km after weeks of 5 km: its week is marked on the chart, the chart's description
// names that week in words, and the run's row says which spike it is in the data's words.
void GuiTest::aSpikeWeekIsMarkedOnTheChartAndNamedInWords() {
    QTemporaryDir folder;
    const QDate spikeWeek = importRunsWithASpike(folder.path());
    auto* chart = shown<QWidget>(QStringLiteral("weeklyChart"));
    QVERIFY(chart != nullptr);
    const QString description = chart->accessibleDescription();
    QVERIFY2(description.contains(
                 QStringLiteral("Weeks with a spike: the week of %1: 22.0 km, 1 run with a spike "
                                "(Large spike")
                     .arg(QLocale().toString(spikeWeek, QLocale::LongFormat))),
             qPrintable(description));
    const auto* table = shown<QTableWidget>(QStringLiteral("runsTable"));
    QVERIFY(table->item(0, 3)->text().endsWith(QStringLiteral("140 %")));
    QVERIFY(table->item(0, 4)->text().startsWith(QStringLiteral("▲ Large spike")));
    QVERIFY(table->item(1, 4)->text().startsWith(QStringLiteral("No spike")));
    QVERIFY(shown<QLabel>(QStringLiteral("loadHelpLabel"))
                ->text()
                .contains(QStringLiteral("acute:chronic workload ratio")));
}

// No check yet: amber, said in words beside the colour, with the distance cap from the runs, the
// pain cap, the reasons with their sources, the diary and a fortnight of the plan.
void GuiTest::theNextRunLightIsInWordsWithItsCapsReasonsAndTheCalendar() {
    QTemporaryDir folder;
    importRunsWithASpike(folder.path());
    const QString light = plainTextOf(shown<QLabel>(QStringLiteral("lightLabel")));
    QVERIFY2(light.contains(QStringLiteral("Amber")), qPrintable(light));
    const QString caps = shown<QLabel>(QStringLiteral("capsLabel"))->text();
    // The plan's step (a brisk walk first) says what to do; the caps are its upper limits.
    QVERIFY2(caps.contains(QStringLiteral("your plan's step below, never more than 12.0 km")) &&
                 caps.contains(QStringLiteral("pain at most 3 out of 10")),
             qPrintable(caps));
    QVERIFY(
        shown<QLabel>(QStringLiteral("reasonsLabel"))->text().contains(QStringLiteral("https://")));
    QVERIFY(shown<QWidget>(QStringLiteral("diaryGroup")) != nullptr);
    const auto* calendar = shown<QTableWidget>(QStringLiteral("calendarTable"));
    QVERIFY(calendar != nullptr);
    QCOMPARE(calendar->rowCount() * calendar->columnCount(), 14);
    QVERIFY(calendar->item(0, 0)->text().contains(
        QLocale().toString(QDate::currentDate(), QStringLiteral("ddd d"))));
    // The whole page for README: tall enough for the light, the diary, the chart and the plan.
    window_->resize(1100, 1400);
    QCoreApplication::processEvents();
    saveScreenshot(QStringLiteral("training"));
}

void GuiTest::aDiaryEntryIsKeptForItsDayAndTheAdviceReadsIt() {
    TrainingPage* page = openTraining();
    QVERIFY(page != nullptr);
    const QString reasonsBefore = shown<QLabel>(QStringLiteral("reasonsLabel"))->text();
    click(shown<QPushButton>(QStringLiteral("saveDiaryButton")));
    // Nothing chosen for the run's pain: nothing saved, and the runner is told what is missing.
    QVERIFY(services_->context().history.diary().empty());
    QVERIFY(!shown<QLabel>(QStringLiteral("diaryStatusLabel"))->text().isEmpty());
    auto* scale = shown<QWidget>(QStringLiteral("diaryGroup"));
    click(scale->findChild<QPushButton*>(QStringLiteral("rating_6")));
    click(shown<QRadioButton>(QStringLiteral("painWorse")), QPoint(8, 8));
    click(shown<QPushButton>(QStringLiteral("saveDiaryButton")));
    const std::vector<DiaryEntry> diary = services_->context().history.diary();
    QCOMPARE(diary.size(), std::size_t{1});
    QCOMPARE(diary.front().date, toCore(QDate::currentDate().addDays(-1).toString(Qt::ISODate)));
    QCOMPARE(diary.front().painDuringRun, std::optional<int>(6));
    QVERIFY(diary.front().morningPain == AgainstUsual::Worse);
    QVERIFY(diary.front().morningStiffness == AgainstUsual::Usual);
    // A run that hurt 6 out of 10 and a worse morning: the light says so.
    QVERIFY(shown<QLabel>(QStringLiteral("reasonsLabel"))->text() != reasonsBefore);
}

void GuiTest::nothingPlanLikeIsShownWhileTheLightIsRed() {
    runCheck(emergencyScript(), Input::Mouse);
    click(shown<QPushButton>(QStringLiteral("trainingButton")));
    QCOMPARE(currentPage()->objectName(), QStringLiteral("trainingPage"));
    QVERIFY(
        plainTextOf(shown<QLabel>(QStringLiteral("lightLabel"))).contains(QStringLiteral("Red")));
    QVERIFY(shown<QLabel>(QStringLiteral("capsLabel"))
                ->text()
                .contains(QStringLiteral("while the light is red")));
    QVERIFY(!shown<QLabel>(QStringLiteral("reasonsLabel"))->text().isEmpty());
    for (const char* planLike : {"diaryGroup", "planTitle", "planLabel", "calendarTable"}) {
        QVERIFY2(shown<QWidget>(QLatin1String(planLike)) == nullptr, planLike);
    }
}

} // namespace kt::app

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication application(argc, argv);
    kt::app::registerResources();
    kt::app::GuiTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "gui_test.moc"
