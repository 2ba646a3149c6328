#include "NewAddressAlert.h"

#include "AccountSession.h"
#include "Settings.h"

#include <QSet>

NewAddressAlert::NewAddressAlert(AccountSession &session, Settings &settings, QObject *parent)
    : QObject(parent), m_session(session), m_settings(settings)
{}

void NewAddressAlert::check(const QList<Token> &tokens)
{
    if (!m_session.isSignedIn())
        return;
    const Settings::AccountRef account = m_session.accountRef();
    const QStringList checked = m_settings.addressCheckedTokenIds(account);
    // Nothing known about this account yet: the first look takes stock without alerting.
    const bool firstCheck = !m_settings.addressesChecked(account);
    QList<Sighting> sightings;
    QSet<QString> listed;
    for (const Token &token : tokens) {
        listed.insert(token.id);
        const std::optional<QStringList> seen = m_settings.seenAddresses(account, token.id);
        const QString &address = token.lastUsedAddress;
        if (seen && (address.isEmpty() || seen->contains(address)))
            continue;
        QStringList addresses = seen.value_or(QStringList());
        if (!address.isEmpty())
            addresses.append(address);
        m_settings.setSeenAddresses(account, token.id, addresses);
        if (!address.isEmpty() && !firstCheck)
            sightings.append({token.id, token.name, address});
    }
    // Deleted tokens: their addresses are of no use any more.
    for (const QString &id : checked) {
        if (!listed.contains(id))
            m_settings.forgetSeenAddresses(account, id);
    }
    m_settings.setAddressesChecked(account);
    if (!sightings.isEmpty())
        Q_EMIT newAddresses(sightings);
}

QString NewAddressAlert::describe(const QList<Sighting> &sightings)
{
    QStringList lines;
    for (const Sighting &s : sightings)
        lines.append(tr("Your token \"%1\" was used from a new address: %2. If that was not you "
                        "or your software, rotate or delete the token.")
                         .arg(s.tokenName, s.address));
    return lines.join(QLatin1Char('\n'));
}
