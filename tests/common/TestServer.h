#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>

#include <memory>
#include <optional>

// The real tokendesk-server, spawned for a test on an ephemeral loopback port with a throwaway
// database (seeded with the demo accounts unless told otherwise).
//
// Two backends, one suite: by default the database is a SQLite file in a temporary folder. When
// TOKENDESK_TEST_DATABASE_URL is set (tests/server/with-postgres.sh sets it to its throwaway
// cluster), each TestServer instead gets a database of its own on that PostgreSQL server
// (CREATE DATABASE), so tests stay independent. extraArgs with "--database X" share X instead
// (e.g. a second instance on the first one's database()).
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
    // The SQLite file of a server on SQLite (in dataDir()); meaningless on PostgreSQL.
    QString databasePath() const;
    // What the server gets as --database: databasePath(), or a postgres:// URL (with the
    // password, if the cluster wants one; start() hands that over by --database-password-file).
    QString database() const { return m_database; }
    // Makes this server use another's database (a SQLite file or a postgres:// URL) before
    // start(): two TestServers on one database are two instances of one deployment.
    void setDatabase(const QString &database) { m_database = database; }
    // True when the tests run against PostgreSQL (TOKENDESK_TEST_DATABASE_URL is set).
    static bool onPostgres();
    // Runs one statement on this server's database through a connection of the test's own
    // (Qt's SQLite or PostgreSQL driver, while the server may keep running); the first value it
    // returns. *error is set (and nullopt returned) when it fails; *rowsAffected, when given,
    // receives the count of changed rows.
    std::optional<QVariant> execSql(const QString &sql, const QVariantList &values = {},
                                    QString *error = nullptr, int *rowsAffected = nullptr) const;
    // Everything the database holds, as bytes to search: the SQLite file and its -wal/-shm
    // companions, or on PostgreSQL the text of every row of every table. Empty with *error set
    // when it cannot be read.
    QByteArray storedBytes(QString *error) const;
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
    // A new, empty database on the PostgreSQL server of TOKENDESK_TEST_DATABASE_URL: its URL.
    static QString createPostgresDatabase(QString *error);

    QStringList m_extraArgs;
    bool m_demo;
    QTemporaryDir m_dir;
    QString m_database;      // --database
    QString m_databaseError; // creating the PostgreSQL database failed
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
