#include "AccountSession.h"
#include "ApiCall.h"
#include "ApiClient.h"
#include "AppRun.h"
#include "KeychainAvailability.h"
#include "MemorySecretStore.h"
#include "OwnerTokens.h"
#include "SignedInClient.h"
#include "TestServer.h"
#include "TokenFormat.h"
#include "TokenKeychain.h"
#include "TokenListModel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

// One owner's tokens without a window: create, save in the keychain, rotate, delete and the
// keychain kept in step, against the real server and an in-memory keychain.
class TestOwnerTokens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reloadListsTheOwnersTokens();
    void createEmitsTheSecretOnce();
    void createForAnotherOwnerLeavesThisModel();
    void saveIndexesTheSecret();
    void failedSaveRollsBack();
    void rotateRestoresTheNewSecret();
    void rotateWithGraceKeepsTheOldSecretAWhile();
    void removeDeletesTheKeychainEntry();
    void removeOfATokenGoneElsewhereStillCleansUp();
    void staleEntriesAreOfferedAndRemoved();
    void membersCannotManageOthersTeamTokens();
    void removeManyRevokesTheChosenOnes();
    void removeManyIsAllOrNothing();
    void hungKeychainIsUnavailableUntilCheckedAgain();

private:
    struct Created
    {
        Token token;
        QByteArray secret;
    };
    // Creates a token through tokens; empty token id when it failed.
    static Created create(OwnerTokens &tokens, const QString &name);
    // Saves through tokens; the result the save reported.
    static bool save(OwnerTokens &tokens, const Created &created, QString *error = nullptr);
    // Deletes the token with a second client, behind the app's back.
    bool deleteElsewhere(const QString &username, const Token &token);
    // Starts a save through tokens; *done, *ok and *error tell its result when it comes.
    void startSave(OwnerTokens &tokens, const Created &created, bool *done, bool *ok,
                   QString *error);
    // Asks the app to check the keychain again; its answer (nullopt: none in time).
    std::optional<bool> checkKeychain();
    TokenOwner me() const;
    // Introspects with secret: 200 when it authenticates, else the HTTP status (0: no answer).
    int introspect(const QByteArray &secret);
    QString keyOf(const QString &tokenId) const;

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<AppRun> m_run;
};

void TestOwnerTokens::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestOwnerTokens::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_keychain = std::make_unique<MemorySecretStore>();
    m_run = std::make_unique<AppRun>(*m_keychain, m_dir->filePath(QStringLiteral("s.ini")));
    QVERIFY(m_run->probe());
    QVERIFY(m_run->signIn(m_server.baseUrl(), QStringLiteral("demo")));
}

void TestOwnerTokens::cleanup()
{
    m_run.reset();
    m_keychain.reset();
    m_dir.reset();
}

TokenOwner TestOwnerTokens::me() const
{
    return m_run->services.session().owners().first();
}

QString TestOwnerTokens::keyOf(const QString &tokenId) const
{
    return m_run->services.tokenKeychain().keyOf(tokenId);
}

TestOwnerTokens::Created TestOwnerTokens::create(OwnerTokens &tokens, const QString &name)
{
    Created result;
    QObject context;
    // A SecureBuffer cannot be copied into a QSignalSpy: take it in a direct connection.
    QObject::connect(&tokens, &OwnerTokens::created, &context,
                     [&result](const Token &token, const SecureBuffer &secret, const QString &) {
                         result = {token, secret.view().toByteArray()};
                     });
    tokens.create(tokens.owner(),
                  {name, {QStringLiteral("read")}, QDateTime::currentDateTimeUtc().addDays(30)});
    (void)QTest::qWaitFor([&result] { return !result.token.id.isEmpty(); }, 15000);
    return result;
}

bool TestOwnerTokens::save(OwnerTokens &tokens, const Created &created, QString *error)
{
    bool answered = false;
    bool saved = false;
    QObject context;
    tokens.saveSecret(created.token, SecureBuffer(created.secret), &context,
                      [&](bool ok, const QString &why) {
                          answered = true;
                          saved = ok;
                          if (error)
                              *error = why;
                      });
    return QTest::qWaitFor([&] { return answered; }, 5000) && saved;
}

