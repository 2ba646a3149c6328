// Settings ▸ Language: the offered languages, what choosing one stores, and that the stored
// choice (or, for "System default", the system locale) is what the next start shows.
// ctest runs this under a German system locale (LC_ALL=de_DE.UTF-8).
#include "KeychainAvailability.h"
#include "MemorySecretStore.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "TimeText.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TstLanguageSetting : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    // Opens the dialog, picks the language with this code, presses OK. Empty: not offered.
    QString choose(Settings &settings, const QString &code)
    {
        MemorySecretStore secrets;
        KeychainAvailability keychain(secrets);
        SettingsDialog dialog(settings, keychain);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        const int index = combo ? combo->findData(code) : -1;
        if (index < 0)
            return QStringLiteral("not offered: ") + code;
        combo->setCurrentIndex(index);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        return {};
    }

private slots:
    void offersTheTranslations()
    {
        Settings settings(iniPath());
        MemorySecretStore secrets;
        KeychainAvailability keychain(secrets);
        SettingsDialog dialog(settings, keychain);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QStringList codes;
        for (int i = 0; i < combo->count(); ++i)
            codes.append(combo->itemData(i).toString());
        QCOMPARE(codes, QStringList({QString(), QStringLiteral("en"), QStringLiteral("de"),
                                     QStringLiteral("fr")}));
        QCOMPARE(combo->itemText(combo->findData(QStringLiteral("fr"))),
                 QStringLiteral("Français"));
        QCOMPARE(combo->currentIndex(), 0); // nothing chosen yet: the system's
    }

    void choosingFrenchSticks()
    {
        Settings settings(iniPath());
        QCOMPARE(choose(settings, QStringLiteral("fr")), QString());
        QCOMPARE(Settings(iniPath()).language(), QStringLiteral("fr"));

        // The next start: main() installs the stored language before any window exists.
        Translations translations(QStringLiteral(TOKENDESK_QM_DIR));
        QVERIFY(
            translations.install(Settings(iniPath()).language()).startsWith(QLatin1String("fr")));
        MemorySecretStore secrets;
        KeychainAvailability keychain(secrets);
        SettingsDialog dialog(settings, keychain);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Paramètres"));
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("fr"));
        QCOMPARE(combo->itemText(0), QStringLiteral("Langue du système"));
    }

    void systemDefaultFollowsTheLocale()
    {
        Settings settings(iniPath());
        QCOMPARE(choose(settings, QString()), QString());
        QCOMPARE(Settings(iniPath()).language(), QString());
        QCOMPARE(QLocale::system().language(), QLocale::German); // ctest's LC_ALL
        Translations translations(QStringLiteral(TOKENDESK_QM_DIR));
        QVERIFY(
            translations.install(Settings(iniPath()).language()).startsWith(QLatin1String("de")));
        const QDateTime now(QDate(2026, 3, 5), QTime(12, 0), Qt::UTC);
        QCOMPARE(TimeText::relative(now.addDays(-2), now), QStringLiteral("vor 2 Tagen"));
        MemorySecretStore secrets;
        KeychainAvailability keychain(secrets);
        SettingsDialog dialog(settings, keychain);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
    }

    void cleanup() { QLocale::setDefault(QLocale::system()); }
};

QTEST_MAIN(TstLanguageSetting)
#include "tst_languagesetting.moc"
