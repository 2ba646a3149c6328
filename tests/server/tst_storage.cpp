// The storage seam in-process: every table class through Store on a SQLite file and, when
// TOKENDESK_TEST_DATABASE_URL is set (with-postgres.sh), on PostgreSQL, one global data row per
// backend. Rows get fresh ids, so that a database shared with an earlier run does not matter.
#include "Database.h"
#include "DatabaseLocation.h"
#include "LoginFailureTable.h"
#include "SqlError.h"
#include "Store.h"
#include "StoreError.h"
#include "TokenDraft.h"
#include "UserTable.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <map>
#include <memory>

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void users();
    void sessions();
    void teams();
    void tokenLookups();
    void tokenNamesAreUniqueAmongActiveTokens();
    void tokenListing();
    void rotationWithGrace();
    void deleteOnlyTheOwnersTokens();
    void usageByAddress();
    void events();
    void demoItems();
    void loginFailures();
    void transactionsRollBack();
    void failuresAreSorted();

private:
    static QString fresh() { return QUuid::createUuid().toString(QUuid::Id128); }
    static QByteArray digestOf(const QString &secret)
    {
        return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
    }
    // A user with a fresh name; returns its record.
    UserRecord addUser(Account::Plan plan = Account::Plan::Free);
    // A token of owner, created by creatorId, named name.
    TokenRecord newToken(const TokenOwner &owner, const QString &creatorId, const QString &name,
                         const QDateTime &expiresAt = QDateTime());

    QTemporaryDir m_dir;
    std::map<QString, std::unique_ptr<Store>> m_stores;
    Store *m_store = nullptr;
    const QDateTime m_now =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
};

void TestStorage::initTestCase_data()
{
    QTest::addColumn<QString>("database");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    const QString url = qEnvironmentVariable("TOKENDESK_TEST_DATABASE_URL");
    if (!url.isEmpty())
        QTest::newRow("postgres") << url;
}

void TestStorage::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestStorage::init()
{
    QFETCH_GLOBAL(QString, database);
    std::unique_ptr<Store> &store = m_stores[database];
    if (!store) {
        const QString text = database == QLatin1String("sqlite")
                                 ? m_dir.filePath(QStringLiteral("storage.sqlite"))
                                 : database;
        DatabaseLocation location;
        QString error;
        QVERIFY2(DatabaseLocation::parse(text, &location, &error), qPrintable(error));
        store = std::make_unique<Store>();
        QVERIFY2(store->open(location, &error), qPrintable(error));
        QCOMPARE(store->database().backend(), location.backend());
    }
    m_store = store.get();
}

UserRecord TestStorage::addUser(Account::Plan plan)
{
    const QString id = fresh();
    UserRecord user{id,
                    QStringLiteral("user-") + id,
                    QStringLiteral("Ünïcode name"),
                    QStringLiteral("pbkdf2$x"),
                    QStringLiteral("acct-") + id,
                    plan};
    m_store->insertUser(user, m_now);
    return user;
}

TokenRecord TestStorage::newToken(const TokenOwner &owner, const QString &creatorId,
                                  const QString &name, const QDateTime &expiresAt)
{
    TokenRecord r;
    r.token.id = fresh();
    r.token.owner = owner;
    r.token.name = name;
    r.token.scopes = {QStringLiteral("read"), QStringLiteral("write")};
    r.token.hint = QStringLiteral("td_…") + r.token.id.left(4);
    r.token.createdAt = m_now;
    r.token.expiresAt = expiresAt;
    r.secretDigest = digestOf(r.token.id);
    r.createdById = creatorId;
    r.lifetimeSeconds = expiresAt.isValid() ? 3600 : -1;
    return r;
}

void TestStorage::users()
{
    const UserRecord paid = addUser(Account::Plan::Paid);
    const auto byName = m_store->userByName(paid.username);
    QVERIFY(byName);
    QCOMPARE(byName->id, paid.id);
    QCOMPARE(byName->displayName, paid.displayName);
    QCOMPARE(byName->passwordHash, paid.passwordHash);
    QCOMPARE(byName->accountId, paid.accountId);
    QCOMPARE(byName->plan, Account::Plan::Paid);
    QCOMPARE(m_store->users().byId(paid.id)->username, paid.username);
    QVERIFY(!m_store->userByName(fresh()));
}

