// Bounded load (issue 12 item 3): 8 clients × 2 000 requests over loopback against one spawned
// server, each on its own keep-alive connection and thread, a fixed mix of login, list, create,
// rotate, delete, introspection and demo items. Asserts no 5xx, no connection error, every answer
// the documented status, and afterwards every token still alive listed exactly once (and no
// deleted one). Prints p50/p99 latency and requests per second, never asserts them.
//
// TOKENDESK_LOAD_REQUESTS sets the requests per client (default 2000; the asan tree sets 500,
// tests/CMakeLists.txt). TOKENDESK_LOAD_SECONDS is the hang guard (default 240): past it the
// clients stop and the test fails. Logins run one at a time (the server lets one sign-in per
// user and address be in flight) with a low --password-iterations.
#include "RawHttp.h"
#include "TestServer.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace {
constexpr int Clients = 8;
constexpr int RequestTimeoutMs = 30000;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

struct Answer
{
    int status = 0; // 0: no answer (connection error)
    QJsonObject json;
};

// One client: a keep-alive connection, reconnected after an error, and what it saw.
class Client
{
public:
    Client(quint16 port, int index, const QDeadlineTimer &deadline)
        : m_port(port), m_index(index), m_deadline(deadline)
    {}

    void run(int requests, std::mutex &loginLock)
    {
        QTcpSocket socket;
        m_socket = &socket;
        for (int i = 0; i < requests && !m_deadline.hasExpired(); ++i) {
            if (i == 0 || i == requests / 2) {
                // Logins one at a time: two per client in the whole run.
                const std::lock_guard<std::mutex> lock(loginLock);
                login();
                continue;
            }
            step(i);
        }
        if (m_deadline.hasExpired())
            timedOut = true;
        m_socket = nullptr;
    }

    // Results, read after the thread joined.
    std::vector<qint64> latenciesUs;
    int requests = 0;
    int serverErrors = 0;
    int connectionErrors = 0;
    QStringList unexpected;          // "POST /path -> 409"
    QHash<QString, QByteArray> live; // token id → secret
    QSet<QString> deleted;
    bool timedOut = false;

private:
    Answer call(const QByteArray &method, const QByteArray &path, const QByteArray &bearer,
                const QByteArray &body, int expected)
    {
        QByteArray request = method + ' ' + path +
                             " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n";
        if (!bearer.isEmpty())
            request += "Authorization: Bearer " + bearer + "\r\n";
        if (method != "GET" && method != "DELETE")
            request += "Content-Type: application/json\r\nContent-Length: " +
                       QByteArray::number(body.size()) + "\r\n";
        request += "\r\n" + body;

        ++requests;
        QElapsedTimer timer;
        timer.start();
        Answer answer;
        const QByteArray bytes = exchange(request);
        latenciesUs.push_back(timer.nsecsElapsed() / 1000);
        RawReply reply;
        reply.bytes = bytes;
        answer.status = reply.status();
        answer.json = reply.json();
        if (answer.status == 0) {
            ++connectionErrors;
            m_socket->abort();
        } else if (answer.status >= 500) {
            ++serverErrors;
        }
        if (answer.status != expected)
            unexpected << QStringLiteral("%1 %2 -> %3 (expected %4)")
                              .arg(QString::fromLatin1(method), QString::fromLatin1(path))
                              .arg(answer.status)
                              .arg(expected);
        return answer;
    }

