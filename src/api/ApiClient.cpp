#include "ApiClient.h"

#include "JsonObjectReader.h"
#include "Rfc3339.h"
#include "TokenPage.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {
ApiError unexpectedShape(const QString &problem)
{
    ApiError error;
    error.kind = ApiError::Kind::InvalidResponse;
    error.message = ApiClient::tr("The server's answer has an unexpected form (%1). The server "
                                  "may run an incompatible version.")
                        .arg(problem);
    return error;
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

using Parser = std::function<bool(const QJsonObject &json, QString *problem)>;

// A reply without content (204): just report success.
Parser noContent(ApiClient::DoneVoid done)
{
    return [done = std::move(done)](const QJsonObject &, QString *) {
        done();
        return true;
    };
}

// A reply that is one core value type T (Account, Policy…).
template <typename T> Parser valueOf(ApiClient::Done<T> done)
{
    return [done = std::move(done)](const QJsonObject &json, QString *problem) {
        const auto value = T::fromJson(json, problem);
        if (value)
            done(*value);
        return value.has_value();
    };
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

ApiClient::ApiClient(QObject *parent) : QObject(parent)
{
    // Credentials never leave through a redirect to another origin.
    m_manager.setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ApiClient::~ApiClient()
{
    cancelAll();
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url.adjusted(QUrl::StripTrailingSlash);
}

void ApiClient::setSession(SecureBuffer session)
{
    m_session = std::move(session);
}

QString ApiClient::urlProblem(const QUrl &url) const
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a valid server address. Use a URL such as "
                  "https://tokens.example.com or http://127.0.0.1:8686.")
            .arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return tr("The server address must start with https:// (or http:// for this computer).");
    if (scheme == QLatin1String("http") && !m_allowInsecureHttp && !isLoopbackHost(url.host()))
        return tr("Refusing to send credentials over unencrypted http:// to %1. Use https://, "
                  "or allow insecure connections in the settings.")
            .arg(url.host());
    return {};
}

QUrl ApiClient::endpoint(const QString &path, const QUrlQuery &query, const QUrl &base) const
{
    QUrl url = base.isValid() ? base.adjusted(QUrl::StripTrailingSlash) : m_baseUrl;
    url.setPath(url.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QNetworkRequest ApiClient::request(const QUrl &url, QByteArrayView bearer) const
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Accept", "application/json");
    if (!bearer.isEmpty())
        req.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + bearer.toByteArray());
    if (m_ssl && url.scheme() == QLatin1String("https"))
        req.setSslConfiguration(*m_ssl);
    // Our own timer handles timeouts, with a message that says so.
    req.setTransferTimeout(0);
    return req;
}

void ApiClient::setSslConfiguration(const QSslConfiguration &config)
{
    m_ssl = config;
    // Open connections keep the TLS settings they were made with.
    m_manager.clearConnectionCache();
}

ApiCall *ApiClient::startCall(const QUrl &url, QObject *context, ApiCall::BodyHandler onBody,
                              Failed failed, bool sessionAuth)
{
    auto *call =
        new ApiCall(&m_manager, context, m_timeoutMs, std::move(onBody), std::move(failed), this);
    if (sessionAuth)
        connect(call, &ApiCall::unauthenticated, this, &ApiClient::sessionExpired);
    if (const QString problem = urlProblem(url); !problem.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::InsecureUrl;
        error.message = problem;
        call->failSoon(error);
    }
    return call;
}

ApiCall *ApiClient::start(const QByteArray &verb, const QString &path, const QByteArray &body,
                          QByteArrayView bearer, QObject *context, Parser parse, Failed failed,
                          const QUrl &base)
{
    const QUrl url = endpoint(path, {}, base);
    auto onBody = [parse = std::move(parse)](ApiCall &, int status, const QByteArray &reply,
                                             ApiError *error) {
        QJsonObject json;
        if (status != 204) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(reply, &parseError);
            if (!doc.isObject()) {
                *error = unexpectedShape(tr("not a JSON object"));
                return ApiCall::Outcome::Failed;
            }
            json = doc.object();
        }
        QString problem;
        if (!parse(json, &problem)) {
            *error = unexpectedShape(problem);
            return ApiCall::Outcome::Failed;
        }
        return ApiCall::Outcome::Done;
    };
    const bool sessionAuth = !bearer.isEmpty() && bearer == m_session.view();
    ApiCall *call = startCall(url, context, std::move(onBody), std::move(failed), sessionAuth);
    if (urlProblem(url).isEmpty())
        call->send(request(url, bearer), verb, body);
    return call;
}

QString ApiClient::tokensPath(const TokenOwner &owner)
{
    return owner.isTeam() ? QStringLiteral("/api/v1/teams/%1/tokens")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(owner.id)))
                          : QStringLiteral("/api/v1/me/tokens");
}

