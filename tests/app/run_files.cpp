#include "run_files.h"

#include <QCoreApplication>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QUrl>
#include <QWidget>
#include <cmath>

namespace kt::app {

void writeGpxRun(const QString& file, const QDateTime& start, double kilometres, int points) {
    constexpr double kKilometresPerDegree = 111.195; // of latitude, on the mean earth radius
    constexpr double kSecondsPerKilometre = 330;
    QByteArray text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<gpx version=\"1.1\" creator=\"KneeTriage GUI tests\" "
                      "xmlns=\"http://www.topografix.com/GPX/1/1\">\n"
                      "<trk><type>running</type><trkseg>\n";
    for (int i = 0; i < points; ++i) {
        const double share = static_cast<double>(i) / (points - 1);
        const QDateTime when =
            start.addSecs(std::llround(share * kilometres * kSecondsPerKilometre));
        text += QStringLiteral("<trkpt lat=\"%1\" lon=\"-0.1\"><time>%2</time></trkpt>\n")
                    .arg(51.0 + share * kilometres / kKilometresPerDegree, 0, 'f', 7)
                    .arg(when.toUTC().toString(Qt::ISODate))
                    .toUtf8();
    }
    text += "</trkseg></trk>\n</gpx>\n";
    QFile out(file);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(text);
    }
}

bool dropFiles(QWidget* target, const QStringList& paths) {
    QList<QUrl> urls;
    for (const QString& path : paths) {
        urls << QUrl::fromLocalFile(path);
    }
    QMimeData data;
    data.setUrls(urls);
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted()) {
        return false;
    }
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace kt::app
