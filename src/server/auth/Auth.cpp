#include "Auth.h"

#include "ActivityLog.h"
#include "Clock.h"
#include "PasswordHasher.h"
#include "Store.h"
#include "TokenFormat.h"

namespace {
QString attemptKey(const QString &username, const QString &clientAddress)
{
    return username + QLatin1Char('\n') + clientAddress;
}
} // namespace

Auth::Auth(Store &store, const Clock &clock, int sessionHours)
    : m_store(store), m_clock(clock), m_secrets(store), m_sessionHours(sessionHours),
      m_failures(store), m_throttle(m_failures)
{}

std::optional<Auth::Login> Auth::login(const QString &username, const QByteArray &password,
                                       const QString &clientAddress, DomainError *error)
{
    const std::optional<Attempt> attempt = beginLogin(username, clientAddress, error);
    if (!attempt)
        return std::nullopt;
    return finishLogin(*attempt, checkPassword(*attempt, password), error);
}

std::optional<Auth::Attempt> Auth::beginLogin(const QString &username, const QString &clientAddress,
                                              DomainError *error)
{
    if (username.toUcs4().size() > MaxUsernameLength) {
        *error = DomainError::invalid(
            QStringLiteral("username"),
            QStringLiteral("Usernames are at most %1 characters.").arg(MaxUsernameLength));
        return std::nullopt;
    }
    // In-flight attempts are keyed like the limits: an IPv6 client by its /64.
    const QString address = LoginThrottle::addressKey(clientAddress);
    const QString key = attemptKey(username, address);
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    int wait = m_throttle.retryAfterSeconds(username, clientAddress, nowMs);
    // Attempts still hashing have not counted their failures yet; running many at once would
    // get around the limits.
    if (wait == 0 &&
        (m_inFlight.value(key) > 0 || m_inFlight.value(address) >= MaxInFlightPerAddress))
        wait = 1;
    if (wait > 0) {
        *error = DomainError::tooMany(DomainError::Kind::TooManySignIns, wait);
        return std::nullopt;
    }
    Attempt attempt{username, clientAddress, m_store.userByName(username)};
    ++m_inFlight[key];
    ++m_inFlight[address];
    return attempt;
}

bool Auth::checkPassword(const Attempt &attempt, const QByteArray &password)
{
    return attempt.user ? PasswordHasher::verify(password, attempt.user->passwordHash)
                        : (PasswordHasher::burnEquivalentTime(password), false);
}

std::optional<Auth::Login> Auth::finishLogin(const Attempt &attempt, bool passwordValid,
                                             DomainError *error)
{
    const QString address = LoginThrottle::addressKey(attempt.clientAddress);
    const QString key = attemptKey(attempt.username, address);
    for (const QString &counted : {key, address}) {
        if (--m_inFlight[counted] <= 0)
            m_inFlight.remove(counted);
    }
    const QDateTime now = m_clock.now();
    if (!passwordValid) {
        m_throttle.recordFailure(attempt.username, attempt.clientAddress, now.toMSecsSinceEpoch());
        *error = DomainError::of(DomainError::Kind::InvalidCredentials);
        return std::nullopt;
    }
    m_throttle.recordSuccess(attempt.username, attempt.clientAddress);
    m_store.deleteExpiredSessions(now);
    Login login;
    login.session = TokenFormat::generate(TokenFormat::Kind::Session);
    login.expiresAt = now.addSecs(qint64(m_sessionHours) * 3600);
    login.user = *attempt.user;
    m_store.insertSession(TokenFormat::digest(login.session), attempt.user->id, now,
                          login.expiresAt);
    m_store.insertEvents({ActivityLog::sessionEvent(QStringLiteral("session.created"),
                                                    *attempt.user, attempt.clientAddress, now)});
    return login;
}

void Auth::logout(const UserRecord &user, const Credential &session, const QString &clientAddress)
{
    m_store.deleteSession(TokenFormat::digest(session.secret));
    m_store.insertEvents({ActivityLog::sessionEvent(QStringLiteral("session.revoked"), user,
                                                    clientAddress, m_clock.now())});
}

std::optional<UserRecord> Auth::sessionUser(const Credential &credential, DomainError *error)
{
    using Kind = DomainError::Kind;
    if (credential.kind == Credential::Kind::None) {
        *error = DomainError::of(Kind::NotSignedIn);
        return std::nullopt;
    }
    // A valid credential of the wrong kind is "forbidden here"; an invalid one is unauthenticated.
    const bool apiToken = credential.kind == Credential::Kind::ApiToken;
    if (apiToken && this->apiToken(credential, error)) {
        *error = DomainError::of(Kind::ApiTokenNotAllowed);
        return std::nullopt;
    }
    if (!TokenFormat::isWellFormed(credential.secret, TokenFormat::Kind::Session)) {
        *error = DomainError::of(apiToken ? Kind::SessionNeeded : Kind::SessionMalformed);
        return std::nullopt;
    }
    std::optional<SessionRecord> session =
        m_store.sessionByDigest(TokenFormat::digest(credential.secret));
    if (!session || session->expiresAt <= m_clock.now()) {
        *error = DomainError::of(Kind::SessionExpired);
        return std::nullopt;
    }
    if (!session->user)
        *error = DomainError::of(Kind::AccountGone);
    return std::move(session->user);
}

std::optional<TokenRecord> Auth::apiToken(const Credential &credential, DomainError *error)
{
    using Kind = DomainError::Kind;
    if (credential.kind == Credential::Kind::None) {
        *error = DomainError::of(Kind::ApiTokenMissing);
        return std::nullopt;
    }
    const bool session = credential.kind == Credential::Kind::Session;
    if (session && sessionUser(credential, error)) {
        *error = DomainError::of(Kind::SessionNotAllowed);
        return std::nullopt;
    }
    if (!TokenFormat::isWellFormed(credential.secret, TokenFormat::Kind::ApiToken)) {
        *error = DomainError::of(session ? Kind::ApiTokenNeeded : Kind::ApiTokenMalformed);
        return std::nullopt;
    }
    const QDateTime now = m_clock.now();
    std::optional<TokenRecord> token =
        m_secrets.find(credential.secret, SecretLookup::Columns::Authorization, now);
    if (!token) {
        *error = DomainError::of(Kind::ApiTokenUnknown);
        return std::nullopt;
    }
    if (token->token.isExpiredAt(now)) {
        // Logged once, when an expired token is first seen (not on every refused call).
        if (m_store.markExpiryLogged(token->token.id))
            m_store.insertEvents(
                {ActivityLog::tokenEvent(QStringLiteral("token.expired"),
                                         ActivityLog::token(token->token), token->token, {}, now)});
        *error = DomainError::of(Kind::ApiTokenExpired);
        return std::nullopt;
    }
    return token;
}
