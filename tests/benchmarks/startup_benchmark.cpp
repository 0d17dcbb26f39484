// Time to first paint and peak memory of the real main window, against an empty QMainWindow,
// measured in the same run: each is started as a fresh process, alternately, several times.
// Prints the medians and the ratios (goal: time under 2x, memory under 1.5x the empty window).
#include "app_resources.h"
#include "app_services.h"
#include "main_window.h"

#include <QApplication>
#include <QMainWindow>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <vector>

namespace {

// Reports when `window` has painted for the first time, then quits.
class FirstPaint : public QObject {
  public:
    explicit FirstPaint(QWidget* window) { window->installEventFilter(this); }

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !done_) {
            done_ = true;
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

  private:
    bool done_ = false;
};

long peakKilobytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int runChild(int argc, char** argv, bool real) {
    QApplication application(argc, argv);
    kt::app::registerResources();
    std::unique_ptr<QMainWindow> window;
    std::unique_ptr<kt::app::AppServices> services;
    std::unique_ptr<QSettings> settings;
    QTemporaryDir home;
    if (real) {
        // The program's own wiring, on the shipped data staged in the build tree.
        auto opened = kt::app::AppServices::open(QStringLiteral(KT_STAGED_DATA_DIR), home.path());
        if (const auto* failure = std::get_if<kt::app::StartFailure>(&opened)) {
            std::fprintf(stderr, "%s\n", qPrintable(failure->text));
            return 2;
        }
        services = std::move(std::get<std::unique_ptr<kt::app::AppServices>>(opened));
        settings = std::make_unique<QSettings>(home.filePath(QStringLiteral("settings.ini")),
                                               QSettings::IniFormat);
        window = std::make_unique<kt::app::MainWindow>(services->context(), *settings);
    } else {
        window = std::make_unique<QMainWindow>();
        window->resize(1000, 720);
    }
    const FirstPaint watcher(window.get());
    window->show();
    QApplication::exec();
    std::printf("%ld\n", peakKilobytes());
    return 0;
}

struct Sample {
    double milliseconds = 0;
    double kilobytes = 0;
};

Sample runOnce(const QString& program, const QString& mode) {
    QProcess child;
    const auto start = std::chrono::steady_clock::now();
    child.start(program, {mode});
    child.waitForFinished(60000);
    const auto end = std::chrono::steady_clock::now();
    return {std::chrono::duration<double, std::milli>(end - start).count(),
            QString::fromUtf8(child.readAllStandardOutput()).trimmed().toDouble()};
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (argc > 1 && (qstrcmp(argv[1], "--real") == 0 || qstrcmp(argv[1], "--empty") == 0)) {
        return runChild(argc, argv, qstrcmp(argv[1], "--real") == 0);
    }
    QCoreApplication application(argc, argv);
    const QString program = QCoreApplication::applicationFilePath();
    const int runs = argc > 1 ? QString::fromUtf8(argv[1]).toInt() : 11;
    std::vector<double> realTime, emptyTime, realMemory, emptyMemory;
    for (int i = 0; i < runs; ++i) {
        const Sample real = runOnce(program, QStringLiteral("--real"));
        const Sample empty = runOnce(program, QStringLiteral("--empty"));
        realTime.push_back(real.milliseconds);
        realMemory.push_back(real.kilobytes);
        emptyTime.push_back(empty.milliseconds);
        emptyMemory.push_back(empty.kilobytes);
    }
    const double timeRatio = median(realTime) / median(emptyTime);
    const double memoryRatio = median(realMemory) / median(emptyMemory);
    std::printf("runs: %d each, platform %s\n", runs, qgetenv("QT_QPA_PLATFORM").constData());
    std::printf("time to first paint: main window %.1f ms, empty QMainWindow %.1f ms, ratio %.2f "
                "(goal < 2)\n",
                median(realTime), median(emptyTime), timeRatio);
    std::printf(
        "peak memory: main window %.1f MB, empty QMainWindow %.1f MB, ratio %.2f (goal < 1.5)\n",
        median(realMemory) / 1024, median(emptyMemory) / 1024, memoryRatio);
    return 0;
}
