#pragma once

#include <QByteArray>
#include <QString>

// Files for running Debian's nginx in a test: the shipped site rendered for loopback ports, and
// a main configuration that keeps everything nginx writes in a temporary folder.
class NginxFiles
{
public:
    // Replaces the one occurrence of from with to; false (nothing replaced) unless there is
    // exactly one, so that an edit of the shipped file cannot make a test quietly test
    // something else.
    static bool replaceOnce(QString *text, const QString &from, const QString &to);
    // nginx on PATH or in /usr/sbin, /sbin; empty when not installed.
    static QString nginxExecutable();
    // The main file a distribution's nginx.conf would be, with everything in dir and the site
    // in dir/site.
    static QByteArray mainConfig(const QString &dir, const QString &site);
    static bool writeFile(const QString &path, const QByteArray &content);
    static QString readFile(const QString &path);

    NginxFiles() = delete;
};
