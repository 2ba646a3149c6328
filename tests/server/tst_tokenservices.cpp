// The token services and Auth in-process, without HTTP: a Store on a temporary SQLite file and a
// clock the test moves, so that graces, expiry, sessions and throttles end without sleeping or
// editing rows. Also the one table from DomainError to the wire (ErrorResponses).
#include "Clock.h"
#include "Credential.h"
#include "DatabaseLocation.h"
#include "ErrorResponses.h"
#include "PasswordHasher.h"
#include "ServerConfig.h"
#include "Store.h"
#include "TokenRules.h"
#include "TokenServices.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
using Kind = DomainError::Kind;

// Time stands still until the test moves it.
class TestClock : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now = QDateTime(QDate(2031, 3, 1), QTime(12, 0), Qt::UTC);
};

const QString Address = QStringLiteral("192.0.2.10");

CreateDraft draft(const QString &name, const QDateTime &expiresAt,
                  const QStringList &scopes = {QStringLiteral("read")})
{
    CreateDraft d;
    d.fields.name = name;
    d.fields.scopes = scopes;
    d.fields.expiresAt = expiresAt;
    return d;
}

RotationDraft rotation(qint64 graceSeconds)
{
    RotationDraft d;
    d.graceSeconds = graceSeconds;
    return d;
}

Credential bearer(const QByteArray &secret)
{
    return Credential::fromSecret(secret);
}
} // namespace

class TestTokenServices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void credentialParsing();
    void createRotateRevoke();
    void graceEndsWhenTheClockMoves();
    void expiryWhenTheClockMoves();
    void sessionExpiresWhenTheClockMoves();
    void forbiddenForATeamMember();
    void nameTaken();
    void firstProblemInFieldOrder();
    void identifyIsThrottled();
    void authorizeChecksScopeAndPlan();
    void signInThrottleEndsWhenTheClockMoves();
    void everyErrorHasOneRow();
    void errorRowsMatchTheContract();

private:
    // Signs the user in; the session as a credential.
    Credential signIn(const QString &username);
    OwnerAccess personal(const QString &username);
    OwnerAccess team(const QString &username);
    DomainError::Kind authorizeError(const QByteArray &secret, const QString &scope = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TokenRules> m_rules;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<TokenServices> m_services;
};

void TestTokenServices::initTestCase()
{
    PasswordHasher::setIterations(1); // sign-in stays PBKDF2, without the cost
}

void TestTokenServices::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store>();
    QString error;
    QVERIFY2(m_store->open(DatabaseLocation::sqlite(m_dir->filePath(QStringLiteral("t.sqlite"))),
                           &error),
             qPrintable(error));
    m_rules = std::make_unique<TokenRules>(ServerConfig::defaultPolicy());
    m_clock = std::make_unique<TestClock>();
    m_services = std::make_unique<TokenServices>(*m_store, *m_clock, *m_rules, 1);

    const QDateTime now = m_clock->now();
    const auto user = [&](const QString &name, Account::Plan plan) {
        m_store->insertUser({QStringLiteral("usr_") + name, name, name, PasswordHasher::hash("pw"),
                             QStringLiteral("acct_") + name, plan},
                            now);
    };
    user(QStringLiteral("alice"), Account::Plan::Paid);
    user(QStringLiteral("bob"), Account::Plan::Paid);
    user(QStringLiteral("carol"), Account::Plan::Paid);
    user(QStringLiteral("free"), Account::Plan::Free);
    m_store->insertTeam({QStringLiteral("team_p"), QStringLiteral("platform"),
                         QStringLiteral("acct_team"), Account::Plan::Paid},
                        now);
    m_store->setMembership(QStringLiteral("team_p"), QStringLiteral("usr_alice"),
                           Team::Role::Admin);
    m_store->setMembership(QStringLiteral("team_p"), QStringLiteral("usr_bob"), Team::Role::Member);
}

void TestTokenServices::cleanup()
{
    m_services.reset();
    m_store.reset();
    m_dir.reset();
}

Credential TestTokenServices::signIn(const QString &username)
{
    DomainError error;
    const auto login = m_services->auth.login(username, "pw", Address, &error);
    if (!login)
        return {};
    return bearer(login->session);
}

OwnerAccess TestTokenServices::personal(const QString &username)
{
    DomainError error;
    return m_services->access.personal(signIn(username), Address, &error).value_or(OwnerAccess{});
}

