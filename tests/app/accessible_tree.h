#pragma once

#include <QStringList>

class QWidget;

namespace kt::app {

// What a screen reader is told about a window. Walks the accessibility tree under `root` as an
// assistive technology does (through QAccessibleInterface, not through widgets) and returns one
// line for every control a user can act on that is on screen but has no name or (lists and tables
// aside) no description, with its path of roles and object names, so the failing control can be
// found.
[[nodiscard]] QStringList controlsAScreenReaderCannotName(QWidget* root);

} // namespace kt::app
