// The app in German: the interface (Qt Linguist), the knowledge base and the PDF's words follow
// the language; View → Language remembers a choice.
#include "app_language.h"
#include "app_resources.h"
#include "app_services.h"
#include "kneetriage/kb/knowledge_base.h"
#include "main_window.h"
#include "qt_text.h"
#include "question_page.h"
#include "results_page.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>
#include <memory>

namespace kt::app {

class LanguageGuiTest : public QObject {
    Q_OBJECT

  private slots:
    void init();
    void cleanup();
    void aCheckInGermanAsksAndAnswersInGerman();
    void theLanguageMenuRemembersTheChoice();
    void theSystemLocaleChoosesTheLanguageUntilOneIsChosen();
    void theEmergencyNumberIsTheCountrysOwn();
    void thePdfFollowsTheLanguage();
    void anIncompleteTranslationShowsEveryTextInEnglish();

  private:
    void open(const QString& language, const QString& country = QString());
    void answerWithTheCalmAnswers();
    void saveScreenshot(const QString& name) const {
        const QString folder = qEnvironmentVariable("KT_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            window_->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
        }
    }
    [[nodiscard]] QWidget* currentPage() const {
        return window_->findChild<QStackedWidget*>()->currentWidget();
    }

    std::unique_ptr<QTemporaryDir> home_;
    std::unique_ptr<QSettings> settings_;
    std::unique_ptr<InterfaceLanguage> interface_;
    std::unique_ptr<AppServices> services_;
    std::unique_ptr<MainWindow> window_;
};

void LanguageGuiTest::init() {
    home_ = std::make_unique<QTemporaryDir>();
    settings_ = std::make_unique<QSettings>(home_->filePath(QStringLiteral("settings.ini")),
                                            QSettings::IniFormat);
}

void LanguageGuiTest::open(const QString& language, const QString& country) {
    interface_ = std::make_unique<InterfaceLanguage>(language);
    QVERIFY(interface_->loaded());
    auto opened =
        AppServices::open(QStringLiteral(KT_STAGED_DATA_DIR), home_->path(), language, country);
    QVERIFY(std::holds_alternative<std::unique_ptr<AppServices>>(opened));
    services_ = std::move(std::get<std::unique_ptr<AppServices>>(opened));
    window_ = std::make_unique<MainWindow>(services_->context(), *settings_);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void LanguageGuiTest::cleanup() {
    window_.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    services_.reset();
    interface_.reset();
    QCOMPARE(QApplication::topLevelWidgets().size(), 0);
    settings_.reset();
    home_.reset();
}

// Every question answered calmly (the first option, "no", the lowest number; "yes" to lifting
// the straightened leg), through the red-flag pages, up to the result.
void LanguageGuiTest::answerWithTheCalmAnswers() {
    const KnowledgeBase& kb = services_->context().kb;
    for (int step = 0; step < 80 && currentPage()->objectName() != QStringLiteral("resultsPage");
         ++step) {
        QCoreApplication::processEvents();
        if (currentPage()->objectName() == QStringLiteral("redFlagPage")) {
            currentPage()->findChild<QPushButton*>(QStringLiteral("continueButton"))->click();
            continue;
        }
        auto* page = window_->findChild<QuestionPage*>(QStringLiteral("questionPage"));
        const Question& question = kb.questions[*window_->check()->current()];
        if (question.kind == QuestionKind::Number) {
            const int value = question.id == "age_years" ? 30 : static_cast<int>(question.min);
            // A 0-10 rating is a row of buttons; any other number is typed.
            if (auto* rating =
                    page->findChild<QPushButton*>(QStringLiteral("rating_%1").arg(value));
                rating != nullptr && rating->isVisible()) {
                rating->click();
            } else {
                page->findChild<QLineEdit*>(QStringLiteral("numberAnswer"))
                    ->setText(QString::number(value));
            }
        } else if (question.kind == QuestionKind::Multi) {
            page->findChild<QCheckBox*>(QStringLiteral("option_") +
                                        toQt(question.options.back().code))
                ->click();
        } else {
            const QString code = question.kind == QuestionKind::YesNo
                                     ? (question.id == "straight_leg_raise" ? QStringLiteral("yes")
                                                                            : QStringLiteral("no"))
                                     : toQt(question.options.front().code);
            page->findChild<QRadioButton*>(QStringLiteral("option_") + code)->click();
        }
        page->findChild<QPushButton*>(QStringLiteral("nextButton"))->click();
    }
    QCOMPARE(currentPage()->objectName(), QStringLiteral("resultsPage"));
}

void LanguageGuiTest::aCheckInGermanAsksAndAnswersInGerman() {
    open(QStringLiteral("de"));
    if (QTest::currentTestFailed()) {
        return;
    }
    window_->findChild<QPushButton*>(QStringLiteral("startButton"))->click();
    auto* page = window_->findChild<QuestionPage*>(QStringLiteral("questionPage"));
    QCOMPARE(page->findChild<QLabel*>(QStringLiteral("questionLabel"))->text(),
             QStringLiteral("Können Sie jetzt vier Schritte auf dem schmerzenden Bein gehen?"));
    QCOMPARE(page->findChild<QAbstractButton*>(QStringLiteral("option_normal"))
                 ->text()
                 .remove(QLatin1Char('&')),
             QStringLiteral("Ja, ich gehe normal"));
    QCOMPARE(page->findChild<QPushButton*>(QStringLiteral("nextButton"))->text(),
             QStringLiteral("&Weiter >"));
    saveScreenshot(QStringLiteral("de_question"));
    answerWithTheCalmAnswers();
    saveScreenshot(QStringLiteral("de_results"));
    const QString result =
        window_->findChild<QTextBrowser*>(QStringLiteral("resultBrowser"))->toPlainText();
    // The words of the knowledge base and of the interface, both German.
    QVERIFY2(result.contains(QStringLiteral("Dies ist keine Diagnose")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Wann Sie sich untersuchen lassen sollten")) ||
                 result.contains(QStringLiteral("Ratschläge")),
             qPrintable(result));
    QVERIFY(!result.contains(QStringLiteral("This is not a diagnosis")));
    const auto* banner = window_->findChild<QLabel*>(QStringLiteral("dispositionBanner"));
    const QString headline =
        toQt(services_->context().kb.textOf(Disposition::SeeClinician).headline);
    QVERIFY2(banner->text().contains(QStringLiteral("Termin")) ||
                 banner->text().contains(QStringLiteral("zu Hause")),
             qPrintable(banner->text() + QStringLiteral(" / ") + headline));
}

void LanguageGuiTest::theLanguageMenuRemembersTheChoice() {
    open(QStringLiteral("en"));
    if (QTest::currentTestFailed()) {
        return;
    }
    auto* german = window_->findChild<QAction*>(QStringLiteral("language_de"));
    QVERIFY(german != nullptr);
    QVERIFY(window_->findChild<QAction*>(QStringLiteral("language_en"))->isChecked());
    QTimer::singleShot(0, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box != nullptr);
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::RejectRole) {
                button->click(); // "Later": no restart inside a test
            }
        }
    });
    german->trigger();
    QCOMPARE(settings_->value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    QCOMPARE(languageToUse(*settings_), QStringLiteral("de"));
}

