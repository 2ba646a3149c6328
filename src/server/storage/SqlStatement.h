#pragma once

// Every statement the server prepares, by name. A backend prepares each once per connection, the
// first time it runs there, and keeps it in the slot its name gives (no lookup by SQL text).
enum class Sql
{
    // UserTable
    UserByName,
    UserById,
    InsertUser,
    // SessionTable
    InsertSession,
    SessionByDigest,
    DeleteSession,
    DeleteExpiredSessions,
    // TeamTable
    TeamById,
    TeamByName,
    InsertTeam,
    TeamsOf,
    RoleIn,
    TeamAccess,
    SetMembership,
    // TokenTable
    InsertToken,
    ReleaseExpiredName,
    ReleaseExpiredNameOfOthers,
    TokenById,
    TokenByDigest,
    AuthorizationByDigest,
    TokenByPreviousDigest,
    TokensOfOwner,
    ReplaceSecretWithGrace,
    ReplaceSecretAtOnce,
    DeleteToken,
    DeleteTokenOfOwner,
    TokensUnusedSince,
    MarkExpiryLogged,
    // UsageTable
    TouchToken,
    InsertAddress,
    TrimAddresses,
    SeeAddressAgain,
    SetLastAddress,
    AddressesOf,
    ForgetAddresses,
    // EventTable
    InsertEvent,
    EventsOf,
    EventsOfAction,
    EventsOfToken,
    EventsOfActionAndToken,
    // DemoItemTable
    DemoItems,
    InsertDemoItem,
    // LoginFailureTable
    LoginFailuresSince,
    InsertLoginFailure,
    KeepNewestLoginFailures,
    RemoveLoginFailures,
    PurgeLoginFailures,
    LoginFailureKeyCount,
    LoginFailureRowCount,
    // StoreMigrations
    SchemaVersion,
    InsertSchemaVersion,
    MigrationTokenNames,
    MigrationSetTokenName,

    Count
};

// A statement's name and its one text, written once for every backend: SQLite's dialect with '?'
// for each value (PostgresDatabase numbers them). Defined beside the table code that runs it.
struct SqlStatement
{
    Sql name;
    const char *text;
};