    // Writes one request and reads one whole answer (empty on any transport failure).
    QByteArray exchange(const QByteArray &request)
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            m_socket->abort();
            m_socket->connectToHost(QHostAddress::LocalHost, m_port);
            if (!m_socket->waitForConnected(RequestTimeoutMs))
                return {};
        }
        m_socket->write(request);
        QByteArray bytes;
        QDeadlineTimer deadline(RequestTimeoutMs);
        while (!RawHttp::complete(bytes)) {
            if (deadline.hasExpired() ||
                (m_socket->bytesAvailable() == 0 &&
                 !m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))))
                return {};
            bytes += m_socket->readAll();
        }
        return bytes;
    }

    void login()
    {
        const Answer answer =
            call("POST", "/api/v1/session", {}, R"({"username":"alice","password":"alice"})", 201);
        if (answer.status == 201)
            m_session = answer.json.value(QLatin1String("session")).toString().toLatin1();
    }

    // Some live token of this client, or an empty id.
    QString anyLive() const { return live.isEmpty() ? QString() : live.constBegin().key(); }

    void create(int i)
    {
        const QByteArray body =
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("name"), QStringLiteral("load-%1-%2").arg(m_index).arg(i)},
                    {QStringLiteral("scopes"),
                     QJsonArray{QStringLiteral("read"), QStringLiteral("write")}},
                    {QStringLiteral("expires_at"),
                     QDateTime::currentDateTimeUtc().addDays(7).toString(Qt::ISODate)}})
                .toJson(QJsonDocument::Compact);
        const Answer answer = call("POST", "/api/v1/me/tokens", m_session, body, 201);
        if (answer.status == 201)
            live.insert(answer.json.value(QLatin1String("token"))
                            .toObject()
                            .value(QLatin1String("id"))
                            .toString(),
                        answer.json.value(QLatin1String("secret")).toString().toLatin1());
    }

    void step(int i)
    {
        const QString id = anyLive();
        const QByteArray secret = live.value(id);
        switch (i % 10) {
        case 0:
            call("GET", "/api/v1/me/tokens?page_size=50", m_session, {}, 200);
            break;
        case 1:
        case 2:
            create(i);
            break;
        case 3:
            if (id.isEmpty())
                return create(i);
            {
                const Answer answer = call("POST", "/api/v1/me/tokens/" + id.toLatin1() + "/rotate",
                                           m_session, "{}", 201);
                if (answer.status == 200)
                    live[id] = answer.json.value(QLatin1String("secret")).toString().toLatin1();
            }
            break;
        case 4:
            if (id.isEmpty())
                return create(i);
            if (call("DELETE", "/api/v1/me/tokens/" + id.toLatin1(), m_session, {}, 204).status ==
                204) {
                live.remove(id);
                deleted.insert(id);
            }
            break;
        case 5:
        case 6:
            if (secret.isEmpty())
                return create(i);
            call("GET", "/api/v1/token", secret, {}, 200);
            break;
        case 7:
            if (secret.isEmpty())
                return create(i);
            call("GET", "/api/v1/demo/items", secret, {}, 200);
            break;
        case 8:
            if (secret.isEmpty())
                return create(i);
            call("POST", "/api/v1/demo/items", secret,
                 QByteArray(R"({"name":"item-)") + QByteArray::number(m_index) + '-' +
                     QByteArray::number(i) + "\"}",
                 201);
            break;
        default:
            call("GET", "/api/v1/me", m_session, {}, 200);
            break;
        }
    }

    quint16 m_port;
    int m_index;
    QDeadlineTimer m_deadline;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_session;
};

qint64 percentile(std::vector<qint64> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const auto index = static_cast<size_t>(p * double(sorted.size() - 1) + 0.5);
    return sorted[std::min(index, sorted.size() - 1)];
}
} // namespace

class TestLoad : public QObject
{
    Q_OBJECT
private slots:
    void eightClientsAgainstOneServer();
};

