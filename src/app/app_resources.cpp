#include "app_resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE declares a function of the global namespace, so it cannot be used inside kt.
static void registerResourcesGlobally() {
    Q_INIT_RESOURCE(resources);
}

namespace kt::app {

void registerResources() {
    registerResourcesGlobally();
}

} // namespace kt::app
