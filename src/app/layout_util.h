#pragma once

class QLayout;

namespace kt::app {

// Empties `layout` of its items and widgets. The widgets leave the widget tree at once and are
// freed later, as the click or key being handled may have come from one of them.
void clearLayout(QLayout& layout);

} // namespace kt::app
