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

// "%1 run added" or "%1 runs added" with `count` filled in. English and German have one plural
// form besides the singular, and English has no translation file to give Qt's "%n" forms, which
// would show "run(s)".
inline QString counted(long long count, const QString& one, const QString& many) {
    return (count == 1 ? one : many).arg(count);
}

} // namespace kt::app
