// ApiClient against the real tokendesk-server: the success path of every call, with the data
// checked field by field, plus the session lifecycle (logout → 401 → sessionExpired).
#include "ApiClient.h"
#include "TestServer.h"
#include "TokenFormat.h"

#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "CallOutcome.h"

namespace {
using Outcome = CallOutcome;

// A created (or rotated) token as the test keeps it; the secret as plain bytes.
struct Created
{
    Token token;
    QByteArray secret;
    QString accountId;
};

ApiClient::Failed failInto(Outcome &o)
{
    return o.failed();
}

template <typename T> ApiClient::Done<T> doneInto(Outcome &o, T &value)
{
    return [&o, &value](const T &v) {
        value = v;
        ++o.successes;
    };
}

ApiClient::DoneVoid doneInto(Outcome &o)
{
    return [&o] {
        ++o.successes;
    };
}

ApiClient::Done<ApiClient::CreatedToken> createdInto(Outcome &o, Created &value)
{
    return [&o, &value](const ApiClient::CreatedToken &c) {
        value = {c.token, c.secret.view().toByteArray(), c.accountId};
        ++o.successes;
    };
}

qsizetype indexOf(const QList<Token> &tokens, const QString &id)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i].id == id)
            return i;
    }
    return -1;
}

QDateTime inDays(int days)
{
    // Whole seconds: the server answers with seconds precision.
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + days * 86400,
                                         Qt::UTC);
}
} // namespace

#define AWAIT(outcome)                                                                             \
    QVERIFY2(QTest::qWaitFor([&] { return (outcome).count() > 0; }, 15000), "no callback ran")

#define AWAIT_SUCCESS(outcome)                                                                     \
    do {                                                                                           \
        AWAIT(outcome);                                                                            \
        QVERIFY2((outcome).failures == 0, qPrintable((outcome).error.message));                    \
        QCOMPARE((outcome).successes, 1);                                                          \
    } while (false)

class TestApiClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void loginReturnsWellFormedSession();
    void meReturnsSignedInUser();
    void teamsListsMembershipsSortedByName();
    void policyMatchesServerDefaults();
    void createTokenReturnsSecretAndToken();
    void listTokensPersonal();
    void teamOwnerTokens();
    void rotateTokenKeepsIdAndReplacesSecret();
    void deleteTokenRevokesIt();
    void introspectDescribesToken();
    void introspectWithStaleTokenDoesNotExpireSession();
    void logoutEndsSession();

private:
    void signIn(ApiClient &client, const QString &user, ApiClient::LoginResult *result = nullptr);
    void create(ApiClient &client, const TokenOwner &owner, const QString &name, Created *out,
                const QStringList &scopes = {QStringLiteral("read")});
    void list(ApiClient &client, const TokenOwner &owner, QList<Token> *out);
    void introspect(const QByteArray &secret, Outcome *outcome,
                    ApiClient::Introspection *info = nullptr);

    TestServer m_server;
    ApiClient m_alice;
    Account m_aliceAccount;
    QString m_platformId;
};

void TestApiClient::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    ApiClient::LoginResult login;
    signIn(m_alice, QStringLiteral("alice"), &login);
    if (QTest::currentTestFailed())
        return;
    m_aliceAccount = login.user;
    Outcome o;
    QList<Team> teams;
    m_alice.teams(this, doneInto(o, teams), failInto(o));
    AWAIT_SUCCESS(o);
    for (const Team &team : teams) {
        if (team.name == QLatin1String("platform"))
            m_platformId = team.id;
    }
    QVERIFY(m_platformId.startsWith(QLatin1String("team_")));
}

void TestApiClient::signIn(ApiClient &client, const QString &user, ApiClient::LoginResult *result)
{
    client.setBaseUrl(m_server.baseUrl());
    Outcome o;
    ApiClient::LoginResult got;
    client.login(
        user, SecureBuffer(user.toUtf8()), this,
        [&](const ApiClient::LoginResult &r) {
            got.session = r.session.clone();
            got.expiresAt = r.expiresAt;
            got.user = r.user;
            ++o.successes;
        },
        failInto(o));
    AWAIT_SUCCESS(o);
    client.setSession(got.session.clone());
    if (result)
        *result = std::move(got);
}

