// Contract of docs/API.md: the life of a personal API token (create, list, introspect, rotate,
// delete, expire), name uniqueness and pagination of the listing.
#include "Account.h"
#include "HttpTestClient.h"
#include "Rfc3339.h"
#include "TestServer.h"
#include "Token.h"
#include "TokenFormat.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

namespace {
// Sets one of a token's time columns (a fixed name from this file, never input) directly in the
// server's database while the server keeps running. True when one row changed.
bool setTime(const TestServer &server, const char *column, const QString &tokenId,
             const QDateTime &at)
{
    int changed = 0;
    QString error;
    server.execSql(
        QStringLiteral("UPDATE tokens SET %1 = ? WHERE id = ?").arg(QLatin1String(column)),
        {at.toSecsSinceEpoch(), tokenId}, &error, &changed);
    if (!error.isEmpty())
        qWarning().noquote() << error;
    return changed == 1;
}

const QString MyTokens = QStringLiteral("/api/v1/me/tokens");
const QString Introspect = QStringLiteral("/api/v1/token");

QDateTime inDays(int days)
{
    // Whole seconds, as the server reports times.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addDays(days).addMSecs(-now.time().msec());
}

bool containsKey(const QJsonValue &value, const QString &key)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == key || containsKey(it.value(), key))
                return true;
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (containsKey(item, key))
                return true;
        }
    }
    return false;
}
} // namespace

class TestServerContractTokens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void createReturnsTokenAndSecretOnce();
    void scopesAreCollapsedAndNameTrimmed();
    void listingShowsTokensWithoutSecrets();
    void introspectionDescribesTheTokenAndMarksItUsed();
    void lastUsedIsWrittenAtMostOnceAMinute();
    void rotateKeepsIdAndReplacesSecret();
    void rotateWithExplicitExpiry();
    void deleteRevokesAtOnce();
    void anotherUsersTokenIsNotFound();
    void expiredTokenStopsWorkingAndStaysListed();
    void duplicateActiveNameIsTaken();
    void paginationWalksTheListingInCreationOrder();

private:
    // The token of a 201 answer, checked against the secret that came with it.
    static std::optional<Token> createdToken(const HttpResult &result);
    QList<Token> listAll(const QByteArray &session);
    std::optional<Token> listed(const QByteArray &session, const QString &id);

    TestServer m_server;
    HttpTestClient m_client;
    QByteArray m_demo;
    QByteArray m_alice;
    Account m_demoAccount;
};

void TestServerContractTokens::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client.setBaseUrl(m_server.baseUrl());
    m_demo = m_client.login(QStringLiteral("demo"), QStringLiteral("demo"));
    m_alice = m_client.login(QStringLiteral("alice"), QStringLiteral("alice"));
    QVERIFY(!m_demo.isEmpty() && !m_alice.isEmpty());
    const HttpResult me = m_client.get(QStringLiteral("/api/v1/me"), m_demo);
    HTTP_EXPECT_STATUS(me, 200);
    const auto account = Account::fromJson(me.json);
    QVERIFY2(account, qPrintable(me.describe()));
    m_demoAccount = *account;
}

std::optional<Token> TestServerContractTokens::createdToken(const HttpResult &result)
{
    QString error;
    auto token = Token::fromJson(result.json.value(QLatin1String("token")).toObject(), &error);
    if (!token)
        qWarning().noquote() << error << result.describe();
    else if (token->hint != TokenFormat::hint(secretOf(result)))
        qWarning().noquote() << "hint" << token->hint << "does not match the secret";
    else
        return token;
    return std::nullopt;
}

QList<Token> TestServerContractTokens::listAll(const QByteArray &session)
{
    QList<Token> tokens;
    const HttpResult r = m_client.get(MyTokens + QStringLiteral("?page_size=1000"), session);
    if (r.status != 200)
        qWarning().noquote() << r.describe();
    for (const QJsonValue &value : r.json.value(QLatin1String("tokens")).toArray()) {
        QString error;
        const auto token = Token::fromJson(value.toObject(), &error);
        if (!token)
            qWarning().noquote() << error;
        tokens.append(token.value_or(Token{}));
    }
    return tokens;
}

