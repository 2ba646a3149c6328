#pragma once

// Test steps for the usage and activity tests (issue 18), header only: make a token through the
// client and use it from a chosen loopback address. Each returns a value the test asserts.

#include "ApiClient.h"
#include "RawHttp.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

#include <optional>

namespace TokenUse {

// Creates a token (read scope, 30 days) for owner and waits for the answer; nullopt on failure
// with the reason in *error.
inline std::optional<ApiClient::CreatedToken> create(ApiClient &client, const TokenOwner &owner,
                                                     const QString &name, QString *error)
{
    std::optional<ApiClient::CreatedToken> created;
    bool done = false;
    QObject context;
    TokenDraft draft;
    draft.name = name;
    draft.scopes = {QStringLiteral("read")};
    draft.expiresAt = QDateTime::currentDateTimeUtc().addDays(30);
    client.createToken(
        owner, draft, &context,
        [&](const ApiClient::CreatedToken &c) {
            created = ApiClient::CreatedToken{c.token, c.secret.clone(), c.accountId};
            done = true;
        },
        [&](const ApiError &e) {
            *error = e.message;
            done = true;
        });
    (void)QTest::qWaitFor([&] { return done; }, 15000);
    if (!done)
        *error = QStringLiteral("no answer to the create request");
    return created;
}

// Calls GET /api/v1/token with the secret from a connection bound to address (any 127.x.y.z
// is this machine), sending userAgent. The HTTP status (0: no answer).
inline int useFrom(quint16 port, const QString &address, const SecureBuffer &secret,
                   const QByteArray &userAgent)
{
    QTcpSocket socket;
    if (!socket.bind(QHostAddress(address), 0))
        return 0;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return 0;
    socket.write("GET /api/v1/token HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                 "\r\nAuthorization: Bearer " + secret.view().toByteArray() +
                 "\r\nUser-Agent: " + userAgent + "\r\nConnection: close\r\n\r\n");
    return RawHttp::read(socket, 10000).status();
}

} // namespace TokenUse
