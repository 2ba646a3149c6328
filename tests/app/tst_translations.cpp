// The chosen language reaches every text: our strings (with their plural forms), Qt's own, and
// dates and times through the default QLocale. Loads the .qm files this build made.
#include "TimeText.h"
#include "TokenListModel.h"
#include "Translations.h"

#include <QtTest>

class TstTranslations : public QObject
{
    Q_OBJECT
private:
    // A fixed instant; TZ=UTC (set by ctest) keeps toLocalTime() where it is.
    const QDateTime m_now{QDate(2026, 3, 5), QTime(14, 30), Qt::UTC};

private slots:
    void german()
    {
        Translations translations(QStringLiteral(TOKENDESK_QM_DIR));
        QVERIFY(translations.install(QStringLiteral("de")).startsWith(QLatin1String("de")));
        QCOMPARE(TimeText::relative(m_now.addDays(3), m_now), QStringLiteral("in 3 Tagen"));
        QCOMPARE(TimeText::relative(m_now.addDays(1), m_now), QStringLiteral("in 1 Tag"));
        QCOMPARE(TimeText::relative(m_now.addSecs(-2 * 3600), m_now),
                 QStringLiteral("vor 2 Stunden"));
        QCOMPARE(TimeText::relative(m_now.addSecs(-60), m_now), QStringLiteral("vor 1 Minute"));
        QCOMPARE(TimeText::relative(m_now.addSecs(-5), m_now), QStringLiteral("gerade eben"));
        QCOMPARE(TimeText::date(m_now), QStringLiteral("05.03.26"));
        QVERIFY2(TimeText::exact(m_now).contains(QStringLiteral("5. März 2026")),
                 qPrintable(TimeText::exact(m_now)));
        QVERIFY2(TimeText::exact(m_now).contains(QStringLiteral("14:30")),
                 qPrintable(TimeText::exact(m_now)));
        TokenListModel model;
        QCOMPARE(model.headerData(TokenListModel::ExpiresColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Läuft ab"));
        // Qt's own strings (standard buttons) come from Debian's qt6-translations-l10n.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));
    }

    void french()
    {
        Translations translations(QStringLiteral(TOKENDESK_QM_DIR));
        QVERIFY(translations.install(QStringLiteral("fr")).startsWith(QLatin1String("fr")));
        QCOMPARE(TimeText::relative(m_now.addDays(3), m_now), QStringLiteral("dans 3 jours"));
        QCOMPARE(TimeText::relative(m_now.addDays(-1), m_now), QStringLiteral("il y a 1 jour"));
        QCOMPARE(TimeText::relative(m_now.addSecs(5 * 3600), m_now),
                 QStringLiteral("dans 5 heures"));
        QCOMPARE(TimeText::relative(m_now.addSecs(30), m_now),
                 QStringLiteral("dans moins d’une minute"));
        QCOMPARE(TimeText::date(m_now), QStringLiteral("05/03/2026"));
        QVERIFY2(TimeText::exact(m_now).contains(QStringLiteral("5 mars 2026")),
                 qPrintable(TimeText::exact(m_now)));
        TokenListModel model;
        QCOMPARE(model.headerData(TokenListModel::HintColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Jeton"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Annuler"));
    }

    // A language without a translation reads English, singulars included ("in 1 day").
    void otherLanguagesGetEnglish()
    {
        Translations translations(QStringLiteral(TOKENDESK_QM_DIR));
        QCOMPARE(translations.install(QStringLiteral("pt_BR")), QStringLiteral("en"));
        QCOMPARE(TimeText::relative(m_now.addDays(1), m_now), QStringLiteral("in 1 day"));
        QCOMPARE(TimeText::relative(m_now.addDays(-4), m_now), QStringLiteral("4 days ago"));
        QCOMPARE(TimeText::relative(m_now.addSecs(-3600), m_now), QStringLiteral("1 hour ago"));
        // ...with the dates of the chosen locale.
        QCOMPARE(TimeText::date(m_now),
                 QLocale(QStringLiteral("pt_BR")).toString(m_now.date(), QLocale::ShortFormat));
    }

    // Installing another language replaces the first: nothing of German is left.
    void switchingReplaces()
    {
        Translations translations(QStringLiteral(TOKENDESK_QM_DIR));
        translations.install(QStringLiteral("de"));
        translations.install(QStringLiteral("fr"));
        QCOMPARE(TimeText::relative(m_now.addDays(2), m_now), QStringLiteral("dans 2 jours"));
        QCOMPARE(QLocale().language(), QLocale::French);
    }

    void cleanup() { QLocale::setDefault(QLocale::c()); }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
