#include "TestServer.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

#include <csignal>
#include <sys/prctl.h>

#ifndef TOKENDESK_SERVER_BIN
#error "TOKENDESK_SERVER_BIN must name the tokendesk-server executable"
#endif

namespace {
QString testDatabaseUrl()
{
    return qEnvironmentVariable("TOKENDESK_TEST_DATABASE_URL");
}

// A QSqlDatabase for a --database value (path or postgres:// URL), under a fresh connection name.
QSqlDatabase connectTo(const QString &database)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("testserver-%1").arg(counter.fetchAndAddRelaxed(1));
    const QUrl url(database);
    if (url.scheme() != QLatin1String("postgres") && url.scheme() != QLatin1String("postgresql")) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(database);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    return db;
}

// Runs fn(db) on an open connection to database, then closes and removes the connection.
template <typename Fn> bool withDatabase(const QString &database, QString *error, Fn fn)
{
    QString name;
    bool ok = false;
    {
        QSqlDatabase db = connectTo(database);
        name = db.connectionName();
        if (!db.open()) {
            *error = QStringLiteral("cannot open %1: %2").arg(database, db.lastError().text());
        } else {
            ok = fn(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

TestServer::TestServer(QStringList extraArgs, bool demo)
    : m_extraArgs(std::move(extraArgs)), m_demo(demo)
{
    const qsizetype given = m_extraArgs.indexOf(QStringLiteral("--database"));
    if (given >= 0 && given + 1 < m_extraArgs.size()) {
        m_database = m_extraArgs[given + 1];
        m_extraArgs.remove(given, 2);
    } else if (onPostgres()) {
        m_database = createPostgresDatabase(&m_databaseError);
    } else {
        m_database = databasePath();
    }
}

bool TestServer::onPostgres()
{
    return !testDatabaseUrl().isEmpty();
}

QString TestServer::createPostgresDatabase(QString *error)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("tokendesk_test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    const QString maintenance = testDatabaseUrl();
    const bool created = withDatabase(maintenance, error, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            return true;
        *error = QStringLiteral("CREATE DATABASE %1: %2").arg(name, query.lastError().text());
        return false;
    });
    if (!created)
        return {};
    QUrl url(maintenance);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

std::optional<QVariant> TestServer::execSql(const QString &sql, const QVariantList &values,
                                            QString *error, int *rowsAffected) const
{
    QString failure;
    std::optional<QVariant> result;
    withDatabase(m_database, &failure, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        // PostgreSQL prepares only queries and DML, not DDL; those take no values.
        bool ok = values.isEmpty() || query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = ok && (values.isEmpty() ? query.exec(sql) : query.exec());
        if (!ok) {
            failure = sql + QStringLiteral(": ") + query.lastError().text();
            return false;
        }
        if (rowsAffected)
            *rowsAffected = query.numRowsAffected();
        result = query.next() ? query.value(0) : QVariant();
        return true;
    });
    if (error)
        *error = failure;
    return result;
}

QByteArray TestServer::storedBytes(QString *error) const
{
    QByteArray bytes;
    if (!m_database.startsWith(QLatin1String("postgres"))) {
        if (!QFile::exists(m_database)) {
            *error = QStringLiteral("no database file %1").arg(m_database);
            return {};
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile file(m_database + suffix);
            if (!file.exists())
                continue;
            if (!file.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("cannot read %1").arg(file.fileName());
                return {};
            }
            bytes += file.readAll();
        }
        return bytes;
    }
    withDatabase(m_database, error, [&](QSqlDatabase &db) {
        QSqlQuery tables(db);
        if (!tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                        "'public' ORDER BY tablename"))) {
            *error = tables.lastError().text();
            return false;
        }
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : std::as_const(names)) {
            QSqlQuery rows(db);
            if (!rows.exec(QStringLiteral("SELECT t::text FROM %1 t").arg(table))) {
                *error = rows.lastError().text();
                return false;
            }
            while (rows.next())
                bytes += rows.value(0).toString().toUtf8() + '\n';
        }
        return true;
    });
    return bytes;
}

TestServer::~TestServer()
{
    stop();
}

QString TestServer::serverExecutable()
{
    return QStringLiteral(TOKENDESK_SERVER_BIN);
}

QString TestServer::databasePath() const
{
    return m_dir.filePath(QStringLiteral("tokendesk.sqlite"));
}

