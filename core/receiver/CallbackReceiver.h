#pragma once

#include "protocol/Pushes.h"
#include "receiver/GuardedTcpServer.h"
#include "receiver/ReceiverAccess.h"

#include <QHostAddress>
#include <QElapsedTimer>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;
class QTimer;

namespace mms {

class ReportWriter;
class Store;

// Receives the platform's pushes (PROTOCOL.md 2, 6, 7) on /report, /mo and /audit,
// optionally under a secret path prefix, and stores them. Records that cannot be read
// are reported through recordErrors(); the good records of the same push are kept.
// A push is answered 200 once it is committed. Reports are linked to their send and their
// outcomes (each recipient's delivery, the batches' counts) applied a moment later, many
// pushes at once: outcomesApplied().
class CallbackReceiver : public QObject
{
    Q_OBJECT
public:
    CallbackReceiver(Store &store, const ReceiverLimits &limits = {}, QObject *parent = nullptr);
    ~CallbackReceiver() override;

    // prefix: the secret path, e.g. /Xq3…/report. Returns the port, 0 on failure (listenError()
    // says why: anything but loopback needs a strong secret, ReceiverAccess::refusal()).
    quint16 listen(const QHostAddress &address, quint16 port, const QString &prefix = {});
    QString listenError() const { return m_listenError; }
    // Only these networks may push (empty: any); X-Forwarded-For is believed from loopback peers
    // (the local nginx) when trustForwardedFor.
    void setAllowList(const QList<QPair<QHostAddress, int>> &allowed, bool trustForwardedFor);
    int refusedPushes() const { return m_refusedPushes; }
    QUrl url(const QString &endpoint) const; // "report", "mo" or "audit"
    // Stops taking new connections (a graceful stop); pushes already received are answered.
    void stopListening();
    // Connections still open (a graceful stop waits for them a moment).
    int openConnections() const;
    // The URL of an endpoint served on address:port under prefix (any address -> 127.0.0.1).
    static QUrl urlFor(const QHostAddress &address, quint16 port, const QString &prefix, const QString &endpoint);

Q_SIGNALS:
    void reportsStored(int stored);
    void repliesStored(int stored, int matched);
    void auditStored(const mms::AuditRecord &audit, bool matched);
    void recordErrors(const QString &endpoint, const QList<mms::RecordError> &errors);
    void storageFailed(const QString &error);
    // matched: how many of the reports named a known send (the others are kept unmatched).
    void outcomesApplied(int reports, int matched);
    void connectionDropped(const QString &why);
    // A push refused: too many records, or from an address not on the allow-list.
    void pushRefused(const QString &why);

private:
    void applyOutcomes();
    // After a storage failure: a store server that went away is connected to again, so the
    // platform's next try of the push succeeds.
    void recoverStore();
    bool tooMany(const QString &endpoint, qsizetype records);

    Store &m_store;
    ReceiverLimits m_limits;
    QHttpServer *m_server;
    GuardedTcpServer *m_tcp = nullptr;
    std::unique_ptr<ReportWriter> m_reports;
    QTimer *m_apply;
    QElapsedTimer m_waiting; // since the oldest push not yet applied
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_prefix;
    ReceiverAccess m_access;
    QString m_listenError;
    int m_refusedPushes = 0;
};

} // namespace mms