bool TestOwnerTokens::deleteElsewhere(const QString &username, const Token &token)
{
    ApiClient other;
    const TokenOwner owner = SignedInClient::signIn(other, m_server.baseUrl(), username);
    if (owner.id.isEmpty())
        return false;
    bool done = false;
    bool ok = false;
    other.deleteToken(
        token.owner, token.id, &other,
        [&] {
            ok = true;
            done = true;
        },
        [&](const ApiError &) { done = true; });
    return QTest::qWaitFor([&] { return done; }, 10000) && ok;
}

void TestOwnerTokens::reloadListsTheOwnersTokens()
{
    OwnerTokens tokens(m_run->services, me());
    QCOMPARE(tokens.loadState(), OwnerTokens::LoadState::Loading);
    QSignalSpy loaded(&tokens, &OwnerTokens::loaded);
    QSignalSpy busy(&tokens, &OwnerTokens::busyChanged);
    tokens.reload();
    QVERIFY(tokens.isBusy());
    QVERIFY(loaded.wait(15000));
    QCOMPARE(tokens.loadState(), OwnerTokens::LoadState::Loaded);
    QVERIFY(!tokens.isBusy());
    QCOMPARE(busy.last().first().toBool(), false);
    QCOMPARE(tokens.model().rowCount(), loaded.first().first().value<QList<Token>>().size());
}

void TestOwnerTokens::createEmitsTheSecretOnce()
{
    OwnerTokens tokens(m_run->services, me());
    const Created created = create(tokens, QStringLiteral("owner-create"));
    QVERIFY(!created.token.id.isEmpty());
    QVERIFY(TokenFormat::isWellFormed(created.secret, TokenFormat::Kind::ApiToken));
    QVERIFY(tokens.model().rowOf(created.token.id) >= 0);
    QVERIFY(!tokens.model().isInKeychain(created.token.id));
    QVERIFY(m_keychain->keys().isEmpty()); // nothing stored unless asked

    QSignalSpy failed(&tokens, &OwnerTokens::createFailed);
    tokens.create(tokens.owner(), {QStringLiteral("owner-create"),
                                   {QStringLiteral("read")},
                                   QDateTime::currentDateTimeUtc().addDays(30)});
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.first().first().value<ApiError>().code, QStringLiteral("name_taken"));
}

void TestOwnerTokens::createForAnotherOwnerLeavesThisModel()
{
    m_run = std::make_unique<AppRun>(*m_keychain, m_dir->filePath(QStringLiteral("a.ini")));
    QVERIFY(m_run->probe());
    QVERIFY(m_run->signIn(m_server.baseUrl(), QStringLiteral("alice")));
    const QList<TokenOwner> owners = m_run->services.session().owners();
    QVERIFY(owners.size() > 1);
    OwnerTokens personal(m_run->services, owners.first());
    Token token;
    connect(&personal, &OwnerTokens::created, this,
            [&token](const Token &t, const SecureBuffer &, const QString &) { token = t; });
    personal.create(owners.at(1), {QStringLiteral("for-the-team"),
                                   {QStringLiteral("read")},
                                   QDateTime::currentDateTimeUtc().addDays(30)});
    QTRY_VERIFY_WITH_TIMEOUT(!token.id.isEmpty(), 15000);
    QCOMPARE(token.owner.id, owners.at(1).id);
    QVERIFY(!personal.isOwnerOf(token));
    QCOMPARE(personal.model().rowOf(token.id), -1);
}

