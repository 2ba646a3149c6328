#pragma once

#include "StoreError.h"

#include <QString>

// A failure of a statement, as its backend sorted it: Busy and ConnectionLost are Unavailable
// (the request may be repeated), the others Failed. A unique violation names the index it broke.
class SqlError : public StoreError
{
public:
    enum class Failure
    {
        UniqueViolation,
        Busy,           // SQLite's lock wait or a PostgreSQL timeout, deadlock or overload
        ConnectionLost, // the connection is gone; reopened before the next statement
        Other
    };

    SqlError(const std::string &what, Failure failure, QString violatedIndex = QString())
        : StoreError(what, failure == Failure::Busy || failure == Failure::ConnectionLost
                               ? Kind::Unavailable
                               : Kind::Failed),
          m_failure(failure), m_violatedIndex(std::move(violatedIndex))
    {}

    Failure failure() const { return m_failure; }
    // The unique index (or constraint) a UniqueViolation broke; empty when not known.
    const QString &violatedIndex() const { return m_violatedIndex; }

private:
    Failure m_failure;
    QString m_violatedIndex;
};
