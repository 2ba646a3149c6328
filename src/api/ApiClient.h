#pragma once

#include "Account.h"
#include "ApiError.h"
#include "Policy.h"
#include "SecureBuffer.h"
#include "Team.h"
#include "Token.h"
#include "TokenDraft.h"
#include "TokenEvent.h"
#include "TokenOwner.h"
#include "TokenUsage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

#include "ApiCall.h"

// Typed asynchronous client for API v1 over one QNetworkAccessManager. Each method starts one
// call and returns its ApiCall (for cancel() and progress); the outcome arrives in exactly one
// of the two callbacks, on the context object's thread, and never after context is destroyed or
// the call was cancelled. Nothing here blocks.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Done = std::function<void(const T &)>;
    using DoneVoid = std::function<void()>;
    using Failed = std::function<void(const ApiError &)>;

    struct LoginResult
    {
        SecureBuffer session;
        QDateTime expiresAt;
        Account user;
    };
    struct CreatedToken
    {
        Token token;
        SecureBuffer secret;
        QString accountId; // the owner's account id
    };
    struct Introspection
    {
        QString id;
        QString name;
        QStringList scopes;
        TokenOwner owner;
        QDateTime expiresAt;
        QString accountId;
        Account::Plan plan = Account::Plan::Free;
    };

    static constexpr int DefaultTimeoutMs = 15000;
    // listTokens stops with an error after this many pages, or when a page token repeats.
    static constexpr int MaxPages = 1000;
    // ... or when the whole listing (all its pages) takes longer than this.
    static constexpr int DefaultListDeadlineMs = 120000;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;
    Q_DISABLE_COPY(ApiClient)

    // The server, e.g. http://127.0.0.1:8686. http:// is refused for hosts other than loopback
    // unless allowInsecureHttp is set; such calls fail with ApiError::Kind::InsecureUrl.
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setAllowInsecureHttp(bool allow) { m_allowInsecureHttp = allow; }
    // The session used as bearer for managed calls (empty: none).
    void setSession(SecureBuffer session);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    // The limit for a whole paginated listing, however fast each page arrives.
    void setListDeadlineMs(int ms) { m_listDeadlineMs = ms; }
    int listDeadlineMs() const { return m_listDeadlineMs; }
    // Extra trust (e.g. a self-signed server certificate) for HTTPS.
    void setSslConfiguration(const QSslConfiguration &config);
    // Why the URL cannot be used, or an empty string when it can.
    QString urlProblem(const QUrl &url) const;

    // server: where to sign in, if not the base URL (signing in to another account keeps the
    // current one usable until the new credentials are accepted).
    ApiCall *login(const QString &username, const SecureBuffer &password, QObject *context,
                   Done<LoginResult> done, Failed failed, const QUrl &server = {});
    ApiCall *logout(QObject *context, DoneVoid done, Failed failed);
    ApiCall *me(QObject *context, Done<Account> done, Failed failed);
    ApiCall *teams(QObject *context, Done<QList<Team>> done, Failed failed);
    ApiCall *policy(QObject *context, Done<Policy> done, Failed failed);
    // Follows next_page_token until every page is loaded; ApiCall::progress reports the count.
    ApiCall *listTokens(const TokenOwner &owner, QObject *context, Done<QList<Token>> done,
                        Failed failed, int pageSize = 200);
    // The same listing, handed over a page at a time as each arrives (whole, validated pages);
    // done() follows the last one. After a failure no further page comes; the pages already
    // handed over stay the caller's.
    ApiCall *listTokenPages(const TokenOwner &owner, QObject *context, Done<QList<Token>> page,
                            DoneVoid done, Failed failed, int pageSize = MaxPageSize);
    // The largest page the API serves (page_size 1–1000).
    static constexpr int MaxPageSize = 1000;
    ApiCall *createToken(const TokenOwner &owner, const TokenDraft &draft, QObject *context,
                         Done<CreatedToken> done, Failed failed);
    // expiresAt invalid: the server keeps the token's lifetime.
    ApiCall *rotateToken(const TokenOwner &owner, const QString &tokenId,
                         const QDateTime &expiresAt, QObject *context, Done<CreatedToken> done,
                         Failed failed);
    ApiCall *deleteToken(const TokenOwner &owner, const QString &tokenId, QObject *context,
                         DoneVoid done, Failed failed);
    // Uses the API token itself as bearer (not the session).
    ApiCall *introspect(const SecureBuffer &apiToken, QObject *context, Done<Introspection> done,
                        Failed failed);

    // --- Usage and activity ---
    // The last distinct addresses the token was used from, newest first.
    ApiCall *tokenUsage(const TokenOwner &owner, const QString &tokenId, QObject *context,
                        Done<TokenUsage> done, Failed failed);
    // One page of the owner's activity log (the user's own, or a team's for its admins).
    struct EventQuery
    {
        QString action;    // empty: every action
        QString tokenId;   // empty: every token
        QString pageToken; // empty: the first page
        int pageSize = 100;
    };
    struct EventPage
    {
        QList<TokenEvent> events;
        QString nextPageToken; // empty: the last page
    };
    ApiCall *listEvents(const TokenOwner &owner, const EventQuery &query, QObject *context,
                        Done<EventPage> done, Failed failed);
    // --- end of usage and activity ---
    // --- Rotation with grace, bulk revoke and leak response ---
    // As rotateToken; the old secret keeps working for graceSeconds (0–86 400; 0: stops now).
    ApiCall *rotateTokenWithGrace(const TokenOwner &owner, const QString &tokenId,
                                  const QDateTime &expiresAt, int graceSeconds, QObject *context,
                                  Done<CreatedToken> done, Failed failed);
    // Revokes these tokens of owner, all or nothing; done gets the ids the server revoked.
    ApiCall *revokeTokens(const TokenOwner &owner, const QStringList &ids, QObject *context,
                          Done<QStringList> done, Failed failed);
    // The token with this secret, if it is the caller's or of a team the caller administers
    // (otherwise the call fails with HTTP 404). The secret travels in the body, never the URL.
    ApiCall *identifyToken(const SecureBuffer &secret, QObject *context, Done<Token> done,
                           Failed failed);
    // Revokes the token whose secret this is, with that secret as bearer (whoever holds a
    // leaked secret may kill it); fails with HTTP 401 when it authenticates nothing.
    ApiCall *revokeWithToken(const SecureBuffer &secret, QObject *context, DoneVoid done,
                             Failed failed);
    // --- end of the lifecycle calls ---

    // Cancels every call in flight (e.g. on sign-out or account switch).
    void cancelAll();

