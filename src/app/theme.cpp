#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QLayout>
#include <QSettings>
#include <QStyle>
#include <QWidget>
#include <array>

namespace kt::app {
namespace {

constexpr char kTextRoleProperty[] = "textRole";
constexpr char kPageProperty[] = "ktPage";
constexpr char kAppearanceKey[] = "appearance";
constexpr double kPaperPointSize = 10;

struct Step {
    TextRole role;
    const char* name;
    double factor;
    QFont::Weight weight;
    QFont::Capitalization capitalization = QFont::MixedCase;
};

// The type scale over the application font.
constexpr std::array<Step, 7> kTypeScale{{
    {TextRole::Small, "small", 0.9, QFont::Normal},
    {TextRole::Overline, "overline", 0.9, QFont::DemiBold, QFont::AllUppercase},
    {TextRole::Body, "body", 1.0, QFont::Normal},
    {TextRole::Large, "large", 1.4, QFont::Normal},
    {TextRole::Heading, "heading", 1.25, QFont::DemiBold},
    {TextRole::Title, "title", 1.6, QFont::DemiBold},
    {TextRole::Display, "display", 2.4, QFont::Bold},
}};

const Step& stepOf(TextRole role) {
    for (const Step& step : kTypeScale) {
        if (step.role == role) {
            return step;
        }
    }
    return kTypeScale[2];
}

constexpr std::array<std::pair<Appearance, const char*>, 4> kAppearanceNames{{
    {Appearance::System, "system"},
    {Appearance::Light, "light"},
    {Appearance::Dark, "dark"},
    {Appearance::HighContrast, "high-contrast"},
}};

Appearance appearanceFromName(const QString& name) {
    for (const auto& [appearance, id] : kAppearanceNames) {
        if (name == QLatin1String(id)) {
            return appearance;
        }
    }
    return Appearance::System;
}

QString nameOf(Appearance appearance) {
    for (const auto& [value, id] : kAppearanceNames) {
        if (value == appearance) {
            return QLatin1String(id);
        }
    }
    return QStringLiteral("system");
}

void applyTextRole(QWidget* widget) {
    const auto role = textRoleFromName(widget->property(kTextRoleProperty).toString());
    if (role) {
        widget->setFont(fontFor(*role, QApplication::font(widget)));
    }
}

void applyPageSpacing(QWidget* page) {
    if (!page->property(kPageProperty).toBool()) {
        return;
    }
    if (QLayout* layout = page->layout()) {
        const int side = spacing(Space::Page);
        const int top = spacing(Space::XLarge);
        layout->setContentsMargins(side, top, side, top);
        layout->setSpacing(spacing(Space::Medium));
    }
}

void restyle(QWidget* widget) {
    applyTextRole(widget);
    applyPageSpacing(widget);
}

// Sets the application's palette and has every window take it now: Qt tells only the windows'
// platform side, and the widgets of a window that was already shown keep their old colours.
void applyPalette(const QPalette& palette) {
    QApplication::setPalette(palette);
    for (QWidget* window : QApplication::topLevelWidgets()) {
        QEvent changed(QEvent::ApplicationPaletteChange);
        QCoreApplication::sendEvent(window, &changed);
    }
}

QPalette darkPalette() {
    const QColor window(0x1f, 0x20, 0x23);
    const QColor base(0x17, 0x18, 0x1b);
    const QColor raised(0x2c, 0x2e, 0x33);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x86, 0x89, 0x8f);
    QPalette palette(text, raised, QColor(0x45, 0x48, 0x4f), QColor(0x0e, 0x0f, 0x11),
                     QColor(0x3a, 0x3c, 0x42), text, QColor(0xff, 0xff, 0xff), base, window);
    palette.setColor(QPalette::AlternateBase, raised);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xe0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    palette.setColor(QPalette::ToolTipBase, raised);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabled);
    }
    return palette;
}

// White on black with yellow for what is selected or followed, as the high-contrast themes of
// desktops do; every border is drawn in full white.
QPalette highContrastPalette() {
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xeb, 0x3b);
    QPalette palette(white, black, white, white, white, white, white, black, black);
    palette.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Highlight, yellow);
    palette.setColor(QPalette::HighlightedText, black);
    palette.setColor(QPalette::Link, yellow);
    palette.setColor(QPalette::LinkVisited, QColor(0xff, 0xb3, 0xff));
    palette.setColor(QPalette::ToolTipBase, black);
    palette.setColor(QPalette::ToolTipText, white);
    palette.setColor(QPalette::PlaceholderText, QColor(0xc8, 0xc8, 0xc8));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, QColor(0xb0, 0xb0, 0xb0));
    }
    return palette;
}

