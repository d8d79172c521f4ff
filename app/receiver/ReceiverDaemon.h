#pragma once

#include "ReceiverConfig.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace mms {
class CallbackReceiver;
class Database;
class Store;
} // namespace mms

// mms-receiver at run time: the store, the receiver, the log, and a graceful stop on SIGTERM
// or SIGINT (no new connections; pushes in hand answered; outcomes applied; then exit).
class ReceiverDaemon : public QObject
{
    Q_OBJECT
public:
    explicit ReceiverDaemon(ReceiverConfig config, QObject *parent = nullptr);
    ~ReceiverDaemon() override;

    // Opens the store (migrating it) and listens; false with *error.
    bool start(QString *error);
    // Asks for the graceful stop (async-signal-safe flag, read by a timer).
    static void requestStop();

    enum Priority { Error = 3, Warning = 4, Info = 6 };
    // One line to stderr; under systemd (JOURNAL_STREAM set) with the journal's priority prefix.
    static void log(Priority priority, const QString &line);

private:
    void connectLog();
    void checkStop();

    ReceiverConfig m_config;
    std::unique_ptr<mms::Database> m_db;
    std::unique_ptr<mms::Store> m_store;
    std::unique_ptr<mms::CallbackReceiver> m_receiver;
    QTimer m_poll;
    int m_drainTicks = -1;
};
