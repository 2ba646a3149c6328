#pragma once

#include "NewAddressAlert.h"

#include <QObject>

class QLabel;
class QSystemTrayIcon;

// Tells the user that a token of theirs was used from a new address: one tray message where the
// desktop has a tray, otherwise the window's banner (plain text: names are not markup).
class NewAddressNotice : public QObject
{
    Q_OBJECT
public:
    // tray: the window's tray icon, or nullptr where there is none.
    NewAddressNotice(QLabel *banner, QSystemTrayIcon *tray, QObject *parent = nullptr);
    Q_DISABLE_COPY(NewAddressNotice)

    void show(const QList<NewAddressAlert::Sighting> &sightings);
    // The notice was about the previous account's tokens.
    void clear();

private:
    QLabel *m_banner;
    QSystemTrayIcon *m_tray;
};
