// The server's whole request path after the transport: raw HTTP request bytes → ApiRoutes::dispatch
// through the real endpoints, token services, Auth and Store (SQLite in a fresh folder on tmpfs:
// the Store insists on WAL, which an in-memory SQLite database cannot do).
//
// Seeded so that authenticated paths are reached (the secrets are in request.dict and the
// corpus): user "fuzz" (paid, password "fuzz-password", session FuzzSessionPaid, API token
// FuzzTokenPaid with read+write), user "free" (free plan, session FuzzSessionFree), team
// "team_fuzz" (fuzz admin, free member) with the token FuzzTokenTeam (read). The literal
// "tok_seed" in a path stands for the id of fuzz's seeded token, "tok_team" for the team's.
// A fresh database every 500 inputs keeps the rows (and the login throttle) from piling up.
//
// Properties: every answer is a status in 200..499 (a 5xx is a server bug: a StoreError or an
// unhandled case), and a JSON body unless 204.
#include "AccountEndpoints.h"
#include "ApiRoutes.h"
#include "Credential.h"
#include "DatabaseLocation.h"
#include "DocsEndpoints.h"
#include "FuzzSupport.h"
#include "PasswordHasher.h"
#include "ResourceEndpoints.h"
#include "ServerConfig.h"
#include "Store.h"
#include "SystemClock.h"
#include "TokenBodies.h"
#include "TokenEndpoints.h"
#include "TokenFormat.h"
#include "TokenRules.h"
#include "TokenServices.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace {
QByteArray secret(TokenFormat::Kind kind, const QByteArray &random)
{
    return TokenFormat::prefix(kind) + random +
           TokenFormat::base62(TokenFormat::crc32(random), TokenFormat::ChecksumLength);
}

const QByteArray SessionPaid =
    secret(TokenFormat::Kind::Session, "FuzzSessionOfThePaidUser00000001");
const QByteArray SessionFree =
    secret(TokenFormat::Kind::Session, "FuzzSessionOfTheFreeUser00000002");
const QByteArray TokenPaid =
    secret(TokenFormat::Kind::ApiToken, "FuzzTokenOfThePaidUserReadWrite3");
const QByteArray TokenTeam =
    secret(TokenFormat::Kind::ApiToken, "FuzzTeamTokenReadOnly00000000004");

QString tmpfsTemplate()
{
    const QString shm = QStringLiteral("/dev/shm");
    return (QDir(shm).exists() ? shm : QDir::tempPath()) + QStringLiteral("/tokendesk-fuzz-XXXXXX");
}

// One server as TokenDeskServer wires it, without a listener.
struct Stack
{
    QTemporaryDir dir{tmpfsTemplate()};
    Store store;
    TokenRules rules{ServerConfig::defaultPolicy()};
    SystemClock clock;
    TokenServices services{store, clock, rules, 24};
    ApiRoutes router;
    AccountEndpoints accounts{router, store, services.auth, rules};
    TokenEndpoints tokens{router, services};
    ResourceEndpoints resources{router, services};
    DocsEndpoints docs{router};
    QString seedTokenId;
    QString teamTokenId;

