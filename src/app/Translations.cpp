#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

#include <utility>

Translations::Translations(QString directory) : m_directory(std::move(directory)) {}

Translations::~Translations()
{
    uninstall();
}

QLocale Translations::localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

void Translations::uninstall()
{
    for (QTranslator *translator : {m_app.get(), m_qt.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    m_app.reset();
    m_qt.reset();
}

QString Translations::install(const QString &language)
{
    uninstall();
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);

    auto app = std::make_unique<QTranslator>();
    const QString prefix = QStringLiteral("_");
    if (app->load(locale, QStringLiteral("tokendesk"), prefix, m_directory) ||
        app->load(QStringLiteral("tokendesk_en"), m_directory)) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), prefix,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return m_app ? m_app->language() : QString();
}
