#pragma once

#include <QLineEdit>
#include <QValidator>
#include <optional>

namespace kt::app {

// The whole number typed in a field that has a QIntValidator for its range, or nothing while the
// field is empty (not answered) or holds a number out of range: no value stands for "none".
[[nodiscard]] inline std::optional<int> typedNumber(const QLineEdit& field) {
    if (!field.hasAcceptableInput()) {
        return std::nullopt;
    }
    bool ok = false;
    const int value = field.validator()->locale().toInt(field.text(), &ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace kt::app