void TestApiClient::create(ApiClient &client, const TokenOwner &owner, const QString &name,
                           Created *out, const QStringList &scopes)
{
    Outcome o;
    client.createToken(owner, TokenDraft{name, scopes, inDays(7)}, this, createdInto(o, *out),
                       failInto(o));
    AWAIT_SUCCESS(o);
    QVERIFY2(TokenFormat::isWellFormed(out->secret, TokenFormat::Kind::ApiToken),
             out->secret.constData());
}

void TestApiClient::list(ApiClient &client, const TokenOwner &owner, QList<Token> *out)
{
    Outcome o;
    client.listTokens(owner, this, doneInto(o, *out), failInto(o));
    AWAIT_SUCCESS(o);
}

void TestApiClient::introspect(const QByteArray &secret, Outcome *outcome,
                               ApiClient::Introspection *info)
{
    ApiClient::Introspection ignored;
    m_alice.introspect(SecureBuffer(secret), this, doneInto(*outcome, info ? *info : ignored),
                       failInto(*outcome));
    AWAIT(*outcome);
}

void TestApiClient::loginReturnsWellFormedSession()
{
    ApiClient client;
    ApiClient::LoginResult login;
    signIn(client, QStringLiteral("alice"), &login);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(TokenFormat::isWellFormed(login.session.view(), TokenFormat::Kind::Session),
             login.session.data());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY2(login.expiresAt > now && login.expiresAt < now.addDays(31),
             qPrintable(login.expiresAt.toString(Qt::ISODate)));
    QCOMPARE(login.user.username, QStringLiteral("alice"));
    QVERIFY(login.user.id.startsWith(QLatin1String("usr_")));
    QVERIFY(!login.user.displayName.isEmpty());
    QVERIFY(!login.user.accountId.isEmpty());
    QCOMPARE(login.user.plan, Account::Plan::Paid);
    // Every login is a new session; demo is on the free plan.
    ApiClient::LoginResult demo;
    signIn(client, QStringLiteral("demo"), &demo);
    QVERIFY(TokenFormat::isWellFormed(demo.session.view(), TokenFormat::Kind::Session));
    QVERIFY(!(demo.session == login.session));
    QCOMPARE(demo.user.username, QStringLiteral("demo"));
    QCOMPARE(demo.user.plan, Account::Plan::Free);
    QVERIFY(demo.user.id != login.user.id);
}

void TestApiClient::meReturnsSignedInUser()
{
    Outcome o;
    Account me;
    QPointer<ApiCall> call = m_alice.me(this, doneInto(o, me), failInto(o));
    QVERIFY(call);
    QSignalSpy finished(call.data(), &ApiCall::finished);
    QCOMPARE(o.count(), 0); // never synchronously
    AWAIT_SUCCESS(o);
    QCOMPARE(me, m_aliceAccount);
    QCOMPARE(me.username, QStringLiteral("alice"));
    // Exactly one outcome, then finished() once, then the call deletes itself.
    QCOMPARE(finished.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), 5000);
    QCOMPARE(o.count(), 1);
}

void TestApiClient::teamsListsMembershipsSortedByName()
{
    Outcome o;
    QList<Team> teams;
    m_alice.teams(this, doneInto(o, teams), failInto(o));
    AWAIT_SUCCESS(o);
    QCOMPARE(teams.size(), 2);
    QCOMPARE(teams[0].name, QStringLiteral("data"));
    QCOMPARE(teams[0].role, Team::Role::Member);
    QCOMPARE(teams[1].name, QStringLiteral("platform"));
    QCOMPARE(teams[1].role, Team::Role::Admin);
    QCOMPARE(teams[1].id, m_platformId);

    ApiClient demo;
    signIn(demo, QStringLiteral("demo"));
    Outcome d;
    QList<Team> demoTeams;
    demo.teams(this, doneInto(d, demoTeams), failInto(d));
    AWAIT_SUCCESS(d);
    QCOMPARE(demoTeams.size(), 1);
    QCOMPARE(demoTeams[0].id, m_platformId);
    QCOMPARE(demoTeams[0].role, Team::Role::Member);
}

