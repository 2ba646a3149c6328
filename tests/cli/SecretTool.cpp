#include "SecretTool.h"

#include <QProcess>

QByteArray SecretTool::run(const QStringList &arguments)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), arguments);
    tool.waitForFinished(20000);
    return tool.readAllStandardOutput() + tool.readAllStandardError();
}

QByteArray SecretTool::entry(const QString &key)
{
    return QByteArray::fromBase64(run({QStringLiteral("lookup"), QStringLiteral("user"), key,
                                       QStringLiteral("server"), QStringLiteral("TokenDesk")}));
}
