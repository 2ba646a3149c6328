#pragma once

#include "Account.h"
#include "ApiError.h"
#include "DemoItemRecord.h"
#include "LoginFailureTable.h"
#include "LoginThrottle.h"
#include "Team.h"
#include "TokenOwner.h"
#include "TokenRecord.h"
#include "UserRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

class Auth;
class Store;
class TokenRules;

// Decides everything about tokens: who may act for which owner, the policy for names, scopes and
// expiry, secrets, rotation, revocation, introspection and what a token may call. Returns
// records; failures come back as an ApiError carrying the HTTP status the endpoints send.
class TokenService
{
public:
    TokenService(Store &store, Auth &auth, const TokenRules &rules);
    TokenService(const TokenService &) = delete;
    TokenService &operator=(const TokenService &) = delete;

    // The signed-in caller acting for an owner (themselves or a team they belong to).
    struct Access
    {
        UserRecord caller;
        TokenOwner owner;
        QString accountId;
        std::optional<Team::Role> role; // team owners only
    };
    std::optional<Access> personalAccess(const QByteArray &authorization, ApiError *error);
    std::optional<Access> teamAccess(const QByteArray &authorization, const QString &teamId,
                                     ApiError *error);

    struct Page
    {
        QList<TokenRecord> tokens;
        bool more = false; // another page follows the last token's seq
    };
    Page list(const Access &access, qint64 afterSeq, int pageSize);

    // A new token, or a renewed one, with the only copy of its secret.
    struct Issued
    {
        TokenRecord record;
        QByteArray secret;
    };
    std::optional<Issued> create(const Access &access, const QJsonObject &body, ApiError *error);
    std::optional<Issued> rotate(const Access &access, const QString &tokenId,
                                 const QJsonObject &body, ApiError *error);
    bool revoke(const Access &access, const QString &tokenId, ApiError *error);
    // Bulk revoke: the given tokens, or (unusedSince valid) every token of the owner not used
    // since then (never used: created before then), at most MaxBulkRevoke of them per call.
    // All or nothing: if the caller may not revoke one of them (or one of ids is not the
    // owner's), nothing is revoked and *error says why.
    static constexpr int MaxBulkIds = 100;
    static constexpr int MaxBulkRevoke = 1000;
    struct Revoked
    {
        QStringList ids;
        bool more = false; // unusedSince: more tokens match; call again
    };
    std::optional<Revoked> revokeMany(const Access &access, const QStringList &ids,
                                      const QDateTime &unusedSince, ApiError *error);
    // Whether the token exists for the owner and the caller may rotate or revoke it.
    bool mayManage(const Access &access, const QString &tokenId, ApiError *error);

    // Leak response. The token whose secret is the bearer revokes itself (its current secret, or
    // the one before a rotation while in its grace); needs no scope and is open to every plan.
    bool revokeSelf(const QByteArray &authorization, ApiError *error);
    // The token whose secret this is, if it is the caller's or their team's as a team admin;
    // 404 otherwise, whatever the reason. Wrong guesses count like failed sign-ins (per caller
    // and address) and are refused with 429 (*retryAfterSeconds) when too many.
    static constexpr int MaxSecretLength = 256;
    std::optional<TokenRecord> identify(const UserRecord &caller, const QString &secret,
                                        const QString &clientAddress, ApiError *error,
                                        int *retryAfterSeconds);

    // An API token calling a resource: authenticated, allowed by its owner's plan and holding
    // scope (if not empty). A successful call counts as a use (last_used_at).
    struct Caller
    {
        TokenRecord token;
        QString accountId;
        Account::Plan plan = Account::Plan::Free;
    };
    std::optional<Caller> authorize(const QByteArray &authorization, const QByteArray &method,
                                    const QString &path, const QString &scope, ApiError *error);
    void recordUse(const Caller &caller);

    QList<DemoItemRecord> demoItems(const Caller &caller);
    DemoItemRecord addDemoItem(const Caller &caller, const QString &name);

private:
    static QDateTime now();
    // Whether the caller may rotate or revoke this token of the owner; *error when not.
    static bool mayChange(const Access &access, const TokenRecord &record, ApiError *error);
    // The token, if it belongs to the owner and the caller may change it.
    std::optional<TokenRecord> managedToken(const Access &access, const QString &id,
                                            ApiError *error);
    // The status a token has at `at`; Store does not know the clock.
    static TokenRecord stamped(TokenRecord record, const QDateTime &at);

    Store &m_store;
    Auth &m_auth;
    const TokenRules &m_rules;
    LoginFailureTable m_identifyFailures;
    LoginThrottle m_identifyThrottle; // in the database: shared by every instance
};
