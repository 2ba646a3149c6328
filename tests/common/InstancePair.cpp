#include "InstancePair.h"

#include <QFile>
#include <QProcess>
#include <QUuid>

namespace {
// Cheap hashing for the test users: the tests sign in often.
const QStringList FastHashing{QStringLiteral("--password-iterations"), QStringLiteral("1000")};
} // namespace

InstancePair::InstancePair(const QStringList &extraArgs)
    : m_a(FastHashing + extraArgs, true), m_b(FastHashing + extraArgs, false)
{
    m_database = qEnvironmentVariable("TOKENDESK_TEST_DATABASE_URL");
    if (m_database.isEmpty())
        m_database = m_dir.filePath(QStringLiteral("shared.sqlite"));
    m_a.setDatabase(m_database);
    m_b.setDatabase(m_database);
}

bool InstancePair::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    for (TestServer *server : {&m_a, &m_b}) {
        if (!server->start()) {
            m_error = QStringLiteral("instance %1: %2")
                          .arg(server == &m_a ? QLatin1Char('A') : QLatin1Char('B'))
                          .arg(server->errorString());
            return false;
        }
    }
    return true;
}

bool InstancePair::createUser(const QString &name)
{
    const QString passwordFile = m_dir.filePath(name + QStringLiteral(".password"));
    QFile file(passwordFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(name.toUtf8()) != name.toUtf8().size()) {
        m_error = QStringLiteral("cannot write %1").arg(passwordFile);
        return false;
    }
    file.close();
    QProcess admin;
    admin.setProcessChannelMode(QProcess::MergedChannels);
    admin.start(TestServer::serverExecutable(),
                FastHashing + QStringList{QStringLiteral("--database"), m_database,
                                          QStringLiteral("--create-user"), name,
                                          QStringLiteral("--password-file"), passwordFile,
                                          QStringLiteral("--plan"), QStringLiteral("paid")});
    if (!admin.waitForFinished(30000) || admin.exitStatus() != QProcess::NormalExit ||
        admin.exitCode() != 0) {
        m_error = QStringLiteral("--create-user %1 failed: %2")
                      .arg(name, QString::fromUtf8(admin.readAll()));
        return false;
    }
    return true;
}

QString InstancePair::uniqueName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
}
