#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace kt::app {

// Runs one operation on a store (history, clinic). When it fails (a full disk, a read-only or
// locked file, a damaged row, a practice server that cannot be reached, refuses TLS or holds a
// newer schema, a connection lost mid-use) the window stays: the user is told what failed (the
// server by name) and that nothing already saved was lost, and false is returned. Every use of
// the clinic store from the app goes through it.
bool tryStore(QWidget* parent, const QString& what, const std::function<void()>& operation);

} // namespace kt::app
