#include "SignedInClient.h"

#include <QTest>

TokenOwner SignedInClient::signIn(ApiClient &client, const QUrl &server, const QString &username,
                                  QString *error)
{
    client.setBaseUrl(server);
    TokenOwner me;
    bool done = false;
    QObject context;
    client.login(
        username, SecureBuffer(username.toUtf8()), &context,
        [&](const ApiClient::LoginResult &r) {
            client.setSession(r.session.clone());
            me = {TokenOwner::Type::User, r.user.id, r.user.username};
            done = true;
        },
        [&](const ApiError &e) {
            if (error)
                *error = e.message;
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 15000) && error)
        *error = QStringLiteral("no answer to the sign-in within 15 s");
    return me;
}
