#pragma once

#include "net/PlatformCall.h"
#include "protocol/Account.h"
#include "protocol/Requests.h"

#include <QObject>

namespace mms {

// Asynchronous client for the four platform calls. Each method returns a PlatformCall
// owned by the client; connect to its finished() signal. Sends are never repeated by
// the client; only the balance query is retried (it changes nothing on the platform).
class PlatformClient : public QObject
{
    Q_OBJECT
public:
    explicit PlatformClient(QObject *parent = nullptr);

    void setAccount(const Account &account) { m_account = account; }
    const Account &account() const { return m_account; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setBalanceAttempts(int n) { m_balanceAttempts = n; }
    // Trusted in addition to the system's certificates, for https platforms behind a private CA.
    void setCaCertificates(const QList<QSslCertificate> &certificates) { m_caCertificates = certificates; }

    PlatformCall *queryBalance();
    PlatformCall *saveTemplate(const MmsTemplate &tpl, AttachmentEncoding encoding = AttachmentEncoding::Hex16);
    PlatformCall *sendTask(const QString &mmsid, const QStringList &mobiles, const QString &sub = {},
                           const QMap<QString, QString> &sharedVars = {});
    PlatformCall *sendVariableTask(const QString &mmsid, const QString &sub, const QList<VariableEntry> &entries);

private:
    PlatformCall *post(CallKind kind, const QString &endpoint, const std::optional<QByteArray> &body,
                       const QString &error);
    Account m_account;
    int m_timeoutMs = 30000;
    int m_balanceAttempts = 3;
    QList<QSslCertificate> m_caCertificates;
};

} // namespace mms