void LanguageGuiTest::theSystemLocaleChoosesTheLanguageUntilOneIsChosen() {
    const QLocale austrian(QStringLiteral("de_AT"));
    const QLocale french(QStringLiteral("fr_FR"));
    QCOMPARE(languageToUse(*settings_, austrian), QStringLiteral("de"));
    QCOMPARE(languageToUse(*settings_, french), QStringLiteral("en")); // none of ours: English
    settings_->setValue(QStringLiteral("language"), QStringLiteral("en"));
    QCOMPARE(languageToUse(*settings_, austrian), QStringLiteral("en")); // the choice wins
    settings_->setValue(QStringLiteral("language"), QStringLiteral("xx"));
    QCOMPARE(languageToUse(*settings_, austrian), QStringLiteral("de")); // not a choice
}

void LanguageGuiTest::theEmergencyNumberIsTheCountrysOwn() {
    open(QStringLiteral("de"), QStringLiteral("CH"));
    if (QTest::currentTestFailed()) {
        return;
    }
    const KnowledgeBase& kb = services_->context().kb;
    QVERIFY2(toQt(kb.noticeShort).contains(QStringLiteral("144 (oder 112)")),
             kb.noticeShort.c_str());
    QVERIFY(toQt(kb.textOf(Disposition::Emergency).action).contains(QStringLiteral("144")));
    QVERIFY(!toQt(kb.noticeShort).contains(QStringLiteral("911")));
}

void LanguageGuiTest::thePdfFollowsTheLanguage() {
    open(QStringLiteral("de"));
    if (QTest::currentTestFailed()) {
        return;
    }
    window_->findChild<QPushButton*>(QStringLiteral("startButton"))->click();
    answerWithTheCalmAnswers();
    const QString file = home_->filePath(QStringLiteral("bericht.pdf"));
    QCOMPARE(window_->findChild<ResultsPage*>(QStringLiteral("resultsPage"))->exportPdf(file),
             QString());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    // The report's own headings (tr()) and the knowledge base's words, German both.
    QVERIFY2(text.contains(QStringLiteral("Mögliche Ursachen")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Dies ist keine Diagnose")));
    QVERIFY(!text.contains(QStringLiteral("Possible causes")));
    QVERIFY2(text.contains(QStringLiteral("Dezember")) || text.contains(QStringLiteral("Januar")) ||
                 text.contains(QStringLiteral(".20")),
             qPrintable(text.left(200))); // the date in German too
}

// A translation with a text missing (here the first question's) is not mixed with English: the
// whole check is English, and the person is told why.
void LanguageGuiTest::anIncompleteTranslationShowsEveryTextInEnglish() {
    const QString copy = home_->filePath(QStringLiteral("data"));
    QVERIFY(QProcess::execute(QStringLiteral("cp"),
                              {QStringLiteral("-r"), QStringLiteral(KT_STAGED_DATA_DIR), copy}) ==
            0);
    const QString file = copy + QStringLiteral("/i18n/de/kb/questions.json");
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    in.close();
    const QByteArray german(
        "K\xc3\xb6nnen Sie jetzt vier Schritte auf dem schmerzenden Bein gehen?");
    QVERIFY(text.contains(german));
    text.replace(german, QByteArray());
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(text);
    out.close();
    auto opened = AppServices::open(copy, home_->path(), QStringLiteral("de"));
    QVERIFY(std::holds_alternative<std::unique_ptr<AppServices>>(opened));
    const auto& services = std::get<std::unique_ptr<AppServices>>(opened);
    QCOMPARE(services->context().kb.language, std::string("en"));
    QCOMPARE(services->context().kb.questions.front().text,
             std::string("Can you take four steps on the painful leg right now?"));
    QVERIFY(services->languageNotice().contains(QStringLiteral("1")));
}

} // namespace kt::app

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication application(argc, argv);
    kt::app::registerResources();
    kt::app::LanguageGuiTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "language_gui_test.moc"