bool TestServer::throughOpenApiProxy()
{
    return !qEnvironmentVariableIsEmpty("TOKENDESK_PRISM");
}

bool TestServer::proxyCannotForward(const QByteArray &body)
{
    if (!throughOpenApiProxy() || body.trimmed().isEmpty())
        return false;
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error != QJsonParseError::NoError;
}

bool TestServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 TestServer::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

bool TestServer::start()
{
    stop();
    m_output.clear(); // a restart must find this run's port, not the previous one
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    if (m_database.isEmpty()) {
        m_error =
            QStringLiteral("no PostgreSQL database for the test server: %1").arg(m_databaseError);
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // If the test crashes, the server must not outlive it (and hold a port in CI).
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--database"), m_database};
    // A PostgreSQL password goes in a file, as an operator would give it, not on the command line.
    QUrl url(m_database);
    if (url.scheme().startsWith(QLatin1String("postgres")) && !url.password().isEmpty()) {
        QFile file(m_dir.filePath(QStringLiteral("database-password")));
        if (!file.open(QIODevice::WriteOnly) || file.write(url.password().toUtf8() + '\n') <= 0) {
            m_error = QStringLiteral("cannot write %1").arg(file.fileName());
            return false;
        }
        url.setPassword(QString());
        args[3] = url.toString();
        args << QStringLiteral("--database-password-file") << file.fileName();
    }
    if (m_demo)
        args << QStringLiteral("--demo");
    args << m_extraArgs;
    m_process->start(serverExecutable(), args);
    if (!m_process->waitForStarted(10000)) {
        m_error =
            QStringLiteral("cannot start %1: %2").arg(serverExecutable(), m_process->errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral(R"(listening on (http\S+):(\d+))"));
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(100);
        m_output += m_process->readAll();
        const auto match = listening.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(2).toUInt());
            m_baseUrl = QUrl(match.captured(1) + QLatin1Char(':') + match.captured(2));
            // Keep collecting output so the pipe never fills up and blocks the server.
            QObject::connect(m_process.get(), &QProcess::readyRead, m_process.get(),
                             [this] { m_output += m_process->readAll(); });
            return !throughOpenApiProxy() || startProxy();
        }
    }
    m_output += m_process->readAll();
    m_error = QStringLiteral("server did not report a port; output:\n%1")
                  .arg(QString::fromUtf8(m_output));
    stop();
    return false;
}

bool TestServer::startProxy()
{
    const QString prism = qEnvironmentVariable("TOKENDESK_PRISM");
    const QString spec = qEnvironmentVariable("TOKENDESK_OPENAPI");
    // A free port for the proxy: the kernel's pick, released just before Prism binds it.
    quint16 port = 0;
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            m_error = QStringLiteral("no free loopback port for the OpenAPI proxy");
            return false;
        }
        port = probe.serverPort();
    }
    m_proxy = std::make_unique<QProcess>();
    m_proxy->setProcessChannelMode(QProcess::MergedChannels);
    m_proxy->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    // --validate-request=false: the contract suites send invalid requests on purpose, and the
    // server must be the one to refuse them. Every response is still validated (--errors).
    m_proxy->start(prism,
                   {QStringLiteral("proxy"), spec, m_baseUrl.toString(), QStringLiteral("--errors"),
                    QStringLiteral("--validate-request=false"), QStringLiteral("--cors=false"),
                    QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                    QString::number(port)});
    QByteArray output;
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && m_proxy->state() != QProcess::NotRunning) {
        m_proxy->waitForReadyRead(100);
        output += m_proxy->readAll();
        if (output.contains("Prism is listening")) {
            m_proxyUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
            // Keep reading so the pipe never blocks Prism; its log names each violation.
            QObject::connect(m_proxy.get(), &QProcess::readyRead, m_proxy.get(),
                             [this] { m_output += m_proxy->readAll(); });
            return true;
        }
    }
    m_error = QStringLiteral("the OpenAPI proxy (%1) did not start; output:\n%2")
                  .arg(prism, QString::fromUtf8(output));
    return false;
}

void TestServer::stop()
{
    if (m_proxy) {
        m_proxy->terminate();
        if (!m_proxy->waitForFinished(5000))
            m_proxy->kill();
        m_proxy->waitForFinished(2000);
        m_proxy.reset();
        m_proxyUrl.clear();
    }
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_output += m_process->readAll();
    m_process.reset();
}
