#include "receiver/GuardedTcpServer.h"

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::Literals::StringLiterals;

namespace mms {

GuardedTcpServer::GuardedTcpServer(const ReceiverLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    // Accepted connections wait in the listen queue rather than in memory.
    setMaxPendingConnections(16);
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    if (m_connections.size() >= m_limits.maxConnections)
        makeRoom();
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // QHttpServer writes an answer in several pieces: without this, each waits for the
    // client's delayed ACK (40 ms a push).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Beyond the largest request, the socket stops reading from the network.
    socket->setReadBufferSize(m_limits.maxRequestBytes + 64 * 1024);
    Connection c;
    c.since.start();
    c.deadline = new QTimer(socket);
    c.deadline->setSingleShot(true);
    c.deadline->start(m_limits.idleTimeoutMs);
    connect(c.deadline, &QTimer::timeout, socket, [this, socket] {
        const auto it = m_connections.constFind(socket);
        if (it == m_connections.cend())
            return;
        if (it->requestBytes > 0)
            drop(socket, "408 Request Timeout"_ba, u"timeout"_s);
        else
            drop(socket, {}, u"idle"_s);
    });
    m_connections.insert(socket, c);
    // Connected before QHttpServer's own slots (it connects when it takes the connection),
    // so this sees the bytes before they are parsed.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { onAnswered(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_connections.remove(socket);
        socket->deleteLater();
    });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    addPendingConnection(socket);
    Q_EMIT newConnection();
}

void GuardedTcpServer::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    if (it->requestBytes == 0) {
        it->since.restart();
        it->deadline->start(m_limits.requestTimeoutMs);
    }
    // QHttpServer reads everything available at each readyRead, so what is available now
    // arrived since the last one.
    it->requestBytes += socket->bytesAvailable();
    if (it->requestBytes > m_limits.maxRequestBytes) {
        drop(socket, "413 Payload Too Large"_ba, u"oversized"_s);
        // Nothing more for QHttpServer to parse on this connection.
        socket->readAll();
    }
}

void GuardedTcpServer::onAnswered(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->requestBytes == 0)
        return;
    it->requestBytes = 0;
    it->since.restart();
    it->deadline->start(m_limits.idleTimeoutMs);
}

void GuardedTcpServer::drop(QTcpSocket *socket, const QByteArray &status, const QString &why)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    m_connections.erase(it);
    Q_EMIT connectionDropped(why);
    if (!status.isEmpty() && socket->state() == QAbstractSocket::ConnectedState) {
        // QHttpServer parses nothing more from this connection; what still comes is read and
        // thrown away, so closing does not reset the connection before the client reads the answer.
        QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
        connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->skip(socket->bytesAvailable()); });
        socket->setReadBufferSize(0);
        connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
            if (socket->bytesToWrite() == 0)
                ::shutdown(int(socket->socketDescriptor()), SHUT_WR); // the answer is complete: FIN
        });
        socket->write("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        // A peer that neither reads nor closes does not hold the socket for long.
        QTimer::singleShot(1000, socket, [socket] { socket->abort(); });
    } else {
        socket->abort();
    }
}

void GuardedTcpServer::makeRoom()
{
    // Idle connections first (oldest idleness), then the request that has taken longest.
    QTcpSocket *victim = nullptr;
    bool victimIdle = false;
    qint64 victimAge = -1;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        const bool idle = it->requestBytes == 0;
        const qint64 age = it->since.elapsed();
        if ((idle && !victimIdle) || (idle == victimIdle && age > victimAge)) {
            victim = it.key();
            victimIdle = idle;
            victimAge = age;
        }
    }
    if (victim)
        drop(victim, victimIdle ? QByteArray() : "503 Service Unavailable"_ba, u"crowded"_s);
}

} // namespace mms
