#include "ServerCommandLine.h"

#include "HostAllowList.h"
#include "PasswordHasher.h"
#include "TrustedProxies.h"

#include <QCommandLineParser>
#include <QFile>
#include <QStandardPaths>

#include <cstdio>

namespace {
bool parseListen(const QString &text, ServerConfig *config)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return false;
    config->address = host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost)
                                                         : QHostAddress(host);
    config->port = static_cast<quint16>(port);
    return !config->address.isNull();
}

bool positiveInt(const QCommandLineParser &parser, const QString &name, int *out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 1)
        return false;
    *out = value;
    return true;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Reference backend for TokenDesk: API v1 over HTTP, SQLite or PostgreSQL storage."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("listen"), QStringLiteral("Address and port (port 0: any free port)."),
         QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8686")},
        {QStringLiteral("database"),
         QStringLiteral("SQLite database file, or postgres://user[:password]@host[:port]/dbname "
                        "(PostgreSQL through libpq)."),
         QStringLiteral("path|url")},
        {QStringLiteral("database-password-file"),
         QStringLiteral("File holding the PostgreSQL password (instead of one in the URL)."),
         QStringLiteral("file")},
        {QStringLiteral("demo"), QStringLiteral("Seed the demo accounts (once; idempotent).")},
        {QStringLiteral("max-lifetime-days"), QStringLiteral("Longest token lifetime (365)."),
         QStringLiteral("days")},
        {QStringLiteral("default-lifetime-days"), QStringLiteral("Suggested lifetime (30)."),
         QStringLiteral("days")},
        {QStringLiteral("allow-no-expiry"), QStringLiteral("Allow tokens that never expire.")},
        {QStringLiteral("session-hours"), QStringLiteral("Session lifetime (336)."),
         QStringLiteral("hours")},
        {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate: serve HTTPS."),
         QStringLiteral("file")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key for --tls-cert."),
         QStringLiteral("file")},
        {QStringLiteral("password-iterations"),
         QStringLiteral("PBKDF2 iterations for new password hashes (100000). Lower only for "
                        "tests."),
         QStringLiteral("count")},
        {QStringLiteral("tls-key-password-file"),
         QStringLiteral("File holding the passphrase of an encrypted --tls-key."),
         QStringLiteral("file")},
        {QStringLiteral("insecure-http"),
         QStringLiteral("Serve plain HTTP on a non-loopback address (e.g. behind a TLS proxy on "
                        "the same host).")},
        {QStringLiteral("allowed-host"),
         QStringLiteral("Also answer requests for this Host (repeatable), e.g. the name a reverse "
                        "proxy forwards."),
         QStringLiteral("name[:port]")},
        {QStringLiteral("max-connections"),
         QStringLiteral("Most open connections; more get 503 (1000)."), QStringLiteral("count")},
        {QStringLiteral("max-connections-per-address"),
         QStringLiteral("Most open connections from one client address (IPv6: one /64); more "
                        "get 503 (64). Trusted proxies are held only to --max-connections."),
         QStringLiteral("count")},
        {QStringLiteral("trusted-proxy"),
         QStringLiteral("A reverse proxy whose X-Forwarded-For names the client (repeatable), "
                        "e.g. 127.0.0.1/32. Other peers' X-Forwarded-For is ignored."),
         QStringLiteral("cidr")},
        {QStringLiteral("create-user"), QStringLiteral("Admin: create a user and exit."),
         QStringLiteral("name")},
        {QStringLiteral("password-file"), QStringLiteral("File holding the new user's password."),
         QStringLiteral("file")},
        {QStringLiteral("plan"), QStringLiteral("Plan of the new user: free or paid."),
         QStringLiteral("plan"), QStringLiteral("free")},
        {QStringLiteral("display-name"), QStringLiteral("Display name of the new user."),
         QStringLiteral("text")},
        {QStringLiteral("add-member"), QStringLiteral("Admin: add USER to TEAM and exit."),
         QStringLiteral("team")},
        {QStringLiteral("role"), QStringLiteral("Role for --add-member: admin or member."),
         QStringLiteral("role"), QStringLiteral("member")},
        {QStringLiteral("seed-tokens"),
         QStringLiteral("Admin: give USER COUNT personal tokens (benchmarks) and exit."),
         QStringLiteral("user")},
    });
    parser.addPositionalArgument(QStringLiteral("user|count"),
                                 QStringLiteral("User for --add-member, count for --seed-tokens."),
                                 QStringLiteral("[user|count]"));
}
} // namespace

bool ServerCommandLine::fail(int exitCode, const QString &message)
{
    m_exitCode = exitCode;
    m_message = message;
    return false;
}

