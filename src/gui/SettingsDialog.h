#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}
class SecretStore;
class Settings;

// Clipboard clear time, expiry warning days, language, insecure-http switch, and whether the
// system keychain is available (with the reason when it is not).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings &settings, const SecretStore &secrets, QWidget *parent = nullptr);
    ~SettingsDialog() override;
    Q_DISABLE_COPY(SettingsDialog)

private:
    void save();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings &m_settings;
};
