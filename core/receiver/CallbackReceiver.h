#pragma once

#include "protocol/Pushes.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

class QHttpServer;

namespace mms {

class Store;

// Receives the platform's pushes (PROTOCOL.md 2, 6, 7) on /report, /mo and /audit,
// optionally under a secret path prefix, and stores them. Records that cannot be read
// are reported through recordErrors(); the good records of the same push are kept.
class CallbackReceiver : public QObject
{
    Q_OBJECT
public:
    CallbackReceiver(Store &store, QObject *parent = nullptr);
    ~CallbackReceiver() override;

    // prefix: e.g. "s3cr3t" serves /s3cr3t/report. Returns the port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port, const QString &prefix = {});
    QUrl url(const QString &endpoint) const; // "report", "mo" or "audit"
    // The URL of an endpoint served on address:port under prefix (any address -> 127.0.0.1).
    static QUrl urlFor(const QHostAddress &address, quint16 port, const QString &prefix, const QString &endpoint);

Q_SIGNALS:
    void reportsStored(int stored, int matched);
    void repliesStored(int stored, int matched);
    void auditStored(const mms::AuditRecord &audit, bool matched);
    void recordErrors(const QString &endpoint, const QList<mms::RecordError> &errors);
    void storageFailed(const QString &error);

private:
    Store &m_store;
    QHttpServer *m_server;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_prefix;
};

} // namespace mms
