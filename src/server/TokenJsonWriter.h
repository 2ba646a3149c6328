#pragma once

#include "JsonWriter.h"
#include "TokenRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Token objects written straight into the response bytes (JsonWriter), byte for byte what
// Token::toJson() gives through QJsonDocument, without a QJsonObject per token. A new field of
// Token::toJson() gets one line in write(), at its place in the sorted key order
// (tst_jsonwriter compares the two, so a field missing here fails there).
class TokenJsonWriter
{
public:
    // One token object.
    static void write(JsonWriter &out, const Token &token);
    // A listing page: {"next_page_token":…,"tokens":[…]}; nextPageToken null: no next page.
    static QByteArray page(const QList<TokenRecord> &tokens, const QString &nextPageToken);
    // The introspection answer (GET /api/v1/token), as the endpoint's QJsonObject would give:
    // {"account_id","expires_at","id","name","owner","plan","scopes","status"}; status
    // "rotating" when the caller used the secret before a rotation, still in its grace.
    static QByteArray introspection(const Token &token, const QString &accountId,
                                    const QString &plan, bool rotating);
    static void writeOwner(JsonWriter &out, const TokenOwner &owner);
    // A typical token's size, for reserving the response.
    static constexpr qsizetype TypicalBytes = 400;
};
