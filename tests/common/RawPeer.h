#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A tiny HTTP peer on loopback that answers with hand-written bytes, for what our own server
// never does (garbage, wrong shapes, endless or slow answers). With no reply it never answers;
// otherwise it answers every complete request (or, atOnce, every connection as it opens) with
// reply and closes. setResponder() replaces the fixed reply with code of the test's own.
class RawPeer : public QObject
{
    Q_OBJECT
public:
    // request: 1 for the first complete request this peer received, and so on.
    using Responder = std::function<void(QTcpSocket *socket, int request)>;

    explicit RawPeer(QByteArray reply = {}, bool atOnce = false);
    ~RawPeer() override;
    Q_DISABLE_COPY(RawPeer)

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const;
    void setResponder(Responder responder) { m_responder = std::move(responder); }

    // Writes head, then chunk after chunk for as long as the client keeps the connection open
    // (never more than about a chunk ahead of what the system took), and stops when it closes.
    void streamForever(QTcpSocket *socket, const QByteArray &head, const QByteArray &chunk);

    int connections = 0;
    int requests = 0; // complete requests received
    int open = 0;     // connections the client has not closed
    QByteArray received;
    qint64 streamed = 0;      // body bytes streamForever handed to the system
    bool streamEnded = false; // a streamed connection was closed (by the client)

private:
    void onConnection();
    void onData(QTcpSocket *socket, QByteArray &buffer);
    void answer(QTcpSocket *socket);

    QTcpServer m_server;
    QByteArray m_reply;
    bool m_atOnce;
    Responder m_responder;
};