QString ApiClient::tokenPath(const TokenOwner &owner, const QString &tokenId)
{
    return tokensPath(owner) + QLatin1Char('/') +
           QString::fromLatin1(QUrl::toPercentEncoding(tokenId));
}

ApiCall *ApiClient::login(const QString &username, const SecureBuffer &password, QObject *context,
                          Done<LoginResult> done, Failed failed, const QUrl &server)
{
    QString passwordText = password.toString();
    QByteArray body = jsonBytes(
        {{QStringLiteral("username"), username}, {QStringLiteral("password"), passwordText}});
    SecureBuffer::wipe(passwordText);
    auto parse = [done = std::move(done)](const QJsonObject &json, QString *problem) {
        JsonObjectReader r(json);
        QByteArray session = r.string(QStringLiteral("session")).toLatin1();
        LoginResult result;
        result.expiresAt = r.time(QStringLiteral("expires_at"));
        const auto user = Account::fromJson(r.object(QStringLiteral("user")), problem);
        if (!r.ok() || !user) {
            if (!r.ok())
                *problem = r.errorMessage();
            return false;
        }
        result.session = SecureBuffer::take(session);
        result.user = *user;
        done(result);
        return true;
    };
    ApiCall *call = start("POST", QStringLiteral("/api/v1/session"), body, {}, context,
                          std::move(parse), std::move(failed), server);
    body.clear(); // the call keeps the only copy and wipes it when done
    return call;
}

ApiCall *ApiClient::logout(QObject *context, DoneVoid done, Failed failed)
{
    ApiCall *call = start("DELETE", QStringLiteral("/api/v1/session"), {}, m_session.view(),
                          context, noContent(std::move(done)), std::move(failed));
    call->setSurvivesCancelAll(true); // sign-out is often followed by another account's calls
    return call;
}

ApiCall *ApiClient::me(QObject *context, Done<Account> done, Failed failed)
{
    return start("GET", QStringLiteral("/api/v1/me"), {}, m_session.view(), context,
                 valueOf<Account>(std::move(done)), std::move(failed));
}

ApiCall *ApiClient::teams(QObject *context, Done<QList<Team>> done, Failed failed)
{
    return start(
        "GET", QStringLiteral("/api/v1/me/teams"), {}, m_session.view(), context,
        [done = std::move(done)](const QJsonObject &json, QString *problem) {
            JsonObjectReader r(json);
            const QJsonArray array = r.array(QStringLiteral("teams"));
            if (!r.ok()) {
                *problem = r.errorMessage();
                return false;
            }
            QList<Team> teams;
            for (const auto &value : array) {
                const auto team = Team::fromJson(value.toObject(), problem);
                if (!team)
                    return false;
                teams.append(*team);
            }
            done(teams);
            return true;
        },
        std::move(failed));
}

ApiCall *ApiClient::policy(QObject *context, Done<Policy> done, Failed failed)
{
    return start("GET", QStringLiteral("/api/v1/policy"), {}, m_session.view(), context,
                 valueOf<Policy>(std::move(done)), std::move(failed));
}

ApiCall *ApiClient::listTokens(const TokenOwner &owner, QObject *context, Done<QList<Token>> done,
                               Failed failed, int pageSize)
{
    // The pages accumulate here until the last one arrives.
    auto loaded = std::make_shared<QList<Token>>();
    return listTokenPages(
        owner, context, [loaded](const QList<Token> &page) { loaded->append(page); },
        [loaded, done = std::move(done)] { done(*loaded); }, std::move(failed), pageSize);
}

