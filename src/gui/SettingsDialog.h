#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}
class KeychainAvailability;
class Settings;

// Clipboard clear time, expiry warning days, language, insecure-http switch, and whether the
// system keychain is available (with the reason when it is not), with "Check keychain again".
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings &settings, KeychainAvailability &keychain, QWidget *parent = nullptr);
    ~SettingsDialog() override;
    Q_DISABLE_COPY(SettingsDialog)

private:
    void save();
    void showKeychainStatus();
    void checkKeychain();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings &m_settings;
    KeychainAvailability &m_keychain;
};
