#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

namespace oc::gui {

// Installs the console's and Qt's own translators and switches them at runtime; widgets
// retranslate on QEvent::LanguageChange (sent by Qt when translators change).
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    // "en" or "zh_CN".
    static QStringList supportedLanguages();
    static bool isSupported(const QString &language);
    // The system's language if supported, else English.
    static QString systemLanguage();

    QString current() const { return m_current; }
    // Returns false (and changes nothing) for an unsupported language or a missing
    // translation file.
    bool setLanguage(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    QString m_current = QStringLiteral("en");
    QTranslator m_app;
    QTranslator m_qt;
    bool m_installed = false;
};

} // namespace oc::gui