void TestOwnerTokens::saveIndexesTheSecret()
{
    OwnerTokens tokens(m_run->services, me());
    const Created created = create(tokens, QStringLiteral("owner-save"));
    QVERIFY(!created.token.id.isEmpty());
    QSignalSpy stored(&m_run->services.tokenKeychain(), &TokenKeychain::stored);
    QVERIFY(save(tokens, created));
    QCOMPARE(stored.count(), 1);
    QCOMPARE(m_keychain->value(keyOf(created.token.id)), created.secret);
    QVERIFY(m_run->services.tokenKeychain().isStored(created.token));
    QVERIFY(tokens.model().isInKeychain(created.token.id));
    QVERIFY(tokens.canCopySecret(created.token));

    // Another OwnerTokens for the same owner (the next start) sees the index.
    OwnerTokens again(m_run->services, me());
    QSignalSpy loaded(&again, &OwnerTokens::loaded);
    again.reload();
    QVERIFY(loaded.wait(15000));
    QVERIFY(again.model().isInKeychain(created.token.id));
    QVERIFY(again.staleIds().isEmpty());
}

void TestOwnerTokens::failedSaveRollsBack()
{
    OwnerTokens tokens(m_run->services, me());
    const Created created = create(tokens, QStringLiteral("owner-save-fails"));
    QVERIFY(!created.token.id.isEmpty());
    m_keychain->setFailWrites(true);
    QString error;
    QVERIFY(!save(tokens, created, &error));
    QVERIFY(error.contains(QStringLiteral("refused")));
    QVERIFY(!m_run->services.tokenKeychain().isStored(created.token));
    QVERIFY(!tokens.model().isInKeychain(created.token.id));
    QTRY_VERIFY_WITH_TIMEOUT(!m_keychain->contains(keyOf(created.token.id)), 5000);
}

void TestOwnerTokens::rotateRestoresTheNewSecret()
{
    OwnerTokens tokens(m_run->services, me());
    const Created created = create(tokens, QStringLiteral("owner-rotate"));
    QVERIFY(!created.token.id.isEmpty());
    QVERIFY(save(tokens, created));
    QByteArray fresh;
    connect(&tokens, &OwnerTokens::rotated, this,
            [&fresh](const Token &, const SecureBuffer &secret, const QString &) {
                fresh = secret.view().toByteArray();
            });
    tokens.rotate(created.token);
    QTRY_VERIFY_WITH_TIMEOUT(!fresh.isEmpty(), 15000);
    QVERIFY(TokenFormat::isWellFormed(fresh, TokenFormat::Kind::ApiToken));
    QVERIFY(fresh != created.secret);
    // The stored secret no longer works, so it is replaced by the new one.
    QTRY_COMPARE_WITH_TIMEOUT(m_keychain->value(keyOf(created.token.id)), fresh, 5000);
}

int TestOwnerTokens::introspect(const QByteArray &secret)
{
    int status = 0;
    QObject context;
    m_run->services.client().introspect(
        SecureBuffer(secret), &context,
        [&status](const ApiClient::Introspection &) { status = 200; },
        [&status](const ApiError &error) {
            status = error.httpStatus > 0 ? error.httpStatus : -1;
        });
    (void)QTest::qWaitFor([&status] { return status != 0; }, 15000);
    return status;
}

