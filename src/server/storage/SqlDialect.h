#pragma once

#include "DatabaseLocation.h"

#include <QString>

class QSqlError;

// What differs between SQLite and PostgreSQL, and nothing else: the Store's SQL is written once
// and runs on both. DDL is written in SQLite's types and translated here; errors are sorted into
// the few kinds the server answers differently.
class SqlDialect
{
public:
    using Backend = DatabaseLocation::Backend;

    enum class Failure
    {
        UniqueViolation, // a UNIQUE constraint or index refused the row
        Busy,            // SQLite's lock wait or a PostgreSQL timeout, deadlock or overload
        ConnectionLost,  // the connection is gone; reopen it before the next statement
        Other
    };

    explicit SqlDialect(Backend backend = Backend::Sqlite) : m_backend(backend) {}

    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }
    QString driverName() const;
    QString driverPackage() const;

    // SQLite DDL as migrations are written (INTEGER, BLOB, INTEGER PRIMARY KEY AUTOINCREMENT) in
    // this backend's types; unchanged for SQLite.
    QString ddl(const QString &sqliteDdl) const;
    // Starts a write transaction: SQLite takes the write lock up front (BEGIN IMMEDIATE), so a
    // transaction never fails half-way on a lock it could not upgrade.
    QString beginWrite() const;
    // Inside a write transaction: serialises schema migrations between processes. Empty for
    // SQLite, whose BEGIN IMMEDIATE already does; a transaction-scoped advisory lock on PostgreSQL.
    QString migrationLock() const;

    Failure classify(const QSqlError &error) const;

private:
    Backend m_backend;
};
