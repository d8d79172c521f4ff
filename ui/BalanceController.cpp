#include "BalanceController.h"

#include "net/PlatformClient.h"
#include "sim/Sandbox.h"
#include "storage/Database.h"
#include "storage/Store.h"
#include "util/DataPaths.h"

#include <QPointer>
#include <QThread>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace mms {

BalanceController::BalanceController(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_client(new PlatformClient(this))
    , m_timer(new QTimer(this))
{
    m_client->setTimeoutMs(15000);
    m_timer->setInterval(60000);
    connect(m_timer, &QTimer::timeout, this, &BalanceController::refresh);
}

void BalanceController::setRefreshIntervalMs(int ms)
{
    m_timer->setInterval(ms);
}

void BalanceController::start()
{
    // Starting the sandbox and opening the store can take seconds: a worker thread does it.
    const QString dbPath = m_databasePath;
    QString program = qEnvironmentVariable("MMS_SIMULATOR");
    if (program.isEmpty())
        program = Sandbox::simulatorProgram();
    QPointer<BalanceController> self(this);
    QThread *worker = QThread::create([self, dbPath, program] {
        QString error;
        Account account;
        if (const auto info = Sandbox::ensureRunning(paths::sandboxDir(), program, &error)) {
            account = Sandbox::account(info->baseUrl);
            if (auto db = Database::open(dbPath, &error)) {
                Store store(*db);
                if (store.saveAccount(account, &error))
                    error.clear();
            }
        }
        if (self)
            QMetaObject::invokeMethod(self, [self, account, error] {
                if (self)
                    self->onAccountPrepared(account, error);
            }, Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void BalanceController::onAccountPrepared(const Account &account, const QString &error)
{
    if (account.baseUrl.isEmpty()) {
        Q_EMIT failed(tr("The sandbox platform could not be started: %1").arg(error));
        return;
    }
    if (!error.isEmpty())
        Q_EMIT failed(tr("The local store could not be opened: %1").arg(error));
    m_account = account;
    m_client->setAccount(account);
    m_ready = true;
    Q_EMIT accountReady(account);
    refresh();
    m_timer->start();
}

void BalanceController::refresh()
{
    if (!m_ready || m_querying)
        return;
    m_querying = true;
    PlatformCall *call = m_client->queryBalance();
    connect(call, &PlatformCall::finished, this, [this, call] {
        m_querying = false;
        call->deleteLater();
        const CallResult &r = call->result();
        if (r.ok())
            Q_EMIT balanceChanged(r.balance);
        else
            Q_EMIT failed(tr("Balance query failed: %1").arg(r.summary()));
    });
}

} // namespace mms
