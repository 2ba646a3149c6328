// The direct JSON writer behind token listings (issue 13 item 2): JsonWriter must escape strings
// exactly as QJsonDocument does (control characters, quotes, backslashes, non-ASCII, surrogates),
// write RFC 3339 times as Rfc3339::format does, and TokenJsonWriter must give byte for byte what
// Token::toJson() gives through QJsonDocument, which the clients and the OpenAPI checks parse.
#include "JsonWriter.h"
#include "Rfc3339.h"
#include "TokenJsonWriter.h"
#include "TokenListRow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {
// What QJsonDocument writes for text as a JSON string.
QByteArray qtQuoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QString parsedBack(const QByteArray &quoted)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + quoted + "]", &error);
    return error.error == QJsonParseError::NoError ? doc.array().at(0).toString()
                                                   : QStringLiteral("<parse error>");
}

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

Token sampleToken(const QString &name, TokenOwner::Type ownerType)
{
    Token t;
    t.id = QStringLiteral("tok_0123456789abcdef");
    t.name = name;
    t.scopes = {QStringLiteral("read"), QStringLiteral("write")};
    t.owner = {ownerType, QStringLiteral("usr_42"), QStringLiteral("Zoë \"the\" owner")};
    t.createdAt = utc(1764650000);
    t.createdBy = QStringLiteral("alice\\bob");
    t.expiresAt = utc(1767225600);
    t.lastUsedAt = utc(1764653600);
    t.hint = QStringLiteral("tdk_AbCd…WxYz");
    t.status = Token::Status::Active;
    return t;
}

QByteArray qtPage(const QList<TokenRecord> &records, const QString &next)
{
    QJsonArray tokens;
    for (const TokenRecord &record : records)
        tokens.append(record.token.toJson());
    return QJsonDocument(
               QJsonObject{{QStringLiteral("tokens"), tokens},
                           {QStringLiteral("next_page_token"),
                            next.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(next)}})
        .toJson(QJsonDocument::Compact);
}

// text in UTF-8 as SQLite stores what Qt binds: a lone surrogate as its own 3 bytes.
QByteArray storedUtf8(const QString &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += QString(text.mid(i, 2)).toUtf8();
            ++i;
        } else if (QChar::isSurrogate(u)) {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        } else {
            out += QString(QChar(u)).toUtf8();
        }
    }
    return out;
}

std::optional<qint64> secsOrNull(const QDateTime &time)
{
    return time.isValid() ? std::optional<qint64>(time.toSecsSinceEpoch()) : std::nullopt;
}

// The page the listing endpoint writes for these tokens, each read back as the Store's row.
QByteArray rowsPage(const QList<TokenRecord> &records, const QString &next)
{
    JsonWriter tokens;
    tokens.beginArray();
    for (const TokenRecord &record : records) {
        const Token &t = record.token;
        const QByteArray id = storedUtf8(t.id), name = storedUtf8(t.name),
                         scopes = storedUtf8(t.scopes.join(QLatin1Char(' '))),
                         hint = storedUtf8(t.hint), createdBy = storedUtf8(t.createdBy),
                         address = storedUtf8(t.lastUsedAddress);
        TokenListRow row;
        row.seq = record.seq;
        row.id = id;
        row.name = name;
        row.scopes = scopes;
        row.hint = hint;
        row.createdBy = createdBy;
        row.lastUsedAddress = address;
        row.createdAt = t.createdAt.toSecsSinceEpoch();
        row.expiresAt = secsOrNull(t.expiresAt);
        row.lastUsedAt = secsOrNull(t.lastUsedAt);
        row.previousSecretValidUntil = secsOrNull(t.previousSecretValidUntil);
        TokenJsonWriter::writeRow(tokens, row, t.status, TokenJsonWriter::ownerJson(t.owner));
    }
    tokens.endArray();
    return TokenJsonWriter::page(tokens.take(), next);
}
} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapesLikeQJsonDocument_data();
    void escapesLikeQJsonDocument();
    void utf8LikeUtf16_data() { escapesLikeQJsonDocument_data(); }
    void utf8LikeUtf16();
    void malformedUtf8();
    void utf8Words();
    void everyAsciiCharacter();
    void loneSurrogatesAreEscaped();
    void timesLikeRfc3339Format_data();
    void timesLikeRfc3339Format();
    void tokenPageMatchesTokenToJson_data();
    void tokenPageMatchesTokenToJson();
    void introspectionMatchesQJsonObject();
    void nestedCommas();
};

