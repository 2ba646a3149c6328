#pragma once

#include <QString>
#include <QUrl>

// An account: a user on a server. Its identity is "<host[:port]>/<username>" — the same for
// Settings (accounts list, "Remember me", the index of stored tokens) and for the keychain's
// keys, so the two can never disagree about whether two accounts are one. The scheme and a
// trailing slash do not make a different account; the port does (the URL names one).
struct AccountRef
{
    QUrl server; // where to connect, kept as given
    QString username;

    QString id() const;
    bool isEmpty() const { return username.isEmpty() || server.host().isEmpty(); }
    friend bool operator==(const AccountRef &a, const AccountRef &b) { return a.id() == b.id(); }
};