bool ServerCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(arguments);

    ServerConfig &config = m_config;
    if (!parseListen(parser.value(QStringLiteral("listen")), &config))
        return fail(Failure, QStringLiteral("--listen wants host:port, e.g. 127.0.0.1:8686"));
    if (!positiveInt(parser, QStringLiteral("max-lifetime-days"), &config.policy.maxLifetimeDays) ||
        !positiveInt(parser, QStringLiteral("default-lifetime-days"),
                     &config.policy.defaultLifetimeDays) ||
        !positiveInt(parser, QStringLiteral("session-hours"), &config.sessionHours) ||
        !positiveInt(parser, QStringLiteral("max-connections"), &config.maxConnections) ||
        !positiveInt(parser, QStringLiteral("max-connections-per-address"),
                     &config.maxConnectionsPerAddress))
        return fail(Failure, QStringLiteral("lifetimes and connection caps must be positive "
                                            "whole numbers"));
    int passwordIterations = PasswordHasher::DefaultIterations;
    if (!positiveInt(parser, QStringLiteral("password-iterations"), &passwordIterations))
        return fail(Failure, QStringLiteral("--password-iterations must be a positive whole "
                                            "number"));
    PasswordHasher::setIterations(passwordIterations);
    if (passwordIterations < PasswordHasher::DefaultIterations)
        std::fprintf(stderr,
                     "tokendesk-server: warning: --password-iterations %d is below the default "
                     "%d; passwords hashed now are easier to crack (meant for tests)\n",
                     passwordIterations, PasswordHasher::DefaultIterations);
    config.policy.defaultLifetimeDays =
        qMin(config.policy.defaultLifetimeDays, config.policy.maxLifetimeDays);
    config.policy.allowNoExpiry = parser.isSet(QStringLiteral("allow-no-expiry"));
    config.tlsCertificatePath = parser.value(QStringLiteral("tls-cert"));
    config.tlsKeyPath = parser.value(QStringLiteral("tls-key"));
    config.tlsKeyPasswordPath = parser.value(QStringLiteral("tls-key-password-file"));
    if (config.tlsCertificatePath.isEmpty() != config.tlsKeyPath.isEmpty())
        return fail(Failure, QStringLiteral("--tls-cert and --tls-key go together"));
    m_demo = parser.isSet(QStringLiteral("demo"));
    // Off loopback, passwords and tokens would cross the network in the clear, and the demo
    // accounts' well-known passwords would open the server to anyone.
    if (!config.address.isLoopback()) {
        if (m_demo)
            return fail(Usage, QStringLiteral("--demo serves well-known passwords; it runs only "
                                              "on a loopback address such as 127.0.0.1"));
        if (config.tlsCertificatePath.isEmpty() && !parser.isSet(QStringLiteral("insecure-http")))
            return fail(
                Usage,
                QStringLiteral(
                    "%1 is not a loopback address: serve HTTPS with --tls-cert and --tls-key, or "
                    "give --insecure-http if a TLS proxy on this host forwards to it")
                    .arg(config.address.toString()));
    }

    config.trustedProxies = parser.values(QStringLiteral("trusted-proxy"));
    for (const QString &cidr : std::as_const(config.trustedProxies)) {
        if (!TrustedProxies::valid(cidr))
            return fail(Failure, QStringLiteral("--trusted-proxy wants ADDRESS or ADDRESS/PREFIX, "
                                                "not %1")
                                     .arg(cidr));
    }
    config.allowedHosts = parser.values(QStringLiteral("allowed-host"));
    for (const QString &host : std::as_const(config.allowedHosts)) {
        if (!HostAllowList::valid(host))
            return fail(Failure,
                        QStringLiteral("--allowed-host wants NAME or NAME:PORT, not %1").arg(host));
    }

    QString error;
    if (!DatabaseLocation::parse(parser.value(QStringLiteral("database")), &config.database,
                                 &error))
        return fail(Usage, error);
    if (parser.isSet(QStringLiteral("database-password-file"))) {
        if (config.database.backend() != DatabaseLocation::Backend::Postgres)
            return fail(Usage, QStringLiteral("--database-password-file goes with a postgres:// "
                                              "--database URL"));
        QFile file(parser.value(QStringLiteral("database-password-file")));
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                Usage,
                QStringLiteral("--database-password-file: cannot read %1").arg(file.fileName()));
        // One line; its line break is not part of the password.
        QByteArray password = file.readAll();
        while (password.endsWith('\n') || password.endsWith('\r'))
            password.chop(1);
        config.database.setPassword(QString::fromUtf8(password));
    }
    if (config.database.backend() == DatabaseLocation::Backend::Sqlite &&
        config.database.path().isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                            QStringLiteral("/tokendesk-server");
        config.database = DatabaseLocation::sqlite(dir + QStringLiteral("/tokendesk.sqlite"));
    }

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("create-user"))) {
        m_admin.kind = AdminCommand::Kind::CreateUser;
        m_admin.user = parser.value(QStringLiteral("create-user"));
        m_admin.passwordFile = parser.value(QStringLiteral("password-file"));
        m_admin.displayName = parser.value(QStringLiteral("display-name"));
        const auto plan = Account::planFromName(parser.value(QStringLiteral("plan")));
        if (!plan)
            return fail(Failure, QStringLiteral("--plan is free or paid"));
        m_admin.plan = *plan;
    } else if (parser.isSet(QStringLiteral("add-member"))) {
        m_admin.kind = AdminCommand::Kind::AddMember;
        m_admin.team = parser.value(QStringLiteral("add-member"));
        const auto role = Team::roleFromName(parser.value(QStringLiteral("role")));
        if (positional.size() != 1 || !role)
            return fail(Failure,
                        QStringLiteral("usage: --add-member TEAM USER [--role admin|member]"));
        m_admin.user = positional.first();
        m_admin.role = *role;
    } else if (parser.isSet(QStringLiteral("seed-tokens"))) {
        m_admin.kind = AdminCommand::Kind::SeedTokens;
        m_admin.user = parser.value(QStringLiteral("seed-tokens"));
        bool ok = false;
        m_admin.count = positional.size() == 1 ? positional.first().toInt(&ok) : 0;
        if (!ok || m_admin.count < 1 || m_admin.count > 10000000)
            return fail(Failure, QStringLiteral("usage: --seed-tokens USER COUNT (1 to 10000000)"));
    }
    return true;
}
