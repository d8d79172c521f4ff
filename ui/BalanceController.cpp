#include "BalanceController.h"

#include "account/SecretStore.h"
#include "net/PlatformClient.h"
#include "util/Config.h"
#include "sim/Sandbox.h"
#include "storage/Database.h"
#include "storage/Store.h"
#include "util/DataPaths.h"

#include <QCoreApplication>
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
    , m_secrets(new SecretStore(this))
{
    m_client->setTimeoutMs(15000);
    m_timer->setInterval(60000);
    connect(m_timer, &QTimer::timeout, this, &BalanceController::refresh);
}

void BalanceController::setRefreshIntervalMs(int ms)
{
    m_timer->setInterval(ms);
}

void BalanceController::switchTo(const QString &accountName)
{
    Config().setActiveAccount(accountName == u"sandbox"_s ? QString() : accountName);
    m_timer->stop();
    m_ready = false;
    start();
}

void BalanceController::start()
{
    ++m_generation;
    const QString active = Config().activeAccount();
    if (active.isEmpty())
        startSandbox();
    else
        startReal(active);
}

void BalanceController::startReal(const QString &name)
{
    const QString dbPath = m_databasePath;
    QPointer<BalanceController> self(this);
    const int generation = m_generation;
    QThread *worker = QThread::create([self, dbPath, name, generation] {
        QString error;
        std::optional<Account> account;
        if (auto db = Database::open(dbPath, &error))
            account = Store(*db).account(name);
        QMetaObject::invokeMethod(qApp, [self, account, name, error, generation] {
            if (!self || generation != self->m_generation)
                return;
            if (!account) {
                Q_EMIT self->failed(tr("Account %1 is not in the store (%2); using the sandbox.").arg(name, error));
                Config().setActiveAccount({});
                self->startSandbox();
                return;
            }
            self->m_secrets->read(name, [self, account, generation](const SecretStore::Result &r) {
                if (!self || generation != self->m_generation)
                    return;
                if (r.outcome != SecretStore::Outcome::Ok) {
                    const QString why = r.outcome == SecretStore::Outcome::NotFound ? tr("no password is stored for it") : r.error;
                    Q_EMIT self->passwordNeeded(account->name, why);
                    Q_EMIT self->failed(tr("Account %1 cannot be used: %2. Enter its password in Account → Accounts….").arg(account->name, why));
                    return;
                }
                Account a = *account;
                a.password = r.password;
                self->onAccountPrepared(a, {});
            });
        }, Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void BalanceController::startSandbox()
{
    // Starting the sandbox and opening the store can take seconds: a worker thread does it.
    const QString dbPath = m_databasePath;
    QString program = qEnvironmentVariable("MMS_SIMULATOR");
    if (program.isEmpty())
        program = Sandbox::simulatorProgram();
    QPointer<BalanceController> self(this);
    const int generation = m_generation;
    QThread *worker = QThread::create([self, dbPath, program, generation] {
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
            QMetaObject::invokeMethod(self, [self, account, error, generation] {
                if (self && generation == self->m_generation)
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
    const int generation = m_generation;
    connect(call, &PlatformCall::finished, this, [this, call, generation] {
        m_querying = false;
        if (generation != m_generation) {
            call->deleteLater();
            return;
        }
        call->deleteLater();
        const CallResult &r = call->result();
        if (r.ok())
            Q_EMIT balanceChanged(r.balance);
        else
            Q_EMIT failed(tr("Balance query failed: %1").arg(r.summary()));
    });
}

} // namespace mms