void TestOwnerTokens::rotateWithGraceKeepsTheOldSecretAWhile()
{
    OwnerTokens tokens(m_run->services, me());
    const Created created = create(tokens, QStringLiteral("owner-rotate-grace"));
    QVERIFY(!created.token.id.isEmpty());
    QVERIFY(save(tokens, created));
    QByteArray fresh;
    Token rotated;
    const QMetaObject::Connection first =
        connect(&tokens, &OwnerTokens::rotated, this,
                [&](const Token &token, const SecureBuffer &secret, const QString &) {
                    rotated = token;
                    fresh = secret.view().toByteArray();
                });
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime expiry = before.addDays(7);
    tokens.rotate(created.token, expiry, 3600);
    QTRY_VERIFY_WITH_TIMEOUT(!fresh.isEmpty(), 15000);
    QVERIFY(fresh != created.secret);
    // The server says until when the old secret works: an hour from the rotation.
    QVERIFY(rotated.previousSecretValidUntil.isValid());
    QVERIFY2(qAbs(before.addSecs(3600).secsTo(rotated.previousSecretValidUntil)) < 120,
             qPrintable(rotated.previousSecretValidUntil.toString(Qt::ISODate)));
    QVERIFY(qAbs(expiry.secsTo(rotated.expiresAt)) < 5);
    QCOMPARE(
        tokens.model().tokenAt(tokens.model().rowOf(created.token.id))->previousSecretValidUntil,
        rotated.previousSecretValidUntil);
    // Both secrets work meanwhile; the keychain holds the new one.
    QCOMPARE(introspect(created.secret), 200);
    QCOMPARE(introspect(fresh), 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_keychain->value(keyOf(created.token.id)), fresh, 5000);

    // Without a grace the old secret stops at once (and the earlier grace ends too).
    disconnect(first);
    QByteArray third;
    connect(&tokens, &OwnerTokens::rotated, this,
            [&third](const Token &, const SecureBuffer &secret, const QString &) {
                third = secret.view().toByteArray();
            });
    tokens.rotate(rotated);
    QTRY_VERIFY_WITH_TIMEOUT(!third.isEmpty(), 15000);
    QCOMPARE(introspect(fresh), 401);
    QCOMPARE(introspect(created.secret), 401);
    QCOMPARE(introspect(third), 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_keychain->value(keyOf(created.token.id)), third, 5000);
}

void TestOwnerTokens::removeDeletesTheKeychainEntry()
{
    OwnerTokens tokens(m_run->services, me());
    const Created created = create(tokens, QStringLiteral("owner-remove"));
    QVERIFY(!created.token.id.isEmpty());
    QVERIFY(save(tokens, created));
    QSignalSpy failed(&tokens, &OwnerTokens::failed);
    tokens.remove(created.token);
    QTRY_COMPARE_WITH_TIMEOUT(tokens.model().rowOf(created.token.id), -1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_keychain->contains(keyOf(created.token.id)), 5000);
    QVERIFY(!m_run->services.tokenKeychain().isStored(created.token));
    QCOMPARE(failed.count(), 0);
}

void TestOwnerTokens::removeOfATokenGoneElsewhereStillCleansUp()
{
    OwnerTokens tokens(m_run->services, me());
    const Created created = create(tokens, QStringLiteral("owner-gone"));
    QVERIFY(!created.token.id.isEmpty());
    QVERIFY(save(tokens, created));
    QVERIFY(deleteElsewhere(QStringLiteral("demo"), created.token));
    QSignalSpy failed(&tokens, &OwnerTokens::failed);
    tokens.remove(created.token); // the server answers 404: gone is gone
    QTRY_COMPARE_WITH_TIMEOUT(tokens.model().rowOf(created.token.id), -1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_keychain->contains(keyOf(created.token.id)), 5000);
    QCOMPARE(failed.count(), 0);
}

void TestOwnerTokens::staleEntriesAreOfferedAndRemoved()
{
    OwnerTokens tokens(m_run->services, me());
    const Created created = create(tokens, QStringLiteral("owner-stale"));
    QVERIFY(!created.token.id.isEmpty());
    QVERIFY(save(tokens, created));
    QVERIFY(deleteElsewhere(QStringLiteral("demo"), created.token));
    QSignalSpy stale(&tokens, &OwnerTokens::staleChanged);
    tokens.reload();
    QVERIFY(stale.wait(15000));
    QCOMPARE(tokens.staleIds(), QStringList{created.token.id});
    QVERIFY(m_keychain->contains(keyOf(created.token.id))); // only on request
    tokens.removeStale();
    QVERIFY(tokens.staleIds().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_keychain->contains(keyOf(created.token.id)), 5000);
    QVERIFY(!m_run->services.tokenKeychain().isStored(created.token));
}

