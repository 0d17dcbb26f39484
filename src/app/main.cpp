#include "app_language.h"
#include "app_resources.h"
#include "app_services.h"
#include "kneetriage/kb/data_directory.h"
#include "main_window.h"
#include "qt_text.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>

namespace {

void describeApplication() {
    QApplication::setApplicationName(QStringLiteral("KneeTriage"));
    QApplication::setOrganizationName(QStringLiteral("KneeTriage"));
    QApplication::setApplicationVersion(QStringLiteral(KT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.kneetriage.KneeTriage"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kneetriage.svg")));
}

// --data DIR, or the data shipped with the program.
QString dataDirectoryFromCommandLine(const QApplication& application) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Offline knee-pain triage for runners and physiotherapists."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data(
        QStringLiteral("data"),
        QObject::tr("Use the knowledge base in <directory> (for example a clinic's own reviewed "
                    "copy), with the content database built from it."),
        QObject::tr("directory"));
    parser.addOption(data);
    parser.process(application); // --help, --version and unknown options end here
    return parser.isSet(data)
               ? parser.value(data)
               : kt::app::toQt(
                     kt::shippedDataDirectory(kt::app::toCore(QApplication::applicationFilePath()))
                         .string());
}

int refuseToStart(const kt::app::StartFailure& failure) {
    std::fputs(qPrintable(failure.text + QLatin1Char('\n') + failure.details), stderr);
    QMessageBox box(QMessageBox::Critical, QObject::tr("KneeTriage cannot start"), failure.text);
    box.setDetailedText(failure.details);
    box.exec();
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    QApplication application(argc, argv);
    kt::app::registerResources();
    describeApplication();
    QSettings settings;
    // The interface, the knowledge base, the content and the PDF all follow one language.
    const QString language = kt::app::languageToUse(settings);
    const kt::app::InterfaceLanguage interfaceLanguage(language);
    const QString dataDirectory = dataDirectoryFromCommandLine(application);
    auto opened = kt::app::AppServices::open(
        dataDirectory, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), language,
        kt::app::systemCountry());
    if (const auto* failure = std::get_if<kt::app::StartFailure>(&opened)) {
        return refuseToStart(*failure);
    }
    kt::app::AppServices& services = *std::get<std::unique_ptr<kt::app::AppServices>>(opened);
    kt::app::MainWindow window(services.context(), settings);
    window.show();
    if (!services.languageNotice().isEmpty()) {
        QTimer::singleShot(0, &window, [&window, text = services.languageNotice()] {
            QMessageBox::warning(&window, QObject::tr("Language"), text);
        });
    }
    if (const auto& notice = services.historyNotice()) {
        QTimer::singleShot(0, &window, [&window, text = kt::app::toQt(*notice)] {
            QMessageBox::warning(&window, QObject::tr("Your history"), text);
        });
    }
    return QApplication::exec();
}
