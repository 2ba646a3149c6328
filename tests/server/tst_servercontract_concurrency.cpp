// Contract of docs/API.md under concurrent clients, on either backend (TestServer): creates from
// many clients at once all land, exactly once each, and a name is unique among an owner's active
// tokens by the database — one 201 for a name, 409 name_taken for everyone else.
#include "HttpTestClient.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QtTest>

#include <memory>

namespace {
constexpr int Clients = 8;
constexpr int CreatesPerClient = 50;
constexpr int SameNameRounds = 10;

QByteArray createBody(const QString &name)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("scopes"), QJsonArray{QStringLiteral("read")}},
                           {QStringLiteral("expires_at"),
                            QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate)}})
        .toJson(QJsonDocument::Compact);
}

// One client: its own connections (QNetworkAccessManager) and session, sending its creates one
// after the other while the other clients do the same.
class Client
{
public:
    Client(const QUrl &server, QByteArray session) : m_server(server), m_session(std::move(session))
    {}

    // Sends POST /api/v1/me/tokens for each name in turn; done() once all are answered.
    void createAll(const QStringList &names)
    {
        m_names = names;
        next();
    }
    // Sends one create now.
    void createOne(const QString &name) { send(name); }
    bool done() const { return m_names.isEmpty() && m_statuses.size() == m_expected; }
    QList<int> statuses() const { return m_statuses; }
    QStringList codes() const { return m_codes; }

private:
    void next()
    {
        if (!m_names.isEmpty())
            send(m_names.takeFirst());
    }
    void send(const QString &name)
    {
        ++m_expected;
        QUrl url = m_server;
        url.setPath(QStringLiteral("/api/v1/me/tokens"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_session);
        request.setTransferTimeout(HttpTestClient::TimeoutMs);
        QNetworkReply *reply = m_manager.post(request, createBody(name));
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            m_statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            m_codes << QJsonDocument::fromJson(reply->readAll())
                           .object()
                           .value(QLatin1String("error"))
                           .toObject()
                           .value(QLatin1String("code"))
                           .toString();
            reply->deleteLater();
            next();
        });
    }

    QNetworkAccessManager m_manager;
    QUrl m_server;
    QByteArray m_session;
    QStringList m_names;
    QList<int> m_statuses;
    QStringList m_codes;
    int m_expected = 0;
};

QStringList listedNames(HttpTestClient &client, const QByteArray &session, HttpResult *listing)
{
    *listing = client.get(QStringLiteral("/api/v1/me/tokens?page_size=1000"), session);
    QStringList names;
    for (const QJsonValue &token : listing->json.value(QLatin1String("tokens")).toArray())
        names << token[QLatin1String("name")].toString();
    return names;
}
} // namespace

class TestServerContractConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void concurrentCreatesOfDistinctNamesAllLand();
    void concurrentCreatesOfOneNameGiveOne201();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
    std::vector<std::unique_ptr<Client>> m_clients;
};

void TestServerContractConcurrency::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_client = std::make_unique<HttpTestClient>(m_server->baseUrl());
    m_clients.clear();
    for (int i = 0; i < Clients; ++i) {
        const QByteArray session = m_client->login(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(!session.isEmpty());
        m_clients.push_back(std::make_unique<Client>(m_server->baseUrl(), session));
    }
}

void TestServerContractConcurrency::cleanup()
{
    m_clients.clear();
    m_client.reset();
    m_server.reset();
}

void TestServerContractConcurrency::concurrentCreatesOfDistinctNamesAllLand()
{
    QSet<QString> expected;
    for (int c = 0; c < Clients; ++c) {
        QStringList names;
        for (int n = 0; n < CreatesPerClient; ++n)
            names << QStringLiteral("client %1 token %2").arg(c).arg(n);
        expected.unite(QSet<QString>(names.cbegin(), names.cend()));
        m_clients[c]->createAll(names);
    }
    const auto allDone = [this] {
        for (const auto &client : m_clients) {
            if (!client->done())
                return false;
        }
        return true;
    };
    // A hang guard only: each answer has its own 15 s transfer timeout.
    QTRY_VERIFY_WITH_TIMEOUT(allDone(), 240000);
    for (const auto &client : m_clients) {
        QCOMPARE(client->statuses().size(), CreatesPerClient);
        QCOMPARE(client->statuses().count(201), CreatesPerClient);
    }
    HttpResult listing;
    const QByteArray session = m_client->login(QStringLiteral("demo"), QStringLiteral("demo"));
    const QStringList listed = listedNames(*m_client, session, &listing);
    HTTP_EXPECT_STATUS(listing, 200);
    QCOMPARE(listed.size(), Clients * CreatesPerClient);
    QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()), expected);
}

void TestServerContractConcurrency::concurrentCreatesOfOneNameGiveOne201()
{
    for (int round = 0; round < SameNameRounds; ++round) {
        const QString name = QStringLiteral("shared name %1").arg(round);
        for (const auto &client : m_clients)
            client->createOne(name);
        const auto roundDone = [this, round] {
            for (const auto &client : m_clients) {
                if (client->statuses().size() != round + 1)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(roundDone(), 60000);
        QList<int> statuses;
        QStringList codes;
        for (const auto &client : m_clients) {
            statuses << client->statuses().last();
            codes << client->codes().last();
        }
        QCOMPARE(statuses.count(201), 1);
        QCOMPARE(statuses.count(409), Clients - 1);
        QCOMPARE(codes.count(QStringLiteral("name_taken")), Clients - 1);
    }
    const QByteArray session = m_client->login(QStringLiteral("demo"), QStringLiteral("demo"));
    HttpResult listing;
    const QStringList listed = listedNames(*m_client, session, &listing);
    HTTP_EXPECT_STATUS(listing, 200);
    QCOMPARE(listed.size(), SameNameRounds);
    QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()).size(), SameNameRounds);
}

QTEST_GUILESS_MAIN(TestServerContractConcurrency)
#include "tst_servercontract_concurrency.moc"