OwnerAccess TestTokenServices::team(const QString &username)
{
    DomainError error;
    return m_services->access.team(signIn(username), QStringLiteral("team_p"), Address, &error)
        .value_or(OwnerAccess{});
}

DomainError::Kind TestTokenServices::authorizeError(const QByteArray &secret, const QString &scope)
{
    DomainError error = DomainError::invalid({}, QStringLiteral("no error"));
    const auto caller = m_services->gate.authorize(bearer(secret), QStringLiteral("GET"),
                                                   QStringLiteral("/api/v1/token"), scope, &error);
    return caller ? Kind::Invalid : error.kind; // Invalid: authorized (never a gate error)
}

void TestTokenServices::credentialParsing()
{
    const Credential session = Credential::fromAuthorization("bEaReR  tds_abc ");
    QCOMPARE(session.kind, Credential::Kind::Session);
    QCOMPARE(session.secret, QByteArray("tds_abc"));
    QCOMPARE(Credential::fromAuthorization("Bearer tdk_x").kind, Credential::Kind::ApiToken);
    QCOMPARE(Credential::fromAuthorization("Bearer other").kind, Credential::Kind::Other);
    QCOMPARE(Credential::fromAuthorization("Basic dXNlcjpwdw==").kind, Credential::Kind::None);
    QCOMPARE(Credential::fromAuthorization("Bearer ").kind, Credential::Kind::None);
}

void TestTokenServices::createRotateRevoke()
{
    const OwnerAccess me = personal(QStringLiteral("alice"));
    QCOMPARE(me.owner.id, QStringLiteral("usr_alice"));
    DomainError error;
    const auto issued = m_services->lifecycle.create(
        me, draft(QStringLiteral("  ci deploy "), m_clock->now().addDays(30)), &error);
    QVERIFY(issued);
    QCOMPARE(issued->record.token.name, QStringLiteral("ci deploy"));
    QCOMPARE(issued->record.token.createdAt, m_clock->now());
    QVERIFY(issued->secret.startsWith("tdk_"));
    QCOMPARE(authorizeError(issued->secret), Kind::Invalid);

    const QString id = issued->record.token.id;
    const auto rotated = m_services->lifecycle.rotate(me, id, rotation(0), &error);
    QVERIFY(rotated);
    QVERIFY(rotated->secret != issued->secret);
    // Without a grace the old secret stops at once.
    QCOMPARE(authorizeError(issued->secret), Kind::ApiTokenUnknown);
    QCOMPARE(authorizeError(rotated->secret), Kind::Invalid);

    QVERIFY(m_services->lifecycle.revoke(me, id, &error));
    QCOMPARE(authorizeError(rotated->secret), Kind::ApiTokenUnknown);
    QVERIFY(!m_services->lifecycle.revoke(me, id, &error));
    QCOMPARE(error.kind, Kind::TokenNotFound);

    const auto events = m_services->activity.events(me, 0, {}, id, 10, &error);
    QVERIFY(events);
    QStringList actions;
    for (const EventRecord &e : events->events)
        actions.append(e.action);
    QCOMPARE(actions, (QStringList{QStringLiteral("token.revoked"), QStringLiteral("token.rotated"),
                                   QStringLiteral("token.created")}));
    QCOMPARE(events->events.first().at, m_clock->now());
}

void TestTokenServices::graceEndsWhenTheClockMoves()
{
    const OwnerAccess me = personal(QStringLiteral("alice"));
    DomainError error;
    const auto issued = m_services->lifecycle.create(
        me, draft(QStringLiteral("graceful"), m_clock->now().addDays(30)), &error);
    QVERIFY(issued);
    const auto rotated =
        m_services->lifecycle.rotate(me, issued->record.token.id, rotation(600), &error);
    QVERIFY(rotated);
    QCOMPARE(rotated->record.token.previousSecretValidUntil, m_clock->now().addSecs(600));

    const auto old = m_services->gate.authorize(bearer(issued->secret), QStringLiteral("GET"),
                                                QStringLiteral("/api/v1/token"), {}, &error);
    QVERIFY(old);
    QVERIFY(old->token.viaPreviousSecret);

    m_clock->advance(599);
    QCOMPARE(authorizeError(issued->secret), Kind::Invalid);
    m_clock->advance(1);
    QCOMPARE(authorizeError(issued->secret), Kind::ApiTokenUnknown);
    QCOMPARE(authorizeError(rotated->secret), Kind::Invalid);
}

