#include "disposition_style.h"

#include <QCoreApplication>

namespace kt::app {

DispositionStyle styleOf(Disposition disposition) {
    const auto tr = [](const char* text) { return QCoreApplication::translate("DispositionStyle", text); };
    switch (disposition) {
    case Disposition::Emergency:
        return {QColor(0xb3, 0x1b, 0x1b), Qt::white, tr("Emergency: get help now"),
                tr("Call your local emergency number (999 in the UK, 112 in Europe, 911 in North America) or go "
                   "to an emergency department now.")};
    case Disposition::Urgent:
        return {QColor(0xd9, 0x6c, 0x00), Qt::white, tr("Urgent: see a doctor today"),
                tr("See a doctor today or within 24 hours: your doctor, an urgent care centre, or a phone line "
                   "such as NHS 111.")};
    case Disposition::SeeClinician:
        return {QColor(0xe8, 0xc5, 0x47), QColor(0x2b, 0x22, 0x00), tr("Book an appointment"),
                tr("Book a doctor or physiotherapist within one to two weeks. The advice below may help until then.")};
    case Disposition::SelfCare:
        break;
    }
    return {QColor(0x2e, 0x7d, 0x4f), Qt::white, tr("You can likely manage this at home"),
            tr("Follow the advice and exercises below. See a clinician if it is not better in 4 to 6 weeks, or "
               "sooner if it gets worse.")};
}

} // namespace kt::app
