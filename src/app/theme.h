#pragma once

#include <QColor>
#include <QFont>
#include <QObject>
#include <QPalette>
#include <optional>

class QSettings;
class QWidget;

namespace kt::app {

// The look of the whole app, written down once. Text sizes are steps of a type scale over the
// application font, which follows the system's, so a larger system font or a 200 % screen
// scales every page; no widget carries a point or pixel size of its own (a style sheet that
// sets any font property would freeze its size too). A .ui file names a step with the dynamic
// property textRole ("small", "overline", "large", "heading", "title", "display").
enum class TextRole { Small, Overline, Body, Large, Heading, Title, Display };

// Spacing steps, also relative to the application font so that they grow with it.
enum class Space { XSmall, Small, Medium, Large, XLarge, Page };

// Follow the system's palette, or one of ours: the high-contrast one for low vision.
enum class Appearance { System, Light, Dark, HighContrast };

[[nodiscard]] QFont fontFor(TextRole role, const QFont& base);
// The body text on paper. Paper has a size of its own, so this one is in points; headings
// are steps above it.
[[nodiscard]] QFont paperFont();
[[nodiscard]] std::optional<TextRole> textRoleFromName(const QString& name);
// Sets (or with nullopt clears) the step of `widget`'s text; its children follow it.
void setTextRole(QWidget* widget, std::optional<TextRole> role);
[[nodiscard]] int spacing(Space step);
// Marks `page` as a page of the window: its outer margins and spacing come from the scale.
void setPageSpacing(QWidget* page);

// The colours of the report's rich text: the screen's follow the palette, the paper's are
// always dark on white.
struct ReportColours {
    QColor text;
    QColor muted;
    QColor card;
    QColor cardBorder;
    QColor barOn;
    QColor barOff;
};
[[nodiscard]] ReportColours screenColours(const QPalette& palette);
[[nodiscard]] ReportColours paperColours();

[[nodiscard]] QPalette paletteFor(Appearance appearance, const QPalette& system);

// Applies the appearance kept in the settings and the type scale to the running application
// while it lives (the window owns it); when it goes, the palette it found comes back.
class Theme : public QObject {
    Q_OBJECT

  public:
    Theme(QSettings& settings, QObject* parent);
    ~Theme() override;

    [[nodiscard]] Appearance appearance() const { return appearance_; }
    // Applies `appearance` now and remembers it.
    void setAppearance(Appearance appearance);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QSettings& settings_;
    QPalette system_;
    Appearance appearance_ = Appearance::System;
};

} // namespace kt::app