void TestApiClient::policyMatchesServerDefaults()
{
    Outcome o;
    Policy policy;
    m_alice.policy(this, doneInto(o, policy), failInto(o));
    AWAIT_SUCCESS(o);
    QCOMPARE(policy.scopeIds(), (QStringList{QStringLiteral("read"), QStringLiteral("write")}));
    for (const Scope &scope : policy.scopes)
        QVERIFY(!scope.description.isEmpty());
    QCOMPARE(policy.maxLifetimeDays, 365);
    QCOMPARE(policy.defaultLifetimeDays, 30);
    QCOMPARE(policy.allowNoExpiry, false);
    QVERIFY(policy.allowsFreePlan(QStringLiteral("GET"), QStringLiteral("/api/v1/token")));
    QVERIFY(policy.allowsFreePlan(QStringLiteral("GET"), QStringLiteral("/api/v1/demo/items")));
    QVERIFY(!policy.allowsFreePlan(QStringLiteral("POST"), QStringLiteral("/api/v1/demo/items")));
}

void TestApiClient::createTokenReturnsSecretAndToken()
{
    Created c;
    const QDateTime expiry = inDays(10);
    Outcome o;
    m_alice.createToken(TokenOwner{},
                        TokenDraft{QStringLiteral("  ci deploy  "),
                                   {QStringLiteral("write"), QStringLiteral("read")},
                                   expiry},
                        this, createdInto(o, c), failInto(o));
    AWAIT_SUCCESS(o);
    QVERIFY2(TokenFormat::isWellFormed(c.secret, TokenFormat::Kind::ApiToken),
             c.secret.constData());
    QVERIFY(c.token.id.startsWith(QLatin1String("tok_")));
    QCOMPARE(c.token.name, QStringLiteral("ci deploy")); // trimmed by the server
    QCOMPARE(QSet<QString>(c.token.scopes.begin(), c.token.scopes.end()),
             (QSet<QString>{QStringLiteral("read"), QStringLiteral("write")}));
    QCOMPARE(c.token.owner.type, TokenOwner::Type::User);
    QCOMPARE(c.token.owner.id, m_aliceAccount.id);
    QCOMPARE(c.token.createdBy, QStringLiteral("alice"));
    QCOMPARE(c.token.expiresAt, expiry);
    QVERIFY(!c.token.lastUsedAt.isValid());
    QCOMPARE(c.token.status, Token::Status::Active);
    QCOMPARE(c.token.hint, TokenFormat::hint(c.secret));
    QCOMPARE(c.accountId, m_aliceAccount.accountId);
}

void TestApiClient::listTokensPersonal()
{
    Created first, second;
    create(m_alice, TokenOwner{}, QStringLiteral("list-one"), &first);
    create(m_alice, TokenOwner{}, QStringLiteral("list-two"), &second);
    if (QTest::currentTestFailed())
        return;
    QList<Token> tokens;
    list(m_alice, TokenOwner{}, &tokens);
    const qsizetype i1 = indexOf(tokens, first.token.id), i2 = indexOf(tokens, second.token.id);
    QVERIFY(i1 >= 0);
    QVERIFY(i2 > i1); // oldest first
    QVERIFY(tokens[i1] == first.token);
    QVERIFY(tokens[i2] == second.token);
    for (const Token &token : tokens)
        QCOMPARE(token.owner.type, TokenOwner::Type::User);
}