void TestStorage::sessions()
{
    const UserRecord user = addUser();
    const QByteArray live = digestOf(fresh());
    const QByteArray old = digestOf(fresh());
    m_store->insertSession(live, user.id, m_now, m_now.addSecs(3600));
    m_store->insertSession(old, user.id, m_now.addSecs(-7200), m_now.addSecs(-3600));
    const auto session = m_store->sessionByDigest(live);
    QVERIFY(session);
    QCOMPARE(session->userId, user.id);
    QCOMPARE(session->expiresAt, m_now.addSecs(3600));
    QVERIFY(session->user);
    QCOMPARE(session->user->username, user.username);
    m_store->deleteExpiredSessions(m_now);
    QVERIFY(!m_store->sessionByDigest(old));
    QVERIFY(m_store->sessionByDigest(live));
    m_store->deleteSession(live);
    QVERIFY(!m_store->sessionByDigest(live));
}

void TestStorage::teams()
{
    const UserRecord admin = addUser();
    const UserRecord outsider = addUser();
    const QString id = fresh();
    const TeamRecord team{id, QStringLiteral("team-") + id, QStringLiteral("acct-") + id,
                          Account::Plan::Paid};
    m_store->insertTeam(team, m_now);
    QCOMPARE(m_store->teamByName(team.name)->id, id);
    QCOMPARE(m_store->teamById(id)->plan, Account::Plan::Paid);
    m_store->setMembership(id, admin.id, Team::Role::Member);
    m_store->setMembership(id, admin.id, Team::Role::Admin); // the upsert moves the role
    QVERIFY(m_store->roleIn(id, admin.id) == Team::Role::Admin);
    QVERIFY(!m_store->roleIn(id, outsider.id));
    const QList<Team> teams = m_store->teamsOf(admin.id);
    QCOMPARE(teams.size(), 1);
    QCOMPARE(teams.first().name, team.name);
    QCOMPARE(teams.first().role, Team::Role::Admin);
    const auto access = m_store->teamAccess(id, outsider.id);
    QVERIFY(access);
    QCOMPARE(access->team.accountId, team.accountId);
    QVERIFY(!access->role);
    QVERIFY(!m_store->teamAccess(fresh(), admin.id));
}

void TestStorage::tokenLookups()
{
    const UserRecord user = addUser(Account::Plan::Paid);
    const TokenOwner owner{TokenOwner::Type::User, user.id, user.username};
    TokenRecord record = newToken(owner, user.id, QStringLiteral("ci"), m_now.addSecs(3600));
    QVERIFY(m_store->insertToken(record, m_now));
    QVERIFY(record.seq > 0);

    const auto full = m_store->tokenByDigest(record.secretDigest);
    QVERIFY(full);
    QCOMPARE(full->token.id, record.token.id);
    QCOMPARE(full->token.scopes, record.token.scopes);
    QCOMPARE(full->token.expiresAt, record.token.expiresAt);
    QCOMPARE(full->token.owner.name, user.username);
    QCOMPARE(full->token.createdBy, user.username);
    QCOMPARE(full->token.hint, record.token.hint);
    QCOMPARE(full->ownerAccountId, user.accountId);
    QCOMPARE(full->ownerPlan, Account::Plan::Paid);
    QCOMPARE(full->lifetimeSeconds, qint64(3600));
    QCOMPARE(full->seq, record.seq);
    QVERIFY(full->previousDigest.isNull());
    QCOMPARE(m_store->tokenById(record.token.id)->secretDigest, record.secretDigest);

    // The narrow read: what authorizing needs, not the creator, hint or seq.
    const auto auth = m_store->authorizationByDigest(record.secretDigest);
    QVERIFY(auth);
    QCOMPARE(auth->token.id, record.token.id);
    QCOMPARE(auth->secretDigest, record.secretDigest);
    QCOMPARE(auth->ownerAccountId, user.accountId);
    QCOMPARE(auth->ownerPlan, Account::Plan::Paid);
    QVERIFY(auth->token.createdBy.isEmpty());
    QVERIFY(auth->token.hint.isEmpty());
    QCOMPARE(auth->seq, qint64(0));
    QVERIFY(!m_store->authorizationByDigest(digestOf(fresh())));
}

