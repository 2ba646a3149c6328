#pragma once

#include <QString>
#include <QStringList>

// What went wrong in a service, in the domain's words, with what its message names. No HTTP
// here: api/ErrorResponses maps each kind to a status, an error code and the message, in one
// table.
struct DomainError
{
    enum class Kind
    {
        // Credentials (Auth)
        NotSignedIn,        // no credential where a session is needed
        SessionMalformed,   // not a well-formed session secret
        SessionExpired,     // unknown, expired or signed out
        AccountGone,        // the session's user no longer exists
        SessionNeeded,      // an API token that is not valid, where a session is needed
        ApiTokenNotAllowed, // a valid API token, where a session is needed
        ApiTokenMissing,    // no credential where an API token is needed
        ApiTokenMalformed,  // not a well-formed API token (checksum)
        ApiTokenUnknown,    // unknown or revoked
        ApiTokenExpired,
        ApiTokenNeeded,     // a session that is not valid, where an API token is needed
        SessionNotAllowed,  // a valid session, where an API token is needed
        InvalidCredentials, // wrong username or password
        TooManySignIns,     // retryAfterSeconds

        // Owners and tokens
        TeamNotFound,
        NotTeamMember, // args: the team's name
        TokenNotFound,
        NotCreatorOrAdmin, // args: the token's creator, its name
        AdminsOnly,        // a team's activity log
        NameTaken,         // args: the name
        SecretNotFound,    // identify: not the caller's, or unknown
        TooManyGuesses,    // identify; retryAfterSeconds
        PlanForbids,       // args: method, path
        ScopeMissing,      // args: the scope
        Invalid,           // field; args: what is wrong with it
    };

    Kind kind = Kind::Invalid;
    QStringList args;          // what the message names, in its order
    QString field;             // Invalid: the request field at fault
    int retryAfterSeconds = 0; // TooManySignIns, TooManyGuesses

    static DomainError of(Kind kind, QStringList args = {})
    {
        return {kind, std::move(args), {}, 0};
    }
    static DomainError invalid(const QString &field, const QString &message)
    {
        return {Kind::Invalid, {message}, field, 0};
    }
    static DomainError tooMany(Kind kind, int retryAfterSeconds)
    {
        return {kind, {QString::number(retryAfterSeconds)}, {}, retryAfterSeconds};
    }
};
