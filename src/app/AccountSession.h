#pragma once

#include "Account.h"
#include "ApiError.h"
#include "Policy.h"
#include "SecureBuffer.h"
#include "Settings.h"
#include "Team.h"
#include "Token.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class ApiCall;
class ApiClient;

// Who is signed in, to which server, in which teams, under which policy — and what they may do.
// Networking stays in ApiClient; secrets are only passed through (the session is kept by the
// client for its bearer header).
class AccountSession : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        SignedOut,
        SigningIn,
        SignedIn,
        Expired, // the server refused the session (expired or revoked): sign in again
    };
    Q_ENUM(State)

    explicit AccountSession(ApiClient &client, QObject *parent = nullptr);
    ~AccountSession() override;
    Q_DISABLE_COPY(AccountSession)

    // Password sign-in; then loads the profile, teams and policy before signedIn().
    void signIn(const QUrl &server, const QString &username, const SecureBuffer &password);
    // Reuses a remembered session; signInFailed() if the server no longer accepts it.
    void resume(const QUrl &server, SecureBuffer session);
    // Forgets everything; with revoke, also ends the session on the server (best effort).
    // Switching accounts keeps a remembered session valid (revoke = false).
    void signOut(bool revoke = true);
    // Reloads profile, teams and policy (e.g. after a team membership changed).
    void refresh();

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    QUrl server() const { return m_server; }
    Account account() const { return m_account; }
    // Which account this is, as Settings and the keychain name it (server + username).
    Settings::AccountRef accountRef() const { return {m_server, m_account.username}; }
    QList<Team> teams() const { return m_teams; }
    std::optional<Team> team(const QString &id) const;
    // Whom tokens can be made for: the user first, then each team.
    QList<TokenOwner> owners() const;
    Policy policy() const { return m_policy; }
    ApiClient &client() { return m_client; }
    // A copy of the session secret, for "Remember me"; empty when signed out.
    SecureBuffer sessionSecret() const { return m_session.clone(); }

    // Personal tokens always; team tokens if the user created them or is a team admin.
    bool canManage(const Token &token) const;
    // The reason canManage() is false, for a tooltip.
    QString whyCannotManage(const Token &token) const;

Q_SIGNALS:
    void stateChanged(AccountSession::State state);
    void signedIn();
    void signInFailed(const ApiError &error);
    void signedOut();
    // signOut(true) has heard back from the server (whatever it said): a program that quits
    // after signing out waits for this, or the revocation would never be sent.
    void sessionEnded();
    // A call was refused with 401; the user's input elsewhere is kept. Sign in again to go on.
    void sessionExpired(const QString &message);
    void profileChanged();

private:
    void setState(State state);
    void loadProfile(bool initial);
    void failSignIn(const ApiError &error);

    ApiClient &m_client;
    State m_state = State::SignedOut;
    QUrl m_server;
    SecureBuffer m_session;
    Account m_account;
    QList<Team> m_teams;
    Policy m_policy;
    int m_pendingLoads = 0;
    QPointer<ApiCall> m_loginCall;
};