    bool seed()
    {
        QString error;
        if (!dir.isValid() ||
            !store.open(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("fuzz.sqlite"))),
                        &error))
            return false;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        UserRecord paid{QStringLiteral("usr_fuzz"),  QStringLiteral("fuzz"),
                        QStringLiteral("Fuzz"),      PasswordHasher::hash("fuzz-password"),
                        QStringLiteral("acct_fuzz"), Account::Plan::Paid};
        UserRecord free{QStringLiteral("usr_free"),  QStringLiteral("free"),
                        QStringLiteral("Free"),      PasswordHasher::hash("free-password"),
                        QStringLiteral("acct_free"), Account::Plan::Free};
        store.insertUser(paid, now);
        store.insertUser(free, now);
        store.insertTeam({QStringLiteral("team_fuzz"), QStringLiteral("fuzzers"),
                          QStringLiteral("acct_team"), Account::Plan::Paid},
                         now);
        store.setMembership(QStringLiteral("team_fuzz"), paid.id, Team::Role::Admin);
        store.setMembership(QStringLiteral("team_fuzz"), free.id, Team::Role::Member);
        store.insertSession(TokenFormat::digest(SessionPaid), paid.id, now, now.addDays(1));
        store.insertSession(TokenFormat::digest(SessionFree), free.id, now, now.addDays(1));
        seedTokenId = issue("Bearer " + SessionPaid, {}, TokenPaid, {"read", "write"});
        teamTokenId =
            issue("Bearer " + SessionPaid, QStringLiteral("team_fuzz"), TokenTeam, {"read"});
        return !seedTokenId.isEmpty() && !teamTokenId.isEmpty();
    }

    // A token made through TokenLifecycle, then given a known secret.
    QString issue(const QByteArray &authorization, const QString &team, const QByteArray &known,
                  const QStringList &scopes)
    {
        DomainError error;
        const Credential session = Credential::fromAuthorization(authorization);
        const auto access = team.isEmpty() ? services.access.personal(session, {}, &error)
                                           : services.access.team(session, team, {}, &error);
        if (!access)
            return {};
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("seed")},
                               {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                               {QStringLiteral("expires_at"),
                                QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate)}};
        auto issued = services.lifecycle.create(*access, TokenBodies::createDraft(body), &error);
        if (!issued)
            return {};
        TokenRecord record = issued->record;
        record.secretDigest = TokenFormat::digest(known);
        record.token.hint = TokenFormat::hint(known);
        if (!store.replaceSecret(record, QDateTime::currentDateTimeUtc()))
            return {};
        return record.token.id;
    }
};

// "METHOD TARGET HTTP/1.1\r\nName: value\r\n…\r\n\r\nbody" → ApiRequest, as Router::handleRequest
// fills it from QHttpServerRequest. Lines may end in \n alone.
ApiRequest parseRequest(const QByteArray &raw, const Stack &stack)
{
    ApiRequest request;
    qsizetype headEnd = raw.indexOf("\r\n\r\n");
    qsizetype bodyStart = headEnd < 0 ? -1 : headEnd + 4;
    if (headEnd < 0) {
        headEnd = raw.indexOf("\n\n");
        bodyStart = headEnd < 0 ? raw.size() : headEnd + 2;
        if (headEnd < 0)
            headEnd = raw.size();
    }
    const QList<QByteArray> lines = raw.left(headEnd).split('\n');
    const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
    request.method = start.value(0);
    QByteArray target = start.value(1);
    target.replace("tok_seed", stack.seedTokenId.toLatin1());
    target.replace("tok_team", stack.teamTokenId.toLatin1());
    const QUrl url = QUrl::fromEncoded("http://127.0.0.1:8686" + target);
    request.path = url.path();
    request.query = QUrlQuery(url);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "authorization")
            request.authorization = line.mid(colon + 1).trimmed();
    }
    request.body = raw.mid(bodyStart);
    request.peer = QHostAddress::LocalHost;
    request.client = request.peer;
    return request;
}

std::unique_ptr<Stack> g_stack;
int g_inputs = 0;
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_request";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    if (!g_stack || ++g_inputs % 500 == 0) {
        PasswordHasher::setIterations(1); // login stays PBKDF2, without the cost
        g_stack.reset();
        g_stack = std::make_unique<Stack>();
        if (!g_stack->seed())
            fuzz::broken("the seeded store could not be set up");
        // Gone before Qt SQL's own globals (made during the first seed()) at exit.
        static const bool registered = std::atexit([] { g_stack.reset(); }) == 0;
        Q_UNUSED(registered);
    }
    const ApiRequest request = parseRequest(fuzz::bytes(data, size), *g_stack);
    const ApiResponse response = g_stack->router.dispatch(request);

    FUZZ_CHECK(response.status >= 200 && response.status < 500);
    if (response.status != 204) {
        QJsonParseError error;
        QJsonDocument::fromJson(response.body, &error);
        FUZZ_CHECK(error.error == QJsonParseError::NoError);
    }
    return 0;
}
