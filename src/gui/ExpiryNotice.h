#pragma once

#include "Token.h"

#include <QObject>

class QLabel;
class QSystemTrayIcon;

// Tells the user about tokens that expire soon: a tray message where the desktop has a tray,
// otherwise the window's banner (plain text: token names are not markup).
class ExpiryNotice : public QObject
{
    Q_OBJECT
public:
    ExpiryNotice(QLabel *banner, QObject *parent = nullptr);
    Q_DISABLE_COPY(ExpiryNotice)

    void show(const QList<Token> &tokens);
    // The warnings were about the previous account's tokens.
    void clear();
    // The window's tray icon (other notices share it), or nullptr without a system tray.
    QSystemTrayIcon *tray() const { return m_tray; }

private:
    QLabel *m_banner;
    QSystemTrayIcon *m_tray = nullptr;
};
