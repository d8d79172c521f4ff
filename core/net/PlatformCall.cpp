#include "net/PlatformCall.h"

#include "net/HttpExchange.h"
#include "protocol/Responses.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace mms {
PlatformCall::PlatformCall(CallKind kind, const QUrl &url, const Headers &headers, QByteArray body, bool isGet,
                           int timeoutMs, int maxAttempts, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_url(url)
    , m_headers(headers)
    , m_body(std::move(body))
    , m_isGet(isGet)
    , m_timeoutMs(timeoutMs)
    , m_maxAttempts(qMax(1, maxAttempts))
{
    m_result.kind = kind;
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PlatformCall::onTimeout);
    QTimer::singleShot(0, this, &PlatformCall::start);
}

PlatformCall::PlatformCall(CallKind kind, const QString &invalidReason, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
{
    CallResult r;
    r.kind = kind;
    r.outcome = CallResult::Outcome::InvalidRequest;
    r.detail = invalidReason;
    r.attempts = 0;
    QTimer::singleShot(0, this, [this, r] { complete(r); });
}

void PlatformCall::start()
{
    if (m_finished)
        return;
    ++m_attempt;
    m_timedOut = false;
    m_exchange = new HttpExchange(m_isGet ? QByteArray("GET") : QByteArray("POST"), m_url, m_headers, m_body, this);
    m_exchange->setCaCertificates(m_caCertificates);
    connect(m_exchange, &HttpExchange::finished, this, &PlatformCall::onExchangeFinished);
    m_exchange->start();
    if (m_timeoutMs > 0)
        m_timer->start(m_timeoutMs);
}

void PlatformCall::abort()
{
    if (m_exchange)
        m_exchange->abort(tr("cancelled"));
}

void PlatformCall::onTimeout()
{
    m_timedOut = true;
    if (m_exchange)
        m_exchange->abort(tr("timed out"));
}

void PlatformCall::onExchangeFinished()
{
    m_timer->stop();
    HttpExchange *exchange = m_exchange;
    if (!exchange)
        return;
    exchange->deleteLater();
    m_exchange = nullptr;
    const HttpExchange::Response &resp = exchange->response();

    CallResult r;
    r.kind = m_kind;
    r.attempts = m_attempt;
    r.httpStatus = resp.status;

    if (!resp.connected) {
        // No connection was ever made: the request provably never left.
        r.outcome = CallResult::Outcome::NotSent;
        r.detail = m_timedOut ? tr("could not connect to the platform within %1 s; nothing was sent").arg(m_timeoutMs / 1000.0)
                              : tr("could not reach the platform (%1); nothing was sent").arg(resp.error);
    } else if (m_timedOut) {
        r.outcome = CallResult::Outcome::Unknown;
        r.detail = tr("no answer from the platform within %1 s; the request may have arrived").arg(m_timeoutMs / 1000.0);
    } else if (!resp.complete) {
        r.outcome = CallResult::Outcome::Unknown;
        r.detail = tr("the connection failed (%1); the request may have arrived").arg(resp.error);
    } else if (resp.status != 200) {
        r.outcome = CallResult::Outcome::Unknown;
        r.detail = tr("the platform answered HTTP %1; the request may have been processed").arg(resp.status);
    } else if (m_kind == CallKind::QueryBalance) {
        const BalanceAnswer b = responses::parseBalance(resp.body);
        if (!b.wellFormed) {
            r.outcome = CallResult::Outcome::Unknown;
            r.detail = b.parseError;
        } else if (b.ok) {
            r.outcome = CallResult::Outcome::Success;
            r.balance = b.balance;
        } else {
            r.outcome = CallResult::Outcome::PlatformError;
            r.code = b.code;
            r.message = ResultCodes::chinese(b.code, m_kind);
        }
    } else {
        const PlatformAnswer a = responses::parseAnswer(resp.body, m_kind);
        if (!a.wellFormed) {
            r.outcome = CallResult::Outcome::Unknown;
            r.code = a.code;
            r.detail = tr("%1; the request may have been processed").arg(a.parseError);
        } else {
            r.outcome = a.code == 0 ? CallResult::Outcome::Success : CallResult::Outcome::PlatformError;
            r.code = a.code;
            r.message = a.message;
            r.id = a.id;
        }
    }

    const bool transient = r.outcome == CallResult::Outcome::NotSent || r.outcome == CallResult::Outcome::Unknown;
    if (transient && m_attempt < m_maxAttempts) {
        QTimer::singleShot(200 * m_attempt, this, &PlatformCall::start);
        return;
    }
    complete(r);
}

void PlatformCall::complete(CallResult r)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(r);
    Q_EMIT finished();
}

} // namespace mms
