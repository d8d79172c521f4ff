#include "net/HttpExchange.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace mms {
HttpExchange::HttpExchange(const QByteArray &method, const QUrl &url,
                           const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body, QObject *parent)
    : QObject(parent)
    , m_method(method)
    , m_url(url)
    , m_headers(headers)
    , m_body(body)
{
}

void HttpExchange::start()
{
    const bool tls = m_url.scheme() == u"https"_s;
    if (!tls && m_url.scheme() != u"http"_s) {
        QMetaObject::invokeMethod(this, [this] { finish(tr("unsupported URL scheme \"%1\"").arg(m_url.scheme())); },
                                  Qt::QueuedConnection);
        return;
    }
    const quint16 port = static_cast<quint16>(m_url.port(tls ? 443 : 80));
    if (tls) {
        if (!QSslSocket::supportsSsl()) {
            QMetaObject::invokeMethod(this, [this] { finish(tr("TLS is not available on this system")); },
                                      Qt::QueuedConnection);
            return;
        }
        auto *ssl = new QSslSocket(this);
        m_socket = ssl;
        if (!m_caCertificates.isEmpty()) {
            QSslConfiguration config = ssl->sslConfiguration();
            config.addCaCertificates(m_caCertificates);
            ssl->setSslConfiguration(config);
        }
        connect(ssl, &QSslSocket::encrypted, this, &HttpExchange::onConnected);
        ssl->connectToHostEncrypted(m_url.host(), port);
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &HttpExchange::onConnected);
        m_socket->connectToHost(m_url.host(), port);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpExchange::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpExchange::onError);
}

void HttpExchange::abort(const QString &why)
{
    if (m_finished)
        return;
    if (m_socket)
        m_socket->abort();
    finish(why);
}

void HttpExchange::onConnected()
{
    m_response.connected = true;
    QByteArray target = m_url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (m_url.hasQuery())
        target += '?' + m_url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray head = m_method + ' ' + target + " HTTP/1.1\r\n";
    head += "Host: " + m_url.host(QUrl::FullyEncoded).toLatin1();
    if (m_url.port() > 0)
        head += ':' + QByteArray::number(m_url.port());
    head += "\r\nConnection: close\r\n";
    for (const auto &[name, value] : std::as_const(m_headers))
        head += name + ": " + value + "\r\n";
    if (m_method != "GET" || !m_body.isEmpty())
        head += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n";
    head += "\r\n";
    m_socket->write(head + m_body);
}

bool HttpExchange::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
    bool ok = false;
    m_response.status = status.value(1).toInt(&ok);
    if (!status.value(0).startsWith("HTTP/") || !ok) {
        finish(tr("the server's answer is not HTTP"));
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            m_contentLength = value.toLongLong();
        else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            m_chunked = true;
    }
    m_buffer.remove(0, end + 4);
    m_headParsed = true;
    return true;
}

// Decodes a complete chunked body into m_response.body; false while incomplete.
bool HttpExchange::bodyComplete()
{
    if (m_chunked) {
        QByteArray out;
        qsizetype pos = 0;
        while (true) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qint64 size = m_buffer.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok)
                return false;
            if (size == 0) {
                m_response.body = out;
                return true;
            }
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return false;
            out += m_buffer.mid(lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
    }
    if (m_contentLength >= 0 && m_buffer.size() >= m_contentLength) {
        m_response.body = m_buffer.left(m_contentLength);
        return true;
    }
    return false;
}

void HttpExchange::onReadyRead()
{
    m_buffer += m_socket->readAll();
    if (m_buffer.size() > kMaxAnswerBytes) {
        abort(tr("the server's answer is larger than %1 MB").arg(kMaxAnswerBytes / (1024 * 1024)));
        return;
    }
    if (!m_headParsed && !parseHead())
        return;
    if (m_finished)
        return;
    if (bodyComplete()) {
        m_response.complete = true;
        m_socket->abort();
        finish();
    }
}

void HttpExchange::onDisconnected()
{
    if (m_finished)
        return;
    if (m_socket->isOpen())
        m_buffer += m_socket->readAll();
    if (!m_headParsed)
        parseHead();
    if (m_finished)
        return;
    if (m_headParsed && !m_chunked && m_contentLength < 0) {
        // No length given: the body runs until the server closes the connection.
        m_response.body = m_buffer;
        m_response.complete = true;
        finish();
    } else if (m_headParsed && bodyComplete()) {
        m_response.complete = true;
        finish();
    } else {
        finish(m_headParsed ? tr("the connection closed in the middle of the answer")
                            : tr("the server closed the connection without answering"));
    }
}

void HttpExchange::onError()
{
    if (m_finished || m_socket->error() == QAbstractSocket::RemoteHostClosedError)
        return; // onDisconnected() decides
    finish(m_socket->errorString());
}

void HttpExchange::finish(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_response.error = error;
    Q_EMIT finished();
}

} // namespace mms
