#pragma once

#include <QString>
#include <string>

namespace kt::app {

// Core strings are UTF-8 std::string; the app speaks QString.
inline QString qs(const std::string& text) {
    return QString::fromStdString(text);
}
inline std::string ss(const QString& text) {
    return text.toStdString();
}

} // namespace kt::app
