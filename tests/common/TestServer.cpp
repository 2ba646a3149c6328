#include "TestServer.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>

#include <csignal>
#include <sys/prctl.h>

#ifndef TOKENDESK_SERVER_BIN
#error "TOKENDESK_SERVER_BIN must name the tokendesk-server executable"
#endif

TestServer::TestServer(QStringList extraArgs, bool demo)
    : m_extraArgs(std::move(extraArgs)), m_demo(demo)
{}

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
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // If the test crashes, the server must not outlive it (and hold a port in CI).
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--database"), database()};
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
