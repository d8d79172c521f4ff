#pragma once

#include "protocol/Pushes.h"
#include "storage/Store.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

class QThread;

namespace mms {

class ReceiverWorker;

// Runs the push receiver (CallbackReceiver) on its own thread with its own store
// connection, so pushes are stored while the GUI thread stays free. Signals arrive in
// the thread that owns the service.
class ReceiverService : public QObject
{
    Q_OBJECT
public:
    explicit ReceiverService(QObject *parent = nullptr);
    ~ReceiverService() override;

    // Listens on address:port (0: any free port). started() or failed() follows.
    void start(const QString &databasePath, const QHostAddress &address, quint16 port, const QString &prefix = {});
    // Replies that are exactly one of these words block their sender (empty: never), at most
    // perPush numbers a push.
    void setAutoBlockKeywords(const QStringList &keywords, int perPush = Store::kDefaultAutoBlockPerPush);
    // Only these networks may push (empty: any); takes effect at the next start().
    void setAllowList(const QList<QPair<QHostAddress, int>> &allowed);
    // The three URLs to give the platform, once started.
    QUrl url(const QString &endpoint) const;
    bool isListening() const { return m_port != 0; }

Q_SIGNALS:
    void started(quint16 port);
    void failed(const QString &message);
    void reportsStored(int stored);
    void repliesStored(int stored, int matched);
    void auditStored(const QString &mmsid, int carrier, int status, bool matched);
    void recordsSkipped(const QString &endpoint, int count, const QString &firstReason);
    // Stored reports were linked to their send and their outcomes reached the recipients and
    // batches (a moment after reportsStored); matched: how many named a known send.
    void outcomesApplied(int reports, int matched);
    void connectionDropped(const QString &why);

private:
    friend class ReceiverWorker;
    QThread *m_thread;
    ReceiverWorker *m_worker;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_prefix;
    QStringList m_autoBlock;
    int m_autoBlockPerPush = Store::kDefaultAutoBlockPerPush;
    QList<QPair<QHostAddress, int>> m_allowed;
};

} // namespace mms
