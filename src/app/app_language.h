#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>
#include <memory>
#include <vector>

class QCoreApplication;
class QMenu;
class QSettings;
class QWidget;

namespace kt::app {

// The languages the interface, the knowledge base and the content come in.
[[nodiscard]] QStringList availableLanguages();

// The language chosen under View → Language (remembered in `settings`), else the system
// locale's when it is one of availableLanguages(), else English.
[[nodiscard]] QString languageToUse(const QSettings& settings,
                                    const QLocale& system = QLocale::system());

// The country of the system locale (ISO 3166, "DE"), which names the emergency number shown;
// empty when the locale names none.
[[nodiscard]] QString systemCountry();

// The interface's translations for `language` (the app's own and Qt's standard dialogs),
// installed into the application for as long as this object lives; dates and numbers follow
// the language too when the system's locale is another one.
class InterfaceLanguage {
  public:
    explicit InterfaceLanguage(const QString& language);
    InterfaceLanguage(const InterfaceLanguage&) = delete;
    InterfaceLanguage& operator=(const InterfaceLanguage&) = delete;
    ~InterfaceLanguage();

    // False when the app's translation for a language other than English could not be loaded.
    [[nodiscard]] bool loaded() const { return loaded_; }

  private:
    std::vector<std::unique_ptr<QTranslator>> translators_;
    bool loaded_ = true;
    QLocale previousLocale_;
};

// View → Language: one entry per language, the one in use checked; a choice is remembered in
// `settings` and takes effect when KneeTriage starts again (offered at once).
void addLanguageMenu(QMenu* view, QSettings& settings, const QString& inUse, QWidget* parent);

} // namespace kt::app
