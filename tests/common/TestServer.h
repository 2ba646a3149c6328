#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// The real tokendesk-server, spawned for a test on an ephemeral loopback port with a throwaway
// database (seeded with the demo accounts unless told otherwise).
class TestServer
{
public:
    explicit TestServer(QStringList extraArgs = {}, bool demo = true);
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    // Starts the server and waits (up to 30 s) until it reports its port. False on failure;
    // errorString() then says why, including the server's output.
    bool start();
    // Stops the server (the database stays until destruction, so start() can resume it).
    void stop();
    bool isRunning() const;

    // The server process's id while it runs (e.g. to read /proc/<pid>/status), else 0.
    qint64 processId() const;
    // Where tests send requests: the server itself, or the OpenAPI proxy in front of it.
    QUrl baseUrl() const { return m_proxyUrl.isEmpty() ? m_baseUrl : m_proxyUrl; }
    // The server itself, bypassing any proxy.
    QUrl directUrl() const { return m_baseUrl; }
    quint16 port() const { return m_port; }
    QString databasePath() const;
    // What --database gets: databasePath() unless setDatabase() named another (a SQLite file or a
    // postgres:// URL). Two TestServers given the same database are two instances of one
    // deployment (tests of several instances behind one database).
    void setDatabase(const QString &database) { m_database = database; }
    QString database() const { return m_database.isEmpty() ? databasePath() : m_database; }
    QString dataDir() const { return m_dir.path(); }
    QString errorString() const { return m_error; }
    // Everything the server printed (stdout and stderr) so far.
    QByteArray output() const { return m_output; }

    static QString serverExecutable();
    // True when TOKENDESK_PRISM names a Prism binary: every start() then puts
    // `prism proxy --errors` in front of the server, so each answer a test receives has been
    // validated against docs/openapi.yaml (TOKENDESK_OPENAPI) and a mismatch turns into a 500.
    // Requests outside the description (unknown routes, wrong methods) are answered by Prism
    // itself, so tests of those skip in this mode.
    static bool throughOpenApiProxy();
    // Prism parses a JSON request body before it forwards it and answers a malformed one itself.
    static bool proxyCannotForward(const QByteArray &body);

private:
    bool startProxy();

    QStringList m_extraArgs;
    bool m_demo;
    QString m_database;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QProcess> m_proxy;
    QUrl m_baseUrl;
    QUrl m_proxyUrl;
    quint16 m_port = 0;
    QByteArray m_output;
    QString m_error;
};

// In a test function: skips the test (or data row) when the OpenAPI proxy would answer `body`
// itself instead of forwarding it to the server.
#define SKIP_IF_PROXY_CANNOT_FORWARD(body)                                                         \
    do {                                                                                           \
        if (TestServer::proxyCannotForward(body))                                                  \
            QSKIP("The OpenAPI proxy answers a body that is not JSON itself.");                    \
    } while (false)
