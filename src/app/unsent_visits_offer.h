#pragma once

#include "kneetriage/store/clinic_store.h"

class QWidget;

namespace kt::app {

// When the clinic is opened: visits this seat kept while the practice server could not be
// reached are offered to be sent now, so none is forgotten on the seat. Says how many were
// sent, and why any stayed.
void offerUnsentVisits(QWidget* parent, ClinicStore& store);

} // namespace kt::app
