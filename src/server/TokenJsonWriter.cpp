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
    out.key("last_used_at");
    out.timeOrNull(token.lastUsedAt);
    out.key("name");
    out.string(token.name);
    out.key("owner");
    out.beginObject();
    out.key("id");
    out.string(token.owner.id);
    out.key("name");
    out.string(token.owner.name);
    out.key("type");
    out.string(token.owner.isTeam() ? u"team" : u"user");
    out.endObject();
    out.key("scopes");
    out.stringList(token.scopes);
    out.key("status");
    out.string(token.status == Token::Status::Expired ? u"expired" : u"active");
    out.endObject();
}

QByteArray TokenJsonWriter::page(const QList<TokenRecord> &tokens, const QString &nextPageToken)
{
    JsonWriter out(64 + tokens.size() * TypicalBytes);
    out.beginObject();
    out.key("next_page_token");
    if (nextPageToken.isNull())
        out.null();
    else
        out.string(nextPageToken);
    out.key("tokens");
    out.beginArray();
    for (const TokenRecord &record : tokens)
        write(out, record.token);
    out.endArray();
    out.endObject();
    return out.take();
}
