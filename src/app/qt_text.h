#pragma once

#include <QString>
#include <string>

namespace kt::app {

// Core strings are UTF-8 std::string; the app speaks QString.
inline QString toQt(const std::string& text) {
    return QString::fromStdString(text);
}
inline std::string toCore(const QString& text) {
    return text.toStdString();
}

} // namespace kt::app