void TestStorage::tokenNamesAreUniqueAmongActiveTokens()
{
    const UserRecord user = addUser();
    const TokenOwner owner{TokenOwner::Type::User, user.id, user.username};
    // "é" precomposed, then as e + combining accent: equal after NFC.
    TokenRecord first = newToken(owner, user.id, QStringLiteral("caf\u00e9"), m_now.addSecs(60));
    QVERIFY(m_store->insertToken(first, m_now));
    TokenRecord twin = newToken(owner, user.id, QStringLiteral("cafe\u0301"));
    QVERIFY(!m_store->insertToken(twin, m_now));
    QVERIFY(!m_store->tokenById(twin.token.id));
    // Once the first has expired, its name is free again.
    QVERIFY(m_store->insertToken(twin, m_now.addSecs(120)));
    QCOMPARE(TokenDraft::normalizedName(twin.token.name), QStringLiteral("caf\u00e9"));
    // All or none.
    QList<TokenRecord> batch{newToken(owner, user.id, QStringLiteral("a")),
                             newToken(owner, user.id, QStringLiteral("caf\u00e9"))};
    QVERIFY(!m_store->insertTokens(batch, m_now.addSecs(120)));
    QVERIFY(!m_store->tokenById(batch.first().token.id));
}

void TestStorage::tokenListing()
{
    const UserRecord user = addUser();
    const TokenOwner owner{TokenOwner::Type::User, user.id, user.username};
    QList<qint64> seqs;
    for (int i = 0; i < 5; ++i) {
        TokenRecord r = newToken(owner, user.id, QStringLiteral("t%1").arg(i),
                                 i % 2 ? m_now.addSecs(600) : QDateTime());
        QVERIFY(m_store->insertToken(r, m_now));
        seqs.append(r.seq);
    }
    QList<QByteArray> names;
    QList<bool> expiring;
    QByteArray creator, scopes;
    qint64 createdAt = 0;
    bool used = true;
    m_store->forEachTokenOf(owner, seqs[0], 3, [&](const TokenListRow &row) {
        names.append(row.name.toByteArray());
        expiring.append(row.expiresAt.has_value());
        if (row.name == "t1") {
            creator = row.createdBy.toByteArray();
            scopes = row.scopes.toByteArray();
            createdAt = row.createdAt;
            used = row.lastUsedAt.has_value() || !row.lastUsedAddress.isEmpty();
        }
        return true;
    });
    QCOMPARE(names, (QList<QByteArray>{"t1", "t2", "t3"}));
    QCOMPARE(expiring, (QList<bool>{true, false, true}));
    QCOMPARE(creator, user.username.toUtf8());
    QCOMPARE(scopes, QByteArray("read write"));
    QCOMPARE(createdAt, m_now.toSecsSinceEpoch());
    QVERIFY(!used);
    int visited = 0;
    m_store->forEachTokenOf(owner, 0, 10, [&](const TokenListRow &) { return ++visited < 2; });
    QCOMPARE(visited, 2);
}

void TestStorage::rotationWithGrace()
{
    const UserRecord user = addUser();
    const TokenOwner owner{TokenOwner::Type::User, user.id, user.username};
    TokenRecord record = newToken(owner, user.id, QStringLiteral("rotating"));
    QVERIFY(m_store->insertToken(record, m_now));
    const QByteArray before = record.secretDigest;
    record.secretDigest = digestOf(fresh());
    record.token.previousSecretValidUntil = m_now.addSecs(300);
    QVERIFY(m_store->replaceSecret(record, m_now));
    QCOMPARE(m_store->tokenByPreviousDigest(before, m_now)->token.id, record.token.id);
    QVERIFY(!m_store->tokenByPreviousDigest(before, m_now.addSecs(301)));
    QVERIFY(!m_store->tokenByDigest(before));
    // Without grace the old secret stops at once.
    const QByteArray second = record.secretDigest;
    record.secretDigest = digestOf(fresh());
    record.token.previousSecretValidUntil = QDateTime();
    QVERIFY(m_store->replaceSecret(record, m_now));
    QVERIFY(!m_store->tokenByPreviousDigest(second, m_now));
    QVERIFY(!m_store->tokenByPreviousDigest(before, m_now));
    QVERIFY(m_store->markExpiryLogged(record.token.id));
    QVERIFY(!m_store->markExpiryLogged(record.token.id));
}

