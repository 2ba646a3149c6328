// Issue 14 items 2 and 5: two tokendesk-server instances, A and B, on one database (PostgreSQL
// when TOKENDESK_TEST_DATABASE_URL names one, else one SQLite file) answer any request as one
// server would: nothing that must be shared lives in one process's memory. Sessions, tokens,
// revocations, last_used_at and the login rate limits are all read from the database on each
// request, and uniqueness holds across instances because the database enforces it.
#include "HttpTestClient.h"
#include "InstancePair.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSet>
#include <QtTest>

#include <functional>
#include <memory>

namespace {
QDateTime inAWeek()
{
    return QDateTime::currentDateTimeUtc().addDays(7);
}

QByteArray createBody(const QString &name)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("scopes"), QJsonArray{QStringLiteral("read")}},
                           {QStringLiteral("expires_at"), inAWeek().toString(Qt::ISODate)}})
        .toJson(QJsonDocument::Compact);
}

// Clients that keep requests in flight at once, each on its own connection to its instance:
// client i sends its next request as soon as its previous one is answered. Asynchronous on one
// thread, so that 8 clients really overlap (a blocking test client would take turns).
class ConcurrentClients
{
public:
    struct Answer
    {
        int status = 0;
        QString errorCode;
    };
    // next(client, n): the URL and body of client's n-th request, or an invalid URL when done.
    using NextRequest = std::function<std::pair<QUrl, QByteArray>(int client, int n)>;

    ConcurrentClients(int clients, QList<QByteArray> sessions, NextRequest next)
        : m_sessions(std::move(sessions)), m_next(std::move(next))
    {
        for (int i = 0; i < clients; ++i) {
            // One manager per client: its own connections, like separate programs.
            m_managers.push_back(std::make_unique<QNetworkAccessManager>());
            m_managers.back()->setProxy(QNetworkProxy::NoProxy);
        }
    }

    // Runs every client to its end; false if that took longer than timeoutMs (a hang guard).
    bool run(int timeoutMs)
    {
        for (int i = 0; i < int(m_managers.size()); ++i)
            send(i, 0);
        return QTest::qWaitFor([this] { return m_running == 0; }, timeoutMs);
    }
    const QList<Answer> &answers() const { return m_answers; }

private:
    void send(int client, int n)
    {
        const auto [url, body] = m_next(client, n);
        if (!url.isValid())
            return;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_sessions.at(client));
        request.setTransferTimeout(HttpTestClient::TimeoutMs);
        QNetworkReply *reply = m_managers[client]->post(request, body);
        ++m_running;
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, client, n] {
            Answer answer;
            answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            answer.errorCode = QJsonDocument::fromJson(reply->readAll())
                                   .object()
                                   .value(QLatin1String("error"))
                                   .toObject()
                                   .value(QLatin1String("code"))
                                   .toString();
            m_answers.append(answer);
            reply->deleteLater();
            --m_running;
            send(client, n + 1);
        });
    }

    QList<QByteArray> m_sessions;
    NextRequest m_next;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
    QList<Answer> m_answers;
    int m_running = 0;
};

// All of a session's personal tokens, page by page, through client.
QList<QJsonObject> listAll(HttpTestClient &client, const QByteArray &session, QString *error)
{
    QList<QJsonObject> tokens;
    QString pageToken;
    for (int page = 0; page < 100; ++page) {
        QString path = QStringLiteral("/api/v1/me/tokens?page_size=1000");
        if (!pageToken.isEmpty())
            path += QStringLiteral("&page_token=") + pageToken;
        const HttpResult r = client.get(path, session);
        if (r.status != 200) {
            *error = r.describe();
            return {};
        }
        for (const QJsonValue &token : r.json.value(QLatin1String("tokens")).toArray())
            tokens.append(token.toObject());
        pageToken = r.json.value(QLatin1String("next_page_token")).toString();
        if (pageToken.isEmpty())
            return tokens;
    }
    *error = QStringLiteral("more than 100 pages");
    return {};
}
} // namespace

class TestMultiInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sessionFromAWorksOnB();
    void tokenFromAAuthenticatesOnB();
    void revokeOnBIsRefusedOnAAtOnce();
    void signOutOnBEndsTheSessionOnA();
    void failedLoginsSpreadOverBothHit429();
    void concurrentCreatesOfDistinctNames();
    void concurrentCreatesOfOneName();

private:
    // A new user, signed in on A; empty on failure (with the reason in *error).
    QByteArray freshUserOnA(const QString &prefix, QString *error);
    // A new user with count sessions, session i made on instance i (even on A, odd on B); empty
    // on failure (with the reason in *error).
    QList<QByteArray> freshUserSignedIn(const QString &prefix, int count, QString *error);

    std::unique_ptr<InstancePair> m_pair;
    HttpTestClient m_onA;
    HttpTestClient m_onB;
};

void TestMultiInstance::initTestCase()
{
    m_pair = std::make_unique<InstancePair>();
    QVERIFY2(m_pair->start(), qPrintable(m_pair->errorString()));
    m_onA.setBaseUrl(m_pair->a().baseUrl());
    m_onB.setBaseUrl(m_pair->b().baseUrl());
    QVERIFY(m_pair->a().port() != m_pair->b().port());
    qInfo("A on port %u, B on port %u, database %s", m_pair->a().port(), m_pair->b().port(),
          m_pair->database().startsWith(QLatin1String("postgres")) ? "PostgreSQL" : "SQLite");
}

QByteArray TestMultiInstance::freshUserOnA(const QString &prefix, QString *error)
{
    const QString name = InstancePair::uniqueName(prefix);
    if (!m_pair->createUser(name)) {
        *error = m_pair->errorString();
        return {};
    }
    const QByteArray session = m_onA.login(name, name);
    if (session.isEmpty())
        *error = QStringLiteral("%1 cannot sign in on A").arg(name);
    return session;
}

QList<QByteArray> TestMultiInstance::freshUserSignedIn(const QString &prefix, int count,
                                                       QString *error)
{
    const QString name = InstancePair::uniqueName(prefix);
    if (!m_pair->createUser(name)) {
        *error = m_pair->errorString();
        return {};
    }
    QList<QByteArray> sessions;
    for (int i = 0; i < count; ++i) {
        HttpTestClient client(m_pair->instance(i).baseUrl());
        sessions.append(client.login(name, name));
        if (sessions.last().isEmpty()) {
            *error = QStringLiteral("%1 cannot sign in on instance %2").arg(name).arg(i % 2);
            return {};
        }
    }
    return sessions;
}

void TestMultiInstance::sessionFromAWorksOnB()
{
    QString error;
    const QByteArray session = freshUserOnA(QStringLiteral("sess"), &error);
    QVERIFY2(!session.isEmpty(), qPrintable(error));
    const HttpResult meOnA = m_onA.get(QStringLiteral("/api/v1/me"), session);
    HTTP_EXPECT_STATUS(meOnA, 200);
    const HttpResult meOnB = m_onB.get(QStringLiteral("/api/v1/me"), session);
    HTTP_EXPECT_STATUS(meOnB, 200);
    QCOMPARE(meOnB.json.value(QLatin1String("id")), meOnA.json.value(QLatin1String("id")));
    QVERIFY(
        meOnB.json.value(QLatin1String("username")).toString().startsWith(QLatin1String("sess")));
}

void TestMultiInstance::tokenFromAAuthenticatesOnB()
{
    QString error;
    const QByteArray session = freshUserOnA(QStringLiteral("tok"), &error);
    QVERIFY2(!session.isEmpty(), qPrintable(error));
    const HttpResult created = m_onA.createToken(session, QStringLiteral("made on A"),
                                                 {QStringLiteral("read")}, inAWeek());
    HTTP_EXPECT_STATUS(created, 201);
    const HttpResult introspected = m_onB.get(QStringLiteral("/api/v1/token"), secretOf(created));
    HTTP_EXPECT_STATUS(introspected, 200);
    QCOMPARE(introspected.json.value(QLatin1String("id")).toString(), tokenIdOf(created));
    // B's use of the token is what A lists as last_used_at.
    QString listError;
    const QList<QJsonObject> onA = listAll(m_onA, session, &listError);
    QVERIFY2(listError.isEmpty(), qPrintable(listError));
    QCOMPARE(onA.size(), 1);
    QVERIFY2(isUtcSeconds(onA.first().value(QLatin1String("last_used_at"))),
             qPrintable(QJsonDocument(onA.first()).toJson()));
}