ApiCall *ApiClient::listTokenPages(const TokenOwner &owner, QObject *context,
                                   Done<QList<Token>> page, DoneVoid done, Failed failed,
                                   int pageSize)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    const QUrl firstPage = endpoint(tokensPath(owner), query);
    auto count = std::make_shared<int>(0);
    // A hostile or buggy server must not keep us paging forever.
    auto seenPageTokens = std::make_shared<QSet<QString>>();
    auto onBody = [this, count, seenPageTokens, firstPage, onPage = std::move(page),
                   done = std::move(done)](ApiCall &call, int, const QByteArray &reply,
                                           ApiError *error) {
        QString problem;
        auto page = TokenPage::parseEnvelope(reply, &problem);
        if (!page) {
            *error = unexpectedShape(problem);
            return ApiCall::Outcome::Failed;
        }
        const QString next = page->nextPageToken;
        const bool more = !next.isEmpty();
        if (more && (seenPageTokens->contains(next) || seenPageTokens->size() + 1 >= MaxPages)) {
            *error =
                unexpectedShape(seenPageTokens->contains(next)
                                    ? tr("the server repeated a page of the token list")
                                    : tr("the token list has more than %1 pages").arg(MaxPages));
            return ApiCall::Outcome::Failed;
        }
        // The next page is asked for before this one is converted and shown, so the server
        // works on it meanwhile. A page that turns out malformed fails the call, which drops
        // the request in flight.
        if (more) {
            seenPageTokens->insert(next);
            QUrl url = firstPage;
            QUrlQuery nextQuery(url);
            nextQuery.removeAllQueryItems(QStringLiteral("page_token"));
            nextQuery.addQueryItem(QStringLiteral("page_token"), next);
            url.setQuery(nextQuery);
            call.sendNext(request(url, m_session.view()));
        }
        // Converted here, on the GUI thread: Qt 6.4's QFuture::then(context) asserts when the
        // context (the call) is gone before a worker's result arrives, which a cancel does.
        const auto tokens = TokenPage::convert(page->tokens, &problem);
        if (!tokens) {
            *error = unexpectedShape(problem);
            return ApiCall::Outcome::Failed;
        }
        *count += static_cast<int>(tokens->size());
        onPage(*tokens);
        call.reportProgress(*count);
        if (more)
            return ApiCall::Outcome::Pending;
        done();
        return ApiCall::Outcome::Done;
    };
    ApiCall *call = startCall(firstPage, context, std::move(onBody), std::move(failed), true);
    call->setDeadline(m_listDeadlineMs);
    if (urlProblem(firstPage).isEmpty())
        call->send(request(firstPage, m_session.view()), "GET");
    return call;
}

namespace {
bool parseCreated(const QJsonObject &json, ApiClient::CreatedToken *created, QString *problem)
{
    JsonObjectReader r(json);
    QByteArray secret = r.string(QStringLiteral("secret")).toLatin1();
    created->accountId = r.optionalString(QStringLiteral("account_id")).value_or(QString());
    const auto token = Token::fromJson(r.object(QStringLiteral("token")), problem);
    if (!r.ok() || !token) {
        if (!r.ok())
            *problem = r.errorMessage();
        SecureBuffer::wipe(secret);
        return false;
    }
    created->token = *token;
    created->secret = SecureBuffer::take(secret);
    return true;
}

Parser createdToken(ApiClient::Done<ApiClient::CreatedToken> done)
{
    return [done = std::move(done)](const QJsonObject &json, QString *problem) {
        ApiClient::CreatedToken created;
        if (!parseCreated(json, &created, problem))
            return false;
        done(created);
        return true;
    };
}
} // namespace

ApiCall *ApiClient::createToken(const TokenOwner &owner, const TokenDraft &draft, QObject *context,
                                Done<CreatedToken> done, Failed failed)
{
    return start("POST", tokensPath(owner), jsonBytes(draft.toJson()), m_session.view(), context,
                 createdToken(std::move(done)), std::move(failed));
}

ApiCall *ApiClient::rotateToken(const TokenOwner &owner, const QString &tokenId,
                                const QDateTime &expiresAt, QObject *context,
                                Done<CreatedToken> done, Failed failed)
{
    return rotateTokenWithGrace(owner, tokenId, expiresAt, 0, context, std::move(done),
                                std::move(failed));
}

ApiCall *ApiClient::deleteToken(const TokenOwner &owner, const QString &tokenId, QObject *context,
                                DoneVoid done, Failed failed)
{
    const QString path = tokenPath(owner, tokenId);
    return start("DELETE", path, {}, m_session.view(), context, noContent(std::move(done)),
                 std::move(failed));
}

ApiCall *ApiClient::introspect(const SecureBuffer &apiToken, QObject *context,
                               Done<Introspection> done, Failed failed)
{
    return start(
        "GET", QStringLiteral("/api/v1/token"), {}, apiToken.view(), context,
        [done = std::move(done)](const QJsonObject &json, QString *problem) {
            JsonObjectReader r(json);
            Introspection info;
            info.id = r.string(QStringLiteral("id"));
            info.name = r.string(QStringLiteral("name"));
            info.scopes = r.stringList(QStringLiteral("scopes"));
            info.expiresAt = r.optionalTime(QStringLiteral("expires_at"));
            info.accountId = r.string(QStringLiteral("account_id"));
            const QString plan = r.string(QStringLiteral("plan"));
            const auto owner = TokenOwner::fromJson(r.object(QStringLiteral("owner")), problem);
            if (!r.ok() || !owner) {
                if (!r.ok())
                    *problem = r.errorMessage();
                return false;
            }
            info.owner = *owner;
            info.plan = plan == QLatin1String("paid") ? Account::Plan::Paid : Account::Plan::Free;
            done(info);
            return true;
        },
        std::move(failed));
}

