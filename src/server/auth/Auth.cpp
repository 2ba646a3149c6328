#include "Auth.h"

#include "ActivityLog.h"
#include "PasswordHasher.h"
#include "Rfc3339.h"
#include "Store.h"
#include "TokenFormat.h"

namespace {
ApiError unauthenticated(const QString &message)
{
    return ApiError::http(401, QStringLiteral("unauthenticated"), message);
}
} // namespace

Auth::Auth(Store &store, int sessionHours)
    : m_store(store), m_sessionHours(sessionHours), m_failures(store), m_throttle(m_failures)
{}

QByteArray Auth::bearer(const QByteArray &authorization)
{
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (authorization.size() <= scheme.size() ||
        authorization.first(scheme.size()).toLower() != scheme)
        return {};
    return authorization.sliced(scheme.size()).trimmed();
}

namespace {
QString attemptKey(const QString &username, const QString &clientAddress)
{
    return username + QLatin1Char('\n') + clientAddress;
}

ApiError rateLimited(int wait)
{
    return ApiError::http(429, QStringLiteral("rate_limited"),
                          QStringLiteral("Too many failed sign-in attempts. Try again in "
                                         "%1 seconds.")
                              .arg(wait));
}
} // namespace

std::optional<Auth::Login> Auth::login(const QString &username, const QByteArray &password,
                                       const QString &clientAddress, ApiError *error,
                                       int *retryAfterSeconds)
{
    const std::optional<Attempt> attempt =
        beginLogin(username, clientAddress, error, retryAfterSeconds);
    if (!attempt)
        return std::nullopt;
    return finishLogin(*attempt, checkPassword(*attempt, password), error);
}

