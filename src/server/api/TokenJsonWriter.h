#pragma once

#include "JsonWriter.h"
#include "TokenListRow.h"
#include "TokenRecord.h"

#include <QByteArray>
#include <QString>

// The server's one renderer of token objects: written straight into the response bytes
// (JsonWriter), byte for byte what Token::toJson() gives through QJsonDocument, without a
// QJsonObject per token. A new field of Token::toJson() gets one line in the .cpp's writeToken(),
// at its place in the sorted key order (tst_jsonwriter compares the two, so a field missing
// here fails there).
class TokenJsonWriter
{
public:
    // One token object.
    static void write(JsonWriter &out, const Token &token);
    // One token object as a whole body (identify).
    static QByteArray token(const Token &token);
    // A new or rotated token with the only copy of its secret:
    // {"account_id":…,"secret":…,"token":{…}}.
    static QByteArray issued(const Token &token, const QByteArray &secret,
                             const QString &accountId);
    // The same object for a listing row (TokenListRow), with its status; ownerJson is the owner
    // object every token of the page shares, written once (ownerJson()).
    static void writeRow(JsonWriter &out, const TokenListRow &row, Token::Status status,
                         QByteArrayView ownerJson);
    static QByteArray ownerJson(const TokenOwner &owner);
    // A listing page: {"next_page_token":…,"tokens":<tokensArray>} from the array written by
    // writeRow(); nextPageToken null: no next page.
    static QByteArray page(QByteArrayView tokensArray, const QString &nextPageToken);
    // The introspection answer (GET /api/v1/token), as the endpoint's QJsonObject would give:
    // {"account_id","expires_at","id","name","owner","plan","scopes","status"}; status
    // "rotating" when the caller used the secret before a rotation, still in its grace.
    static QByteArray introspection(const Token &token, const QString &accountId,
                                    const QString &plan, bool rotating);
    static void writeOwner(JsonWriter &out, const TokenOwner &owner);
    // A typical token's size, for reserving the response.
    static constexpr qsizetype TypicalBytes = 400;
};
