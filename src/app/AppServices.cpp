#include "AppServices.h"

#include "AccountSession.h"
#include "ApiClient.h"
#include "ExpiryWatcher.h"
#include "KeychainAvailability.h"
#include "KeychainStore.h"
#include "RememberedSessions.h"
#include "Settings.h"
#include "TokenKeychain.h"

AppServices::AppServices(const QString &settingsIni, QObject *parent)
    : AppServices(std::make_unique<KeychainStore>(), nullptr, settingsIni, parent)
{}

AppServices::AppServices(SecretStore &secrets, const QString &settingsIni, QObject *parent)
    : AppServices(nullptr, &secrets, settingsIni, parent)
{}

AppServices::AppServices(std::unique_ptr<SecretStore> owned, SecretStore *borrowed,
                         const QString &settingsIni, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<Settings>(settingsIni)),
      m_client(std::make_unique<ApiClient>()),
      m_session(std::make_unique<AccountSession>(*m_client)), m_ownedSecrets(std::move(owned)),
      m_secrets(borrowed ? *borrowed : *m_ownedSecrets),
      m_expiry(std::make_unique<ExpiryWatcher>()),
      m_remembered(std::make_unique<RememberedSessions>(*m_session, m_secrets, *m_settings)),
      m_tokenKeychain(std::make_unique<TokenKeychain>(*m_session, m_secrets, *m_settings)),
      m_keychain(std::make_unique<KeychainAvailability>(m_secrets))
{
    applySettings();
}

AppServices::~AppServices()
{
    // Calls in flight must not answer into services that are going away.
    m_client->cancelAll();
}

void AppServices::applySettings()
{
    m_client->setAllowInsecureHttp(m_settings->allowInsecureHttp());
    m_expiry->setWarningDays(m_settings->expiryWarningDays());
    Q_EMIT settingsApplied();
}
