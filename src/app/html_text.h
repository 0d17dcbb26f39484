#pragma once

#include "qt_text.h"

#include <QString>
#include <string>
#include <vector>

namespace kt::app {

// Text from the knowledge base or a user, made safe to put in rich text: never markup.
inline QString escaped(const std::string& text) {
    return toQt(text).toHtmlEscaped();
}

// A bulleted list of plain texts.
inline QString listHtml(const std::vector<std::string>& items) {
    QString html = QStringLiteral("<ul>");
    for (const std::string& item : items) {
        html += QStringLiteral("<li>%1</li>").arg(escaped(item));
    }
    return html + QStringLiteral("</ul>");
}

} // namespace kt::app
