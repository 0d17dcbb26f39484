#include "app_context.h"
#include "app_resources.h"
#include "kneetriage/kb/loader.h"
#include "main_window.h"
#include "qt_text.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <optional>

namespace {

// The installed data beside the program (<prefix>/share/kneetriage), else the build tree's.
QString installedOr(const QString& relative, const char* buildTreePath) {
    const QString installed = QDir(QApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../share/kneetriage/") + relative);
    return QFileInfo::exists(installed) ? QDir::cleanPath(installed)
                                        : QString::fromUtf8(buildTreePath);
}

} // namespace

int main(int argc, char** argv) {
    QApplication application(argc, argv);
    kt::app::registerResources();
    QApplication::setApplicationName(QStringLiteral("KneeTriage"));
    QApplication::setOrganizationName(QStringLiteral("KneeTriage"));
    QApplication::setApplicationVersion(QStringLiteral(KT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.kneetriage.KneeTriage"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kneetriage.svg")));

    // --data DIR: another knowledge base, e.g. a clinic's own reviewed copy.
    const QStringList arguments = QApplication::arguments();
    const qsizetype dataOption = arguments.indexOf(QStringLiteral("--data"));
    const QString dataDirectory = dataOption > 0 && dataOption + 1 < arguments.size()
                                      ? arguments.at(dataOption + 1)
                                      : installedOr(QStringLiteral("data"), KT_SOURCE_DATA_DIR);
    kt::LoadResult loaded = kt::loadKnowledgeBase(kt::app::ss(dataDirectory));
    if (auto* problems = std::get_if<kt::Problems>(&loaded)) {
        QString details;
        for (std::size_t i = 0; i < problems->size() && i < 20; ++i) {
            details += kt::app::qs((*problems)[i].describe()) + QLatin1Char('\n');
        }
        // Said on stderr too, for whoever started it from a terminal or a script.
        std::fputs(qPrintable(details), stderr);
        QMessageBox box(
            QMessageBox::Critical, QObject::tr("KneeTriage cannot start"),
            QObject::tr(
                "The knowledge base in %1 has %n problem(s), so no check can be given safely.",
                nullptr, static_cast<int>(problems->size()))
                .arg(dataDirectory));
        box.setDetailedText(details);
        box.exec();
        return 2;
    }
    const kt::KnowledgeBase kb = std::move(std::get<kt::KnowledgeBase>(loaded));
    try {
        kt::ContentStore content(
            kt::app::ss(installedOr(QStringLiteral("content.sqlite"), KT_CONTENT_DB)));
        const QString historyFolder =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        kt::HistoryStore history(kt::app::ss(historyFolder + QStringLiteral("/history.sqlite")));
        std::unique_ptr<kt::ClinicStore> clinic;
        const auto openClinic = [&]() -> kt::ClinicStore& {
            if (!clinic) {
                clinic = std::make_unique<kt::ClinicStore>(
                    kt::app::ss(historyFolder + QStringLiteral("/clinic.sqlite")));
                if (const auto& notice = clinic->notice()) {
                    QMessageBox::warning(nullptr, QObject::tr("A file was set aside"),
                                         kt::app::qs(*notice));
                }
            }
            return *clinic;
        };
        std::optional<std::vector<kt::Measure>> measures;
        const auto loadMeasures = [&]() -> const std::vector<kt::Measure>& {
            if (!measures) {
                kt::MeasuresResult loaded =
                    kt::loadMeasures(kt::app::ss(dataDirectory + QStringLiteral("/measures")), kb);
                if (auto* problems = std::get_if<kt::Problems>(&loaded)) {
                    QMessageBox::warning(
                        nullptr, QObject::tr("Questionnaires unavailable"),
                        QObject::tr("The outcome questionnaires cannot be used: %1")
                            .arg(kt::app::qs(problems->front().describe())));
                    measures.emplace();
                } else {
                    measures = std::move(std::get<std::vector<kt::Measure>>(loaded));
                }
            }
            return *measures;
        };
        kt::app::AppContext context{kb, content, history, openClinic, loadMeasures};
        QSettings settings;
        kt::app::MainWindow window(context, settings);
        window.show();
        if (const auto& notice = history.notice()) {
            QTimer::singleShot(0, &window, [&window, text = kt::app::qs(*notice)] {
                QMessageBox::warning(&window, QObject::tr("Your history was set aside"), text);
            });
        }
        return QApplication::exec();
    } catch (const std::exception& error) {
        QMessageBox::critical(nullptr, QObject::tr("KneeTriage cannot start"),
                              kt::app::qs(error.what()));
        return 2;
    }
}
