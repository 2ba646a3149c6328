#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "KeychainAvailability.h"
#include "Settings.h"

#include <QPushButton>

SettingsDialog::SettingsDialog(Settings &settings, KeychainAvailability &keychain, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings),
      m_keychain(keychain)
{
    m_ui->setupUi(this);
    m_ui->clipboardSpin->setValue(settings.clipboardClearSeconds());
    m_ui->warningSpin->setValue(settings.expiryWarningDays());
    m_ui->insecureCheck->setChecked(settings.allowInsecureHttp());
    m_ui->languageCombo->addItem(tr("System default"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_ui->languageCombo->setCurrentIndex(
        qMax(0, m_ui->languageCombo->findData(settings.language())));
    m_ui->languageCombo->setToolTip(tr("Takes effect at the next start."));
    showKeychainStatus();
    connect(&m_keychain, &KeychainAvailability::availabilityChanged, this,
            &SettingsDialog::showKeychainStatus);
    connect(m_ui->checkKeychainButton, &QPushButton::clicked, this, &SettingsDialog::checkKeychain);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showKeychainStatus()
{
    m_ui->keychainStatus->setText(m_keychain.isAvailable()
                                      ? tr("available")
                                      : tr("unavailable: %1").arg(m_keychain.unavailableReason()));
}

void SettingsDialog::checkKeychain()
{
    m_ui->checkKeychainButton->setEnabled(false);
    m_ui->keychainStatus->setText(tr("Checking the system keychain…"));
    m_keychain.check(this, [this](bool, const QString &) {
        m_ui->checkKeychainButton->setEnabled(true);
        showKeychainStatus();
        m_ui->checkKeychainButton->setFocus(); // keyboard focus stays where the user was
    });
}

void SettingsDialog::save()
{
    m_settings.setClipboardClearSeconds(m_ui->clipboardSpin->value());
    m_settings.setExpiryWarningDays(m_ui->warningSpin->value());
    m_settings.setAllowInsecureHttp(m_ui->insecureCheck->isChecked());
    m_settings.setLanguage(m_ui->languageCombo->currentData().toString());
    accept();
}
