#pragma once

#include <QByteArray>
#include <QJsonObject>

class QTcpSocket;

// HTTP at the byte level, for tests of what a well-behaved client (QNetworkAccessManager)
// never sends: oversized heads, lying lengths, half-open and slow connections.
struct RawReply
{
    QByteArray bytes;    // everything the server sent
    bool closed = false; // the server closed the connection
    bool connected = false;

    int status() const; // 0 when no status line arrived
    QByteArray header(QByteArrayView name) const;
    QJsonObject json() const;  // the body when it is a JSON object
    QString errorCode() const; // error.code of a JSON error body
};

class RawHttp
{
public:
    // Connects to 127.0.0.1:port, writes request and reads until the server closes, one whole
    // response (by Content-Length) has arrived, or timeoutMs passed.
    static RawReply exchange(quint16 port, const QByteArray &request, int timeoutMs = 5000);
    // Reads from an open socket the same way.
    static RawReply read(QTcpSocket &socket, int timeoutMs);
    // True when the response in bytes is complete (head and Content-Length body).
    static bool complete(const QByteArray &bytes);
    // Resident memory of a process, in KiB (0 if unknown).
    static qint64 rssKiB(qint64 pid);
    // False under AddressSanitizer (servers and tests share one build tree): its allocator keeps
    // freed memory in a quarantine and pads every block, so RSS bounds do not apply there.
    static bool measuresMemory();
    // Lets this process open at least n descriptors (soft limit up to the hard limit).
    static void raiseDescriptorLimit(int n);

    RawHttp() = delete;
};
