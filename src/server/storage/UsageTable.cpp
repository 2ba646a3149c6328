#include "UsageTable.h"

#include "Database.h"

namespace {
// At most once a minute per token, decided by the row itself so that every instance on the
// database agrees: most API-token calls then write nothing.
const SqlStatement TouchToken{Sql::TouchToken,
                              "UPDATE tokens SET last_used_at = ? WHERE id = ? AND "
                              "(last_used_at IS NULL OR last_used_at <= ?)"};
const SqlStatement InsertAddress{
    Sql::InsertAddress,
    "INSERT INTO token_addresses (token_id, address, user_agent, first_seen, last_seen) "
    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (token_id, address) DO NOTHING"};
// Bounded: the newest MaxAddressesPerToken addresses of a token are kept.
const SqlStatement TrimAddresses{
    Sql::TrimAddresses,
    "DELETE FROM token_addresses WHERE token_id = ? AND address NOT IN (SELECT address FROM "
    "token_addresses WHERE token_id = ? ORDER BY last_seen DESC, address LIMIT ?)"};
const SqlStatement SeeAddressAgain{Sql::SeeAddressAgain,
                                   "UPDATE token_addresses SET last_seen = ?, user_agent = ? "
                                   "WHERE token_id = ? AND address = ?"};
const SqlStatement SetLastAddress{
    Sql::SetLastAddress, "UPDATE tokens SET last_used_at = ?, last_used_address = ? WHERE id = ?"};
// The address of the last use was last seen at last_used_at (same-address uses write only the
// token's row, and that at most once a minute).
const SqlStatement AddressesOf{
    Sql::AddressesOf,
    "SELECT a.address, a.user_agent, a.first_seen, CASE WHEN t.last_used_address = a.address "
    "AND t.last_used_at > a.last_seen THEN t.last_used_at ELSE a.last_seen END AS seen "
    "FROM token_addresses a JOIN tokens t ON t.id = a.token_id WHERE a.token_id = ? "
    "ORDER BY seen DESC, a.address LIMIT ?"};
const SqlStatement ForgetAddresses{Sql::ForgetAddresses,
                                   "DELETE FROM token_addresses WHERE token_id = ?"};
} // namespace

void UsageTable::touch(const QString &tokenId, const QDateTime &when)
{
    const qint64 at = when.toSecsSinceEpoch();
    m_db.run(TouchToken, {at, tokenId, at - LastUsedResolutionSeconds});
}

bool UsageTable::touchFrom(const QString &tokenId, const QString &address, const QString &userAgent,
                           const QDateTime &when)
{
    const qint64 at = when.toSecsSinceEpoch();
    // A request without User-Agent gives a null QString, which would bind as NULL.
    const QString agent = userAgent.isNull() ? QStringLiteral("") : userAgent;
    const bool added =
        m_db.run(InsertAddress, {tokenId, address, agent, at, at}).rowsAffected() == 1;
    if (added)
        m_db.run(TrimAddresses, {tokenId, tokenId, MaxAddressesPerToken});
    else
        m_db.run(SeeAddressAgain, {at, agent, tokenId, address});
    m_db.run(SetLastAddress, {at, address, tokenId});
    return added;
}

QList<AddressUse> UsageTable::addressesOf(const QString &tokenId, int limit)
{
    SqlRows rows = m_db.run(AddressesOf, {tokenId, limit});
    QList<AddressUse> uses;
    while (rows.next())
        uses.append({rows.string(0), rows.string(1), rows.time(2), rows.time(3)});
    return uses;
}

void UsageTable::forget(const QString &tokenId)
{
    m_db.run(ForgetAddresses, {tokenId});
}
