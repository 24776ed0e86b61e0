#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace oc::gui {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

bool LanguageManager::isSupported(const QString &language)
{
    return supportedLanguages().contains(language);
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!isSupported(language))
        return false;
    if (language == m_current && (m_installed || language == u"en"))
        return true;
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_app);
        QCoreApplication::removeTranslator(&m_qt);
        m_installed = false;
    }
    if (language != u"en") {
        if (!m_app.load(QStringLiteral(":/i18n/onboarding_%1.qm").arg(language)))
            return false;
        // Qt's own strings (dialog buttons, context menus); absent on a minimal system,
        // which only leaves those few strings in English.
        if (m_qt.load(QStringLiteral("qtbase_%1").arg(language),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
        QCoreApplication::installTranslator(&m_app);
        m_installed = true;
    }
    m_current = language;
    QLocale::setDefault(QLocale(language == u"en" ? QStringLiteral("en_US") : language));
    emit languageChanged(language);
    return true;
}

} // namespace oc::gui
