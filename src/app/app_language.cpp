#include "app_language.h"

#include <QActionGroup>
#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>

namespace kt::app {
namespace {

const QString kLanguageKey = QStringLiteral("language");

// Each language named in itself, so it can be found by someone who cannot read the current one
// (Qt would name English after one country: "American English").
QString nativeName(const QString& language) {
    if (language == QStringLiteral("en")) {
        return QStringLiteral("English");
    }
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

void offerRestart(QWidget* parent) {
    QMessageBox box(QMessageBox::Information, QObject::tr("Language"),
                    QObject::tr("KneeTriage will use this language the next time it starts."),
                    QMessageBox::NoButton, parent);
    QPushButton* restart = box.addButton(QObject::tr("&Restart now"), QMessageBox::AcceptRole);
    box.addButton(QObject::tr("&Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == restart) {
        QProcess::startDetached(QApplication::applicationFilePath(),
                                QApplication::arguments().mid(1));
        QApplication::quit();
    }
}

} // namespace

QStringList availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString languageToUse(const QSettings& settings, const QLocale& system) {
    const QString chosen = settings.value(kLanguageKey).toString();
    if (availableLanguages().contains(chosen)) {
        return chosen;
    }
    const QString fromSystem = QLocale::languageToCode(system.language());
    return availableLanguages().contains(fromSystem) ? fromSystem : QStringLiteral("en");
}

QString systemCountry() {
    const QLocale::Territory territory = QLocale::system().territory();
    return territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToCode(territory);
}

InterfaceLanguage::InterfaceLanguage(const QString& language) {
    if (previousLocale_.language() != QLocale(language).language()) {
        QLocale::setDefault(QLocale(language));
    }
    if (language == QStringLiteral("en")) {
        return;
    }
    auto own = std::make_unique<QTranslator>();
    loaded_ = own->load(QStringLiteral(":/i18n/kneetriage_%1.qm").arg(language));
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        translators_.push_back(std::move(qt));
    }
    if (loaded_) {
        QCoreApplication::installTranslator(own.get());
        translators_.push_back(std::move(own));
    }
}

InterfaceLanguage::~InterfaceLanguage() {
    QLocale::setDefault(previousLocale_);
    for (const auto& translator : translators_) {
        QCoreApplication::removeTranslator(translator.get());
    }
}

void addLanguageMenu(QMenu* view, QSettings& settings, const QString& inUse, QWidget* parent) {
    QMenu* menu = view->addMenu(QObject::tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    for (const QString& language : availableLanguages()) {
        QAction* action = menu->addAction(nativeName(language));
        action->setObjectName(QStringLiteral("language_") + language);
        action->setCheckable(true);
        action->setChecked(language == inUse);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [&settings, language, inUse, parent] {
            settings.setValue(kLanguageKey, language);
            if (language != inUse) {
                offerRestart(parent);
            }
        });
    }
}

} // namespace kt::app