void TestTokenServices::expiryWhenTheClockMoves()
{
    const OwnerAccess me = personal(QStringLiteral("alice"));
    DomainError error;
    const auto issued = m_services->lifecycle.create(
        me, draft(QStringLiteral("short"), m_clock->now().addSecs(120)), &error);
    QVERIFY(issued);
    QCOMPARE(authorizeError(issued->secret), Kind::Invalid);

    const auto statusNow = [&] {
        QList<Token::Status> statuses;
        m_services->queries.list(me, 0, 10, [&](const TokenListRow &, Token::Status status) {
            statuses.append(status);
        });
        return statuses;
    };
    QCOMPARE(statusNow(), QList<Token::Status>{Token::Status::Active});
    m_clock->advance(120);
    QCOMPARE(statusNow(), QList<Token::Status>{Token::Status::Expired});
    QCOMPARE(authorizeError(issued->secret), Kind::ApiTokenExpired);
    QCOMPARE(authorizeError(issued->secret), Kind::ApiTokenExpired);
    // Logged once, however often the expired token is refused.
    const auto events =
        m_services->activity.events(me, 0, QStringLiteral("token.expired"), {}, 10, &error);
    QVERIFY(events);
    QCOMPARE(events->events.size(), 1);
}

void TestTokenServices::sessionExpiresWhenTheClockMoves()
{
    const Credential session = signIn(QStringLiteral("bob"));
    QCOMPARE(session.kind, Credential::Kind::Session);
    DomainError error;
    m_clock->advance(3599); // the sessions of this fixture last an hour
    QVERIFY(m_services->auth.sessionUser(session, &error));
    m_clock->advance(1);
    QVERIFY(!m_services->auth.sessionUser(session, &error));
    QCOMPARE(error.kind, Kind::SessionExpired);

    QVERIFY(!m_services->auth.sessionUser({}, &error));
    QCOMPARE(error.kind, Kind::NotSignedIn);
    QVERIFY(!m_services->auth.sessionUser(bearer("tds_tooshort"), &error));
    QCOMPARE(error.kind, Kind::SessionMalformed);
    QVERIFY(!m_services->auth.apiToken(signIn(QStringLiteral("bob")), &error));
    QCOMPARE(error.kind, Kind::SessionNotAllowed);
}

void TestTokenServices::forbiddenForATeamMember()
{
    const OwnerAccess admin = team(QStringLiteral("alice"));
    const OwnerAccess member = team(QStringLiteral("bob"));
    QCOMPARE(admin.role, std::optional<Team::Role>(Team::Role::Admin));
    QCOMPARE(member.role, std::optional<Team::Role>(Team::Role::Member));
    DomainError error;
    const auto issued = m_services->lifecycle.create(
        admin, draft(QStringLiteral("deploy"), m_clock->now().addDays(7)), &error);
    QVERIFY(issued);
    const QString id = issued->record.token.id;

    QVERIFY(!m_services->lifecycle.rotate(member, id, rotation(0), &error));
    QCOMPARE(error.kind, Kind::NotCreatorOrAdmin);
    QCOMPARE(error.args, (QStringList{QStringLiteral("alice"), QStringLiteral("deploy")}));
    QVERIFY(!m_services->lifecycle.revoke(member, id, &error));
    QCOMPARE(error.kind, Kind::NotCreatorOrAdmin);
    QVERIFY(!m_services->lifecycle.revokeMany(member, {id}, {}, &error));
    QCOMPARE(error.kind, Kind::NotCreatorOrAdmin);
    QVERIFY(!m_services->activity.events(member, 0, {}, {}, 10, &error));
    QCOMPARE(error.kind, Kind::AdminsOnly);
    // A member may still create and read.
    QVERIFY(m_services->queries.usage(member, id, &error));
    QVERIFY(m_services->lifecycle.create(
        member, draft(QStringLiteral("mine"), m_clock->now().addDays(7)), &error));

    QVERIFY(!m_services->access.team(signIn(QStringLiteral("carol")), QStringLiteral("team_p"),
                                     Address, &error));
    QCOMPARE(error.kind, Kind::NotTeamMember);
    QCOMPARE(error.args, QStringList{QStringLiteral("platform")});
    QVERIFY(!m_services->access.team(signIn(QStringLiteral("alice")), QStringLiteral("team_x"),
                                     Address, &error));
    QCOMPARE(error.kind, Kind::TeamNotFound);
    // Another owner's token is not found, not forbidden.
    QVERIFY(!m_services->lifecycle.revoke(personal(QStringLiteral("alice")), id, &error));
    QCOMPARE(error.kind, Kind::TokenNotFound);
}

