#include "RawPeer.h"

#include <QTcpSocket>

#include <memory>

RawPeer::RawPeer(QByteArray reply, bool atOnce) : m_reply(std::move(reply)), m_atOnce(atOnce)
{
    connect(&m_server, &QTcpServer::newConnection, this, &RawPeer::onConnection);
}

RawPeer::~RawPeer() = default;

bool RawPeer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl RawPeer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void RawPeer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++connections;
        ++open;
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --open;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this,
                [this, socket, buffer] { onData(socket, *buffer); });
        if (m_atOnce)
            answer(socket);
    }
}

void RawPeer::onData(QTcpSocket *socket, QByteArray &buffer)
{
    const QByteArray data = socket->readAll();
    buffer += data;
    received += data;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    qsizetype length = 0;
    for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + length)
        return;
    ++requests;
    buffer.clear();
    if (m_responder)
        m_responder(socket, requests);
    else if (!m_atOnce && !m_reply.isEmpty())
        answer(socket);
}

void RawPeer::answer(QTcpSocket *socket)
{
    socket->write(m_reply);
    socket->disconnectFromHost();
}

void RawPeer::streamForever(QTcpSocket *socket, const QByteArray &head, const QByteArray &chunk)
{
    socket->write(head);
    auto more = [this, socket, chunk] {
        // Only as much as the system takes: a client that stops reading stops the stream.
        if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesToWrite() > 0)
            return;
        socket->write(chunk);
        streamed += chunk.size();
    };
    connect(socket, &QTcpSocket::bytesWritten, this, more);
    connect(socket, &QTcpSocket::disconnected, this, [this] { streamEnded = true; });
    connect(socket, &QTcpSocket::errorOccurred, this, [this] { streamEnded = true; });
    more();
}