void TestApiClient::teamOwnerTokens()
{
    const TokenOwner platform{TokenOwner::Type::Team, m_platformId, QStringLiteral("platform")};
    Created c;
    create(m_alice, platform, QStringLiteral("team-deploy"), &c);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(c.token.owner.type, TokenOwner::Type::Team);
    QCOMPARE(c.token.owner.id, m_platformId);
    QCOMPARE(c.token.owner.name, QStringLiteral("platform"));
    QVERIFY(!c.accountId.isEmpty());

    QList<Token> teamTokens;
    list(m_alice, platform, &teamTokens);
    QVERIFY(indexOf(teamTokens, c.token.id) >= 0);
    QVERIFY(teamTokens[indexOf(teamTokens, c.token.id)] == c.token);
    for (const Token &token : teamTokens)
        QCOMPARE(token.owner.id, m_platformId);

    // A team member sees it too; the owner's personal list does not.
    ApiClient demo;
    signIn(demo, QStringLiteral("demo"));
    QList<Token> seenByDemo;
    list(demo, platform, &seenByDemo);
    QVERIFY(indexOf(seenByDemo, c.token.id) >= 0);
    QList<Token> personal;
    list(m_alice, TokenOwner{}, &personal);
    QCOMPARE(indexOf(personal, c.token.id), qsizetype(-1));

    Outcome o;
    ApiClient::Introspection info;
    introspect(c.secret, &o, &info);
    QCOMPARE(o.successes, 1);
    QCOMPARE(info.owner.type, TokenOwner::Type::Team);
    QCOMPARE(info.owner.id, m_platformId);
    QCOMPARE(info.accountId, c.accountId);
}

void TestApiClient::rotateTokenKeepsIdAndReplacesSecret()
{
    Created original;
    create(m_alice, TokenOwner{}, QStringLiteral("rotate-me"), &original);
    if (QTest::currentTestFailed())
        return;
    Created rotated;
    Outcome o;
    m_alice.rotateToken(TokenOwner{}, original.token.id, QDateTime(), this, createdInto(o, rotated),
                        failInto(o));
    AWAIT_SUCCESS(o);
    QCOMPARE(rotated.token.id, original.token.id);
    QVERIFY2(TokenFormat::isWellFormed(rotated.secret, TokenFormat::Kind::ApiToken),
             rotated.secret.constData());
    QVERIFY(rotated.secret != original.secret);
    QCOMPARE(rotated.token.hint, TokenFormat::hint(rotated.secret));
    QCOMPARE(rotated.token.name, original.token.name);
    // API.md documents no account_id on rotation; if the server sends one, it is the owner's.
    QVERIFY(rotated.accountId.isEmpty() || rotated.accountId == original.accountId);

    Outcome stale;
    introspect(original.secret, &stale);
    QCOMPARE(stale.failures, 1);
    QCOMPARE(stale.error.kind, ApiError::Kind::Http);
    QCOMPARE(stale.error.httpStatus, 401);
    QVERIFY(stale.error.isUnauthenticated());

    Outcome fresh;
    ApiClient::Introspection info;
    introspect(rotated.secret, &fresh, &info);
    QVERIFY2(fresh.successes == 1, qPrintable(fresh.error.message));
    QCOMPARE(info.id, original.token.id);

    // With an explicit expiry, rotating again takes it.
    const QDateTime expiry = inDays(90);
    Created again;
    Outcome o2;
    m_alice.rotateToken(TokenOwner{}, original.token.id, expiry, this, createdInto(o2, again),
                        failInto(o2));
    AWAIT_SUCCESS(o2);
    QCOMPARE(again.token.id, original.token.id);
    QCOMPARE(again.token.expiresAt, expiry);
    QVERIFY(again.secret != rotated.secret);
}