void TestTokenServices::nameTaken()
{
    const OwnerAccess me = personal(QStringLiteral("alice"));
    DomainError error;
    const QDateTime expires = m_clock->now().addDays(1);
    QVERIFY(m_services->lifecycle.create(me, draft(QStringLiteral("caf\u00e9"), expires), &error));
    // The same name in another Unicode form.
    QVERIFY(
        !m_services->lifecycle.create(me, draft(QStringLiteral("cafe\u0301"), expires), &error));
    QCOMPARE(error.kind, Kind::NameTaken);
    QCOMPARE(error.args, QStringList{QStringLiteral("caf\u00e9")});
    // Another owner may use it.
    QVERIFY(m_services->lifecycle.create(personal(QStringLiteral("bob")),
                                         draft(QStringLiteral("caf\u00e9"), expires), &error));
}

void TestTokenServices::firstProblemInFieldOrder()
{
    const OwnerAccess me = personal(QStringLiteral("alice"));
    DomainError error;
    CreateDraft request = draft(QStringLiteral(" "), QDateTime());
    request.unreadable = DomainError::invalid(QStringLiteral("scopes"), QStringLiteral("bad"));
    QVERIFY(!m_services->lifecycle.create(me, request, &error));
    QCOMPARE(error.field, QStringLiteral("name")); // the name comes before the scopes
    request.fields.name = QStringLiteral("ok");
    QVERIFY(!m_services->lifecycle.create(me, request, &error));
    QCOMPARE(error.field, QStringLiteral("scopes"));
    QCOMPARE(error.args, QStringList{QStringLiteral("bad")});

    QVERIFY(!m_services->lifecycle.create(
        me, draft(QStringLiteral("late"), m_clock->now().addDays(366)), &error));
    QCOMPARE(error.kind, Kind::Invalid);
    QCOMPARE(error.field, QStringLiteral("expires_at"));
}

void TestTokenServices::identifyIsThrottled()
{
    const OwnerAccess me = personal(QStringLiteral("alice"));
    DomainError error;
    const auto issued = m_services->lifecycle.create(
        me, draft(QStringLiteral("leaked"), m_clock->now().addDays(1)), &error);
    QVERIFY(issued);
    const QString secret = QString::fromLatin1(issued->secret);

    // Bob's guesses do not find Alice's token, and count.
    const OwnerAccess bob = personal(QStringLiteral("bob"));
    QVERIFY(!m_services->leaks.identify(bob.caller, secret, Address, &error));
    QCOMPARE(error.kind, Kind::SecretNotFound);
    for (int i = 1; i < LoginThrottle::MaxPerUserAndAddress; ++i)
        QVERIFY(!m_services->leaks.identify(bob.caller, QStringLiteral("guess"), Address, &error));
    QVERIFY(!m_services->leaks.identify(bob.caller, secret, Address, &error));
    QCOMPARE(error.kind, Kind::TooManyGuesses);
    QVERIFY(error.retryAfterSeconds > 0 && error.retryAfterSeconds <= 60);
    m_clock->advance(60);
    QVERIFY(!m_services->leaks.identify(bob.caller, secret, Address, &error));
    QCOMPARE(error.kind, Kind::SecretNotFound);

    const auto found = m_services->leaks.identify(me.caller, secret, Address, &error);
    QVERIFY(found);
    QCOMPARE(found->token.id, issued->record.token.id);
}

void TestTokenServices::authorizeChecksScopeAndPlan()
{
    DomainError error;
    const auto paid = m_services->lifecycle.create(
        personal(QStringLiteral("alice")),
        draft(QStringLiteral("reader"), m_clock->now().addDays(1)), &error);
    const auto free = m_services->lifecycle.create(
        personal(QStringLiteral("free")),
        draft(QStringLiteral("free reader"), m_clock->now().addDays(1)), &error);
    QVERIFY(paid && free);
    QCOMPARE(authorizeError(paid->secret, QStringLiteral("read")), Kind::Invalid);
    QCOMPARE(authorizeError(paid->secret, QStringLiteral("write")), Kind::ScopeMissing);

    const auto call = [&](const QByteArray &secret, const QString &method) {
        return m_services->gate.authorize(bearer(secret), method,
                                          QStringLiteral("/api/v1/demo/items"), {}, &error);
    };
    QVERIFY(call(free->secret, QStringLiteral("GET")));
    QVERIFY(!call(free->secret, QStringLiteral("POST")));
    QCOMPARE(error.kind, Kind::PlanForbids);
    QCOMPARE(error.args,
             (QStringList{QStringLiteral("POST"), QStringLiteral("/api/v1/demo/items")}));
    QVERIFY(call(paid->secret, QStringLiteral("POST")));

    QCOMPARE(authorizeError({}), Kind::ApiTokenMissing);
    QCOMPARE(authorizeError("tdk_notachecksum"), Kind::ApiTokenMalformed);
    // A valid session where a token is needed is forbidden; the token kind is named when a
    // token is where a session is needed.
    QCOMPARE(authorizeError(signIn(QStringLiteral("alice")).secret), Kind::SessionNotAllowed);
    QVERIFY(!m_services->auth.sessionUser(bearer(paid->secret), &error));
    QCOMPARE(error.kind, Kind::ApiTokenNotAllowed);
}

