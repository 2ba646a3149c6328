#pragma once

#include <QString>

// Where the server keeps its data, as given with --database: a SQLite file path (the default), or
// postgres://user[:password]@host[:port]/dbname. Any other URL scheme is refused, never taken for
// a path. The password never appears in display() or in any message built from it.
class DatabaseLocation
{
public:
    enum class Backend
    {
        Sqlite,
        Postgres
    };

    static constexpr int DefaultPostgresPort = 5432;

    // Parses --database. False with *error set (a usage error: exit code 2) for an unknown
    // scheme or a malformed postgres URL.
    static bool parse(const QString &text, DatabaseLocation *location, QString *error);
    static DatabaseLocation sqlite(const QString &path);

    Backend backend() const { return m_backend; }
    QString path() const { return m_path; } // SQLite
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_databaseName; }
    QString sslMode() const { return m_sslMode; } // empty: libpq's default
    void setPassword(const QString &password) { m_password = password; }

    // For messages: the path, or the URL without its password.
    QString display() const;
    // text with the password, if any, replaced by "[redacted]".
    QString redact(QString text) const;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = DefaultPostgresPort;
    QString m_user;
    QString m_password;
    QString m_databaseName;
    QString m_sslMode;
};