std::optional<Token> TestServerContractTokens::listed(const QByteArray &session, const QString &id)
{
    for (const Token &token : listAll(session)) {
        if (token.id == id)
            return token;
    }
    return std::nullopt;
}

void TestServerContractTokens::createReturnsTokenAndSecretOnce()
{
    const QDateTime expires = inDays(7);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    const HttpResult r =
        m_client.createToken(m_demo, QStringLiteral("ci deploy"),
                             {QStringLiteral("write"), QStringLiteral("read")}, expires);
    HTTP_EXPECT_STATUS(r, 201);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QVERIFY(r.header("Cache-Control").contains("no-store"));
    const QByteArray secret = secretOf(r);
    QVERIFY2(TokenFormat::isWellFormed(secret, TokenFormat::Kind::ApiToken), secret.constData());
    QCOMPARE(r.json.value(QLatin1String("account_id")).toString(), m_demoAccount.accountId);

    const auto token = createdToken(r);
    QVERIFY(token);
    QVERIFY2(token->id.startsWith(QLatin1String("tok_")), qPrintable(token->id));
    QCOMPARE(token->name, QStringLiteral("ci deploy"));
    QStringList scopes = token->scopes;
    scopes.sort();
    QCOMPARE(scopes, (QStringList{QStringLiteral("read"), QStringLiteral("write")}));
    QCOMPARE(token->owner.type, TokenOwner::Type::User);
    QCOMPARE(token->owner.id, m_demoAccount.id);
    QVERIFY(!token->owner.name.isEmpty());
    QCOMPARE(token->createdBy, QStringLiteral("demo"));
    QVERIFY(token->createdAt >= before && token->createdAt <= QDateTime::currentDateTimeUtc());
    QCOMPARE(token->expiresAt, expires);
    QVERIFY(!token->lastUsedAt.isValid());
    QCOMPARE(token->status, Token::Status::Active);
    const QJsonObject tokenJson = r.json.value(QLatin1String("token")).toObject();
    QVERIFY(!tokenJson.contains(QLatin1String("secret")));
    for (const char *key : {"created_at", "expires_at"})
        QVERIFY2(isUtcSeconds(tokenJson.value(QLatin1String(key))), key);
    QVERIFY(tokenJson.value(QLatin1String("last_used_at")).isNull());
    // The listing has the very same token (but never the secret).
    QCOMPARE(listed(m_demo, token->id), token);
}

void TestServerContractTokens::scopesAreCollapsedAndNameTrimmed()
{
    const HttpResult r = m_client.createToken(
        m_demo, QStringLiteral("  padded name \t"),
        {QStringLiteral("read"), QStringLiteral("read"), QStringLiteral("read")}, inDays(1));
    HTTP_EXPECT_STATUS(r, 201);
    const auto token = createdToken(r);
    QVERIFY(token);
    QCOMPARE(token->name, QStringLiteral("padded name"));
    QCOMPARE(token->scopes, QStringList{QStringLiteral("read")});
}

void TestServerContractTokens::listingShowsTokensWithoutSecrets()
{
    QList<QByteArray> secrets;
    QStringList ids;
    for (const QString &name : {QStringLiteral("list one"), QStringLiteral("list two")}) {
        const HttpResult r =
            m_client.createToken(m_demo, name, {QStringLiteral("read")}, inDays(3));
        HTTP_EXPECT_STATUS(r, 201);
        secrets << secretOf(r);
        ids << tokenIdOf(r);
    }
    const HttpResult list = m_client.get(MyTokens, m_demo);
    HTTP_EXPECT_STATUS(list, 200);
    QVERIFY(list.json.value(QLatin1String("tokens")).isArray());
    QVERIFY(list.json.contains(QLatin1String("next_page_token")));
    QVERIFY(list.json.value(QLatin1String("next_page_token")).isNull());
    QVERIFY2(!containsKey(list.json, QStringLiteral("secret")), list.body.constData());
    for (const QByteArray &secret : secrets) {
        QVERIFY(!list.body.contains(secret));
        QVERIFY(!list.body.contains(secret.mid(4, 32)));
    }
    QStringList listedIds;
    for (const QJsonValue &value : list.json.value(QLatin1String("tokens")).toArray()) {
        QString error;
        const auto token = Token::fromJson(value.toObject(), &error);
        QVERIFY2(token, qPrintable(error));
        QCOMPARE(token->owner.id, m_demoAccount.id);
        listedIds << token->id;
    }
    for (const QString &id : ids)
        QVERIFY2(listedIds.contains(id), qPrintable(id));
    // The other user sees none of them.
    for (const Token &token : listAll(m_alice))
        QVERIFY(!ids.contains(token.id));
}

