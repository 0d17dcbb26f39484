// The desktop app driven like a user: clicks and keys on the real pages, found by object name.
// Runs offscreen (QT_QPA_PLATFORM=offscreen unless already set).
#include "app_context.h"
#include "app_resources.h"
#include "exercise_library_page.h"
#include "history_page.h"
#include "kneetriage/kb_loader.h"
#include "knee_map_widget.h"
#include "main_window.h"
#include "qt_text.h"
#include "question_page.h"
#include "results_page.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include <map>
#include <memory>
#include <variant>

namespace kt::app {

using Given = std::variant<QString, int, QStringList>;
using Script = std::map<QString, Given>;

enum class Input { Mouse, Keyboard };

class GuiTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();

    void frontOfKneeSelfCareWithTheKeyboard();
    void emergencyRedFlagInterruptsAndStaysOnTheResult();
    void backOfKneeChosenOnThePicture();
    void goingBackKeepsAnswersAndChangingOneReroutes();
    void historySurvivesARestart();
    void pdfExportWritesAReadablePdf();
    void exerciseLibraryFiltersByTextAndCondition();

  private:
    void openWindow();
    [[nodiscard]] QWidget* currentPage() const;
    [[nodiscard]] QString currentQuestion() const;
    void answerCurrent(const Script& script, Input input);
    void runCheck(const Script& script, Input input);
    void saveScreenshot(const QString& name) const;
    [[nodiscard]] QString resultText() const;

    std::unique_ptr<KnowledgeBase> kb_;
    std::unique_ptr<ContentStore> content_;
    std::unique_ptr<QTemporaryDir> home_;
    std::unique_ptr<HistoryStore> history_;
    std::unique_ptr<AppContext> context_;
    std::unique_ptr<MainWindow> window_;
};

void GuiTest::initTestCase() {
    LoadResult loaded = loadKnowledgeBase(KT_DATA_DIR);
    QVERIFY(std::holds_alternative<KnowledgeBase>(loaded));
    kb_ = std::make_unique<KnowledgeBase>(std::move(std::get<KnowledgeBase>(loaded)));
    content_ = std::make_unique<ContentStore>(KT_CONTENT_DB);
}

void GuiTest::init() {
    home_ = std::make_unique<QTemporaryDir>();
    history_ = std::make_unique<HistoryStore>(ss(home_->filePath(QStringLiteral("history.sqlite"))));
    openWindow();
}