QColor mixed(const QColor& a, const QColor& b, double share) {
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - share) + b.redF() * share),
                            static_cast<float>(a.greenF() * (1 - share) + b.greenF() * share),
                            static_cast<float>(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace

QFont fontFor(TextRole role, const QFont& base) {
    const Step& step = stepOf(role);
    QFont font = base;
    if (base.pointSizeF() > 0) {
        font.setPointSizeF(base.pointSizeF() * step.factor);
    } else {
        font.setPixelSize(qRound(base.pixelSize() * step.factor));
    }
    font.setWeight(step.weight);
    font.setCapitalization(step.capitalization);
    return font;
}

QFont paperFont() {
    QFont font = QApplication::font();
    font.setPointSizeF(kPaperPointSize);
    return font;
}

std::optional<TextRole> textRoleFromName(const QString& name) {
    for (const Step& step : kTypeScale) {
        if (name == QLatin1String(step.name)) {
            return step.role;
        }
    }
    return std::nullopt;
}

void setTextRole(QWidget* widget, std::optional<TextRole> role) {
    if (!role) {
        widget->setProperty(kTextRoleProperty, QVariant());
        widget->setFont(QFont()); // inherits again
        return;
    }
    widget->setProperty(kTextRoleProperty, QLatin1String(stepOf(*role).name));
    applyTextRole(widget);
}

int spacing(Space step) {
    // Steps of half a line of the application's text.
    const int line = QFontMetrics(QApplication::font()).height();
    switch (step) {
    case Space::XSmall:
        return qMax(2, line / 4);
    case Space::Small:
        return line / 2;
    case Space::Medium:
        return line * 3 / 4;
    case Space::Large:
        return line;
    case Space::XLarge:
        return line * 3 / 2;
    case Space::Page:
        break;
    }
    return line * 2;
}

void setPageSpacing(QWidget* page) {
    page->setProperty(kPageProperty, true);
    applyPageSpacing(page);
}

ReportColours screenColours(const QPalette& palette) {
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool highContrast = base == Qt::black && text == Qt::white;
    return {text,
            highContrast ? text : mixed(text, base, 0.35),
            highContrast ? base : mixed(base, text, 0.04),
            highContrast ? text : mixed(base, text, 0.18),
            palette.color(QPalette::Highlight),
            highContrast ? QColor(0x55, 0x55, 0x55) : mixed(base, text, 0.15)};
}

ReportColours paperColours() {
    return {QColor(0x1a, 0x1a, 0x1a), QColor(0x55, 0x55, 0x55), QColor(0xf6, 0xf7, 0xf8),
            QColor(0xc8, 0xcc, 0xd0), QColor(0x2b, 0x5c, 0xb8), QColor(0xdd, 0xe1, 0xe6)};
}

QPalette paletteFor(Appearance appearance, const QPalette& system) {
    switch (appearance) {
    case Appearance::Light:
        return QApplication::style()->standardPalette();
    case Appearance::Dark:
        return darkPalette();
    case Appearance::HighContrast:
        return highContrastPalette();
    case Appearance::System:
        break;
    }
    return system;
}

Theme::Theme(QSettings& settings, QObject* parent)
    : QObject(parent), settings_(settings), system_(QApplication::palette()) {
    qApp->installEventFilter(this);
    setAppearance(appearanceFromName(settings_.value(QLatin1String(kAppearanceKey)).toString()));
}

Theme::~Theme() {
    applyPalette(system_);
}

void Theme::setAppearance(Appearance appearance) {
    appearance_ = appearance;
    settings_.setValue(QLatin1String(kAppearanceKey), nameOf(appearance));
    applyPalette(paletteFor(appearance, system_));
}

bool Theme::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Polish && watched->isWidgetType()) {
        restyle(static_cast<QWidget*>(watched));
    } else if (event->type() == QEvent::ApplicationFontChange && watched == qApp) {
        // Only windows hear of it, and a font set on a widget does not follow its window's;
        // nor does the font a style sheet's widget was given when it was polished.
        for (QWidget* widget : QApplication::allWidgets()) {
            if (!widget->styleSheet().isEmpty()) {
                widget->setStyleSheet(widget->styleSheet());
            }
            restyle(widget);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kt::app
