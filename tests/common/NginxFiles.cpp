#include "NginxFiles.h"

#include <QFile>
#include <QStandardPaths>

#include <unistd.h>

bool NginxFiles::replaceOnce(QString *text, const QString &from, const QString &to)
{
    if (text->count(from) != 1)
        return false;
    text->replace(from, to);
    return true;
}

QString NginxFiles::nginxExecutable()
{
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    return !onPath.isEmpty() ? onPath
                             : QStandardPaths::findExecutable(
                                   QStringLiteral("nginx"),
                                   {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
}

// As root, nginx's workers would switch to "nobody", who cannot enter the private
// temporary folder: `user root` keeps them root.
QByteArray NginxFiles::mainConfig(const QString &dir, const QString &site)
{
    return QStringLiteral("%1worker_processes 1;\n"
                          "pid %2/nginx.pid;\n"
                          "error_log %2/error.log info;\n"
                          "events { worker_connections 256; }\n"
                          "http {\n"
                          "    access_log %2/access.log;\n"
                          "    client_body_temp_path %2/client_body;\n"
                          "    proxy_temp_path %2/proxy;\n"
                          "    fastcgi_temp_path %2/fastcgi;\n"
                          "    uwsgi_temp_path %2/uwsgi;\n"
                          "    scgi_temp_path %2/scgi;\n"
                          "    include %2/%3;\n"
                          "}\n")
        .arg(::geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), dir, site)
        .toUtf8();
}

bool NginxFiles::writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QString NginxFiles::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
