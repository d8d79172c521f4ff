#include "storage/StoreWatcher.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSqlDriver>
#include <QThread>
#include <QVariant>

#include <memory>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace mms {

namespace {
constexpr int kCoalesceMs = 300;  // notices of one burst become one refresh
constexpr int kCheckMs = 5000;    // how often a silent connection is checked
} // namespace

// Lives on the watcher's thread, with its own connection.
class StoreWatcherWorker : public QObject
{
    Q_OBJECT
public:
    explicit StoreWatcherWorker(QString location)
        : m_location(std::move(location))
    {
    }

    void begin()
    {
        m_check = new QTimer(this);
        connect(m_check, &QTimer::timeout, this, &StoreWatcherWorker::check);
        m_check->start(kCheckMs);
        subscribe();
    }
    void end()
    {
        delete m_check; // a timer is stopped on its own thread
        m_check = nullptr;
        if (m_db)
            m_db->db().driver()->unsubscribeFromNotification(QString::fromLatin1(sql::kChangesChannel));
        m_db.reset();
    }

Q_SIGNALS:
    void notice(const QString &kind);
    void listening();
    void failed(const QString &message);

private:
    void subscribe()
    {
        QString error;
        if (!m_db)
            m_db = Database::open(m_location, &error);
        else if (!m_db->reconnect(&error))
            return fail(error);
        if (!m_db)
            return fail(error);
        QSqlDriver *driver = m_db->db().driver();
        if (!m_connected) { // the driver stays the same across reconnects
            m_connected = true;
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                        Q_EMIT notice(payload.toString());
                    });
        }
        if (!driver->subscribeToNotification(QString::fromLatin1(sql::kChangesChannel)))
            return fail(u"cannot listen to the store's change notices"_s);
        m_subscribed = true;
        m_failing = false;
        Q_EMIT listening();
    }
    // Said once per outage, not at every try (one every few seconds while the server is away).
    void fail(const QString &error)
    {
        if (!std::exchange(m_failing, true))
            Q_EMIT failed(error);
    }
    // A server restart ends the subscription silently: checked now and then, renewed.
    void check()
    {
        if (m_db && m_subscribed && m_db->ping())
            return;
        m_subscribed = false;
        subscribe();
    }

    QString m_location;
    std::unique_ptr<Database> m_db;
    QTimer *m_check = nullptr;
    bool m_subscribed = false;
    bool m_connected = false;
    bool m_failing = false;
};

StoreWatcher::StoreWatcher(QObject *parent)
    : QObject(parent)
{
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, [this] {
        QStringList kinds(m_pending.cbegin(), m_pending.cend());
        kinds.sort();
        m_pending.clear();
        Q_EMIT changed(kinds);
    });
}

StoreWatcher::~StoreWatcher()
{
    stop();
}

namespace {
// Watcher threads that were stopped while still busy (connecting to a server that does not
// answer takes up to the 5 s connect timeout): nobody waits for them but the application's
// end, so that no thread outlives it.
QList<QPointer<QThread>> &lingering()
{
    static QList<QPointer<QThread>> threads;
    return threads;
}

void waitForLingering()
{
    for (const QPointer<QThread> &t : std::as_const(lingering()))
        if (t)
            t->wait();
    lingering().clear();
}
} // namespace

void StoreWatcher::start(const QString &location)
{
    stop();
    if (!Database::isPostgres(location))
        return;
    m_thread = new QThread; // no parent: it may outlive this watcher, see stop()
    m_thread->setObjectName(u"store-watcher"_s);
    m_worker = new StoreWatcherWorker(location);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &StoreWatcherWorker::notice, this, &StoreWatcher::noteChange);
    connect(m_worker, &StoreWatcherWorker::listening, this, &StoreWatcher::listening);
    connect(m_worker, &StoreWatcherWorker::failed, this, &StoreWatcher::failed);
    connect(m_thread, &QThread::started, m_worker, &StoreWatcherWorker::begin);
    m_thread->start();
}

// Returns at once: the worker ends on its own thread when it is free (a connection attempt in
// progress is not interrupted), and the thread then goes. The window that stops it (closing,
// switching workspace) does not wait for a server that does not answer.
void StoreWatcher::stop()
{
    if (!m_thread)
        return;
    StoreWatcherWorker *worker = std::exchange(m_worker, nullptr);
    QThread *thread = std::exchange(m_thread, nullptr);
    disconnect(worker, nullptr, this, nullptr);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QMetaObject::invokeMethod(
        worker,
        [worker, thread] {
            worker->end();
            delete worker;
            thread->quit();
        },
        Qt::QueuedConnection);
    static const bool registered = [] {
        qAddPostRoutine(waitForLingering);
        return true;
    }();
    Q_UNUSED(registered);
    lingering().removeAll(nullptr);
    lingering().append(thread);
}

void StoreWatcher::noteChange(const QString &kind)
{
    m_pending.insert(kind);
    if (!m_flush.isActive())
        m_flush.start(kCoalesceMs);
}

} // namespace mms

#include "StoreWatcher.moc"
