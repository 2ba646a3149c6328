#pragma once

#include "ApiClient.h"

#include <QUrl>

// Signs an ApiClient in (password = username, as the demo accounts have) and waits for it.
// Test code only: it spins the event loop until the answer arrives.
class SignedInClient
{
public:
    // The signed-in user as a token owner; an invalid owner (empty id) when sign-in failed,
    // with the reason in *error.
    static TokenOwner signIn(ApiClient &client, const QUrl &server, const QString &username,
                             QString *error = nullptr);

    SignedInClient() = delete;
};
