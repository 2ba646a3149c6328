#pragma once

#include <QByteArray>

// What a request presents as its credential, read once from its Authorization header
// ("Bearer <secret>"): the secret and, by its prefix, what kind it claims to be. Whether it is
// well formed and valid is for Auth to decide.
struct Credential
{
    enum class Kind
    {
        None,     // no bearer secret at all
        Session,  // tds_…
        ApiToken, // tdk_…
        Other,    // anything else
    };

    Kind kind = Kind::None;
    QByteArray secret;

    static Credential fromAuthorization(const QByteArray &authorization);
    static Credential fromSecret(QByteArray secret);
};