void TestStorage::deleteOnlyTheOwnersTokens()
{
    const UserRecord alice = addUser();
    const UserRecord bob = addUser();
    const TokenOwner aliceOwner{TokenOwner::Type::User, alice.id, alice.username};
    const TokenOwner bobOwner{TokenOwner::Type::User, bob.id, bob.username};
    TokenRecord a1 = newToken(aliceOwner, alice.id, QStringLiteral("a1"));
    TokenRecord a2 = newToken(aliceOwner, alice.id, QStringLiteral("a2"));
    TokenRecord b1 = newToken(bobOwner, bob.id, QStringLiteral("b1"));
    QVERIFY(m_store->insertToken(a1, m_now));
    QVERIFY(m_store->insertToken(a2, m_now));
    QVERIFY(m_store->insertToken(b1, m_now));
    m_store->touchTokenFrom(a1.token.id, QStringLiteral("192.0.2.1"), QString(), m_now);
    const QStringList deleted = m_store->deleteTokens(
        TokenOwner::Type::User, alice.id, {a1.token.id, b1.token.id, fresh(), a2.token.id});
    QCOMPARE(deleted, (QStringList{a1.token.id, a2.token.id}));
    QVERIFY(m_store->tokenById(b1.token.id));
    QVERIFY(m_store->addressesOf(a1.token.id, 10).isEmpty());
    m_store->deleteToken(b1.token.id);
    QVERIFY(!m_store->tokenById(b1.token.id));
}

void TestStorage::usageByAddress()
{
    const UserRecord user = addUser();
    const TokenOwner owner{TokenOwner::Type::User, user.id, user.username};
    TokenRecord record = newToken(owner, user.id, QStringLiteral("used"));
    QVERIFY(m_store->insertToken(record, m_now));
    const QString id = record.token.id;
    QVERIFY(m_store->touchTokenFrom(id, QStringLiteral("192.0.2.1"), QString(), m_now));
    QVERIFY(m_store->touchTokenFrom(id, QStringLiteral("192.0.2.2"), QStringLiteral("curl/8"),
                                    m_now.addSecs(10)));
    QVERIFY(!m_store->touchTokenFrom(id, QStringLiteral("192.0.2.1"), QStringLiteral("ua"),
                                     m_now.addSecs(20)));
    // Same address: last_used_at moves at most once a minute.
    m_store->touchToken(id, m_now.addSecs(30));
    QCOMPARE(m_store->tokenById(id)->token.lastUsedAt, m_now.addSecs(20));
    m_store->touchToken(id, m_now.addSecs(90));
    const auto token = m_store->tokenById(id);
    QCOMPARE(token->token.lastUsedAt, m_now.addSecs(90));
    QCOMPARE(token->token.lastUsedAddress, QStringLiteral("192.0.2.1"));
    const QList<AddressUse> uses = m_store->addressesOf(id, 10);
    QCOMPARE(uses.size(), 2);
    QCOMPARE(uses[0].address, QStringLiteral("192.0.2.1"));
    QCOMPARE(uses[0].userAgent, QStringLiteral("ua"));
    QCOMPARE(uses[0].firstSeen, m_now);
    QCOMPARE(uses[0].lastSeen, m_now.addSecs(90));
    QCOMPARE(uses[1].address, QStringLiteral("192.0.2.2"));
    QCOMPARE(m_store->addressesOf(id, 1).size(), 1);
}

void TestStorage::events()
{
    const TokenOwner owner{TokenOwner::Type::Team, fresh(), QStringLiteral("ops")};
    QList<EventRecord> events;
    for (int i = 0; i < 4; ++i) {
        EventRecord e;
        e.id = fresh();
        e.at = m_now.addSecs(i);
        e.action = i % 2 ? QStringLiteral("token.created") : QStringLiteral("session.created");
        e.actorType = QStringLiteral("user");
        e.actorId = QStringLiteral("u");
        e.actorName = QStringLiteral("alice");
        e.owner = owner;
        if (i % 2) {
            e.tokenId = i == 1 ? QStringLiteral("tok-1") : QStringLiteral("tok-3");
            e.tokenName = QStringLiteral("n");
        }
        events.append(e);
    }
    m_store->insertEvents(events);
    const auto all = m_store->eventsOf(owner.type, owner.id, 0, QString(), QString(), 10);
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.first().id, events.last().id); // newest first
    QCOMPARE(all.first().owner.type, TokenOwner::Type::Team);
    QCOMPARE(all.first().tokenId, QStringLiteral("tok-3"));
    QVERIFY(all[1].tokenId.isEmpty()); // a session event: no token
    QVERIFY(all[1].address.isEmpty());
    const auto page = m_store->eventsOf(owner.type, owner.id, all[1].seq, QString(), QString(), 10);
    QCOMPARE(page.size(), 2);
    const auto created =
        m_store->eventsOf(owner.type, owner.id, 0, QStringLiteral("token.created"), QString(), 10);
    QCOMPARE(created.size(), 2);
    const auto ofToken =
        m_store->eventsOf(owner.type, owner.id, 0, QString(), QStringLiteral("tok-3"), 10);
    QCOMPARE(ofToken.size(), 1);
    QCOMPARE(ofToken.first().at, m_now.addSecs(3));
    QCOMPARE(m_store
                 ->eventsOf(owner.type, owner.id, 0, QStringLiteral("session.created"),
                            QStringLiteral("tok-3"), 10)
                 .size(),
             0);
}

