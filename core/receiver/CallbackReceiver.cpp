#include "receiver/CallbackReceiver.h"

#include "storage/Database.h"
#include "storage/ReportWriter.h"
#include "storage/Store.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace mms {

namespace {
// Reports applied per transaction: short enough not to hold the write lock for long.
constexpr int kApplyChunk = 20000;
// Pushes are linked and applied once they pause this long, so a burst is answered at the
// rate of bare appends; under a steady stream, at least this often.
constexpr int kApplyDelayMs = 1000;
constexpr int kApplyMaxLagMs = 3000;
} // namespace

CallbackReceiver::CallbackReceiver(Store &store, const ReceiverLimits &limits, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_limits(limits)
    , m_server(new QHttpServer(this))
    , m_reports(std::make_unique<ReportWriter>(store.database()))
    , m_apply(new QTimer(this))
{
    m_apply->setSingleShot(true);
    connect(m_apply, &QTimer::timeout, this, &CallbackReceiver::applyOutcomes);
}

CallbackReceiver::~CallbackReceiver()
{
    // What was answered 200 is already stored; its outcomes are applied now rather than at the next start.
    QString error;
    while (m_reports->applyOutcomes(kApplyChunk, &error) == kApplyChunk) {
    }
}

void CallbackReceiver::applyOutcomes()
{
    QString error;
    int matched = 0;
    const int n = m_reports->applyOutcomes(kApplyChunk, &error, &matched);
    m_waiting.invalidate();
    if (n < 0) {
        Q_EMIT storageFailed(error);
        recoverStore();
        m_apply->start(kApplyDelayMs); // the store may be busy; try again
        return;
    }
    if (n == kApplyChunk)
        m_apply->start(0);
    if (n > 0)
        Q_EMIT outcomesApplied(n, matched);
}

quint16 CallbackReceiver::listen(const QHostAddress &address, quint16 port, const QString &prefix)
{
    m_prefix = prefix;
    const QString base = prefix.isEmpty() ? u"/"_s : u"/%1/"_s.arg(prefix);
    using Response = QHttpServerResponse;
    using Status = QHttpServerResponder::StatusCode;
    auto text = [](const QByteArray &body, Status status) { return Response("text/plain", body, status); };

    m_server->route(base + u"report"_s, [this, text](const QHttpServerRequest &req) {
        const auto raw = pushes::rawParameter("rpts", req.url(), req.body());
        if (!raw)
            return text("missing rpts", Status::BadRequest);
        const auto batch = pushes::parseReports(*raw);
        if (!batch.errors.isEmpty())
            Q_EMIT recordErrors(u"report"_s, batch.errors);
        QString error;
        const auto stored = m_reports->store(batch.records, &error);
        if (!stored) {
            Q_EMIT storageFailed(error);
            recoverStore();
            return text("storage failure", Status::InternalServerError);
        }
        // Each push puts the apply off until the pushes pause, but never past the longest lag.
        if (!m_waiting.isValid())
            m_waiting.start();
        m_apply->start(int(qBound(qint64(0), kApplyMaxLagMs - m_waiting.elapsed(), qint64(kApplyDelayMs))));
        Q_EMIT reportsStored(stored->stored);
        return text("ok", Status::Ok);
    });
    m_server->route(base + u"mo"_s, [this, text](const QHttpServerRequest &req) {
        const auto raw = pushes::rawParameter("mos", req.url(), req.body());
        if (!raw)
            return text("missing mos", Status::BadRequest);
        const auto batch = pushes::parseReplies(*raw);
        if (!batch.errors.isEmpty())
            Q_EMIT recordErrors(u"mo"_s, batch.errors);
        QString error;
        const auto stored = m_store.storeReplies(batch.records, &error);
        if (!stored) {
            Q_EMIT storageFailed(error);
            recoverStore();
            return text("storage failure", Status::InternalServerError);
        }
        Q_EMIT repliesStored(stored->stored, stored->matched);
        return text("ok", Status::Ok);
    });
    m_server->route(base + u"audit"_s, [this, text](const QHttpServerRequest &req) {
        QString error;
        const auto audit = pushes::parseAudit(req.body(), &error);
        if (!audit) {
            Q_EMIT recordErrors(u"audit"_s, {RecordError{1, QString::fromUtf8(req.body().left(200)), error}});
            return text(error.toUtf8(), Status::BadRequest);
        }
        const bool matched = m_store.recordAudit(*audit, &error);
        if (!error.isEmpty()) {
            Q_EMIT storageFailed(error);
            recoverStore();
            return text("storage failure", Status::InternalServerError);
        }
        Q_EMIT auditStored(*audit, matched);
        return text("ok", Status::Ok);
    });
    // For a load balancer or a monitor: up, and the store answers. Outside the secret prefix.
    m_server->route(u"/healthz"_s, [this](const QHttpServerRequest &) {
        const bool up = m_store.database().ping();
        return Response("application/json", up ? R"({"ok":true,"store":"ok"})" : R"({"ok":false,"store":"unreachable"})",
                        up ? Status::Ok : Status::ServiceUnavailable);
    });
    m_address = address;
    m_tcp = new GuardedTcpServer(m_limits, this);
    connect(m_tcp, &GuardedTcpServer::connectionDropped, this, &CallbackReceiver::connectionDropped);
    if (!m_tcp->listen(address, port)) {
        delete m_tcp;
        m_tcp = nullptr;
        return 0;
    }
    m_server->bind(m_tcp);
    m_port = m_tcp->serverPort();
    m_apply->start(0); // reports stored before a crash or a stop
    return m_port;
}

void CallbackReceiver::stopListening()
{
    if (m_tcp)
        m_tcp->close();
}

int CallbackReceiver::openConnections() const
{
    return m_tcp ? m_tcp->openConnections() : 0;
}

void CallbackReceiver::recoverStore()
{
    Database &db = m_store.database();
    if (db.ping())
        return;
    QString error;
    if (!db.reconnect(&error)) {
        Q_EMIT storageFailed(error);
        return;
    }
    m_reports = std::make_unique<ReportWriter>(db); // its statements belonged to the old connection
}

QUrl CallbackReceiver::url(const QString &endpoint) const
{
    return urlFor(m_address, m_port, m_prefix, endpoint);
}

QUrl CallbackReceiver::urlFor(const QHostAddress &address, quint16 port, const QString &prefix, const QString &endpoint)
{
    QString host = address.toString();
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address.isNull())
        host = u"127.0.0.1"_s;
    const QString path = prefix.isEmpty() ? QString() : prefix + u'/';
    return QUrl(u"http://%1:%2/%3%4"_s.arg(host).arg(port).arg(path, endpoint));
}

} // namespace mms
