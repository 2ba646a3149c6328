#include "AccountSession.h"
#include "AddTokenDialog.h"
#include "ApiClient.h"
#include "TestServer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

// The Add token form against the policies of two real servers: expiry choices, custom date and
// duration, scopes from the policy, inline validation and the Create button's state.
class TestAddTokenDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void choicesFollowThePolicy();
    void customDurationAndDate();
    void createNeedsNameAndScope();
    void ownerPreselectedFromPage();
    void scopesInTabOrderAndValuesSpoken();

private:
    struct Signed
    {
        ApiClient client;
        AccountSession session{client};
    };
    void signIn(Signed &s, TestServer &server, const QString &user);
    static QPushButton *createButton(AddTokenDialog &d);
    static QCheckBox *scope(AddTokenDialog &d, const QString &id);

    TestServer m_strict{{QStringLiteral("--max-lifetime-days"), QStringLiteral("90"),
                         QStringLiteral("--default-lifetime-days"), QStringLiteral("7")}};
    TestServer m_lenient{{QStringLiteral("--allow-no-expiry")}};
    Signed m_strictDemo;
    Signed m_lenientAlice;
};

void TestAddTokenDialog::signIn(Signed &s, TestServer &server, const QString &user)
{
    QSignalSpy signedIn(&s.session, &AccountSession::signedIn);
    s.session.signIn(server.baseUrl(), user, SecureBuffer(user.toUtf8()));
    QVERIFY(signedIn.wait(15000));
}

void TestAddTokenDialog::initTestCase()
{
    QVERIFY2(m_strict.start(), qPrintable(m_strict.errorString()));
    QVERIFY2(m_lenient.start(), qPrintable(m_lenient.errorString()));
    signIn(m_strictDemo, m_strict, QStringLiteral("demo"));
    signIn(m_lenientAlice, m_lenient, QStringLiteral("alice"));
}

QPushButton *TestAddTokenDialog::createButton(AddTokenDialog &d)
{
    for (QPushButton *b : d.findChild<QDialogButtonBox *>()->findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == QLatin1String("Create"))
            return b;
    }
    return nullptr;
}

QCheckBox *TestAddTokenDialog::scope(AddTokenDialog &d, const QString &id)
{
    for (QCheckBox *c : d.findChildren<QCheckBox *>()) {
        if (c->text() == id)
            return c;
    }
    return nullptr;
}

void TestAddTokenDialog::choicesFollowThePolicy()
{
    const Account demo = m_strictDemo.session.account();
    AddTokenDialog strict(m_strictDemo.session, {TokenOwner::Type::User, demo.id, demo.username});
    auto *expiry = strict.findChild<QComboBox *>(QStringLiteral("expiryCombo"));
    QStringList strictChoices;
    for (int i = 0; i < expiry->count(); ++i)
        strictChoices << expiry->itemText(i);
    // max 90 days: no "1 year"; no "No expiry"; default 7 days preselected.
    QCOMPARE(strictChoices,
             (QStringList{QStringLiteral("7 days"), QStringLiteral("30 days"),
                          QStringLiteral("60 days"), QStringLiteral("90 days"),
                          QStringLiteral("Custom date…"), QStringLiteral("Custom duration…")}));
    QCOMPARE(expiry->currentText(), QStringLiteral("7 days"));
    QVERIFY(scope(strict, QStringLiteral("read")) && scope(strict, QStringLiteral("write")));

    const Account alice = m_lenientAlice.session.account();
    AddTokenDialog lenient(m_lenientAlice.session,
                           {TokenOwner::Type::User, alice.id, alice.username});
    auto *lenientExpiry = lenient.findChild<QComboBox *>(QStringLiteral("expiryCombo"));
    QVERIFY(lenientExpiry->findText(QStringLiteral("1 year")) >= 0);
    const int never = lenientExpiry->findText(QStringLiteral("No expiry"));
    QVERIFY(never >= 0);
    lenientExpiry->setCurrentIndex(never);
    QVERIFY(!lenient.expiry().isValid());
    QVERIFY(lenient.findChild<QLabel *>(QStringLiteral("expirySummary"))
                ->text()
                .contains(QStringLiteral("never expires")));
}

