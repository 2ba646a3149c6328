#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

// One token of a listing page as the Store reads it: the listed columns as UTF-8 text and epoch
// seconds, viewing the database's row. Valid only while the Store's callback runs, so that a page
// of 1 000 tokens allocates nothing per token on its way from the database to the response.
struct TokenListRow
{
    qint64 seq = 0; // creation order, the pagination key
    QByteArrayView id;
    QByteArrayView name;
    QByteArrayView scopes; // space-separated, as stored
    QByteArrayView hint;
    QByteArrayView createdBy;       // the creator's username
    QByteArrayView lastUsedAddress; // empty: none
    qint64 createdAt = 0;
    std::optional<qint64> expiresAt; // nullopt: never expires
    std::optional<qint64> lastUsedAt;
    std::optional<qint64> previousSecretValidUntil;
};
