#pragma once

#include <QObject>

#include <memory>

class AccountSession;
class ApiClient;
class ExpiryWatcher;
class KeychainAvailability;
class RememberedSessions;
class SecretClipboard;
class SecretStore;
class Settings;
class TokenKeychain;

// The one composition root: every service the app runs on, wired once, for main.cpp and for
// every test fixture alike (tests inject their secret store and an INI file for settings).
// Widgets borrow what they need from here; the network client is reachable only from app/.
class AppServices : public QObject
{
    Q_OBJECT
public:
    // As shipped: the system keychain; settings where the platform keeps them, or in an INI
    // file (tests that run the real keychain).
    explicit AppServices(const QString &settingsIni = {}, QObject *parent = nullptr);
    // For tests: a borrowed secret store (outlives this) and settings in an INI file.
    AppServices(SecretStore &secrets, const QString &settingsIni, QObject *parent = nullptr);
    ~AppServices() override;
    Q_DISABLE_COPY(AppServices)

    ApiClient &client() { return *m_client; }
    AccountSession &session() { return *m_session; }
    SecretStore &secrets() { return m_secrets; }
    // Where "Copy secret" goes: set by the desktop (DesktopServices); none in tokendesk-cli.
    SecretClipboard *secretClipboard() const { return m_secretClipboard; }
    void setSecretClipboard(SecretClipboard *clipboard) { m_secretClipboard = clipboard; }
    Settings &settings() { return *m_settings; }
    ExpiryWatcher &expiry() { return *m_expiry; }
    RememberedSessions &remembered() { return *m_remembered; }
    TokenKeychain &tokenKeychain() { return *m_tokenKeychain; }
    KeychainAvailability &keychain() { return *m_keychain; }

    // Pushes the current Settings into every service (after the Settings dialog, and at start).
    void applySettings();

Q_SIGNALS:
    // Settings were applied; holders of per-page state (token models) follow.
    void settingsApplied();

private:
    AppServices(std::unique_ptr<SecretStore> owned, SecretStore *borrowed,
                const QString &settingsIni, QObject *parent);

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<SecretStore> m_ownedSecrets;
    SecretStore &m_secrets;
    SecretClipboard *m_secretClipboard = nullptr;
    std::unique_ptr<ExpiryWatcher> m_expiry;
    std::unique_ptr<RememberedSessions> m_remembered;
    std::unique_ptr<TokenKeychain> m_tokenKeychain;
    std::unique_ptr<KeychainAvailability> m_keychain;
};