void TestServerContractTokens::introspectionDescribesTheTokenAndMarksItUsed()
{
    const QDateTime expires = inDays(2);
    const HttpResult created = m_client.createToken(m_demo, QStringLiteral("introspect"),
                                                    {QStringLiteral("read")}, expires);
    HTTP_EXPECT_STATUS(created, 201);
    const auto token = createdToken(created);
    QVERIFY(token);
    QVERIFY(!listed(m_demo, token->id).value().lastUsedAt.isValid());

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    const HttpResult r = m_client.get(Introspect, secretOf(created));
    HTTP_EXPECT_STATUS(r, 200);
    QVERIFY(r.header("Cache-Control").contains("no-store"));
    QCOMPARE(r.json.value(QLatin1String("id")).toString(), token->id);
    QCOMPARE(r.json.value(QLatin1String("name")).toString(), QStringLiteral("introspect"));
    QCOMPARE(r.json.value(QLatin1String("scopes")).toArray(), QJsonArray{QStringLiteral("read")});
    QCOMPARE(TokenOwner::fromJson(r.json.value(QLatin1String("owner")).toObject()), token->owner);
    QCOMPARE(Rfc3339::parse(r.json.value(QLatin1String("expires_at")).toString()), expires);
    QCOMPARE(r.json.value(QLatin1String("account_id")).toString(), m_demoAccount.accountId);
    QCOMPARE(r.json.value(QLatin1String("plan")).toString(), QStringLiteral("free"));
    QVERIFY(!containsKey(r.json, QStringLiteral("secret")));

    const auto used = listed(m_demo, token->id);
    QVERIFY(used);
    QVERIFY2(used->lastUsedAt.isValid(), "last_used_at not set by GET /api/v1/token");
    const HttpResult raw = m_client.get(MyTokens + QStringLiteral("?page_size=1000"), m_demo);
    for (const QJsonValue &value : raw.json.value(QLatin1String("tokens")).toArray()) {
        if (value[QLatin1String("id")].toString() == token->id)
            QVERIFY(isUtcSeconds(value[QLatin1String("last_used_at")]));
    }
    QVERIFY(used->lastUsedAt >= before && used->lastUsedAt <= QDateTime::currentDateTimeUtc());

    // Any successful API-token call counts, e.g. the demo resource.
    const HttpResult other = m_client.createToken(m_demo, QStringLiteral("items only"),
                                                  {QStringLiteral("read")}, expires);
    HTTP_EXPECT_STATUS(other, 201);
    const QString otherId = tokenIdOf(other);
    HTTP_EXPECT_STATUS(m_client.get(QStringLiteral("/api/v1/demo/items"), secretOf(other)), 200);
    QVERIFY(listed(m_demo, otherId).value().lastUsedAt.isValid());

    // A paid user's token reports the paid plan and that user's account.
    const HttpResult alice = m_client.createToken(m_alice, QStringLiteral("introspect"),
                                                  {QStringLiteral("write")}, expires);
    HTTP_EXPECT_STATUS(alice, 201);
    const HttpResult aliceInfo = m_client.get(Introspect, secretOf(alice));
    HTTP_EXPECT_STATUS(aliceInfo, 200);
    QCOMPARE(aliceInfo.json.value(QLatin1String("plan")).toString(), QStringLiteral("paid"));
    QCOMPARE(aliceInfo.json.value(QLatin1String("account_id")).toString(),
             alice.json.value(QLatin1String("account_id")).toString());
    QVERIFY(aliceInfo.json.value(QLatin1String("account_id")).toString() !=
            m_demoAccount.accountId);
}