void TestTokenServices::signInThrottleEndsWhenTheClockMoves()
{
    DomainError error;
    for (int i = 0; i < LoginThrottle::MaxPerUserAndAddress; ++i) {
        QVERIFY(!m_services->auth.login(QStringLiteral("carol"), "wrong", Address, &error));
        QCOMPARE(error.kind, Kind::InvalidCredentials);
    }
    QVERIFY(!m_services->auth.login(QStringLiteral("carol"), "pw", Address, &error));
    QCOMPARE(error.kind, Kind::TooManySignIns);
    QCOMPARE(error.retryAfterSeconds, 60); // the clock has not moved since the failures
    m_clock->advance(60);
    QVERIFY(m_services->auth.login(QStringLiteral("carol"), "pw", Address, &error));
}

void TestTokenServices::everyErrorHasOneRow()
{
    QSet<QPair<int, QString>> seen;
    for (int k = int(Kind::NotSignedIn); k <= int(Kind::Invalid); ++k) {
        const ApiError wire = ErrorResponses::apiError(DomainError::of(Kind(k), {"a", "b"}));
        QVERIFY2(wire.httpStatus >= 400 && wire.httpStatus < 500, qPrintable(QString::number(k)));
        QVERIFY(!wire.code.isEmpty());
        QVERIFY(!wire.message.isEmpty());
        seen.insert({wire.httpStatus, wire.message});
    }
    // No two kinds say the same thing (each row is a distinct answer).
    QCOMPARE(seen.size(), int(Kind::Invalid) + 1);
}

void TestTokenServices::errorRowsMatchTheContract()
{
    const ApiResponse limited =
        ErrorResponses::response(DomainError::tooMany(Kind::TooManyGuesses, 17));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.body,
             QByteArray(R"({"error":{"code":"rate_limited","message":"Too many secrets that were )"
                        R"(not found. Try again in 17 seconds."}})"));
    QCOMPARE(limited.headers.size(), 1);
    QCOMPARE(limited.headers.first().first, QByteArray("Retry-After"));
    QCOMPARE(limited.headers.first().second, QByteArray("17"));

    const ApiError taken =
        ErrorResponses::apiError(DomainError::of(Kind::NameTaken, {QStringLiteral("%2 x")}));
    QCOMPARE(taken.httpStatus, 409);
    QCOMPARE(taken.code, QStringLiteral("name_taken"));
    QCOMPARE(taken.field, QStringLiteral("name"));
    QCOMPARE(taken.message,
             QStringLiteral("An active token named \"%2 x\" already exists. Choose another name."));

    const ApiError invalid = ErrorResponses::apiError(
        DomainError::invalid(QStringLiteral("scopes"), QStringLiteral("Choose %1 scope.")));
    QCOMPARE(invalid.httpStatus, 400);
    QCOMPARE(invalid.code, QStringLiteral("validation_failed"));
    QCOMPARE(invalid.field, QStringLiteral("scopes"));
    QCOMPARE(invalid.message, QStringLiteral("Choose %1 scope."));

    const ApiError plan = ErrorResponses::apiError(DomainError::of(
        Kind::PlanForbids, {QStringLiteral("POST"), QStringLiteral("/api/v1/demo/items")}));
    QCOMPARE(plan.httpStatus, 403);
    QCOMPARE(plan.code, QStringLiteral("plan_restricted"));
    QCOMPARE(plan.message, QStringLiteral("The free plan does not include POST "
                                          "/api/v1/demo/items. Upgrade to call it."));
    QVERIFY(ErrorResponses::response(DomainError::of(Kind::TokenNotFound)).headers.isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenServices)
#include "tst_tokenservices.moc"