void TestOwnerTokens::membersCannotManageOthersTeamTokens()
{
    // alice (admin of platform) creates a team token; demo, a member, may not manage it.
    AppRun alice(*m_keychain, m_dir->filePath(QStringLiteral("alice.ini")));
    QVERIFY(alice.probe());
    QVERIFY(alice.signIn(m_server.baseUrl(), QStringLiteral("alice")));
    TokenOwner platform;
    for (const TokenOwner &owner : alice.services.session().owners()) {
        if (owner.name == QStringLiteral("platform"))
            platform = owner;
    }
    QVERIFY(!platform.id.isEmpty());
    OwnerTokens aliceTeam(alice.services, platform);
    const Created created = create(aliceTeam, QStringLiteral("alice-team-token"));
    QVERIFY(!created.token.id.isEmpty());
    QVERIFY(aliceTeam.canManage(created.token));
    QVERIFY(aliceTeam.whyCannotManage(created.token).isEmpty());

    OwnerTokens demoTeam(m_run->services, platform);
    QVERIFY(!demoTeam.canManage(created.token));
    QVERIFY(demoTeam.whyCannotManage(created.token).contains(QStringLiteral("alice")));
}

void TestOwnerTokens::removeManyRevokesTheChosenOnes()
{
    OwnerTokens tokens(m_run->services, me());
    const Created a = create(tokens, QStringLiteral("bulk-a"));
    const Created b = create(tokens, QStringLiteral("bulk-b"));
    const Created c = create(tokens, QStringLiteral("bulk-c"));
    QVERIFY(!a.token.id.isEmpty() && !b.token.id.isEmpty() && !c.token.id.isEmpty());
    QVERIFY(save(tokens, a));
    QSignalSpy removed(&tokens, &OwnerTokens::removedMany);
    QSignalSpy failed(&tokens, &OwnerTokens::failed);
    tokens.removeMany({a.token, b.token});
    QVERIFY(removed.wait(15000));
    QStringList names = removed.first().first().toStringList();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("bulk-a"), QStringLiteral("bulk-b")}));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(tokens.model().rowOf(a.token.id), -1);
    QCOMPARE(tokens.model().rowOf(b.token.id), -1);
    QVERIFY(tokens.model().rowOf(c.token.id) >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_keychain->contains(keyOf(a.token.id)), 5000);
    QCOMPARE(introspect(a.secret), 401);
    QCOMPARE(introspect(b.secret), 401);
    QCOMPARE(introspect(c.secret), 200);
}

