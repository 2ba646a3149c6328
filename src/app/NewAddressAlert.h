#pragma once

#include "Token.h"

#include <QList>
#include <QObject>
#include <QString>

class AccountSession;
class Settings;

// After a refresh of the user's own tokens: which token was used from a client address it was
// never seen used from before. Each address of a token is reported once, ever: the seen
// addresses are kept per account and token id in Settings (no secret). The first check of an
// account only takes note of what it finds, so old uses do not all alert at once; a token
// created later alerts on its first use already.
class NewAddressAlert : public QObject
{
    Q_OBJECT
public:
    struct Sighting
    {
        QString tokenId;
        QString tokenName;
        QString address;
        friend bool operator==(const Sighting &, const Sighting &) = default;
    };

    NewAddressAlert(AccountSession &session, Settings &settings, QObject *parent = nullptr);
    Q_DISABLE_COPY(NewAddressAlert)

    // tokens: the whole, freshly loaded list of the user's personal tokens.
    void check(const QList<Token> &tokens);
    // A human summary naming each token and address.
    static QString describe(const QList<Sighting> &sightings);

Q_SIGNALS:
    void newAddresses(const QList<NewAddressAlert::Sighting> &sightings);

private:
    AccountSession &m_session;
    Settings &m_settings;
};
