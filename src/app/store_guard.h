#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace kt::app {

// Runs one operation on a store (history, clinic). When it fails (a full disk, a read-only or
// locked file, a damaged row) the window stays: the user is told what failed and that nothing
// already saved was lost, and false is returned.
bool tryStore(QWidget* parent, const QString& what, const std::function<void()>& operation);

} // namespace kt::app
