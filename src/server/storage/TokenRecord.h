#pragma once

#include "Account.h"
#include "Token.h"

#include <QByteArray>
#include <QString>

// A token row: the listed Token plus what only the server knows.
struct TokenRecord
{
    qint64 seq = 0; // creation order, the pagination key
    Token token;
    QByteArray secretDigest; // SHA-256 of the secret
    QString createdById;
    qint64 lifetimeSeconds = -1; // -1: no expiry; reused when rotating
    // The owner's billing account and plan: read with the token (Store::authorizationByDigest), so
    // that authorizing a call is one query.
    QString ownerAccountId;
    Account::Plan ownerPlan = Account::Plan::Free;
    // The secret before the last rotation, while its grace (token.previousSecretValidUntil)
    // lasts; empty otherwise.
    QByteArray previousDigest;
    // Authenticated by previousDigest (the request used the secret before a rotation).
    bool viaPreviousSecret = false;
};
