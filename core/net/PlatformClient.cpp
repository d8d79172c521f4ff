#include "net/PlatformClient.h"

#include <QNetworkAccessManager>

using namespace Qt::Literals::StringLiterals;

namespace mms {

PlatformClient::PlatformClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
}

QNetworkRequest PlatformClient::baseRequest(const QUrl &url) const
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("MMSStudio/" MMS_VERSION));
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return req;
}

PlatformCall *PlatformClient::queryBalance()
{
    QString error;
    const auto url = requests::queryBalanceUrl(m_account, &error);
    if (!url)
        return new PlatformCall(CallKind::QueryBalance, error, this);
    return new PlatformCall(m_nam, CallKind::QueryBalance, baseRequest(*url), {}, true, m_timeoutMs,
                            m_balanceAttempts, this);
}

PlatformCall *PlatformClient::post(CallKind kind, const QString &endpoint,
                                   const std::optional<QByteArray> &body, const QString &error)
{
    if (!body)
        return new PlatformCall(kind, error, this);
    QNetworkRequest req = baseRequest(m_account.endpoint(endpoint));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json; charset=utf-8"));
    // A fresh connection per call: Qt may silently resend a request over a reused
    // keep-alive connection that the server closed, and a send must never go twice.
    req.setRawHeader("Connection", "close");
    return new PlatformCall(m_nam, kind, req, *body, false, m_timeoutMs, 1, this);
}

PlatformCall *PlatformClient::saveTemplate(const MmsTemplate &tpl, AttachmentEncoding encoding)
{
    QString error;
    const auto body = requests::saveMmsModel(m_account, tpl, encoding, &error);
    return post(CallKind::SaveTemplate, u"SaveMmsModel.do"_s, body, error);
}

PlatformCall *PlatformClient::sendTask(const QString &mmsid, const QStringList &mobiles, const QString &sub,
                                       const QMap<QString, QString> &sharedVars)
{
    QString error;
    const auto body = requests::sendMmsTask(m_account, mmsid, mobiles, sub, sharedVars, &error);
    return post(CallKind::SendTask, u"SendMmsTask.do"_s, body, error);
}

PlatformCall *PlatformClient::sendVariableTask(const QString &mmsid, const QString &sub,
                                               const QList<VariableEntry> &entries)
{
    QString error;
    const auto body = requests::sendVariableMmsTask(m_account, mmsid, sub, entries, &error);
    return post(CallKind::SendVariableTask, u"SendVariableMmsTask.do"_s, body, error);
}

} // namespace mms
