#include "net/PlatformClient.h"


using namespace Qt::Literals::StringLiterals;

namespace mms {

PlatformClient::PlatformClient(QObject *parent)
    : QObject(parent)
{
}

namespace {
const QByteArray kUserAgent = "MMSStudio/" MMS_VERSION;
}

PlatformCall *PlatformClient::queryBalance()
{
    QString error;
    const auto url = requests::queryBalanceUrl(m_account, &error);
    if (!url)
        return new PlatformCall(CallKind::QueryBalance, error, this);
    // The balance query changes nothing on the platform, so it alone may be retried.
    auto *call = new PlatformCall(CallKind::QueryBalance, *url, {{"User-Agent", kUserAgent}}, {}, true, m_timeoutMs,
                                  m_balanceAttempts, this);
    call->setCaCertificates(m_caCertificates);
    return call;
}

PlatformCall *PlatformClient::post(CallKind kind, const QString &endpoint,
                                   const std::optional<QByteArray> &body, const QString &error)
{
    if (!body)
        return new PlatformCall(kind, error, this);
    // One attempt, on its own connection (see HttpExchange for why not QNetworkAccessManager).
    auto *call = new PlatformCall(kind, m_account.endpoint(endpoint),
                                  {{"User-Agent", kUserAgent}, {"Content-Type", "application/json; charset=utf-8"}},
                                  *body, false, m_timeoutMs, 1, this);
    call->setCaCertificates(m_caCertificates);
    return call;
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
