#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QUrl>

#include <utility>

// One finished HTTP exchange, as a contract test sees it.
struct HttpResult
{
    int status = 0; // 0: no HTTP answer at all (see transportError)
    QByteArray body;
    QJsonObject json; // the body when it is a JSON object, else empty
    QList<QNetworkReply::RawHeaderPair> headers;
    QString transportError; // set when the request never got an HTTP answer (e.g. timeout)
    QByteArray method;
    QString path;

    // The value of a response header (case-insensitive name); empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // error.code / error.field of an error body; empty when absent.
    QString errorCode() const;
    QString errorField() const;
    // "POST /api/v1/me/tokens -> 400 {body}" for failure messages.
    QString describe() const;
};

// A blocking HTTP client for tests: each call waits (event loop, 15 s timeout) for the answer.
// Product code never waits like this; tests may.
class HttpTestClient
{
public:
    explicit HttpTestClient(QUrl baseUrl = {});

    // Points the client at another server (or the same one after a restart).
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    // Headers sent with every request before any extraHeaders, e.g. {"Host", "tokendesk.test"}
    // for a server behind a reverse proxy that forwards that name.
    void setDefaultHeaders(const QList<std::pair<QByteArray, QByteArray>> &headers)
    {
        m_defaultHeaders = headers;
    }

    // path may carry a query ("/api/v1/me/tokens?page_size=10"). extraHeaders are sent as given
    // (e.g. a raw Authorization header); bearer, when set, becomes "Authorization: Bearer …".
    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       const QByteArray &bearer = {},
                       const QByteArray &contentType = "application/json",
                       const QList<std::pair<QByteArray, QByteArray>> &extraHeaders = {});
    HttpResult json(const QByteArray &method, const QString &path, const QJsonObject &object,
                    const QByteArray &bearer = {});
    HttpResult get(const QString &path, const QByteArray &bearer = {});

    // POST /api/v1/session; the session secret, or empty (with a warning) when login failed.
    QByteArray login(const QString &username, const QString &password);
    // POST /api/v1/me/tokens (or /api/v1/teams/{teamId}/tokens). An invalid expiresAt leaves
    // expires_at out of the body.
    HttpResult createToken(const QByteArray &session, const QString &name,
                           const QStringList &scopes, const QDateTime &expiresAt,
                           const QString &teamId = {});
    // The id of the caller's team with this name (GET /api/v1/me/teams); empty if none.
    QString teamId(const QByteArray &session, const QString &name);

    static constexpr int TimeoutMs = 15000;

private:
    QNetworkAccessManager m_manager;
    QUrl m_baseUrl;
    QList<std::pair<QByteArray, QByteArray>> m_defaultHeaders;
};

// The secret of a 201 token answer ({"secret":"tdk_…"}).
QByteArray secretOf(const HttpResult &result);
// The token id of a 201 token answer ({"token":{"id":"tok_…"}}).
QString tokenIdOf(const HttpResult &result);
// A time as the server writes it: RFC 3339 UTC with seconds precision ("2026-11-23T10:15:00Z").
bool isUtcSeconds(const QJsonValue &value);

// Checks in a test function; they return from it on failure, like QVERIFY.
#define HTTP_EXPECT_STATUS(result, expected)                                                       \
    do {                                                                                           \
        const HttpResult &r_ = (result);                                                           \
        QVERIFY2(                                                                                  \
            r_.status == (expected),                                                               \
            qPrintable(                                                                            \
                QStringLiteral("expected status %1, got %2").arg(expected).arg(r_.describe())));   \
    } while (false)

// An error answer: status, JSON error body with code (and field, if non-empty), no-store.
#define HTTP_EXPECT_ERROR(result, expectedStatus, expectedCode, expectedField)                     \
    do {                                                                                           \
        const HttpResult &e_ = (result);                                                           \
        HTTP_EXPECT_STATUS(e_, expectedStatus);                                                    \
        QVERIFY2(e_.header("Content-Type").startsWith("application/json"),                         \
                 qPrintable(e_.describe()));                                                       \
        QVERIFY2(e_.header("Cache-Control").contains("no-store"), qPrintable(e_.describe()));      \
        QVERIFY2(e_.json.value(QLatin1String("error")).isObject(), qPrintable(e_.describe()));     \
        QVERIFY2(!e_.json.value(QLatin1String("error"))                                            \
                      .toObject()                                                                  \
                      .value(QLatin1String("message"))                                             \
                      .toString()                                                                  \
                      .isEmpty(),                                                                  \
                 qPrintable(e_.describe()));                                                       \
        QCOMPARE(e_.errorCode(), QString(expectedCode));                                           \
        if (!QString(expectedField).isEmpty())                                                     \
            QCOMPARE(e_.errorField(), QString(expectedField));                                     \
    } while (false)
