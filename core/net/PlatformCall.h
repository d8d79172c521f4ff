#pragma once

#include "net/CallResult.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace mms {

// One asynchronous call to the platform. Emits finished() exactly once, then may be
// deleted with deleteLater(). Only calls marked retryable (the balance query) are ever
// sent again, and only after NotSent or Unknown outcomes.
class PlatformCall : public QObject
{
    Q_OBJECT
public:
    PlatformCall(QNetworkAccessManager *nam, CallKind kind, QNetworkRequest request,
                 QByteArray body, bool isGet, int timeoutMs, int maxAttempts, QObject *parent = nullptr);
    // A call that failed before anything was sent; finished() is emitted asynchronously.
    PlatformCall(CallKind kind, const QString &invalidReason, QObject *parent = nullptr);

    CallKind kind() const { return m_kind; }
    const CallResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }
    void abort();

Q_SIGNALS:
    void finished();

private:
    void start();
    void onReplyFinished();
    void onTimeout();
    void complete(CallResult r);

    QNetworkAccessManager *m_nam = nullptr;
    CallKind m_kind;
    QNetworkRequest m_request;
    QByteArray m_body;
    bool m_isGet = false;
    int m_timeoutMs = 0;
    int m_maxAttempts = 1;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_finished = false;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    CallResult m_result;
};

} // namespace mms
