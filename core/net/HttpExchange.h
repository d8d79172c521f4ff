#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QUrl>

class QTcpSocket;

namespace mms {

// One HTTP/1.1 request on its own connection, written once and never repeated.
//
// QNetworkAccessManager is not used for platform calls because it silently resends a
// request when the server closes the connection before answering (its reconnect logic
// applies to POST too): for a send that means a second, paid message to every recipient.
// This class also tells whether the connection was ever made, which separates
// "nothing was sent" from "the request may have arrived".
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        bool connected = false; // the TCP (and TLS) connection was established
        bool complete = false;  // a full answer was read
        int status = 0;
        QByteArray body;
        QString error;
    };

    HttpExchange(const QByteArray &method, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                 const QByteArray &body, QObject *parent = nullptr);

    // Certificates to trust besides the system's (a platform behind a private CA).
    void setCaCertificates(const QList<QSslCertificate> &certificates) { m_caCertificates = certificates; }
    void start();
    void abort(const QString &why);
    const Response &response() const { return m_response; }
    bool isFinished() const { return m_finished; }

    static constexpr qint64 kMaxAnswerBytes = 4 * 1024 * 1024;

Q_SIGNALS:
    void finished();

private:
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onError();
    bool parseHead();
    bool bodyComplete();
    void finish(const QString &error = {});

    QByteArray m_method;
    QUrl m_url;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    QList<QSslCertificate> m_caCertificates;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_buffer;
    bool m_headParsed = false;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_finished = false;
    Response m_response;
};

} // namespace mms