void TestOwnerTokens::removeManyIsAllOrNothing()
{
    // demo, a member of platform, asks to revoke his own team token and alice's: the server
    // refuses the whole request, and both keep working.
    AppRun alice(*m_keychain, m_dir->filePath(QStringLiteral("alice.ini")));
    QVERIFY(alice.probe());
    QVERIFY(alice.signIn(m_server.baseUrl(), QStringLiteral("alice")));
    TokenOwner platform;
    for (const TokenOwner &owner : alice.services.session().owners()) {
        if (owner.name == QStringLiteral("platform"))
            platform = owner;
    }
    QVERIFY(!platform.id.isEmpty());
    OwnerTokens aliceTeam(alice.services, platform);
    const Created hers = create(aliceTeam, QStringLiteral("bulk-hers"));
    OwnerTokens demoTeam(m_run->services, platform);
    const Created his = create(demoTeam, QStringLiteral("bulk-his"));
    QVERIFY(!hers.token.id.isEmpty() && !his.token.id.isEmpty());
    QSignalSpy removed(&demoTeam, &OwnerTokens::removedMany);
    QSignalSpy failed(&demoTeam, &OwnerTokens::failed);
    demoTeam.removeMany({his.token, hers.token});
    QVERIFY(failed.wait(15000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("none was revoked")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(removed.count(), 0);
    QVERIFY(demoTeam.model().rowOf(his.token.id) >= 0);
    QCOMPARE(introspect(his.secret), 200);
    QCOMPARE(introspect(hers.secret), 200);
}

void TestOwnerTokens::startSave(OwnerTokens &tokens, const Created &created, bool *done, bool *ok,
                                QString *error)
{
    tokens.saveSecret(created.token, SecureBuffer(created.secret), this,
                      [done, ok, error](bool saved, const QString &why) {
                          *done = true;
                          *ok = saved;
                          *error = why;
                      });
}

std::optional<bool> TestOwnerTokens::checkKeychain()
{
    std::optional<bool> answer;
    m_run->services.keychain().check(this, [&answer](bool ok, const QString &) { answer = ok; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
        return std::nullopt;
    return answer;
}

void TestOwnerTokens::hungKeychainIsUnavailableUntilCheckedAgain()
{
    OwnerTokens tokens(m_run->services, me());
    const Created kept = create(tokens, QStringLiteral("kept"));
    const Created first = create(tokens, QStringLiteral("first"));
    const Created second = create(tokens, QStringLiteral("second"));
    QVERIFY(!kept.token.id.isEmpty() && !first.token.id.isEmpty() && !second.token.id.isEmpty());
    QVERIFY(save(tokens, kept));
    QVERIFY(tokens.canCopySecret(kept.token));
    KeychainAvailability &keychain = m_run->services.keychain();
    QSignalSpy availability(&keychain, &KeychainAvailability::availabilityChanged);
    QSignalSpy actions(&tokens, &OwnerTokens::actionsChanged);

    // The keychain stops answering. The first save times out quickly; the second waits behind
    // it with a timeout far beyond the hang guard, so it can only end by failing with the first.
    m_keychain->setHang(true);
    m_keychain->setTimeoutMs(300);
    bool firstDone = false, firstOk = true, secondDone = false, secondOk = true;
    QString firstError, secondError;
    startSave(tokens, first, &firstDone, &firstOk, &firstError);
    m_keychain->setTimeoutMs(600000);
    startSave(tokens, second, &secondDone, &secondOk, &secondError);
    QVERIFY(QTest::qWaitFor([&] { return firstDone; }, 10000));
    QVERIFY(secondDone); // at once, together with the first
    QVERIFY(!firstOk && !secondOk);
    const QString reason = keychain.unavailableReason();
    QVERIFY2(reason.contains(QStringLiteral("did not answer within 0.3 s")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("Check keychain again")), qPrintable(reason));
    QCOMPARE(firstError, reason);
    QCOMPARE(secondError, reason);
    QVERIFY(!keychain.isAvailable());
    QCOMPARE(availability.count(), 1);
    QCOMPARE(availability.at(0).at(0).toBool(), false);
    QVERIFY(actions.count() >= 1); // the pages re-evaluate Save / Copy secret
    QVERIFY(!tokens.keychainAvailable());
    QVERIFY(!tokens.canCopySecret(kept.token));
    QVERIFY2(tokens.whyCannotCopySecret(kept.token).contains(reason),
             qPrintable(tokens.whyCannotCopySecret(kept.token)));
    QVERIFY(!m_keychain->contains(keyOf(first.token.id)));

    // New requests fail at once (well before their 600 s timeout) and reach nothing.
    QString error;
    QVERIFY(!save(tokens, first, &error));
    QCOMPARE(error, reason);
    QSignalSpy failed(&tokens, &OwnerTokens::failed);
    tokens.copySecret(kept.token);
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.at(0).at(0).toString().contains(reason),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(m_keychain->hangingCount(), 0);

    // Checking again while it still hangs: still unavailable.
    m_keychain->setTimeoutMs(300);
    QCOMPARE(checkKeychain(), std::optional<bool>(false));
    QVERIFY(!keychain.isAvailable());

    // It answers again: checking makes it available, and saving and copying work again.
    m_keychain->setHang(false);
    QCOMPARE(checkKeychain(), std::optional<bool>(true));
    QVERIFY(keychain.isAvailable());
    QVERIFY(keychain.unavailableReason().isEmpty());
    QCOMPARE(availability.last().at(0).toBool(), true);
    QVERIFY(tokens.canCopySecret(kept.token));
    QVERIFY(tokens.whyCannotCopySecret(kept.token).isEmpty());
    QVERIFY(save(tokens, first, &error));
    QVERIFY(m_keychain->contains(keyOf(first.token.id)));
}

QTEST_MAIN(TestOwnerTokens)
#include "tst_ownertokens.moc"
