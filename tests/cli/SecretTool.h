#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// libsecret's secret-tool, to look into the keyring as another program (and a user) would.
class SecretTool
{
public:
    // What it printed on both streams.
    static QByteArray run(const QStringList &arguments);
    // The secret stored under key as the desktop app's QtKeychain stores it (binary: base64).
    static QByteArray entry(const QString &key);

    SecretTool() = delete;
};