void TestLoad::eightClientsAgainstOneServer()
{
    const int perClient = envInt("TOKENDESK_LOAD_REQUESTS", 2000);
    const int seconds = envInt("TOKENDESK_LOAD_SECONDS", 240);
    TestServer server({QStringLiteral("--password-iterations"), QStringLiteral("1000")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    const QDeadlineTimer deadline(qint64(seconds) * 1000);
    std::mutex loginLock;
    std::vector<std::unique_ptr<Client>> clients;
    for (int c = 0; c < Clients; ++c)
        clients.push_back(std::make_unique<Client>(server.port(), c, deadline));
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    std::atomic<int> finished{0};
    for (auto &client : clients)
        threads.emplace_back([&client, perClient, &loginLock, &finished] {
            client->run(perClient, loginLock);
            ++finished;
        });
    // This thread keeps reading the server's output meanwhile: a full pipe would stop the
    // server at its next log line.
    while (finished < Clients)
        QTest::qWait(20);
    for (std::thread &thread : threads)
        thread.join();
    const qint64 elapsedMs = qMax<qint64>(1, wall.elapsed());

    std::vector<qint64> latencies;
    int requests = 0, serverErrors = 0, connectionErrors = 0;
    QStringList unexpected;
    QHash<QString, QByteArray> live;
    QSet<QString> deleted;
    bool timedOut = false;
    for (const auto &client : clients) {
        latencies.insert(latencies.end(), client->latenciesUs.begin(), client->latenciesUs.end());
        requests += client->requests;
        serverErrors += client->serverErrors;
        connectionErrors += client->connectionErrors;
        unexpected += client->unexpected;
        live.insert(client->live);
        deleted.unite(client->deleted);
        timedOut = timedOut || client->timedOut;
    }
    std::printf("tst_load: %d clients, %d requests in %.1f s: %.0f req/s, latency p50 %.2f ms, "
                "p99 %.2f ms; %lld tokens alive, %lld deleted\n",
                Clients, requests, double(elapsedMs) / 1000.0,
                requests * 1000.0 / double(elapsedMs), double(percentile(latencies, 0.50)) / 1000.0,
                double(percentile(latencies, 0.99)) / 1000.0, qint64(live.size()),
                qint64(deleted.size()));
    std::fflush(stdout);
    if (!unexpected.isEmpty()) // what the server said about it
        std::fprintf(stderr, "server output (end):\n%s\n", server.output().right(2000).constData());

    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.mid(0, 10).join(QLatin1Char('\n'))));
    QVERIFY2(!timedOut, qPrintable(QStringLiteral("the clients did not finish within %1 s "
                                                  "(TOKENDESK_LOAD_SECONDS)")
                                       .arg(seconds)));
    QCOMPARE(serverErrors, 0);
    QCOMPARE(connectionErrors, 0);
    QCOMPARE(requests, Clients * perClient);
    QVERIFY(!live.isEmpty());

    // Every token alive listed exactly once, no deleted one at all: all pages, fresh session.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(RequestTimeoutMs));
    const auto get = [&socket, &server](const QByteArray &path, const QByteArray &bearer) {
        socket.write("GET " + path +
                     " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(server.port()) +
                     "\r\nAuthorization: Bearer " + bearer + "\r\n\r\n");
        return RawHttp::read(socket, RequestTimeoutMs);
    };
    const QByteArray credentials = R"({"username":"alice","password":"alice"})";
    const RawReply login = RawHttp::exchange(
        server.port(),
        "POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(server.port()) +
            "\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(credentials.size()) + "\r\nConnection: close\r\n\r\n" + credentials,
        RequestTimeoutMs);
    QCOMPARE(login.status(), 201);
    const QByteArray session = login.json().value(QLatin1String("session")).toString().toLatin1();
    QHash<QString, int> listed;
    QByteArray path = "/api/v1/me/tokens?page_size=1000";
    for (int page = 0; page < 100; ++page) {
        const RawReply reply = get(path, session);
        QCOMPARE(reply.status(), 200);
        const QJsonObject json = reply.json();
        for (const QJsonValue &token : json.value(QLatin1String("tokens")).toArray())
            ++listed[token.toObject().value(QLatin1String("id")).toString()];
        const QString next = json.value(QLatin1String("next_page_token")).toString();
        if (next.isEmpty())
            break;
        path = "/api/v1/me/tokens?page_size=1000&page_token=" + next.toLatin1();
    }
    for (auto it = live.constBegin(); it != live.constEnd(); ++it)
        QVERIFY2(
            listed.value(it.key()) == 1,
            qPrintable(
                QStringLiteral("%1 listed %2 times").arg(it.key()).arg(listed.value(it.key()))));
    for (const QString &id : deleted)
        QVERIFY2(!listed.contains(id), qPrintable(QStringLiteral("deleted %1 is listed").arg(id)));
}

QTEST_GUILESS_MAIN(TestLoad)
#include "tst_load.moc"
