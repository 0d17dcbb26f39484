#pragma once

#include "kneetriage/disposition.h"

#include <QColor>
#include <QString>

namespace kt::app {

// How a disposition looks and reads: the same colour and words on every page and in the PDF.
struct DispositionStyle {
    QColor background;
    QColor text;
    QString headline;
    QString action;
};

[[nodiscard]] DispositionStyle styleOf(Disposition disposition);

} // namespace kt::app
