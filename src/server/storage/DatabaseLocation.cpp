#include "DatabaseLocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

bool DatabaseLocation::parse(const QString &text, DatabaseLocation *location, QString *error)
{
    // A URL is never taken for a file path (that made a folder named "postgres:").
    static const QRegularExpression urlScheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch scheme = urlScheme.match(text);
    if (!scheme.hasMatch()) {
        *location = sqlite(text);
        return true;
    }
    const QString name = scheme.captured(1).toLower();
    if (name != QLatin1String("postgres") && name != QLatin1String("postgresql")) {
        *error = QStringLiteral("--database: unknown URL scheme \"%1\"; give a SQLite file path "
                                "or postgres://user@host:port/dbname")
                     .arg(scheme.captured(1));
        return false;
    }
    const QUrl url(text, QUrl::StrictMode);
    DatabaseLocation pg;
    pg.m_backend = Backend::Postgres;
    pg.m_host = url.host(QUrl::FullyDecoded);
    pg.m_port = url.port(DefaultPostgresPort);
    pg.m_user = url.userName(QUrl::FullyDecoded);
    pg.m_password = url.password(QUrl::FullyDecoded);
    pg.m_databaseName = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    pg.m_sslMode = query.queryItemValue(QStringLiteral("sslmode"), QUrl::FullyDecoded);
    const auto items = query.queryItems();
    bool onlySslMode = true;
    for (const auto &item : items)
        onlySslMode = onlySslMode && item.first == QLatin1String("sslmode");
    if (!url.isValid() || pg.m_host.isEmpty() || pg.m_user.isEmpty() ||
        pg.m_databaseName.isEmpty() || pg.m_databaseName.contains(QLatin1Char('/')) ||
        !onlySslMode || !url.fragment().isEmpty()) {
        *error = pg.redact(QStringLiteral("--database: %1 is not a PostgreSQL URL of the form "
                                          "postgres://user[:password]@host[:port]/dbname"
                                          "[?sslmode=MODE]")
                               .arg(text));
        return false;
    }
    *location = pg;
    return true;
}

DatabaseLocation DatabaseLocation::sqlite(const QString &path)
{
    DatabaseLocation location;
    location.m_path = path;
    return location;
}

QString DatabaseLocation::display() const
{
    if (m_backend == Backend::Sqlite)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgres"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_databaseName);
    return url.toString();
}

QString DatabaseLocation::redact(QString text) const
{
    if (m_password.isEmpty())
        return text;
    text.replace(m_password, QStringLiteral("[redacted]"));
    // As it may appear inside a URL, too.
    const QString encoded = QString::fromUtf8(QUrl::toPercentEncoding(m_password));
    if (encoded != m_password)
        text.replace(encoded, QStringLiteral("[redacted]"));
    return text;
}
