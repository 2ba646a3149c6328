#include "AccountSession.h"

#include "ApiCall.h"
#include "ApiClient.h"

AccountSession::AccountSession(ApiClient &client, QObject *parent)
    : QObject(parent), m_client(client)
{
    connect(&m_client, &ApiClient::sessionExpired, this, [this](const ApiError &) {
        if (m_state != State::SignedIn)
            return;
        setState(State::Expired);
        Q_EMIT sessionExpired(tr("Your session has ended (it expired or was signed out "
                                 "elsewhere). Sign in again to continue; nothing you entered is "
                                 "lost."));
    });
}

AccountSession::~AccountSession() = default;

void AccountSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

std::optional<Team> AccountSession::team(const QString &id) const
{
    for (const Team &team : m_teams) {
        if (team.id == id)
            return team;
    }
    return std::nullopt;
}

void AccountSession::signIn(const QUrl &typed, const QString &username,
                            const SecureBuffer &password)
{
    // "https://user:password@host" must not carry a password into requests, status texts or
    // Settings: the account is the username given here.
    const QUrl server = typed.adjusted(QUrl::RemoveUserInfo);
    if (m_loginCall)
        m_loginCall->cancel();
    // Signed in (adding another account) or expired (signing in again): what is shown stays
    // until the new credentials are accepted; a wrong password must not sign anyone out.
    const State before = m_state;
    if (before == State::SignedOut)
        setState(State::SigningIn);
    m_loginCall = m_client.login(
        username, password, this,
        [this, server](const ApiClient::LoginResult &result) {
            const bool sameAccount = m_state == State::Expired && server == m_server &&
                                     result.user.username == m_account.username;
            if (!sameAccount)
                m_client.cancelAll(); // calls for the previous account are moot
            m_server = server;
            m_client.setBaseUrl(server);
            m_session = result.session.clone();
            m_client.setSession(result.session.clone());
            m_account = result.user;
            setState(State::SigningIn);
            loadProfile(true);
        },
        [this, before](const ApiError &error) {
            if (before == State::SignedOut || before == State::SigningIn) {
                failSignIn(error);
                return;
            }
            Q_EMIT signInFailed(error); // the current account carries on as it was
        },
        server);
}

void AccountSession::resume(const QUrl &server, SecureBuffer session)
{
    m_client.cancelAll();
    m_server = server.adjusted(QUrl::RemoveUserInfo);
    m_client.setBaseUrl(m_server);
    m_session = session.clone();
    m_client.setSession(std::move(session));
    setState(State::SigningIn);
    loadProfile(true);
}

void AccountSession::failSignIn(const ApiError &error)
{
    m_session.clear();
    m_client.setSession({});
    setState(State::SignedOut);
    Q_EMIT signInFailed(error);
}

void AccountSession::refresh()
{
    if (m_state == State::SignedIn)
        loadProfile(false);
}

void AccountSession::loadProfile(bool initial)
{
    // Three independent calls; signedIn() (or profileChanged()) once all have answered.
    m_pendingLoads = 3;
    auto failed = [this, initial](const ApiError &error) {
        if (m_pendingLoads <= 0)
            return;
        m_pendingLoads = 0;
        if (initial || m_state == State::SigningIn)
            failSignIn(error);
    };
    auto oneDone = [this, initial] {
        if (--m_pendingLoads != 0)
            return;
        if (initial) {
            setState(State::SignedIn);
            Q_EMIT signedIn();
        }
        Q_EMIT profileChanged();
    };
    m_client.me(
        this,
        [this, oneDone](const Account &account) {
            m_account = account;
            oneDone();
        },
        failed);
    m_client.teams(
        this,
        [this, oneDone](const QList<Team> &teams) {
            m_teams = teams;
            oneDone();
        },
        failed);
    m_client.policy(
        this,
        [this, oneDone](const Policy &policy) {
            m_policy = policy;
            oneDone();
        },
        failed);
}

void AccountSession::signOut(bool revoke)
{
    m_client.cancelAll();
    if (revoke && !m_session.isEmpty() && m_state == State::SignedIn) {
        // Best effort: the session is forgotten locally whatever the server answers.
        m_client.logout(
            this, [this] { Q_EMIT sessionEnded(); },
            [this](const ApiError &) { Q_EMIT sessionEnded(); });
    }
    m_session.clear();
    m_client.setSession({});
    m_account = {};
    m_teams.clear();
    m_policy = {};
    setState(State::SignedOut);
    Q_EMIT signedOut();
}

QList<TokenOwner> AccountSession::owners() const
{
    QList<TokenOwner> owners{{TokenOwner::Type::User, m_account.id, m_account.username}};
    for (const Team &team : m_teams)
        owners.append({TokenOwner::Type::Team, team.id, team.name});
    return owners;
}

bool AccountSession::canManage(const Token &token) const
{
    if (!token.owner.isTeam())
        return true;
    if (token.createdBy == m_account.username)
        return true;
    const auto membership = team(token.owner.id);
    return membership && membership->isAdmin();
}

QString AccountSession::whyCannotManage(const Token &token) const
{
    if (canManage(token))
        return {};
    return tr("Only %1, who created this token, or an admin of the team %2 can rotate or delete "
              "it.")
        .arg(token.createdBy, token.owner.name);
}