void TestMultiInstance::revokeOnBIsRefusedOnAAtOnce()
{
    QString error;
    const QByteArray session = freshUserOnA(QStringLiteral("rev"), &error);
    QVERIFY2(!session.isEmpty(), qPrintable(error));
    const HttpResult created = m_onA.createToken(session, QStringLiteral("to revoke"),
                                                 {QStringLiteral("read")}, inAWeek());
    HTTP_EXPECT_STATUS(created, 201);
    const QByteArray secret = secretOf(created);
    // A has just authenticated the token: whatever it might remember, it must not use it.
    HTTP_EXPECT_STATUS(m_onA.get(QStringLiteral("/api/v1/token"), secret), 200);
    HTTP_EXPECT_STATUS(m_onB.request("DELETE",
                                     QStringLiteral("/api/v1/me/tokens/") + tokenIdOf(created), {},
                                     session),
                       204);
    HTTP_EXPECT_ERROR(m_onA.get(QStringLiteral("/api/v1/token"), secret), 401,
                      QStringLiteral("unauthenticated"), QString());
    HTTP_EXPECT_ERROR(m_onB.get(QStringLiteral("/api/v1/token"), secret), 401,
                      QStringLiteral("unauthenticated"), QString());

    // Rotation on B: the old secret stops on A at once, the new one works there.
    const HttpResult second = m_onA.createToken(session, QStringLiteral("to rotate"),
                                                {QStringLiteral("read")}, inAWeek());
    HTTP_EXPECT_STATUS(second, 201);
    HTTP_EXPECT_STATUS(m_onA.get(QStringLiteral("/api/v1/token"), secretOf(second)), 200);
    const HttpResult rotated =
        m_onB.json("POST", QStringLiteral("/api/v1/me/tokens/%1/rotate").arg(tokenIdOf(second)),
                   {{QStringLiteral("expires_at"), inAWeek().toString(Qt::ISODate)}}, session);
    HTTP_EXPECT_STATUS(rotated, 201);
    HTTP_EXPECT_STATUS(m_onA.get(QStringLiteral("/api/v1/token"), secretOf(second)), 401);
    HTTP_EXPECT_STATUS(m_onA.get(QStringLiteral("/api/v1/token"), secretOf(rotated)), 200);
}

void TestMultiInstance::signOutOnBEndsTheSessionOnA()
{
    QString error;
    const QByteArray session = freshUserOnA(QStringLiteral("out"), &error);
    QVERIFY2(!session.isEmpty(), qPrintable(error));
    HTTP_EXPECT_STATUS(m_onA.get(QStringLiteral("/api/v1/me"), session), 200);
    HTTP_EXPECT_STATUS(m_onB.request("DELETE", QStringLiteral("/api/v1/session"), {}, session),
                       204);
    HTTP_EXPECT_ERROR(m_onA.get(QStringLiteral("/api/v1/me"), session), 401,
                      QStringLiteral("unauthenticated"), QString());
}

void TestMultiInstance::failedLoginsSpreadOverBothHit429()
{
    const QString name = InstancePair::uniqueName(QStringLiteral("guess"));
    QVERIFY2(m_pair->createUser(name), qPrintable(m_pair->errorString()));
    const QJsonObject wrong{{QStringLiteral("username"), name},
                            {QStringLiteral("password"), QStringLiteral("wrong")}};
    const QJsonObject right{{QStringLiteral("username"), name}, {QStringLiteral("password"), name}};
    // 5 failures, alternating: 3 on A, 2 on B. Neither instance alone has seen 5.
    for (int i = 0; i < 5; ++i) {
        HttpTestClient &client = i % 2 == 0 ? m_onA : m_onB;
        const HttpResult r = client.json("POST", QStringLiteral("/api/v1/session"), wrong);
        HTTP_EXPECT_ERROR(r, 401, QStringLiteral("invalid_credentials"), QString());
    }
    // The right password is refused now, on both.
    for (HttpTestClient *client : {&m_onB, &m_onA}) {
        const HttpResult r = client->json("POST", QStringLiteral("/api/v1/session"), right);
        HTTP_EXPECT_ERROR(r, 429, QStringLiteral("rate_limited"), QString());
        bool ok = false;
        const int retryAfter = r.header("Retry-After").toInt(&ok);
        QVERIFY2(ok && retryAfter > 0 && retryAfter <= 60, qPrintable(r.describe()));
    }
}