void TestStorage::demoItems()
{
    const QString owner = fresh();
    m_store->insertDemoItem(TokenOwner::Type::User, owner, {fresh(), QStringLiteral("one"), m_now});
    m_store->insertDemoItem(TokenOwner::Type::User, owner, {fresh(), QStringLiteral("two"), m_now});
    const auto items = m_store->demoItems(TokenOwner::Type::User, owner);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[1].name, QStringLiteral("two"));
    QCOMPARE(items[1].createdAt, m_now);
    QVERIFY(m_store->demoItems(TokenOwner::Type::Team, owner).isEmpty());
}

void TestStorage::loginFailures()
{
    LoginFailureTable &table = m_store->loginFailures();
    const QString scope = fresh();
    const qint64 t0 = m_now.toMSecsSinceEpoch();
    table.writeTransaction([&] {
        for (int i = 0; i < 5; ++i)
            table.insert(scope, QStringLiteral("k"), t0 + i);
        table.insert(scope, QStringLiteral("other"), t0);
    });
    QCOMPARE(table.failuresSince(scope, QStringLiteral("k"), t0 + 1, 2),
             (QList<qint64>{t0 + 4, t0 + 3}));
    QCOMPARE(table.keyCount(scope), qsizetype(2));
    table.keepNewest(scope, QStringLiteral("k"), 2);
    QCOMPARE(table.rowCount(scope), qsizetype(3));
    table.remove(scope, QStringLiteral("other"));
    QCOMPARE(table.keyCount(scope), qsizetype(1));
}

void TestStorage::transactionsRollBack()
{
    Database &db = m_store->database();
    const UserRecord user = addUser();
    UserRecord other = user;
    other.id = fresh();
    other.username = QStringLiteral("user-") + other.id;
    QVERIFY(!db.transaction([&] {
        m_store->insertUser(other, m_now);
        return false;
    }));
    QVERIFY(!m_store->userById(other.id));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, db.transaction([&]() -> bool {
        m_store->insertUser(other, m_now);
        throw std::runtime_error("work failed");
    }));
    QVERIFY(!m_store->userById(other.id));
    // The connection is usable after both.
    QVERIFY(db.transaction([&] {
        m_store->insertUser(other, m_now);
        return true;
    }));
    QVERIFY(m_store->userById(other.id));
}

void TestStorage::failuresAreSorted()
{
    const UserRecord user = addUser();
    // A taken username is no failure: nothing is written (instances seeding at once).
    UserRecord sameName = user;
    sameName.id = fresh();
    QVERIFY(!m_store->insertUser(sameName, m_now));
    QVERIFY(!m_store->userById(sameName.id));
    UserRecord clash = user;
    clash.username = fresh(); // same id: a unique violation, not the name index of tokens
    try {
        m_store->insertUser(clash, m_now);
        QFAIL("a duplicate user id was accepted");
    } catch (const SqlError &e) {
        QCOMPARE(e.failure(), SqlError::Failure::UniqueViolation);
        QVERIFY(!e.unavailable());
        QVERIFY2(!e.violatedIndex().isEmpty(), e.what());
    }
    // A unique violation that is not the active-name index is no name clash: it throws.
    const TokenOwner owner{TokenOwner::Type::User, user.id, user.username};
    TokenRecord first = newToken(owner, user.id, QStringLiteral("x"));
    QVERIFY(m_store->insertToken(first, m_now));
    TokenRecord sameDigest = newToken(owner, user.id, QStringLiteral("y"));
    sameDigest.secretDigest = first.secretDigest;
    QVERIFY_THROWS_EXCEPTION(StoreError, m_store->insertToken(sameDigest, m_now));
    QVERIFY(!m_store->tokenById(sameDigest.token.id));
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
