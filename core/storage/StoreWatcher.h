#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

class QThread;

namespace mms {

class StoreWatcherWorker;

// Learns what other studios, mmsctl and mms-receiver changed in a shared PostgreSQL store,
// without polling its tables: a connection of its own, on its own thread, listens to the
// store's change notices (LISTEN/NOTIFY, through QSqlDriver::subscribeToNotification) and
// changed() reports the kinds (reports, outcomes, replies, audits, templates, campaigns,
// blocklist) at most a few times a second. Does nothing on an SQLite store.
class StoreWatcher : public QObject
{
    Q_OBJECT
public:
    explicit StoreWatcher(QObject *parent = nullptr);
    ~StoreWatcher() override;

    // Starts watching the store at this location (a postgresql:// one; others are ignored).
    void start(const QString &location);
    // Stops watching, at once: a connection attempt in progress ends on the watcher's thread.
    void stop();
    bool isWatching() const { return m_thread != nullptr; }

Q_SIGNALS:
    void changed(const QStringList &kinds);
    // Listening works (again): after a lost connection, a refresh of everything is due.
    void listening();
    void failed(const QString &message);

private:
    void noteChange(const QString &kind);

    QThread *m_thread = nullptr;
    StoreWatcherWorker *m_worker = nullptr;
    QSet<QString> m_pending;
    QTimer m_flush;
};

} // namespace mms