void TestMultiInstance::concurrentCreatesOfDistinctNames()
{
    constexpr int Clients = 8;
    constexpr int PerClient = 50;
    QString error;
    const QList<QByteArray> sessions = freshUserSignedIn(QStringLiteral("many"), Clients, &error);
    QVERIFY2(!sessions.isEmpty(), qPrintable(error));
    // ...and then alternates: request n of client i goes to instance i + n.
    ConcurrentClients clients(Clients, sessions, [this](int client, int n) {
        if (n >= PerClient)
            return std::pair<QUrl, QByteArray>();
        const QUrl url(m_pair->instance(client + n).baseUrl().toString() +
                       QStringLiteral("/api/v1/me/tokens"));
        return std::pair(url, createBody(QStringLiteral("client %1 token %2").arg(client).arg(n)));
    });
    QVERIFY2(clients.run(240000), "the creates did not finish (hang guard)");
    QCOMPARE(clients.answers().size(), Clients * PerClient);
    for (const ConcurrentClients::Answer &answer : clients.answers())
        QVERIFY2(
            answer.status == 201,
            qPrintable(QStringLiteral("status %1 %2").arg(answer.status).arg(answer.errorCode)));

    for (HttpTestClient *client : {&m_onA, &m_onB}) {
        const QList<QJsonObject> listed = listAll(*client, sessions.first(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(listed.size(), Clients * PerClient);
        QSet<QString> names, ids;
        for (const QJsonObject &token : listed) {
            names.insert(token.value(QLatin1String("name")).toString());
            ids.insert(token.value(QLatin1String("id")).toString());
        }
        QCOMPARE(names.size(), Clients * PerClient);
        QCOMPARE(ids.size(), Clients * PerClient);
    }
}

void TestMultiInstance::concurrentCreatesOfOneName()
{
    constexpr int Clients = 8;
    constexpr int Rounds = 5;
    QString error;
    const QList<QByteArray> sessions = freshUserSignedIn(QStringLiteral("race"), Clients, &error);
    QVERIFY2(!sessions.isEmpty(), qPrintable(error));
    // Each round, all 8 clients (4 on A, 4 on B) create the same name at once.
    for (int round = 0; round < Rounds; ++round) {
        const QString tokenName = QStringLiteral("the one name %1").arg(round);
        ConcurrentClients clients(Clients, sessions, [&](int client, int n) {
            if (n > 0)
                return std::pair<QUrl, QByteArray>();
            const QUrl url(m_pair->instance(client).baseUrl().toString() +
                           QStringLiteral("/api/v1/me/tokens"));
            return std::pair(url, createBody(tokenName));
        });
        QVERIFY2(clients.run(60000), "the creates did not finish (hang guard)");
        int created = 0;
        for (const ConcurrentClients::Answer &answer : clients.answers()) {
            if (answer.status == 201) {
                ++created;
                continue;
            }
            QVERIFY2(answer.status == 409 && answer.errorCode == QLatin1String("name_taken"),
                     qPrintable(QStringLiteral("round %1: status %2 %3")
                                    .arg(round)
                                    .arg(answer.status)
                                    .arg(answer.errorCode)));
        }
        QCOMPARE(clients.answers().size(), Clients);
        QCOMPARE(created, 1);
    }
    const QList<QJsonObject> listed = listAll(m_onB, sessions.first(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(listed.size(), Rounds);
}

QTEST_GUILESS_MAIN(TestMultiInstance)
#include "tst_multiinstance.moc"
