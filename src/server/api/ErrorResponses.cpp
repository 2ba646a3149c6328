#include "ErrorResponses.h"

namespace {
using Kind = DomainError::Kind;

struct Row
{
    Kind kind;
    int status;
    const char *code;
    const char16_t *message; // %1, %2: the error's args
    const char *field;       // nullptr: the error's own (Invalid) or none
};

// clang-format off
constexpr Row Rows[] = {
    {Kind::NotSignedIn, 401, "unauthenticated", u"Sign in first: this request needs a session.", nullptr},
    {Kind::SessionMalformed, 401, "unauthenticated", u"The session is not valid. Sign in again.", nullptr},
    {Kind::SessionExpired, 401, "unauthenticated", u"The session has expired or was signed out. Sign in again.", nullptr},
    {Kind::AccountGone, 401, "unauthenticated", u"The account no longer exists.", nullptr},
    {Kind::SessionNeeded, 401, "unauthenticated", u"This request needs a session, not an API token.", nullptr},
    {Kind::ApiTokenNotAllowed, 403, "forbidden", u"API tokens cannot manage tokens or accounts; sign in with a username and password.", nullptr},
    {Kind::ApiTokenMissing, 401, "unauthenticated", u"This request needs an API token (Authorization: Bearer tdk_…).", nullptr},
    {Kind::ApiTokenMalformed, 401, "unauthenticated", u"The API token is malformed (checksum mismatch). Copy it again.", nullptr},
    {Kind::ApiTokenUnknown, 401, "unauthenticated", u"The API token is unknown or was revoked.", nullptr},
    {Kind::ApiTokenExpired, 401, "unauthenticated", u"The API token has expired.", nullptr},
    {Kind::ApiTokenNeeded, 401, "unauthenticated", u"This endpoint needs an API token, not a session.", nullptr},
    {Kind::SessionNotAllowed, 403, "forbidden", u"This endpoint takes an API token, not a session.", nullptr},
    {Kind::InvalidCredentials, 401, "invalid_credentials", u"The username or password is wrong.", nullptr},
    {Kind::TooManySignIns, 429, "rate_limited", u"Too many failed sign-in attempts. Try again in %1 seconds.", nullptr},
    {Kind::TeamNotFound, 404, "not_found", u"No such team.", nullptr},
    {Kind::NotTeamMember, 403, "forbidden", u"You are not a member of the team \"%1\".", nullptr},
    {Kind::TokenNotFound, 404, "not_found", u"No such token. It may have been deleted already.", nullptr},
    {Kind::NotCreatorOrAdmin, 403, "forbidden", u"Only the token's creator (%1) or a team admin can change \"%2\".", nullptr},
    {Kind::AdminsOnly, 403, "forbidden", u"Only team admins can see the team's activity.", nullptr},
    {Kind::NameTaken, 409, "name_taken", u"An active token named \"%1\" already exists. Choose another name.", "name"},
    {Kind::SecretNotFound, 404, "not_found", u"This secret is not one of your tokens or of a team you administer (or it was revoked).", nullptr},
    {Kind::TooManyGuesses, 429, "rate_limited", u"Too many secrets that were not found. Try again in %1 seconds.", nullptr},
    {Kind::PlanForbids, 403, "plan_restricted", u"The free plan does not include %1 %2. Upgrade to call it.", nullptr},
    {Kind::ScopeMissing, 403, "insufficient_scope", u"This token lacks the \"%1\" scope.", nullptr},
    {Kind::Invalid, 400, "validation_failed", u"%1", nullptr},
};
// clang-format on

const Row &rowOf(Kind kind)
{
    for (const Row &row : Rows) {
        if (row.kind == kind)
            return row;
    }
    Q_UNREACHABLE();
}

QString message(const Row &row, const QStringList &args)
{
    const QString text = QString::fromUtf16(row.message);
    // One arg() call for all placeholders: a name holding "%2" is not a placeholder.
    if (text.contains(u"%2"))
        return text.arg(args.value(0), args.value(1));
    if (text.contains(u"%1"))
        return text.arg(args.value(0));
    return text;
}
} // namespace

ApiError ErrorResponses::apiError(const DomainError &error)
{
    const Row &row = rowOf(error.kind);
    return ApiError::http(row.status, QString::fromLatin1(row.code), message(row, error.args),
                          row.field ? QString::fromLatin1(row.field) : error.field);
}

ApiResponse ErrorResponses::response(const DomainError &error)
{
    ApiResponse response = ApiResponse::error(apiError(error));
    if (error.retryAfterSeconds > 0)
        response.headers.append({"Retry-After", QByteArray::number(error.retryAfterSeconds)});
    return response;
}
