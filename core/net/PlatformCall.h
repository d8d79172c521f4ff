#pragma once

#include "net/CallResult.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

class QTimer;

namespace mms {
class HttpExchange;
}

namespace mms {

// One asynchronous call to the platform. Emits finished() exactly once, then may be
// deleted with deleteLater(). Only calls marked retryable (the balance query) are ever
// sent again, and only after NotSent or Unknown outcomes.
class PlatformCall : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    PlatformCall(CallKind kind, const QUrl &url, const Headers &headers, QByteArray body, bool isGet,
                 int timeoutMs, int maxAttempts, QObject *parent = nullptr);
    // A call that failed before anything was sent; finished() is emitted asynchronously.
    PlatformCall(CallKind kind, const QString &invalidReason, QObject *parent = nullptr);

    void setCaCertificates(const QList<QSslCertificate> &certificates) { m_caCertificates = certificates; }
    CallKind kind() const { return m_kind; }
    const CallResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }
    void abort();

Q_SIGNALS:
    void finished();

private:
    void start();
    void onExchangeFinished();
    void onTimeout();
    void complete(CallResult r);

    CallKind m_kind;
    QUrl m_url;
    Headers m_headers;
    QList<QSslCertificate> m_caCertificates;
    QByteArray m_body;
    bool m_isGet = false;
    int m_timeoutMs = 0;
    int m_maxAttempts = 1;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_finished = false;
    QPointer<HttpExchange> m_exchange;
    QTimer *m_timer = nullptr;
    CallResult m_result;
};

} // namespace mms
