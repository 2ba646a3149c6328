#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Which Host headers the server answers (a web page reaching the local server by DNS
// rebinding sends its own name as Host). An entry "NAME:PORT" allows exactly that host and
// port (and NAME alone when PORT is the scheme's default); "NAME" allows the name on any port.
class HostAllowList
{
public:
    HostAllowList() = default;
    // The listen address (unless unspecified), localhost, 127.0.0.1 and [::1] on port, plus
    // extra entries.
    static HostAllowList forListener(const QString &listenHost, quint16 port, bool https,
                                     const QStringList &extra);
    // True for NAME[:PORT] (IPv6 in brackets).
    static bool valid(const QString &entry);

    bool allows(const QByteArray &hostHeader) const;

private:
    struct Entry
    {
        QString name;  // lower case; IPv6 without brackets
        int port = -1; // -1: any
    };
    static bool parse(const QString &text, Entry *entry);

    QList<Entry> m_entries;
    int m_defaultPort = 80;
};