void TestAddTokenDialog::customDurationAndDate()
{
    const Account demo = m_strictDemo.session.account();
    AddTokenDialog d(m_strictDemo.session, {TokenOwner::Type::User, demo.id, demo.username});
    d.show();
    auto *expiry = d.findChild<QComboBox *>(QStringLiteral("expiryCombo"));
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("x"));

    expiry->setCurrentIndex(expiry->findText(QStringLiteral("Custom duration…")));
    auto *days = d.findChild<QSpinBox *>(QStringLiteral("daysSpin"));
    auto *hours = d.findChild<QSpinBox *>(QStringLiteral("hoursSpin"));
    auto *minutes = d.findChild<QSpinBox *>(QStringLiteral("minutesSpin"));
    QVERIFY(days->isVisible() && hours->isVisible() && minutes->isVisible());
    QVERIFY(!d.findChild<QDateTimeEdit *>(QStringLiteral("customDateEdit"))->isVisible());
    days->setValue(0);
    hours->setValue(2);
    minutes->setValue(30);
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(d.expiry());
    QVERIFY2(qAbs(seconds - 9000) < 5, qPrintable(QString::number(seconds)));
    QVERIFY(createButton(d)->isEnabled());

    hours->setValue(0);
    minutes->setValue(0); // zero lifetime: refused inline
    QVERIFY(!createButton(d)->isEnabled());
    QVERIFY(d.findChild<QLabel *>(QStringLiteral("expirySummary"))
                ->text()
                .contains(QStringLiteral("at least one minute")));

    expiry->setCurrentIndex(expiry->findText(QStringLiteral("Custom date…")));
    auto *date = d.findChild<QDateTimeEdit *>(QStringLiteral("customDateEdit"));
    QVERIFY(date->isVisible());
    // The picker cannot go beyond the policy's maximum lifetime.
    QVERIFY(date->maximumDateTime() <= QDateTime::currentDateTime().addDays(90));
    date->setDateTime(QDateTime::currentDateTime().addDays(10));
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(d.expiry()) - 10) <= 1);
    QVERIFY(createButton(d)->isEnabled());
}

void TestAddTokenDialog::createNeedsNameAndScope()
{
    const Account demo = m_strictDemo.session.account();
    AddTokenDialog d(m_strictDemo.session, {TokenOwner::Type::User, demo.id, demo.username});
    d.show();
    QSignalSpy requested(&d, &AddTokenDialog::createRequested);
    QVERIFY(!createButton(d)->isEnabled()); // no name yet
    auto *name = d.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QTest::keyClicks(name, QStringLiteral("   "));
    QVERIFY(!createButton(d)->isEnabled());
    QVERIFY(d.findChild<QLabel *>(QStringLiteral("nameError"))->isVisible());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("deploy"));
    QVERIFY(createButton(d)->isEnabled());
    QVERIFY(!d.findChild<QLabel *>(QStringLiteral("nameError"))->isVisible());
    QCOMPARE(name->maxLength(), 100);

    QCheckBox *read = scope(d, QStringLiteral("read"));
    read->setFocus();
    QTest::keyClick(read, Qt::Key_Space); // no scope left
    QVERIFY(!createButton(d)->isEnabled());
    QVERIFY(d.findChild<QLabel *>(QStringLiteral("scopesError"))->isVisible());
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(requested.size(), 0);

    QCheckBox *write = scope(d, QStringLiteral("write"));
    write->setFocus();
    QTest::keyClick(write, Qt::Key_Space);
    QVERIFY(createButton(d)->isEnabled());
    QCOMPARE(d.draft().scopes, QStringList{QStringLiteral("write")});
    QTest::mouseClick(createButton(d), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(d.draft().name, QStringLiteral("deploy"));
}

void TestAddTokenDialog::ownerPreselectedFromPage()
{
    const QList<Team> teams = m_lenientAlice.session.teams();
    QCOMPARE(teams.size(), 2);
    const TokenOwner platform{TokenOwner::Type::Team, teams.at(1).id, teams.at(1).name};
    AddTokenDialog d(m_lenientAlice.session, platform);
    QCOMPARE(d.owner(), platform);
    auto *owner = d.findChild<QComboBox *>(QStringLiteral("ownerCombo"));
    QCOMPARE(owner->count(), 3); // me + two teams
    owner->setCurrentIndex(0);
    QCOMPARE(d.owner().type, TokenOwner::Type::User);
}

// Screen readers: each scope follows the one before it in the Tab order, then Create; the combo
// boxes carry their current value as accessible description (Qt 6.4 exposes no value).
void TestAddTokenDialog::scopesInTabOrderAndValuesSpoken()
{
    AddTokenDialog d(m_strictDemo.session, TokenOwner{});
    QCheckBox *read = scope(d, QStringLiteral("read"));
    QCheckBox *write = scope(d, QStringLiteral("write"));
    QVERIFY(read && write);
    QWidget *next = read->nextInFocusChain();
    while (next && next != write && !next->isVisibleTo(&d))
        next = next->nextInFocusChain();
    QCOMPARE(next, write);
    QWidget *after = write;
    for (QCheckBox *check : d.findChildren<QCheckBox *>()) {
        if (check->accessibleName().startsWith(QStringLiteral("Scope ")))
            after = check; // the last scope
    }
    QWidget *button = after->nextInFocusChain();
    QCOMPARE(button, createButton(d));

    auto *expiry = d.findChild<QComboBox *>(QStringLiteral("expiryCombo"));
    QVERIFY(expiry);
    QCOMPARE(expiry->accessibleDescription(), expiry->currentText());
    expiry->setCurrentIndex(expiry->count() - 1);
    QCOMPARE(expiry->accessibleDescription(), expiry->currentText());
}

QTEST_MAIN(TestAddTokenDialog)
#include "tst_addtokendialog.moc"
