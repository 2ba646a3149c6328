#include "HttpTestClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

QByteArray HttpResult::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpResult::hasHeader(QByteArrayView name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString HttpResult::errorCode() const
{
    return json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QString HttpResult::errorField() const
{
    return json.value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString();
}

QString HttpResult::describe() const
{
    QString text = QStringLiteral("%1 %2 -> ").arg(QString::fromLatin1(method), path);
    if (status == 0)
        return text + QStringLiteral("no answer: ") + transportError;
    return text + QString::number(status) + QLatin1Char(' ') + QString::fromUtf8(body.left(600));
}

HttpTestClient::HttpTestClient(QUrl baseUrl) : m_baseUrl(std::move(baseUrl))
{
    // Tests talk to loopback only; a proxy from the environment must not get in between.
    m_manager.setProxy(QNetworkProxy::NoProxy);
}

void HttpTestClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    m_manager.clearConnectionCache();
}

HttpResult HttpTestClient::request(const QByteArray &method, const QString &path,
                                   const QByteArray &body, const QByteArray &bearer,
                                   const QByteArray &contentType,
                                   const QList<std::pair<QByteArray, QByteArray>> &extraHeaders)
{
    HttpResult result;
    result.method = method;
    result.path = path;

    const QUrl url(m_baseUrl.toString(QUrl::FullyEncoded) + path);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // The server speaks HTTP/1.1; keep Qt from trying an h2c upgrade.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    const bool sendsBody = !body.isEmpty() || method == "POST" || method == "PUT";
    if (sendsBody && !contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    for (const auto &[name, value] : m_defaultHeaders)
        request.setRawHeader(name, value);
    for (const auto &[name, value] : extraHeaders)
        request.setRawHeader(name, value);

    QNetworkReply *reply = nullptr;
    if (method == "GET" && body.isEmpty())
        reply = m_manager.get(request);
    else if (method == "POST")
        reply = m_manager.post(request, body);
    else if (method == "PUT")
        reply = m_manager.put(request, body);
    else if (method == "DELETE" && body.isEmpty())
        reply = m_manager.deleteResource(request);
    else
        reply = m_manager.sendCustomRequest(request, method, body);

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(TimeoutMs);
    if (!reply->isFinished())
        loop.exec();

    if (!reply->isFinished()) {
        reply->abort();
        result.transportError = QStringLiteral("timed out after %1 ms").arg(TimeoutMs);
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        if (result.status == 0)
            result.transportError = reply->errorString();
    }
    delete reply;

    if (result.status == 0)
        qWarning().noquote() << "HttpTestClient:" << result.describe();
    const QJsonDocument document = QJsonDocument::fromJson(result.body);
    if (document.isObject())
        result.json = document.object();
    return result;
}

HttpResult HttpTestClient::json(const QByteArray &method, const QString &path,
                                const QJsonObject &object, const QByteArray &bearer)
{
    return request(method, path, QJsonDocument(object).toJson(QJsonDocument::Compact), bearer);
}

HttpResult HttpTestClient::get(const QString &path, const QByteArray &bearer)
{
    return request("GET", path, {}, bearer);
}

QByteArray HttpTestClient::login(const QString &username, const QString &password)
{
    const HttpResult result =
        json("POST", QStringLiteral("/api/v1/session"),
             {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    const QByteArray session = result.json.value(QLatin1String("session")).toString().toLatin1();
    if (result.status != 201 || session.isEmpty()) {
        qWarning().noquote() << "HttpTestClient: login as" << username
                             << "failed:" << result.describe();
        return {};
    }
    return session;
}

HttpResult HttpTestClient::createToken(const QByteArray &session, const QString &name,
                                       const QStringList &scopes, const QDateTime &expiresAt,
                                       const QString &teamId)
{
    QJsonObject body{{QStringLiteral("name"), name},
                     {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}};
    if (expiresAt.isValid())
        body.insert(QStringLiteral("expires_at"), expiresAt.toUTC().toString(Qt::ISODate));
    const QString path = teamId.isEmpty() ? QStringLiteral("/api/v1/me/tokens")
                                          : QStringLiteral("/api/v1/teams/%1/tokens").arg(teamId);
    return json("POST", path, body, session);
}

QString HttpTestClient::teamId(const QByteArray &session, const QString &name)
{
    const HttpResult result = get(QStringLiteral("/api/v1/me/teams"), session);
    for (const QJsonValue &team : result.json.value(QLatin1String("teams")).toArray()) {
        if (team[QLatin1String("name")].toString() == name)
            return team[QLatin1String("id")].toString();
    }
    qWarning().noquote() << "HttpTestClient: no team" << name << "in" << result.describe();
    return {};
}

QByteArray secretOf(const HttpResult &result)
{
    return result.json.value(QLatin1String("secret")).toString().toLatin1();
}

QString tokenIdOf(const HttpResult &result)
{
    return result.json.value(QLatin1String("token"))[QLatin1String("id")].toString();
}

bool isUtcSeconds(const QJsonValue &value)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$)"));
    return value.isString() && shape.match(value.toString()).hasMatch() &&
           QDateTime::fromString(value.toString(), Qt::ISODate).isValid();
}
