#include "disposition_style.h"

#include "qt_text.h"

namespace kt::app {

DispositionStyle styleOf(const KnowledgeBase& kb, Disposition disposition) {
    const DispositionText& words = kb.textOf(disposition);
    const QString headline = toQt(words.headline);
    const QString action = toQt(words.action);
    switch (disposition) {
    case Disposition::Emergency:
        return {QColor(0xb3, 0x1b, 0x1b), Qt::white, headline, action};
    case Disposition::Urgent:
        // Dark enough an orange for white text to read (4.8 : 1, WCAG AA).
        return {QColor(0xb8, 0x56, 0x00), Qt::white, headline, action};
    case Disposition::SeeClinician:
        return {QColor(0xe8, 0xc5, 0x47), QColor(0x2b, 0x22, 0x00), headline, action};
    case Disposition::SelfCare:
        break;
    }
    return {QColor(0x2e, 0x7d, 0x4f), Qt::white, headline, action};
}

} // namespace kt::app
