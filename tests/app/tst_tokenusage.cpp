#include "AccountSession.h"
#include "ApiClient.h"
#include "AppRun.h"
#include "EventListModel.h"
#include "MemorySecretStore.h"
#include "NewAddressAlert.h"
#include "Settings.h"
#include "TestServer.h"
#include "TokenUsageLoader.h"
#include "TokenUse.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Where tokens were used from (issue 18) without a window, over real HTTP against the spawned
// server: the address history newest first, and the new-address alert, once per address and
// kept per account in Settings without any secret.
class TestTokenUsage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usageListsAddressesNewestFirst();
    void newAddressAlertsOncePerAddress();

private:
    TokenOwner me() const;
    // The user's tokens as the server lists them now (empty on failure, *error set).
    QList<Token> listMine(QString *error);

    TestServer m_server;
    MemorySecretStore m_secrets;
    QTemporaryDir m_dir;
    std::unique_ptr<AppRun> m_run;
    SecureBuffer m_usageSecret;
    Token m_usageToken;
};

void TestTokenUsage::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_run = std::make_unique<AppRun>(m_secrets, m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(m_run->signIn(m_server.baseUrl(), QStringLiteral("demo")));
    QString error;
    auto created =
        TokenUse::create(m_run->services.client(), me(), QStringLiteral("usage-app"), &error);
    QVERIFY2(created, qPrintable(error));
    m_usageToken = created->token;
    m_usageSecret = created->secret.clone();
}

TokenOwner TestTokenUsage::me() const
{
    const Account account = m_run->services.session().account();
    return {TokenOwner::Type::User, account.id, account.username};
}

QList<Token> TestTokenUsage::listMine(QString *error)
{
    QList<Token> tokens;
    bool done = false;
    QObject context;
    m_run->services.client().listTokens(
        me(), &context,
        [&](const QList<Token> &t) {
            tokens = t;
            done = true;
        },
        [&](const ApiError &e) {
            *error = e.message;
            done = true;
        });
    (void)QTest::qWaitFor([&] { return done; }, 15000);
    return tokens;
}

void TestTokenUsage::usageListsAddressesNewestFirst()
{
    const quint16 port = m_server.directUrl().port();
    QCOMPARE(TokenUse::useFrom(port, QStringLiteral("127.0.0.1"), m_usageSecret, "first/1.0"), 200);
    QCOMPARE(TokenUse::useFrom(port, QStringLiteral("127.0.0.2"), m_usageSecret, "second/2.0"),
             200);

    TokenUsageLoader loader(m_run->services.session());
    QSignalSpy loaded(&loader, &TokenUsageLoader::loaded);
    QSignalSpy busy(&loader, &TokenUsageLoader::busyChanged);
    loader.load(m_usageToken);
    QVERIFY(loader.isBusy());
    QVERIFY(loaded.wait(15000));
    QCOMPARE(loaded.first().at(0).toString(), m_usageToken.id);
    const auto usage = loaded.first().at(1).value<TokenUsage>();
    QCOMPARE(usage.addresses.size(), 2);
    // Each address with the user agent that used it, most recently seen first (both uses may
    // fall in one second: the order is the server's, by last_seen).
    const TokenUsage::Address &a = usage.addresses[0];
    const TokenUsage::Address &b = usage.addresses[1];
    const TokenUsage::Address &second = a.address.contains(QStringLiteral("127.0.0.2")) ? a : b;
    const TokenUsage::Address &first = &second == &a ? b : a;
    QVERIFY2(second.address.contains(QStringLiteral("127.0.0.2")), qPrintable(second.address));
    QVERIFY2(first.address.contains(QStringLiteral("127.0.0.1")), qPrintable(first.address));
    QCOMPARE(second.userAgent, QStringLiteral("second/2.0"));
    QCOMPARE(first.userAgent, QStringLiteral("first/1.0"));
    QVERIFY(a.lastSeen >= b.lastSeen);
    QVERIFY(first.firstSeen <= second.firstSeen);
    QTRY_VERIFY(!loader.isBusy());
    QCOMPARE(busy.last().first().toBool(), false);

    // The listing names the address of the last use.
    QString error;
    const QList<Token> tokens = listMine(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto it = std::find_if(tokens.begin(), tokens.end(),
                                 [&](const Token &t) { return t.id == m_usageToken.id; });
    QVERIFY(it != tokens.end());
    QVERIFY2(it->lastUsedAddress.contains(QStringLiteral("127.0.0.2")),
             qPrintable(it->lastUsedAddress));
}

void TestTokenUsage::newAddressAlertsOncePerAddress()
{
    const QString ini = m_dir.filePath(QStringLiteral("alert.ini"));
    Settings settings(ini);
    NewAddressAlert alert(m_run->services.session(), settings);
    QSignalSpy spy(&alert, &NewAddressAlert::newAddresses);
    QString error;
    // The first look only takes stock: usage-app's earlier uses do not alert.
    alert.check(listMine(&error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(spy.size(), 0);

    // A token made afterwards alerts on its first use already.
    auto fresh =
        TokenUse::create(m_run->services.client(), me(), QStringLiteral("alert-app"), &error);
    QVERIFY2(fresh, qPrintable(error));
    const quint16 port = m_server.directUrl().port();
    QCOMPARE(TokenUse::useFrom(port, QStringLiteral("127.0.0.3"), fresh->secret, "a/1"), 200);
    alert.check(listMine(&error));
    QCOMPARE(spy.size(), 1);
    auto sightings = spy.last().first().value<QList<NewAddressAlert::Sighting>>();
    QCOMPARE(sightings.size(), 1);
    QCOMPARE(sightings.first().tokenName, QStringLiteral("alert-app"));
    QVERIFY(sightings.first().address.contains(QStringLiteral("127.0.0.3")));
    const QString text = NewAddressAlert::describe(sightings);
    QVERIFY(text.contains(QStringLiteral("alert-app")) &&
            text.contains(QStringLiteral("127.0.0.3")));

    // Once per address: the same use, or another use from there, says nothing again.
    alert.check(listMine(&error));
    QCOMPARE(TokenUse::useFrom(port, QStringLiteral("127.0.0.3"), fresh->secret, "a/1"), 200);
    alert.check(listMine(&error));
    QCOMPARE(spy.size(), 1);

    // A known token from a new address.
    QCOMPARE(TokenUse::useFrom(port, QStringLiteral("127.0.0.4"), m_usageSecret, "b/1"), 200);
    alert.check(listMine(&error));
    QCOMPARE(spy.size(), 2);
    sightings = spy.last().first().value<QList<NewAddressAlert::Sighting>>();
    QCOMPARE(sightings.size(), 1);
    QCOMPARE(sightings.first().tokenId, m_usageToken.id);
    QVERIFY(sightings.first().address.contains(QStringLiteral("127.0.0.4")));

    // Remembered across starts, per account, without any secret in the file.
    Settings nextStart(ini);
    NewAddressAlert again(m_run->services.session(), nextStart);
    QSignalSpy againSpy(&again, &NewAddressAlert::newAddresses);
    again.check(listMine(&error));
    QCOMPARE(againSpy.size(), 0);
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("127.0.0.4"));
    QVERIFY(!stored.contains(fresh->secret.view().toByteArray()));
    QVERIFY(!stored.contains(m_usageSecret.view().toByteArray()));
}

QTEST_MAIN(TestTokenUsage)
#include "tst_tokenusage.moc"