// Every API-token call pays for last_used_at, so it is written at most once a minute per token
// (listings say "last used" to the minute), by a condition in the SQL that holds for every
// instance on the database.
void TestServerContractTokens::lastUsedIsWrittenAtMostOnceAMinute()
{
    const HttpResult created = m_client.createToken(m_demo, QStringLiteral("used often"),
                                                    {QStringLiteral("read")}, inDays(2));
    HTTP_EXPECT_STATUS(created, 201);
    const QString id = tokenIdOf(created);
    // A first use from this address is recorded at once (last_used_address); the minute's
    // coalescing applies to uses from the address of the last use.
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secretOf(created)), 200);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // Used 30 s ago: another use now leaves the time alone.
    const QDateTime recently = Rfc3339::wholeSeconds(now.addSecs(-30));
    QVERIFY(setTime(m_server, "last_used_at", id, recently));
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secretOf(created)), 200);
    QCOMPARE(listed(m_demo, id).value().lastUsedAt, recently);

    // Used over a minute ago: the use now is recorded.
    QVERIFY(setTime(m_server, "last_used_at", id, now.addSecs(-90)));
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secretOf(created)), 200);
    const QDateTime recorded = listed(m_demo, id).value().lastUsedAt;
    QVERIFY2(recorded >= now.addSecs(-2) && recorded <= QDateTime::currentDateTimeUtc(),
             qPrintable(recorded.toString(Qt::ISODate)));
}

void TestServerContractTokens::rotateKeepsIdAndReplacesSecret()
{
    const HttpResult created = m_client.createToken(m_demo, QStringLiteral("rotate me"),
                                                    {QStringLiteral("read")}, inDays(10));
    HTTP_EXPECT_STATUS(created, 201);
    const auto original = createdToken(created);
    QVERIFY(original);
    const QByteArray oldSecret = secretOf(created);
    HTTP_EXPECT_STATUS(m_client.get(Introspect, oldSecret), 200); // sets last_used_at
    const qint64 lifetime = original->createdAt.secsTo(original->expiresAt);

    const HttpResult r = m_client.request(
        "POST", MyTokens + '/' + original->id + QStringLiteral("/rotate"), {}, m_demo);
    HTTP_EXPECT_STATUS(r, 201);
    QVERIFY(r.header("Cache-Control").contains("no-store"));
    const QByteArray newSecret = secretOf(r);
    QVERIFY2(TokenFormat::isWellFormed(newSecret, TokenFormat::Kind::ApiToken),
             newSecret.constData());
    QVERIFY(newSecret != oldSecret);
    const auto rotated = createdToken(r); // also checks the new hint
    QVERIFY(rotated);
    QCOMPARE(rotated->id, original->id);
    QCOMPARE(rotated->name, original->name);
    QCOMPARE(rotated->scopes, original->scopes);
    QVERIFY(!rotated->lastUsedAt.isValid());
    const qint64 newLifetime = QDateTime::currentDateTimeUtc().secsTo(rotated->expiresAt);
    QVERIFY2(
        qAbs(newLifetime - lifetime) <= 10,
        qPrintable(
            QStringLiteral("lifetime %1 s, after rotation %2 s").arg(lifetime).arg(newLifetime)));

    HTTP_EXPECT_ERROR(m_client.get(Introspect, oldSecret), 401, "unauthenticated", "");
    HTTP_EXPECT_STATUS(m_client.get(Introspect, newSecret), 200);
    const auto afterUse = listed(m_demo, original->id);
    QVERIFY(afterUse);
    QCOMPARE(afterUse->hint, TokenFormat::hint(newSecret));
    // A body of {} means the same as no body.
    const HttpResult again =
        m_client.request("POST", MyTokens + '/' + original->id + "/rotate", "{}", m_demo);
    HTTP_EXPECT_STATUS(again, 201);
    HTTP_EXPECT_ERROR(m_client.get(Introspect, newSecret), 401, "unauthenticated", "");
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secretOf(again)), 200);
}

