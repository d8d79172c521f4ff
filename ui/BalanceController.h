#pragma once

#include "protocol/Account.h"

#include <QObject>
#include <QString>

class QTimer;

namespace mms {

class PlatformClient;
class SecretStore;

// Brings up the account (starting the sandbox simulator off the GUI thread when the
// account is the sandbox) and keeps its balance fresh on a timer.
class BalanceController : public QObject
{
    Q_OBJECT
public:
    explicit BalanceController(const QString &databasePath, QObject *parent = nullptr);

    // Brings up the active account (Config::activeAccount): the sandbox, or a real account
    // whose password comes from the keychain.
    void start();
    void switchTo(const QString &accountName);
    void refresh();
    const Account &account() const { return m_account; }
    bool isReady() const { return m_ready; }
    void setRefreshIntervalMs(int ms);

Q_SIGNALS:
    void accountReady(const mms::Account &account);
    void balanceChanged(double balance);
    void failed(const QString &message);
    void passwordNeeded(const QString &accountName, const QString &why);

private:
    void onAccountPrepared(const Account &account, const QString &error);
    void startSandbox();
    void startReal(const QString &name);

    QString m_databasePath;
    Account m_account;
    bool m_ready = false;
    bool m_querying = false;
    PlatformClient *m_client;
    QTimer *m_timer;
    SecretStore *m_secrets;
    int m_generation = 0; // answers for an account switched away from are dropped
};

} // namespace mms