void TestApiClient::deleteTokenRevokesIt()
{
    Created c;
    create(m_alice, TokenOwner{}, QStringLiteral("delete-me"), &c);
    if (QTest::currentTestFailed())
        return;
    Outcome o;
    m_alice.deleteToken(TokenOwner{}, c.token.id, this, doneInto(o), failInto(o));
    AWAIT_SUCCESS(o);
    QList<Token> tokens;
    list(m_alice, TokenOwner{}, &tokens);
    QCOMPARE(indexOf(tokens, c.token.id), qsizetype(-1));
    Outcome revoked;
    introspect(c.secret, &revoked);
    QCOMPARE(revoked.failures, 1);
    QCOMPARE(revoked.error.httpStatus, 401);
}

void TestApiClient::introspectDescribesToken()
{
    Created c;
    create(m_alice, TokenOwner{}, QStringLiteral("introspect-me"), &c,
           {QStringLiteral("read"), QStringLiteral("write")});
    if (QTest::currentTestFailed())
        return;
    Outcome o;
    ApiClient::Introspection info;
    introspect(c.secret, &o, &info);
    QVERIFY2(o.successes == 1, qPrintable(o.error.message));
    QCOMPARE(info.id, c.token.id);
    QCOMPARE(info.name, QStringLiteral("introspect-me"));
    QCOMPARE(QSet<QString>(info.scopes.begin(), info.scopes.end()),
             (QSet<QString>{QStringLiteral("read"), QStringLiteral("write")}));
    QCOMPARE(info.owner.type, TokenOwner::Type::User);
    QCOMPARE(info.owner.id, m_aliceAccount.id);
    QCOMPARE(info.expiresAt, c.token.expiresAt);
    QCOMPARE(info.accountId, m_aliceAccount.accountId);
    QCOMPARE(info.plan, Account::Plan::Paid);

    // The API token, not the session, was the credential: the token is now "used".
    QList<Token> tokens;
    list(m_alice, TokenOwner{}, &tokens);
    const qsizetype i = indexOf(tokens, c.token.id);
    QVERIFY(i >= 0);
    QVERIFY(tokens[i].lastUsedAt.isValid());
}

void TestApiClient::introspectWithStaleTokenDoesNotExpireSession()
{
    // sessionExpired is for calls made with the session. A revoked API token checked with
    // introspect() gets 401 too, but the user's session is fine and must not be ended.
    Created c;
    create(m_alice, TokenOwner{}, QStringLiteral("stale-introspect"), &c);
    if (QTest::currentTestFailed())
        return;
    Outcome del;
    m_alice.deleteToken(TokenOwner{}, c.token.id, this, doneInto(del), failInto(del));
    AWAIT_SUCCESS(del);
    QSignalSpy expired(&m_alice, &ApiClient::sessionExpired);
    Outcome o;
    introspect(c.secret, &o);
    QCOMPARE(o.failures, 1);
    QCOMPARE(o.error.httpStatus, 401);
    QCOMPARE(expired.count(), 0);
}

void TestApiClient::logoutEndsSession()
{
    ApiClient client;
    signIn(client, QStringLiteral("demo"));
    if (QTest::currentTestFailed())
        return;
    QSignalSpy expired(&client, &ApiClient::sessionExpired);
    Outcome out;
    client.logout(this, doneInto(out), failInto(out));
    AWAIT_SUCCESS(out);
    QCOMPARE(expired.count(), 0);

    Outcome o;
    Account me;
    client.me(this, doneInto(o, me), failInto(o));
    AWAIT(o);
    QCOMPARE(o.successes, 0);
    QCOMPARE(o.error.kind, ApiError::Kind::Http);
    QCOMPARE(o.error.httpStatus, 401);
    QCOMPARE(o.error.code, QStringLiteral("unauthenticated"));
    QVERIFY(!o.error.message.isEmpty());
    QCOMPARE(expired.count(), 1);
    const auto signalled = expired.at(0).at(0).value<ApiError>();
    QCOMPARE(signalled.httpStatus, 401);

    // Other sessions are untouched.
    Outcome alice;
    Account aliceMe;
    m_alice.me(this, doneInto(alice, aliceMe), failInto(alice));
    AWAIT_SUCCESS(alice);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