void TestServerContractTokens::rotateWithExplicitExpiry()
{
    const HttpResult created = m_client.createToken(m_demo, QStringLiteral("rotate expiry"),
                                                    {QStringLiteral("read")}, inDays(10));
    HTTP_EXPECT_STATUS(created, 201);
    const QString id = tokenIdOf(created);
    const QDateTime expires = inDays(3);
    const HttpResult r =
        m_client.json("POST", MyTokens + '/' + id + "/rotate",
                      {{QStringLiteral("expires_at"), Rfc3339::format(expires)}}, m_demo);
    HTTP_EXPECT_STATUS(r, 201);
    const auto rotated = createdToken(r);
    QVERIFY(rotated);
    QCOMPARE(rotated->expiresAt, expires);
    QCOMPARE(listed(m_demo, id).value().expiresAt, expires);
}

void TestServerContractTokens::deleteRevokesAtOnce()
{
    const HttpResult created = m_client.createToken(m_demo, QStringLiteral("delete me"),
                                                    {QStringLiteral("read")}, inDays(1));
    HTTP_EXPECT_STATUS(created, 201);
    const QString id = tokenIdOf(created);
    const QByteArray secret = secretOf(created);
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secret), 200);

    const HttpResult r = m_client.request("DELETE", MyTokens + '/' + id, {}, m_demo);
    HTTP_EXPECT_STATUS(r, 204);
    QVERIFY(r.body.isEmpty());
    QVERIFY(r.header("Cache-Control").contains("no-store"));

    HTTP_EXPECT_ERROR(m_client.get(Introspect, secret), 401, "unauthenticated", "");
    HTTP_EXPECT_ERROR(m_client.get(QStringLiteral("/api/v1/demo/items"), secret), 401,
                      "unauthenticated", "");
    QVERIFY(!listed(m_demo, id));
    HTTP_EXPECT_ERROR(m_client.request("DELETE", MyTokens + '/' + id, {}, m_demo), 404, "not_found",
                      "");
    HTTP_EXPECT_ERROR(m_client.request("POST", MyTokens + '/' + id + "/rotate", {}, m_demo), 404,
                      "not_found", "");
    HTTP_EXPECT_ERROR(
        m_client.request("DELETE", MyTokens + QStringLiteral("/tok_doesnotexist"), {}, m_demo), 404,
        "not_found", "");
}

void TestServerContractTokens::anotherUsersTokenIsNotFound()
{
    const HttpResult created = m_client.createToken(m_demo, QStringLiteral("not yours"),
                                                    {QStringLiteral("read")}, inDays(1));
    HTTP_EXPECT_STATUS(created, 201);
    const QString id = tokenIdOf(created);
    HTTP_EXPECT_ERROR(m_client.request("DELETE", MyTokens + '/' + id, {}, m_alice), 404,
                      "not_found", "");
    HTTP_EXPECT_ERROR(m_client.request("POST", MyTokens + '/' + id + "/rotate", {}, m_alice), 404,
                      "not_found", "");
    QVERIFY(!listed(m_alice, id));
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secretOf(created)), 200);
    QVERIFY(listed(m_demo, id));
}

void TestServerContractTokens::expiredTokenStopsWorkingAndStaysListed()
{
    // The server refuses lifetimes under a minute, so let time pass in the database instead:
    // move the expiry of a live token into the past, as the clock eventually would.
    const HttpResult created = m_client.createToken(m_demo, QStringLiteral("short lived"),
                                                    {QStringLiteral("read")}, inDays(1));
    HTTP_EXPECT_STATUS(created, 201);
    const QString id = tokenIdOf(created);
    const QByteArray secret = secretOf(created);
    HTTP_EXPECT_STATUS(m_client.get(Introspect, secret), 200);
    QCOMPARE(listed(m_demo, id).value().status, Token::Status::Active);

    const QDateTime expires = inDays(0).addSecs(-2);
    QVERIFY2(setTime(m_server, "expires_at", id, expires), "cannot update the database");
    HTTP_EXPECT_ERROR(m_client.get(Introspect, secret), 401, "unauthenticated", "");
    HTTP_EXPECT_ERROR(m_client.get(QStringLiteral("/api/v1/demo/items"), secret), 401,
                      "unauthenticated", "");
    const auto expired = listed(m_demo, id);
    QVERIFY2(expired, "an expired token must stay listed");
    QCOMPARE(expired->status, Token::Status::Expired);
    QCOMPARE(expired->expiresAt, expires);

    // Its name is free again.
    const HttpResult reused = m_client.createToken(m_demo, QStringLiteral("short lived"),
                                                   {QStringLiteral("read")}, inDays(1));
    HTTP_EXPECT_STATUS(reused, 201);
    QVERIFY(listed(m_demo, id));
}

