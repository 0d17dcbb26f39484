#pragma once

namespace kt::app {

// Registers the icons and pictures of ui/resources.qrc. They are built into a static library,
// whose resources Qt cannot find until this runs: call it once, before any widget is made.
void registerResources();

} // namespace kt::app
