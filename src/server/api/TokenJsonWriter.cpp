#include "TokenJsonWriter.h"

void TokenJsonWriter::write(JsonWriter &out, const Token &token)
{
    // Sorted, as QJsonObject keeps its keys.
    out.beginObject();
    out.key("created_at");
    out.timeOrNull(token.createdAt);
    out.key("created_by");
    out.string(token.createdBy);
    out.key("expires_at");
    out.timeOrNull(token.expiresAt);
    out.key("hint");
    out.string(token.hint);
    out.key("id");
    out.string(token.id);
    out.key("last_used_address");
    if (token.lastUsedAddress.isEmpty())
        out.null();
    else
        out.string(token.lastUsedAddress);
    out.key("last_used_at");
    out.timeOrNull(token.lastUsedAt);
    out.key("name");
    out.string(token.name);
    out.key("owner");
    writeOwner(out, token.owner);
    out.key("previous_secret_valid_until");
    out.timeOrNull(token.previousSecretValidUntil);
    out.key("scopes");
    out.stringList(token.scopes);
    out.key("status");
    out.string(token.status == Token::Status::Expired ? u"expired" : u"active");
    out.endObject();
}

void TokenJsonWriter::writeRow(JsonWriter &out, const TokenListRow &row, Token::Status status,
                               QByteArrayView ownerJson)
{
    // The keys and values of write(), from the row's UTF-8 and epoch seconds.
    out.beginObject();
    out.key("created_at");
    out.timeOrNull(row.createdAt);
    out.key("created_by");
    out.utf8String(row.createdBy);
    out.key("expires_at");
    out.timeOrNull(row.expiresAt);
    out.key("hint");
    out.utf8String(row.hint);
    out.key("id");
    out.utf8String(row.id);
    out.key("last_used_address");
    if (row.lastUsedAddress.isEmpty())
        out.null();
    else
        out.utf8String(row.lastUsedAddress);
    out.key("last_used_at");
    out.timeOrNull(row.lastUsedAt);
    out.key("name");
    out.utf8String(row.name);
    out.key("owner");
    out.raw(ownerJson);
    out.key("previous_secret_valid_until");
    out.timeOrNull(row.previousSecretValidUntil);
    out.key("scopes");
    out.utf8Words(row.scopes);
    out.key("status");
    out.string(status == Token::Status::Expired ? u"expired" : u"active");
    out.endObject();
}

QByteArray TokenJsonWriter::ownerJson(const TokenOwner &owner)
{
    JsonWriter out(64 + owner.name.size() * 3);
    writeOwner(out, owner);
    return out.take();
}

QByteArray TokenJsonWriter::page(QByteArrayView tokensArray, const QString &nextPageToken)
{
    JsonWriter out(64 + tokensArray.size());
    out.beginObject();
    out.key("next_page_token");
    if (nextPageToken.isNull())
        out.null();
    else
        out.string(nextPageToken);
    out.key("tokens");
    out.raw(tokensArray);
    out.endObject();
    return out.take();
}

void TokenJsonWriter::writeOwner(JsonWriter &out, const TokenOwner &owner)
{
    out.beginObject();
    out.key("id");
    out.string(owner.id);
    out.key("name");
    out.string(owner.name);
    out.key("type");
    out.string(owner.isTeam() ? u"team" : u"user");
    out.endObject();
}

QByteArray TokenJsonWriter::introspection(const Token &token, const QString &accountId,
                                          const QString &plan, bool rotating)
{
    JsonWriter out(TypicalBytes);
    out.beginObject();
    out.key("account_id");
    out.string(accountId);
    out.key("expires_at");
    out.timeOrNull(token.expiresAt);
    out.key("id");
    out.string(token.id);
    out.key("name");
    out.string(token.name);
    out.key("owner");
    writeOwner(out, token.owner);
    out.key("plan");
    out.string(plan);
    out.key("scopes");
    out.stringList(token.scopes);
    out.key("status");
    out.string(rotating ? u"rotating" : u"active");
    out.endObject();
    return out.take();
}
