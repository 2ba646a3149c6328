#include "TokenJsonWriter.h"

namespace {
// A Token holds UTF-16 text and QDateTime; a listing row UTF-8 views and epoch seconds. The
// overloads write either as the same JSON, so one function below decides the object's shape.
void text(JsonWriter &out, QStringView value)
{
    out.string(value);
}

void text(JsonWriter &out, QByteArrayView utf8)
{
    out.utf8String(utf8);
}

void words(JsonWriter &out, const QStringList &values)
{
    out.stringList(values);
}

void words(JsonWriter &out, QByteArrayView spaceSeparated)
{
    out.utf8Words(spaceSeparated);
}

// The token object, keys sorted as QJsonObject keeps them (Token::toJson() through
// QJsonDocument gives the same bytes). Fields is Token or TokenListRow: they name their fields
// alike.
template <typename Fields>
void writeToken(JsonWriter &out, const Fields &t, Token::Status status, QByteArrayView ownerJson)
{
    out.beginObject();
    out.key("created_at");
    out.timeOrNull(t.createdAt);
    out.key("created_by");
    text(out, t.createdBy);
    out.key("expires_at");
    out.timeOrNull(t.expiresAt);
    out.key("hint");
    text(out, t.hint);
    out.key("id");
    text(out, t.id);
    out.key("last_used_address");
    if (t.lastUsedAddress.isEmpty())
        out.null();
    else
        text(out, t.lastUsedAddress);
    out.key("last_used_at");
    out.timeOrNull(t.lastUsedAt);
    out.key("name");
    text(out, t.name);
    out.key("owner");
    out.raw(ownerJson);
    out.key("previous_secret_valid_until");
    out.timeOrNull(t.previousSecretValidUntil);
    out.key("scopes");
    words(out, t.scopes);
    out.key("status");
    out.string(status == Token::Status::Expired ? u"expired" : u"active");
    out.endObject();
}
} // namespace

void TokenJsonWriter::write(JsonWriter &out, const Token &token)
{
    writeToken(out, token, token.status, ownerJson(token.owner));
}

QByteArray TokenJsonWriter::token(const Token &token)
{
    JsonWriter out(TypicalBytes);
    write(out, token);
    return out.take();
}

QByteArray TokenJsonWriter::issued(const Token &token, const QByteArray &secret,
                                   const QString &accountId)
{
    JsonWriter out(TypicalBytes + 128);
    out.beginObject();
    out.key("account_id");
    out.string(accountId);
    out.key("secret");
    out.string(QString::fromLatin1(secret));
    out.key("token");
    write(out, token);
    out.endObject();
    return out.take();
}

void TokenJsonWriter::writeRow(JsonWriter &out, const TokenListRow &row, Token::Status status,
                               QByteArrayView ownerJson)
{
    writeToken(out, row, status, ownerJson);
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
