#include "TestServer.h"

#include <QDeadlineTimer>

#include <QRegularExpression>
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
                     QStringLiteral("--database"), databasePath()};
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
            return true;
        }
    }
    m_output += m_process->readAll();
    m_error = QStringLiteral("server did not report a port; output:\n%1")
                  .arg(QString::fromUtf8(m_output));
    stop();
    return false;
}

void TestServer::stop()
{
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
