#pragma once

#include <QByteArray>
#include <QString>

namespace kt::app {

// Writes an export (a report, a CSV, a FHIR file: health data) readable by its owner only
// (0600), whole or not at all: it is written beside the target and renamed over it. Returns an
// error message naming the file, or "" when it was written.
[[nodiscard]] QString writePrivateFile(const QString& file, const QByteArray& bytes);

} // namespace kt::app