void TestServerContractTokens::duplicateActiveNameIsTaken()
{
    const QString name = QStringLiteral("dup");
    const HttpResult first =
        m_client.createToken(m_demo, name, {QStringLiteral("read")}, inDays(1));
    HTTP_EXPECT_STATUS(first, 201);
    for (const QString &variant : {name, QStringLiteral("  dup "), QStringLiteral("\tdup")}) {
        const HttpResult r =
            m_client.createToken(m_demo, variant, {QStringLiteral("write")}, inDays(1));
        HTTP_EXPECT_ERROR(r, 409, "name_taken", "name");
    }
    // Another owner may use it.
    HTTP_EXPECT_STATUS(m_client.createToken(m_alice, name, {QStringLiteral("read")}, inDays(1)),
                       201);
    // Once deleted, the name is free.
    const QString id = tokenIdOf(first);
    HTTP_EXPECT_STATUS(m_client.request("DELETE", MyTokens + '/' + id, {}, m_demo), 204);
    HTTP_EXPECT_STATUS(m_client.createToken(m_demo, name, {QStringLiteral("read")}, inDays(1)),
                       201);
}

void TestServerContractTokens::paginationWalksTheListingInCreationOrder()
{
    const QList<Token> existing = listAll(m_alice);
    QStringList created;
    for (int i = 0; i < 25; ++i) {
        const HttpResult r = m_client.createToken(m_alice, QStringLiteral("page %1").arg(i),
                                                  {QStringLiteral("read")}, inDays(1));
        HTTP_EXPECT_STATUS(r, 201);
        created << tokenIdOf(r);
    }
    const qsizetype total = existing.size() + created.size();

    QStringList walked;
    QList<QDateTime> createdAts;
    QString pageToken;
    int pages = 0;
    do {
        QString path = MyTokens + QStringLiteral("?page_size=10");
        if (!pageToken.isEmpty())
            path += QStringLiteral("&page_token=") +
                    QString::fromLatin1(QUrl::toPercentEncoding(pageToken));
        const HttpResult r = m_client.get(path, m_alice);
        HTTP_EXPECT_STATUS(r, 200);
        const QJsonArray tokens = r.json.value(QLatin1String("tokens")).toArray();
        QCOMPARE(tokens.size(), qMin<qsizetype>(10, total - walked.size()));
        for (const QJsonValue &value : tokens) {
            walked << value[QLatin1String("id")].toString();
            createdAts << Rfc3339::parse(value[QLatin1String("created_at")].toString());
        }
        const QJsonValue next = r.json.value(QLatin1String("next_page_token"));
        QVERIFY2(r.json.contains(QLatin1String("next_page_token")), qPrintable(r.describe()));
        if (walked.size() < total) {
            QVERIFY2(next.isString() && !next.toString().isEmpty(), qPrintable(r.describe()));
            pageToken = next.toString();
        } else {
            QVERIFY2(next.isNull(), qPrintable(r.describe()));
            pageToken.clear();
        }
        QVERIFY(++pages <= 10);
    } while (!pageToken.isEmpty());

    QCOMPARE(pages, int((total + 9) / 10));
    QCOMPARE(QSet<QString>(walked.begin(), walked.end()).size(), walked.size()); // no duplicates
    QCOMPARE(walked.mid(existing.size()), created);                              // creation order
    for (qsizetype i = 1; i < createdAts.size(); ++i)
        QVERIFY(createdAts[i - 1] <= createdAts[i]);
    // The unpaged listing agrees.
    QStringList all;
    for (const Token &token : listAll(m_alice))
        all << token.id;
    QCOMPARE(all, walked);
}

QTEST_GUILESS_MAIN(TestServerContractTokens)
#include "tst_servercontract_tokens.moc"
