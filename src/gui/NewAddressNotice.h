#pragma once

#include "NewAddressAlert.h"

#include <QObject>

class ExpiryNotice;
class QLabel;

// Tells the user that a token of theirs was used from a new address: one tray message where the
// desktop has a tray, otherwise the window's banner (plain text: names are not markup).
class NewAddressNotice : public QObject
{
    Q_OBJECT
public:
    // trayOwner: whose tray icon to share (it is made after the first frame, so asked per notice).
    NewAddressNotice(QLabel *banner, const ExpiryNotice *trayOwner, QObject *parent = nullptr);
    Q_DISABLE_COPY(NewAddressNotice)

    void show(const QList<NewAddressAlert::Sighting> &sightings);
    // The notice was about the previous account's tokens.
    void clear();

private:
    QLabel *m_banner;
    const ExpiryNotice *m_trayOwner;
};
