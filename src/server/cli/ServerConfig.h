#pragma once

#include "DatabaseLocation.h"
#include "Policy.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

// Everything the command line decides about a server instance.
struct ServerConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8686;       // 0: any free port
    DatabaseLocation database; // --database: a SQLite file, or PostgreSQL
    Policy policy = defaultPolicy();
    int sessionHours = 14 * 24;
    QString tlsCertificatePath;
    QString tlsKeyPath;
    QString tlsKeyPasswordPath; // empty: the key is not encrypted
    int maxConnections = 1000;
    int maxConnectionsPerAddress = 64;
    QStringList trustedProxies; // --trusted-proxy CIDR
    QStringList allowedHosts;   // --allowed-host NAME[:PORT], beyond the defaults

    static Policy defaultPolicy();
};