void TestJsonWriter::escapesLikeQJsonDocument_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain") << QStringLiteral("ci-deploy 2026");
    QTest::newRow("quotes") << QStringLiteral("say \"hi\"");
    QTest::newRow("backslashes") << QStringLiteral("C:\\tokens\\\\new\\");
    QTest::newRow("named controls") << QStringLiteral("a\bb\fc\nd\re\tf");
    QTest::newRow("other controls") << QString::fromUtf16(u"\u0000\u0001\u001f\u007f end");
    QTest::newRow("slash") << QStringLiteral("a/b</script>");
    QTest::newRow("latin1") << QStringLiteral("Zoë, Ångström, ß");
    QTest::newRow("bmp") << QString::fromUtf16(u"東京 \u2028 \u2029 \u20ac \ufeff \uffff");
    QTest::newRow("astral") << QString::fromUtf16(u"🔑 𝄞 \U0010FFFF");
    QTest::newRow("mixed") << QString::fromUtf16(u"\"\\\n🔑é\u0007\"");
}

void TestJsonWriter::escapesLikeQJsonDocument()
{
    QFETCH(QString, text);
    const QByteArray written = JsonWriter::quoted(text);
    QCOMPARE(written, qtQuoted(text));
    QCOMPARE(parsedBack(written), text);
}

void TestJsonWriter::utf8LikeUtf16()
{
    QFETCH(QString, text);
    JsonWriter out;
    out.utf8String(storedUtf8(text));
    QCOMPARE(out.bytes(), JsonWriter::quoted(text));
}

void TestJsonWriter::malformedUtf8()
{
    // Each byte that starts no well-formed sequence becomes U+FFFD; what follows is kept.
    const QList<QPair<QByteArray, QString>> cases = {
        {"a\x80"
         "b",
         QString::fromUtf16(u"a\ufffdb")},
        {"\xc0\xaf", QString::fromUtf16(u"\ufffd\ufffd")},                     // overlong '/'
        {"\xe0\x80\xaf", QString::fromUtf16(u"\ufffd\ufffd\ufffd")},           // overlong
        {"\xf4\x90\x80\x80", QString::fromUtf16(u"\ufffd\ufffd\ufffd\ufffd")}, // > U+10FFFF
        {"x\xe2\x82", QString::fromUtf16(u"x\ufffd\ufffd")},                   // cut short
        {"\xff\"", QString::fromUtf16(u"\ufffd\"")}};
    for (const auto &[bytes, expected] : cases) {
        JsonWriter out;
        out.utf8String(bytes);
        QCOMPARE(out.bytes(), JsonWriter::quoted(expected));
        QCOMPARE(parsedBack(out.bytes()), expected);
    }
}

void TestJsonWriter::utf8Words()
{
    JsonWriter out;
    out.beginArray();
    out.utf8Words("read write");
    out.utf8Words("");
    out.utf8Words("  read  ");
    out.utf8Words("t\xc3\xa9"
                  "am:\"x\"");
    out.endArray();
    QCOMPARE(out.bytes(), QByteArray("[[\"read\",\"write\"],[],[\"read\"],[\"t\xc3\xa9"
                                     "am:\\\"x\\\"\"]]"));
}

void TestJsonWriter::everyAsciiCharacter()
{
    for (char16_t c = 0; c < 0x80; ++c) {
        const QString text = QString(QChar(c));
        QCOMPARE(JsonWriter::quoted(text), qtQuoted(text));
        QCOMPARE(parsedBack(JsonWriter::quoted(text)), text);
    }
    // Every control character escaped, none written raw.
    for (char16_t c = 0; c < 0x20; ++c)
        QVERIFY2(JsonWriter::quoted(QString(QChar(c))).startsWith("\"\\"),
                 qPrintable(QString::number(c)));
}

void TestJsonWriter::loneSurrogatesAreEscaped()
{
    const QList<QString> texts = {QString(QChar(0xd800)), QString(QChar(0xdfff)),
                                  QString::fromUtf16(u"a\xd83d"
                                                     "b"),
                                  QString(QChar(0xdc00)) + QChar(0xd800),
                                  QString(QChar(0xd83d)) + QChar(0xd83d) + QChar(0xdd11)};
    for (const QString &text : texts) {
        QCOMPARE(JsonWriter::quoted(text), qtQuoted(text));
        QVERIFY(JsonWriter::quoted(text).contains("\\ud"));
    }
}

void TestJsonWriter::timesLikeRfc3339Format_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::newRow("invalid") << QDateTime();
    QTest::newRow("epoch") << utc(0);
    QTest::newRow("before epoch") << utc(-1);
    QTest::newRow("1900-03-01") << QDateTime(QDate(1900, 3, 1), QTime(12, 0), Qt::UTC);
    QTest::newRow("2000-02-29") << QDateTime(QDate(2000, 2, 29), QTime(23, 59, 59), Qt::UTC);
    QTest::newRow("2100-02-28") << QDateTime(QDate(2100, 2, 28), QTime(0, 0, 1), Qt::UTC);
    QTest::newRow("2026-12-31") << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), Qt::UTC);
    QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
    QTest::newRow("milliseconds") << QDateTime(QDate(2026, 5, 4), QTime(3, 2, 1, 500), Qt::UTC);
    QTest::newRow("offset") << QDateTime(QDate(2026, 5, 4), QTime(3, 2, 1), Qt::OffsetFromUTC,
                                         5 * 3600 + 1800);
}

