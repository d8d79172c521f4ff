#include "net/PlatformCall.h"

#include "protocol/Responses.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mms::PlatformCall", text);
}

bool neverLeft(QNetworkReply::NetworkError e)
{
    // Errors that happen before a connection carries the request.
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}
} // namespace

PlatformCall::PlatformCall(QNetworkAccessManager *nam, CallKind kind, QNetworkRequest request,
                           QByteArray body, bool isGet, int timeoutMs, int maxAttempts, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_kind(kind)
    , m_request(std::move(request))
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
    m_reply = m_isGet ? m_nam->get(m_request) : m_nam->post(m_request, m_body);
    connect(m_reply, &QNetworkReply::finished, this, &PlatformCall::onReplyFinished);
    if (m_timeoutMs > 0)
        m_timer->start(m_timeoutMs);
}

void PlatformCall::abort()
{
    if (m_reply)
        m_reply->abort();
}

void PlatformCall::onTimeout()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void PlatformCall::onReplyFinished()
{
    m_timer->stop();
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;

    CallResult r;
    r.kind = m_kind;
    r.attempts = m_attempt;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError err = reply->error();
    const QByteArray body = reply->readAll();

    if (m_timedOut) {
        r.outcome = CallResult::Outcome::Unknown;
        r.detail = tr("no answer from the platform within %1 s; the request may have arrived").arg(m_timeoutMs / 1000.0);
    } else if (err != QNetworkReply::NoError && r.httpStatus == 0) {
        r.outcome = neverLeft(err) ? CallResult::Outcome::NotSent : CallResult::Outcome::Unknown;
        r.detail = neverLeft(err)
                       ? tr("could not reach the platform (%1); nothing was sent").arg(reply->errorString())
                       : tr("the connection failed (%1); the request may have arrived").arg(reply->errorString());
    } else if (r.httpStatus != 200) {
        r.outcome = CallResult::Outcome::Unknown;
        r.detail = tr("the platform answered HTTP %1; the request may have been processed").arg(r.httpStatus);
    } else if (m_kind == CallKind::QueryBalance) {
        const BalanceAnswer b = responses::parseBalance(body);
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
        const PlatformAnswer a = responses::parseAnswer(body, m_kind);
        if (!a.wellFormed) {
            r.outcome = CallResult::Outcome::Unknown;
            r.code = a.code;
            r.detail = a.parseError;
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
