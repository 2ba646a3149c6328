#include "RememberedSessions.h"

#include "AccountSession.h"
#include "SecretStore.h"

RememberedSessions::RememberedSessions(AccountSession &session, SecretStore &secrets,
                                       Settings &settings, QObject *parent)
    : QObject(parent), m_session(session), m_secrets(secrets), m_settings(settings)
{
    // Every account signed in to becomes the most recent one (the switcher lists them).
    connect(&m_session, &AccountSession::signedIn, this,
            [this] { m_settings.rememberAccount(m_session.accountRef()); });
}

void RememberedSessions::setResuming(bool resuming)
{
    if (m_resuming == resuming)
        return;
    m_resuming = resuming;
    Q_EMIT resumingChanged(resuming);
}

void RememberedSessions::finishResume()
{
    ++m_generation; // a keychain read still in flight is now stale
    disconnect(m_failed);
    disconnect(m_succeeded);
    setResuming(false);
}

void RememberedSessions::cancel()
{
    finishResume();
}

bool RememberedSessions::isRemembered(const Settings::AccountRef &account) const
{
    return m_settings.rememberSession(account);
}

Settings::AccountRef RememberedSessions::suggestedAccount() const
{
    if (m_session.state() == AccountSession::State::Expired)
        return m_session.accountRef();
    const QList<Settings::AccountRef> accounts = m_settings.accounts();
    return accounts.isEmpty() ? Settings::AccountRef{} : accounts.first();
}

bool RememberedSessions::resumeLast()
{
    const QList<Settings::AccountRef> accounts = m_settings.accounts();
    if (accounts.isEmpty()) {
        finishResume();
        return false;
    }
    return resume(accounts.first());
}

bool RememberedSessions::resume(const Settings::AccountRef &which)
{
    finishResume();
    if (!m_settings.rememberSession(which) || !m_secrets.isAvailable())
        return false;
    m_account = which;
    const Settings::AccountRef account = m_account;
    const QString key = SecretStore::sessionKey(account.server, account.username);
    const int generation = m_generation;
    setResuming(true);
    m_secrets.read(
        key, this,
        [this, account, key, generation](const SecureBuffer &secret) {
            if (generation != m_generation)
                return;
            // A stored session the server no longer accepts is deleted, then we ask again.
            m_failed = connect(
                &m_session, &AccountSession::signInFailed, this,
                [this, account](const ApiError &error) {
                    finishResume();
                    // Only a refusal ends it: a server out of reach may accept it later.
                    if (error.isUnauthenticated())
                        forgetSaved(account);
                    Q_EMIT resumeFailed(
                        tr("Your saved session ended (%1). Sign in again.").arg(error.message));
                });
            m_succeeded = connect(&m_session, &AccountSession::signedIn, this, [this] {
                finishResume();
                Q_EMIT resumed();
            });
            m_session.resume(account.server, secret.clone());
        },
        [this, account, generation](const QString &error) {
            if (generation != m_generation)
                return;
            finishResume();
            m_settings.setRememberSession(account, false);
            Q_EMIT resumeFailed(tr("The saved session could not be read from the keychain (%1). "
                                   "Sign in again.")
                                    .arg(error));
        });
    return true;
}

void RememberedSessions::forgetSaved(const Settings::AccountRef &account)
{
    m_settings.setRememberSession(account, false);
    // Unconditionally: a write that finished late (after a keychain timeout) left an entry the
    // flag does not know about. Removing a missing entry counts as success.
    if (m_secrets.isAvailable())
        m_secrets.remove(
            SecretStore::sessionKey(account.server, account.username), this,
            [this] { Q_EMIT forgotten(); }, [this](const QString &) { Q_EMIT forgotten(); });
    else
        Q_EMIT forgotten();
}

void RememberedSessions::rememberCurrent(bool remember)
{
    const Settings::AccountRef account = m_session.accountRef();
    if (!remember || !m_secrets.isAvailable()) {
        if (m_settings.rememberSession(account))
            forgetSaved(account);
        return;
    }
    const QString key = SecretStore::sessionKey(account.server, account.username);
    m_secrets.write(
        key, m_session.sessionSecret(), this,
        [this, account] {
            m_settings.setRememberSession(account, true);
            Q_EMIT saved();
        },
        [this, key](const QString &error) {
            // A late write must not leave a session nobody tracks: the store runs jobs in
            // order, so this removal comes after it.
            m_secrets.remove(
                key, this, [] {}, [](const QString &) {});
            Q_EMIT saveFailed(tr("The session could not be saved in the keychain: %1").arg(error));
        });
}

void RememberedSessions::signOut()
{
    forgetSaved(m_session.accountRef());
    m_session.signOut();
}

void RememberedSessions::switchTo(const Settings::AccountRef &target)
{
    cancel();
    // Keep a remembered session valid on the server; otherwise end it properly.
    m_session.signOut(!m_settings.rememberSession(m_session.accountRef()));
    m_settings.rememberAccount(target);
}