void TestJsonWriter::timesLikeRfc3339Format()
{
    QFETCH(QDateTime, time);
    JsonWriter out;
    out.timeOrNull(time);
    QCOMPARE(out.bytes(), time.isValid() ? qtQuoted(Rfc3339::format(time)) : QByteArray("null"));
    // And every day of a leap-year span, at a time of day that moves.
    if (QTest::currentDataTag() == QByteArray("epoch")) {
        for (qint64 day = -800; day < 1200; ++day) {
            const QDateTime at = utc(day * 86400 + (day * 7919) % 86400);
            JsonWriter one;
            one.timeOrNull(at);
            QCOMPARE(one.bytes(), qtQuoted(Rfc3339::format(at)));
        }
    }
}

void TestJsonWriter::tokenPageMatchesTokenToJson_data()
{
    QTest::addColumn<QList<TokenRecord>>("records");
    QTest::addColumn<QString>("next");

    TokenRecord user;
    user.seq = 1;
    user.token = sampleToken(QStringLiteral("deploy"), TokenOwner::Type::User);
    TokenRecord team = user;
    team.token =
        sampleToken(QString::fromUtf16(u"ci \"main\" \\ 🔑 \u0001\t"), TokenOwner::Type::Team);
    team.token.status = Token::Status::Expired;
    team.token.expiresAt = utc(1764600000);
    team.token.previousSecretValidUntil = utc(1764603600);
    team.token.lastUsedAddress = QStringLiteral("::ffff:127.0.0.7");
    TokenRecord never = user;
    never.token.expiresAt = QDateTime();
    never.token.lastUsedAt = QDateTime();
    never.token.scopes = {};
    never.token.name = QString(QChar(0xd800)); // a lone surrogate, as an old row might hold

    QTest::newRow("none") << QList<TokenRecord>() << QString();
    QTest::newRow("one, no next page") << QList<TokenRecord>{user} << QString();
    QTest::newRow("several, next page")
        << QList<TokenRecord>{user, team, never, user} << QStringLiteral("MTIzNDU");
}

void TestJsonWriter::tokenPageMatchesTokenToJson()
{
    QFETCH(QList<TokenRecord>, records);
    QFETCH(QString, next);
    const QByteArray written = rowsPage(records, next);
    QCOMPARE(written, qtPage(records, next));
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(written, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object().value(QStringLiteral("tokens")).toArray().size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        // The single-token bodies (identify, create, rotate) come from the same renderer.
        const Token &token = records[i].token;
        QCOMPARE(TokenJsonWriter::token(token),
                 QJsonDocument(token.toJson()).toJson(QJsonDocument::Compact));
        const QByteArray secret = "tdk_secret\"quoted\"";
        const QJsonObject issued{{QStringLiteral("token"), token.toJson()},
                                 {QStringLiteral("secret"), QString::fromLatin1(secret)},
                                 {QStringLiteral("account_id"), QStringLiteral("acc_\u00e9")}};
        QCOMPARE(TokenJsonWriter::issued(token, secret, QStringLiteral("acc_\u00e9")),
                 QJsonDocument(issued).toJson(QJsonDocument::Compact));
    }
}

void TestJsonWriter::introspectionMatchesQJsonObject()
{
    for (const bool expires : {true, false}) {
        for (const bool rotating : {true, false}) {
            Token token =
                sampleToken(QStringLiteral("intro \"spective\" ✓"), TokenOwner::Type::Team);
            if (!expires)
                token.expiresAt = QDateTime();
            const QString account = QStringLiteral("acc_\u00e9\\1");
            // What the endpoint built before it wrote its answer directly.
            const QJsonObject expected{
                {QStringLiteral("id"), token.id},
                {QStringLiteral("name"), token.name},
                {QStringLiteral("scopes"), QJsonArray::fromStringList(token.scopes)},
                {QStringLiteral("owner"), token.owner.toJson()},
                {QStringLiteral("expires_at"), token.expires()
                                                   ? QJsonValue(Rfc3339::format(token.expiresAt))
                                                   : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("account_id"), account},
                {QStringLiteral("plan"), QStringLiteral("paid")},
                {QStringLiteral("status"),
                 rotating ? QStringLiteral("rotating") : QStringLiteral("active")}};
            QCOMPARE(
                TokenJsonWriter::introspection(token, account, QStringLiteral("paid"), rotating),
                QJsonDocument(expected).toJson(QJsonDocument::Compact));
        }
    }
}

void TestJsonWriter::nestedCommas()
{
    JsonWriter out;
    out.beginArray();
    out.beginObject();
    out.key("a");
    out.beginArray();
    out.null();
    out.string(u"x");
    out.beginObject();
    out.endObject();
    out.endArray();
    out.key("b");
    out.stringList({});
    out.endObject();
    out.beginArray();
    out.endArray();
    out.null();
    out.endArray();
    QCOMPARE(out.bytes(), QByteArray(R"([{"a":[null,"x",{}],"b":[]},[],null])"));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
