#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

// The app's language: our translation, Qt's own (standard buttons and dialogs) and the default
// QLocale, so dates and times are written the way the language writes them. A language code
// ("de", "fr_CA") from Settings, or empty for the system's locale. Languages without a
// translation get English (tokendesk_en holds the English plural forms).
class Translations
{
public:
    // directory: where tokendesk_<lang>.qm live (the app embeds them under :/i18n).
    explicit Translations(QString directory = QStringLiteral(":/i18n"));
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // Replaces what an earlier install() installed. Returns the language of the loaded
    // translation ("de", "en"), empty when none could be loaded.
    QString install(const QString &language);
    static QLocale localeFor(const QString &language);

private:
    void uninstall();

    QString m_directory;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};
