#pragma once

#include "Account.h"
#include "AddressUse.h"
#include "ApiError.h"
#include "DemoItemRecord.h"
#include "EventRecord.h"
#include "LoginFailureTable.h"
#include "LoginThrottle.h"
#include "Team.h"
#include "Token.h"
#include "TokenListRow.h"
#include "TokenOwner.h"
#include "TokenRecord.h"
#include "UserRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <functional>
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
        QString address;                // the client's, for the activity log
    };
    std::optional<Access> personalAccess(const QByteArray &authorization, ApiError *error);
    std::optional<Access> teamAccess(const QByteArray &authorization, const QString &teamId,
                                     ApiError *error);

    // A listing page, one token at a time as the Store reads it (no copy of the page): at most
    // pageSize tokens after afterSeq, each with its status at this moment and without a grace
    // that has ended. The row is valid only during the call.
    struct PageEnd
    {
        bool more = false; // another page follows lastSeq
        qint64 lastSeq = 0;
    };
    using ListedToken = std::function<void(const TokenListRow &, Token::Status)>;
    PageEnd list(const Access &access, qint64 afterSeq, int pageSize, const ListedToken &listed);

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
    bool revokeSelf(const QByteArray &authorization, const QString &clientAddress, ApiError *error);
    // The token whose secret this is, if it is the caller's or their team's as a team admin;
    // 404 otherwise, whatever the reason. Wrong guesses count like failed sign-ins (per caller
    // and address) and are refused with 429 (*retryAfterSeconds) when too many.
    static constexpr int MaxSecretLength = 256;
    std::optional<TokenRecord> identify(const UserRecord &caller, const QString &secret,
                                        const QString &clientAddress, ApiError *error,
                                        int *retryAfterSeconds);

    // The activity log of the owner, newest first: personal for anyone, a team's for its
    // admins only (members get 403). action and tokenId filter when not empty.
    struct EventPage
    {
        QList<EventRecord> events;
        bool more = false; // another page follows the last event's seq
    };
    std::optional<EventPage> events(const Access &access, qint64 beforeSeq, const QString &action,
                                    const QString &tokenId, int pageSize, ApiError *error);

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
    // The common case (the address of the token's last use) writes at most last_used_at, once a
    // minute; another address is recorded at once, and a new one is logged.
    void recordUse(const Caller &caller, const QString &clientAddress, const QString &userAgent);
    // The token's last 10 distinct addresses, newest first: any member of the owner may see
    // them, as the token itself (404 for another owner's token).
    static constexpr int UsageAddresses = 10;
    std::optional<QList<AddressUse>> usage(const Access &access, const QString &tokenId,
                                           ApiError *error);

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
    static void stamp(TokenRecord &record, const QDateTime &at);

    Store &m_store;
    Auth &m_auth;
    const TokenRules &m_rules;
    LoginFailureTable m_identifyFailures;
    LoginThrottle m_identifyThrottle; // in the database: shared by every instance
};
