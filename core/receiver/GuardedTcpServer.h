#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

namespace mms {

// Limits that keep the push receiver serving, and its memory bounded, whatever strangers send.
struct ReceiverLimits
{
    qint64 maxRequestBytes = 1 << 20; // a push of 500 replies in Chinese is ~350 KB
    int requestTimeoutMs = 10000;     // from a request's first byte to its last
    int idleTimeoutMs = 30000;        // a kept-alive connection with nothing to say
    int maxConnections = 64;
};

// The TCP side of the receiver (QHttpServer 6.4 has no limits of its own): counts each
// request's bytes before QHttpServer reads them, answers 413 and closes past maxRequestBytes,
// 408 past requestTimeoutMs (slow senders), closes idle connections, and when maxConnections
// are open makes room by dropping the one that has been idle or sending the longest. The
// socket's read buffer is capped too, so a sender faster than the checks cannot pile up data.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(const ReceiverLimits &limits, QObject *parent = nullptr);
    int openConnections() const { return int(m_connections.size()); }

Q_SIGNALS:
    // A connection was cut off: "oversized", "timeout", "idle" or "crowded".
    void connectionDropped(const QString &why);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Connection
    {
        QElapsedTimer since;     // start of the current request, or of idleness
        qint64 requestBytes = 0; // 0: idle between requests
        QTimer *deadline = nullptr;
    };
    void onReadyRead(QTcpSocket *socket);
    void onAnswered(QTcpSocket *socket);
    void drop(QTcpSocket *socket, const QByteArray &status, const QString &why);
    void makeRoom();

    ReceiverLimits m_limits;
    QHash<QTcpSocket *, Connection> m_connections;
};

} // namespace mms