std::optional<Auth::Attempt> Auth::beginLogin(const QString &username, const QString &clientAddress,
                                              ApiError *error, int *retryAfterSeconds)
{
    if (username.toUcs4().size() > MaxUsernameLength) {
        *error = ApiError::http(
            400, QStringLiteral("validation_failed"),
            QStringLiteral("Usernames are at most %1 characters.").arg(MaxUsernameLength),
            QStringLiteral("username"));
        return std::nullopt;
    }
    // In-flight attempts are keyed like the limits: an IPv6 client by its /64.
    const QString address = LoginThrottle::addressKey(clientAddress);
    const QString key = attemptKey(username, address);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int wait = m_throttle.retryAfterSeconds(username, clientAddress, now);
    // Attempts still hashing have not counted their failures yet; running many at once would
    // get around the limits.
    if (wait == 0 &&
        (m_inFlight.value(key) > 0 || m_inFlight.value(address) >= MaxInFlightPerAddress))
        wait = 1;
    if (wait > 0) {
        *error = rateLimited(wait);
        *retryAfterSeconds = wait;
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
                                             ApiError *error)
{
    const QString address = LoginThrottle::addressKey(attempt.clientAddress);
    const QString key = attemptKey(attempt.username, address);
    for (const QString &counted : {key, address}) {
        if (--m_inFlight[counted] <= 0)
            m_inFlight.remove(counted);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!passwordValid) {
        m_throttle.recordFailure(attempt.username, attempt.clientAddress, now);
        *error = ApiError::http(401, QStringLiteral("invalid_credentials"),
                                QStringLiteral("The username or password is wrong."));
        return std::nullopt;
    }
    m_throttle.recordSuccess(attempt.username, attempt.clientAddress);
    const QDateTime nowTime = QDateTime::currentDateTimeUtc();
    m_store.deleteExpiredSessions(nowTime);
    Login login;
    login.session = TokenFormat::generate(TokenFormat::Kind::Session);
    login.expiresAt = Rfc3339::wholeSeconds(nowTime).addSecs(qint64(m_sessionHours) * 3600);
    login.user = *attempt.user;
    m_store.insertSession(TokenFormat::digest(login.session), attempt.user->id, nowTime,
                          login.expiresAt);
    m_store.insertEvents({ActivityLog::sessionEvent(QStringLiteral("session.created"),
                                                    *attempt.user, attempt.clientAddress)});
    return login;
}

void Auth::logout(const UserRecord &user, const QByteArray &authorization,
                  const QString &clientAddress)
{
    m_store.deleteSession(TokenFormat::digest(bearer(authorization)));
    m_store.insertEvents(
        {ActivityLog::sessionEvent(QStringLiteral("session.revoked"), user, clientAddress)});
}

std::optional<UserRecord> Auth::sessionUser(const QByteArray &authorization, ApiError *error)
{
    const QByteArray secret = bearer(authorization);
    if (secret.isEmpty()) {
        *error = unauthenticated(QStringLiteral("Sign in first: this request needs a session."));
        return std::nullopt;
    }
    // A valid credential of the wrong kind is "forbidden here"; an invalid one is unauthenticated.
    if (secret.startsWith("tdk_") && apiToken(authorization, error)) {
        *error = ApiError::http(403, QStringLiteral("forbidden"),
                                QStringLiteral("API tokens cannot manage tokens or accounts; "
                                               "sign in with a username and password."));
        return std::nullopt;
    }
    if (!TokenFormat::isWellFormed(secret, TokenFormat::Kind::Session)) {
        *error =
            unauthenticated(secret.startsWith("tdk_")
                                ? QStringLiteral("This request needs a session, not an API token.")
                                : QStringLiteral("The session is not valid. Sign in again."));
        return std::nullopt;
    }
    const QByteArray digest = TokenFormat::digest(secret);
    std::optional<SessionRecord> session = m_store.sessionByDigest(digest);
    if (!session || session->expiresAt <= QDateTime::currentDateTimeUtc()) {
        *error = unauthenticated(QStringLiteral("The session has expired or was signed out. "
                                                "Sign in again."));
        return std::nullopt;
    }
    if (!session->user)
        *error = unauthenticated(QStringLiteral("The account no longer exists."));
    return std::move(session->user);
}

std::optional<TokenRecord> Auth::apiToken(const QByteArray &authorization, ApiError *error)
{
    const QByteArray secret = bearer(authorization);
    if (secret.isEmpty()) {
        *error = unauthenticated(QStringLiteral("This request needs an API token "
                                                "(Authorization: Bearer tdk_…)."));
        return std::nullopt;
    }
    if (secret.startsWith("tds_") && sessionUser(authorization, error)) {
        *error = ApiError::http(403, QStringLiteral("forbidden"),
                                QStringLiteral("This endpoint takes an API token, not a session."));
        return std::nullopt;
    }
    if (!TokenFormat::isWellFormed(secret, TokenFormat::Kind::ApiToken)) {
        *error =
            unauthenticated(secret.startsWith("tds_")
                                ? QStringLiteral("This endpoint needs an API token, not a session.")
                                : QStringLiteral("The API token is malformed (checksum "
                                                 "mismatch). Copy it again."));
        return std::nullopt;
    }
    const QByteArray digest = TokenFormat::digest(secret);
    std::optional<TokenRecord> token = m_store.authorizationByDigest(digest);
    // The lookup is by digest; compare again in constant time so no timing tells digests apart.
    bool known = token && TokenFormat::constantTimeEquals(token->secretDigest, digest);
    if (!known) {
        // Rotation with grace: the secret before the rotation, until its grace ends. Only a
        // secret that is not current costs this second lookup.
        token = m_store.tokenByPreviousDigest(digest, QDateTime::currentDateTimeUtc());
        known = token && TokenFormat::constantTimeEquals(token->previousDigest, digest);
        if (known)
            token->viaPreviousSecret = true;
    }
    if (!known) {
        *error = unauthenticated(QStringLiteral("The API token is unknown or was revoked."));
        return std::nullopt;
    }
    if (token->token.isExpiredAt(QDateTime::currentDateTimeUtc())) {
        // Logged once, when an expired token is first seen (not on every refused call).
        if (m_store.markExpiryLogged(token->token.id))
            m_store.insertEvents(
                {ActivityLog::tokenEvent(QStringLiteral("token.expired"),
                                         ActivityLog::token(token->token), token->token, {})});
        *error = unauthenticated(QStringLiteral("The API token has expired."));
        return std::nullopt;
    }
    return token;
}
