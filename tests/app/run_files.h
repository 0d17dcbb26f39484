#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

class QWidget;

namespace kt::app {

// Writes a GPX file of one run: `kilometres` due north from 51° N at 5:30 a kilometre, starting at
// `start` (UTC), as `points` evenly spaced track points, at most one a second (more points, a
// larger file that takes longer to read).
void writeGpxRun(const QString& file, const QDateTime& start, double kilometres, int points = 3);

// Drops `paths` on `target` as a file manager does: the drag enters, then the drop. Returns
// whether both were accepted.
[[nodiscard]] bool dropFiles(QWidget* target, const QStringList& paths);

} // namespace kt::app