void GuiTest::openWindow() {
    context_ = std::make_unique<AppContext>(AppContext{*kb_, *content_, *history_});
    window_ = std::make_unique<MainWindow>(*context_);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void GuiTest::cleanup() {
    window_.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(QApplication::topLevelWidgets().size(), 0); // no window leaks
    history_.reset();
    home_.reset();
}

QWidget* GuiTest::currentPage() const {
    return window_->findChild<QStackedWidget*>()->currentWidget();
}

QString GuiTest::currentQuestion() const {
    const auto* page = window_->findChild<QuestionPage*>(QStringLiteral("questionPage"));
    const auto current = page->session().current();
    return current ? qs(kb_->questions[*current].id) : QString();
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
    const Question& question = kb_->questions[*kb_->findQuestion(ss(id))];
    const auto found = script.find(id);
    const auto choose = [&](QAbstractButton* button) {
        QVERIFY2(button != nullptr, qPrintable(QStringLiteral("no such option on ") + id));
        if (input == Input::Mouse) {
            // On the indicator: a radio button takes clicks on its circle and label only.
            QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
        } else {
            button->setFocus();
            QTest::keyClick(button, Qt::Key_Space);
        }
    };
    if (question.kind == QuestionKind::Number) {
        const int value = found != script.end() ? std::get<int>(found->second) : static_cast<int>(question.min);
        auto* spin = page->findChild<QSpinBox*>(QStringLiteral("numberAnswer"));
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, QString::number(value));
    } else if (question.kind == QuestionKind::Multi) {
        const QStringList codes = found != script.end() ? std::get<QStringList>(found->second) : QStringList();
        for (const QString& code : codes) {
            choose(page->findChild<QCheckBox*>(QStringLiteral("option_") + code));
        }
    } else {
        const QString code = found != script.end() ? std::get<QString>(found->second)
                             : question.kind == QuestionKind::YesNo ? QStringLiteral("no")
                                                                    : qs(question.options.front().code);
        choose(page->findChild<QRadioButton*>(QStringLiteral("option_") + code));
    }
    auto* next = page->findChild<QPushButton*>(QStringLiteral("nextButton"));
    QVERIFY2(next->isEnabled(), qPrintable(QStringLiteral("Next is disabled on ") + id));
    if (input == Input::Mouse) {
        QTest::mouseClick(next, Qt::LeftButton);
    } else {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
}

void GuiTest::runCheck(const Script& script, Input input) {
    auto* start = window_->findChild<QPushButton*>(QStringLiteral("startButton"));
    if (input == Input::Mouse) {
        QTest::mouseClick(start, Qt::LeftButton);
    } else {
        start->setFocus();
        QTest::keyClick(start, Qt::Key_Space);
    }
    for (int step = 0; step < 60 && currentPage()->objectName() != QStringLiteral("resultsPage"); ++step) {
        if (currentPage()->objectName() == QStringLiteral("redFlagPage")) {
            QTest::mouseClick(window_->findChild<QPushButton*>(QStringLiteral("continueButton")), Qt::LeftButton);
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
                          {QStringLiteral("sex"), QStringLiteral("female")},
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
    QVERIFY(text.indexOf(QStringLiteral("Runner's knee")) < text.indexOf(QStringLiteral("Exercises that may help")));
    QVERIFY(text.contains(QStringLiteral("Worse going down stairs")));
    QVERIFY(text.contains(QStringLiteral("How much:")));
    QVERIFY(text.contains(QStringLiteral("This is not a diagnosis")));
    saveScreenshot(QStringLiteral("results"));
}

void GuiTest::emergencyRedFlagInterruptsAndStaysOnTheResult() {
    QTest::mouseClick(window_->findChild<QPushButton*>(QStringLiteral("startButton")), Qt::LeftButton);
    Script script = kFrontOfKnee;
    script[QStringLiteral("hot_red_swollen")] = QStringLiteral("yes");
    script[QStringLiteral("fever_unwell")] = QStringLiteral("yes");
    while (currentPage()->objectName() == QStringLiteral("questionPage") && !QTest::currentTestFailed()) {
        answerCurrent(script, Input::Mouse);
    }
    QCOMPARE(currentPage()->objectName(), QStringLiteral("redFlagPage"));
    const auto* headline = window_->findChild<QLabel*>(QStringLiteral("headlineLabel"));
    QVERIFY(headline->text().startsWith(QStringLiteral("Urgent"))); // fever is asked first
    QTest::mouseClick(window_->findChild<QPushButton*>(QStringLiteral("continueButton")), Qt::LeftButton);
    answerCurrent(script, Input::Mouse);
    QCOMPARE(currentPage()->objectName(), QStringLiteral("redFlagPage"));
    QVERIFY(headline->text().startsWith(QStringLiteral("Emergency")));
    saveScreenshot(QStringLiteral("red_flag"));
    QTest::mouseClick(window_->findChild<QPushButton*>(QStringLiteral("continueButton")), Qt::LeftButton);
    runCheck(script, Input::Mouse);
    const auto* banner = window_->findChild<QLabel*>(QStringLiteral("dispositionBanner"));
    QVERIFY(banner->text().contains(QStringLiteral("Emergency")));
    QVERIFY(resultText().contains(QStringLiteral("joint infection")));
    QVERIFY(!resultText().contains(QStringLiteral("Exercises that may help")));
}

void GuiTest::backOfKneeChosenOnThePicture() {
    QTest::mouseClick(window_->findChild<QPushButton*>(QStringLiteral("startButton")), Qt::LeftButton);
    const Script script{{QStringLiteral("weight_bearing"), QStringLiteral("normal")},
                        {QStringLiteral("age_years"), 58},
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
    viewCombo->setCurrentIndex(1); // seen from behind
    const auto back = picture->centreOf(QStringLiteral("back"));
    QVERIFY(back.has_value());
    QTest::mouseClick(picture, Qt::LeftButton, {}, back->toPoint());
    QVERIFY(window_->findChild<QRadioButton*>(QStringLiteral("option_back"))->isChecked());
    QTest::mouseClick(window_->findChild<QPushButton*>(QStringLiteral("nextButton")), Qt::LeftButton);
    QCOMPARE(currentQuestion(), QStringLiteral("back_spot"));
    const auto centre = picture->centreOf(QStringLiteral("centre"));
    QVERIFY(centre.has_value());
    QTest::mouseMove(picture, centre->toPoint());
    QTest::mouseClick(picture, Qt::LeftButton, {}, centre->toPoint());
    QVERIFY(window_->findChild<QRadioButton*>(QStringLiteral("option_centre"))->isChecked());
    saveScreenshot(QStringLiteral("knee_picture"));
    QTest::mouseClick(window_->findChild<QPushButton*>(QStringLiteral("nextButton")), Qt::LeftButton);
    while (currentPage()->objectName() == QStringLiteral("questionPage") && !QTest::currentTestFailed()) {
        answerCurrent(script, Input::Mouse);
    }
    QCOMPARE(currentPage()->objectName(), QStringLiteral("resultsPage"));
    const QString text = resultText();
    QVERIFY2(text.indexOf(QStringLiteral("Baker's cyst")) >= 0, qPrintable(text.left(400)));
    QVERIFY(window_->findChild<QLabel*>(QStringLiteral("dispositionBanner"))->text().contains(QStringLiteral("Book")));
}

void GuiTest::goingBackKeepsAnswersAndChangingOneReroutes() {
    QTest::mouseClick(window_->findChild<QPushButton*>(QStringLiteral("startButton")), Qt::LeftButton);
    while (currentQuestion() != QStringLiteral("front_spot") && !QTest::currentTestFailed()) {
        answerCurrent(kFrontOfKnee, Input::Mouse);
    }
    saveScreenshot(QStringLiteral("question"));
    auto* back = window_->findChild<QPushButton*>(QStringLiteral("backButton"));
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(currentQuestion(), QStringLiteral("pain_location"));
    QVERIFY(window_->findChild<QRadioButton*>(QStringLiteral("option_front"))->isChecked());
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(currentQuestion(), QStringLiteral("sex"));
    QVERIFY(window_->findChild<QRadioButton*>(QStringLiteral("option_female"))->isChecked());
    QTest::mouseClick(window_->findChild<QPushButton*>(QStringLiteral("nextButton")), Qt::LeftButton);
    auto* outer = window_->findChild<QRadioButton*>(QStringLiteral("option_outer"));
    QTest::mouseClick(outer, Qt::LeftButton, {}, QPoint(8, outer->height() / 2));
    QTest::mouseClick(window_->findChild<QPushButton*>(QStringLiteral("nextButton")), Qt::LeftButton);
    QCOMPARE(currentQuestion(), QStringLiteral("outer_spot"));
}

void GuiTest::historySurvivesARestart() {
    runCheck(kFrontOfKnee, Input::Mouse);
    window_.reset();
    const QString file = home_->filePath(QStringLiteral("history.sqlite"));
    history_ = std::make_unique<HistoryStore>(ss(file)); // as after a restart
    openWindow();
    QTest::mouseClick(window_->findChild<QPushButton*>(QStringLiteral("historyButton")), Qt::LeftButton);
    auto* page = window_->findChild<HistoryPage*>(QStringLiteral("historyPage"));
    QCOMPARE(currentPage(), page);
    QCOMPARE(page->rowCount(), 1);
    saveScreenshot(QStringLiteral("history"));
    QTest::mouseClick(window_->findChild<QPushButton*>(QStringLiteral("openButton")), Qt::LeftButton);
    QCOMPARE(currentPage()->objectName(), QStringLiteral("resultsPage"));
    QVERIFY(resultText().contains(QStringLiteral("Runner's knee")));
    QVERIFY(!window_->findChild<QPushButton*>(QStringLiteral("changeButton"))->isVisible());
}

void GuiTest::pdfExportWritesAReadablePdf() {
    runCheck(kFrontOfKnee, Input::Mouse);
    const QString file = home_->filePath(QStringLiteral("report.pdf"));
    auto* results = window_->findChild<ResultsPage*>(QStringLiteral("resultsPage"));
    QCOMPARE(results->exportPdf(file), QString());
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.contains("/Type /Page"));
    QVERIFY(bytes.size() > 20000); // text, pictures and fonts, not an empty page
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QVERIFY(!results->exportPdf(QStringLiteral("/nonexistent/folder/report.pdf")).isEmpty());
    if (const QString keep = qEnvironmentVariable("KT_REPORT_COPY"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(file, keep); // to look at it, e.g. with pdftoppm
    }
}

void GuiTest::exerciseLibraryFiltersByTextAndCondition() {
    QTest::mouseClick(window_->findChild<QPushButton*>(QStringLiteral("exercisesButton")), Qt::LeftButton);
    auto* library = window_->findChild<ExerciseLibraryPage*>(QStringLiteral("exerciseLibraryPage"));
    QCOMPARE(currentPage(), library);
    const int all = library->visibleCount();
    QVERIFY(all >= 30);
    auto* search = library->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("bridge"));
    QVERIFY(library->visibleCount() > 0);
    QVERIFY(library->visibleCount() < all);
    search->clear();
    auto* condition = library->findChild<QComboBox*>(QStringLiteral("conditionCombo"));
    condition->setCurrentIndex(condition->findText(QStringLiteral("Iliotibial band syndrome (ITB syndrome)")));
    QVERIFY(condition->currentIndex() > 0);
    QVERIFY(library->visibleCount() < all);
    QVERIFY(library->findChild<QTextBrowser*>(QStringLiteral("exerciseBrowser"))->toPlainText().contains(QStringLiteral("How much:")));
    saveScreenshot(QStringLiteral("exercises"));
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