Q_SIGNALS:
    // A call made with the session got 401: the session expired or was revoked.
    void sessionExpired(const ApiError &error);

private:
    // parse reads a 2xx JSON body and calls the success callback; false: unexpected shape.
    using Parser = std::function<bool(const QJsonObject &json, QString *problem)>;
    ApiCall *start(const QByteArray &verb, const QString &path, const QByteArray &body,
                   QByteArrayView bearer, QObject *context, Parser parse, Failed failed,
                   const QUrl &base = {});
    // sessionAuth: the call uses the session, so a 401 means the session is over.
    ApiCall *startCall(const QUrl &url, QObject *context, ApiCall::BodyHandler onBody,
                       Failed failed, bool sessionAuth);
    QNetworkRequest request(const QUrl &url, QByteArrayView bearer) const;
    QUrl endpoint(const QString &path, const QUrlQuery &query = {}, const QUrl &base = {}) const;
    static QString tokensPath(const TokenOwner &owner);
    static QString tokenPath(const TokenOwner &owner, const QString &tokenId);

    QNetworkAccessManager m_manager;
    QUrl m_baseUrl;
    SecureBuffer m_session;
    bool m_allowInsecureHttp = false;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_listDeadlineMs = DefaultListDeadlineMs;
    // Unset: Qt's default. Reading the default loads the TLS backend (OpenSSL), which start-up
    // does not need before the first https request.
    std::optional<QSslConfiguration> m_ssl;
};
