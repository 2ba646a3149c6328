#include "AccountSession.h"
#include "AppRun.h"
#include "MemorySecretStore.h"
#include "OwnerTokens.h"
#include "TestServer.h"
#include "TokenCheck.h"
#include "TokenFormat.h"
#include "TokenListModel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The "Check a token" workflow without widgets, against the real server: the offline verdict,
// the server naming the user's own token, revoking it, and revoking an unknown one with itself.
class TestTokenCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verdictIsOffline();
    void ownTokenIsIdentifiedAndRevoked();
    void strangersTokenRevokesItself();

private:
    QByteArray createToken(const QString &name);

    TestServer m_server;
    QTemporaryDir m_dir;
    MemorySecretStore m_keychain;
    std::unique_ptr<AppRun> m_run;
};

void TestTokenCheck::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_run = std::make_unique<AppRun>(m_keychain, m_dir.filePath(QStringLiteral("s.ini")));
    QVERIFY(m_run->probe());
    QVERIFY(m_run->signIn(m_server.baseUrl(), QStringLiteral("demo")));
}

QByteArray TestTokenCheck::createToken(const QString &name)
{
    OwnerTokens tokens(m_run->services, m_run->services.session().owners().first());
    QByteArray secret;
    connect(&tokens, &OwnerTokens::created, this,
            [&secret](const Token &, const SecureBuffer &s, const QString &) {
                secret = s.view().toByteArray();
            });
    tokens.create(tokens.owner(),
                  {name, {QStringLiteral("read")}, QDateTime::currentDateTimeUtc().addDays(7)});
    (void)QTest::qWaitFor([&secret] { return !secret.isEmpty(); }, 15000);
    return secret;
}

void TestTokenCheck::verdictIsOffline()
{
    TokenCheck check(m_run->services);
    QSignalSpy lookups(&check, &TokenCheck::lookupChanged);
    QString text = QString::fromLatin1("not a token"); // on the heap, as a pasted text is
    check.setText(text);
    QCOMPARE(check.verdict(), TokenCheck::Verdict::NotAToken);
    QVERIFY(text.isEmpty() || text.at(0) == QChar(0)); // the caller's copy is wiped
    QByteArray typo = TokenFormat::generate(TokenFormat::Kind::ApiToken);
    typo[20] = typo[20] == 'x' ? 'y' : 'x';
    text = QString::fromLatin1(typo);
    check.setText(text);
    QCOMPARE(check.verdict(), TokenCheck::Verdict::BadChecksum);
    text = QString::fromLatin1(TokenFormat::generate(TokenFormat::Kind::Session));
    check.setText(text);
    QCOMPARE(check.verdict(), TokenCheck::Verdict::Session);
    // None of these went to the server.
    QCOMPARE(check.lookup(), TokenCheck::Lookup::None);
    QVERIFY(!check.isBusy());
    check.clear();
    QVERIFY(!check.hasSecret());
    QCOMPARE(check.verdict(), TokenCheck::Verdict::Empty);
}

void TestTokenCheck::ownTokenIsIdentifiedAndRevoked()
{
    const QByteArray secret = createToken(QStringLiteral("check-own"));
    QVERIFY(!secret.isEmpty());
    TokenCheck check(m_run->services);
    QString text = QStringLiteral("\t") + QString::fromLatin1(secret) + QStringLiteral(" \n");
    check.setText(text);
    QCOMPARE(check.verdict(), TokenCheck::Verdict::Valid);
    QTRY_COMPARE_WITH_TIMEOUT(check.lookup(), TokenCheck::Lookup::Identified, 15000);
    QCOMPARE(check.identified().name, QStringLiteral("check-own"));
    QCOMPARE(check.identified().hint, TokenFormat::hint(secret));
    QSignalSpy revoked(&check, &TokenCheck::revoked);
    check.revokeIdentified();
    QVERIFY(revoked.wait(15000));
    QCOMPARE(revoked.first().first().value<Token>().name, QStringLiteral("check-own"));

    // Now unknown: the server names nothing, and revoking it with itself finds nothing live.
    TokenCheck again(m_run->services);
    text = QString::fromLatin1(secret);
    again.setText(text);
    QTRY_COMPARE_WITH_TIMEOUT(again.lookup(), TokenCheck::Lookup::Unknown, 15000);
    QSignalSpy failed(&again, &TokenCheck::failed);
    again.revokeWithItself();
    QVERIFY(failed.wait(15000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("nothing to revoke")),
             qPrintable(failed.first().first().toString()));
}

void TestTokenCheck::strangersTokenRevokesItself()
{
    // A token of alice's: demo's session cannot name it, but the token can revoke itself.
    AppRun alice(m_keychain, m_dir.filePath(QStringLiteral("alice.ini")));
    QVERIFY(alice.probe());
    QVERIFY(alice.signIn(m_server.baseUrl(), QStringLiteral("alice")));
    OwnerTokens aliceTokens(alice.services, alice.services.session().owners().first());
    QByteArray secret;
    connect(&aliceTokens, &OwnerTokens::created, this,
            [&secret](const Token &, const SecureBuffer &s, const QString &) {
                secret = s.view().toByteArray();
            });
    aliceTokens.create(aliceTokens.owner(), {QStringLiteral("alice-check"),
                                             {QStringLiteral("read")},
                                             QDateTime::currentDateTimeUtc().addDays(7)});
    QTRY_VERIFY_WITH_TIMEOUT(!secret.isEmpty(), 15000);

    TokenCheck check(m_run->services);
    QString text = QString::fromLatin1(secret);
    check.setText(text);
    QTRY_COMPARE_WITH_TIMEOUT(check.lookup(), TokenCheck::Lookup::Unknown, 15000);
    QSignalSpy revoked(&check, &TokenCheck::revoked);
    check.revokeWithItself();
    QVERIFY(revoked.wait(15000));
    QVERIFY(revoked.first().first().value<Token>().id.isEmpty()); // not named: not demo's

    // alice's list no longer has it.
    QSignalSpy loaded(&aliceTokens, &OwnerTokens::loaded);
    aliceTokens.reload();
    QVERIFY(loaded.wait(15000));
    QCOMPARE(aliceTokens.model().rowCount(), 0);
}

QTEST_MAIN(TestTokenCheck)
#include "tst_tokencheck.moc"
