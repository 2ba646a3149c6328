#pragma once

#include "Settings.h"

#include <QObject>

class AccountSession;
class SecretStore;

// "Remember me": the session secret of an account kept in the keychain, resumed at the next
// start or on an account switch, forgotten on sign-out. The keychain entry and the remember flag
// in Settings always change together here, so no stored session is left that nobody tracks.
class RememberedSessions : public QObject
{
    Q_OBJECT
public:
    RememberedSessions(AccountSession &session, SecretStore &secrets, Settings &settings,
                       QObject *parent = nullptr);
    Q_DISABLE_COPY(RememberedSessions)

    // Starts resuming the most recent account's saved session. False (and nothing started) when
    // there is none: not remembered, or no keychain. Then resumed() or resumeFailed().
    bool resumeLast();
    // The same for a given account (tokendesk-cli --server picks one without making it recent).
    bool resume(const Settings::AccountRef &account);
    bool isResuming() const { return m_resuming; }
    // The account being resumed (valid while isResuming()).
    Settings::AccountRef resuming() const { return m_account; }
    // The user moved on (signs in by hand, switches account): a resume in flight is dropped.
    void cancel();

    bool isRemembered(const Settings::AccountRef &account) const;
    // Whom to offer at sign-in: the account whose session ended, else the most recent one;
    // empty when there is none yet.
    Settings::AccountRef suggestedAccount() const;
    // After a sign-in: keep the current session in the keychain, or forget a saved one.
    void rememberCurrent(bool remember);
    // Forgets the current account's saved session, then signs out (ending it on the server).
    void signOut();
    // Leaves the current account (its session stays valid on the server if remembered) and
    // makes target the most recent account; resumeLast() then picks it up.
    void switchTo(const Settings::AccountRef &target);

Q_SIGNALS:
    void resumingChanged(bool resuming);
    void resumed();
    // reason: a sentence for the login dialog.
    void resumeFailed(const QString &reason);
    // "Remember me" could not keep the session (the sign-in itself worked).
    void saveFailed(const QString &message);
    // rememberCurrent(true) stored the session in the keychain.
    void saved();
    // A saved session was removed from the keychain (or there was no keychain to remove from).
    void forgotten();

private:
    void setResuming(bool resuming);
    void finishResume();
    void forgetSaved(const Settings::AccountRef &account);

    AccountSession &m_session;
    SecretStore &m_secrets;
    Settings &m_settings;
    Settings::AccountRef m_account;
    bool m_resuming = false;
    // Makes a keychain answer for a resume that was cancelled meanwhile moot.
    int m_generation = 0;
    QMetaObject::Connection m_failed;
    QMetaObject::Connection m_succeeded;
};
