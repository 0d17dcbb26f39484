#pragma once

#include <QStringList>

class QWidget;

namespace kt::app {

// What a keyboard user meets under `root` (a window or dialog, shown and active): starting on
// its first control and pressing Tab until the focus comes back, every control on screen that
// takes focus must be reached (for a set of radio buttons, one of them: arrows move within it)
// and no control may keep the focus. Returns one line per problem, naming the control.
[[nodiscard]] QStringList keyboardPathProblems(QWidget* root);

} // namespace kt::app
