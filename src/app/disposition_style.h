#pragma once

#include "kneetriage/kb/knowledge_base.h"

#include <QColor>
#include <QString>

namespace kt::app {

// How a disposition looks and reads: the same colour on every page and in the PDF, and the
// words the knowledge base gives it.
struct DispositionStyle {
    QColor background;
    QColor text;
    QString headline;
    QString action;
};

[[nodiscard]] DispositionStyle styleOf(const KnowledgeBase& kb, Disposition disposition);

} // namespace kt::app