// --- Usage and activity ---
ApiCall *ApiClient::tokenUsage(const TokenOwner &owner, const QString &tokenId, QObject *context,
                               Done<TokenUsage> done, Failed failed)
{
    return start("GET", tokenPath(owner, tokenId) + QStringLiteral("/usage"), {}, m_session.view(),
                 context, valueOf<TokenUsage>(std::move(done)), std::move(failed));
}

ApiCall *ApiClient::listEvents(const TokenOwner &owner, const EventQuery &query, QObject *context,
                               Done<EventPage> done, Failed failed)
{
    const QString path = owner.isTeam()
                             ? QStringLiteral("/api/v1/teams/%1/events")
                                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(owner.id)))
                             : QStringLiteral("/api/v1/me/events");
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("page_size"), QString::number(query.pageSize));
    const auto add = [&params](const QString &key, const QString &value) {
        if (!value.isEmpty())
            params.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("action"), query.action);
    add(QStringLiteral("token_id"), query.tokenId);
    add(QStringLiteral("page_token"), query.pageToken);
    const QUrl url = endpoint(path, params);
    auto onBody = [done = std::move(done)](ApiCall &, int, const QByteArray &reply,
                                           ApiError *error) {
        const QJsonDocument doc = QJsonDocument::fromJson(reply);
        JsonObjectReader r(doc.object());
        const QJsonArray events = r.array(QStringLiteral("events"));
        EventPage page;
        page.nextPageToken =
            r.optionalString(QStringLiteral("next_page_token")).value_or(QString());
        QString problem = doc.isObject() ? r.errorMessage() : tr("not a JSON object");
        for (qsizetype i = 0; problem.isEmpty() && i < events.size(); ++i) {
            const auto event = TokenEvent::fromJson(events.at(i).toObject(), &problem);
            if (event)
                page.events.append(*event);
        }
        if (!problem.isEmpty()) {
            *error = unexpectedShape(problem);
            return ApiCall::Outcome::Failed;
        }
        done(page);
        return ApiCall::Outcome::Done;
    };
    ApiCall *call = startCall(url, context, std::move(onBody), std::move(failed), true);
    if (urlProblem(url).isEmpty())
        call->send(request(url, m_session.view()), "GET");
    return call;
}
// --- end of usage and activity ---
// --- Rotation with grace, bulk revoke and leak response ---

ApiCall *ApiClient::rotateTokenWithGrace(const TokenOwner &owner, const QString &tokenId,
                                         const QDateTime &expiresAt, int graceSeconds,
                                         QObject *context, Done<CreatedToken> done, Failed failed)
{
    QJsonObject body;
    if (expiresAt.isValid())
        body.insert(QStringLiteral("expires_at"), Rfc3339::format(expiresAt));
    if (graceSeconds > 0)
        body.insert(QStringLiteral("grace_seconds"), graceSeconds);
    const QString path = tokenPath(owner, tokenId) + QStringLiteral("/rotate");
    return start("POST", path, jsonBytes(body), m_session.view(), context,
                 createdToken(std::move(done)), std::move(failed));
}

ApiCall *ApiClient::revokeTokens(const TokenOwner &owner, const QStringList &ids, QObject *context,
                                 Done<QStringList> done, Failed failed)
{
    const QJsonObject body{{QStringLiteral("ids"), QJsonArray::fromStringList(ids)}};
    return start(
        "POST", tokensPath(owner) + QStringLiteral("/revoke"), jsonBytes(body), m_session.view(),
        context,
        [done = std::move(done)](const QJsonObject &json, QString *problem) {
            JsonObjectReader r(json);
            const QStringList revoked = r.stringList(QStringLiteral("revoked"));
            if (!r.ok()) {
                *problem = r.errorMessage();
                return false;
            }
            done(revoked);
            return true;
        },
        std::move(failed));
}

ApiCall *ApiClient::identifyToken(const SecureBuffer &secret, QObject *context, Done<Token> done,
                                  Failed failed)
{
    QString secretText = secret.toString();
    QByteArray body = jsonBytes({{QStringLiteral("secret"), secretText}});
    SecureBuffer::wipe(secretText);
    ApiCall *call =
        start("POST", QStringLiteral("/api/v1/me/tokens/identify"), body, m_session.view(), context,
              valueOf<Token>(std::move(done)), std::move(failed));
    SecureBuffer::wipe(body);
    body.clear(); // the call keeps the only copy and wipes it when done
    return call;
}

ApiCall *ApiClient::revokeWithToken(const SecureBuffer &secret, QObject *context, DoneVoid done,
                                    Failed failed)
{
    return start("POST", QStringLiteral("/api/v1/token/revoke"), {}, secret.view(), context,
                 noContent(std::move(done)), std::move(failed));
}

// --- end of the lifecycle calls ---

void ApiClient::cancelAll()
{
    const auto calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls) {
        if (!call->survivesCancelAll())
            call->cancel();
    }
}
