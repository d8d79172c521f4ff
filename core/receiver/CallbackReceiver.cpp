#include "receiver/CallbackReceiver.h"

#include "storage/Database.h"
#include "receiver/ReceiverAccess.h"
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
    // Beyond this computer the secret path is the only thing between a stranger and the store.
    m_listenError = ReceiverAccess::refusal(address, prefix);
    if (!m_listenError.isEmpty())
        return 0;
    m_prefix = prefix;
    m_access.secret = prefix;
    using Response = QHttpServerResponse;
    using Status = QHttpServerResponder::StatusCode;
    auto text = [](const QByteArray &body, Status status) { return Response("text/plain", body, status); };

    auto report = [this, text](const QHttpServerRequest &req) {
        const auto raw = pushes::rawParameter("rpts", req.url(), req.body());
        if (!raw)
            return text("missing rpts", Status::BadRequest);
        const auto batch = pushes::parseReports(*raw);
        if (tooMany(u"report"_s, batch.records.size() + batch.errors.size()))
            return text("more than 1000 records in one push", Status::PayloadTooLarge);
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
    };
    auto mo = [this, text](const QHttpServerRequest &req) {
        const auto raw = pushes::rawParameter("mos", req.url(), req.body());
        if (!raw)
            return text("missing mos", Status::BadRequest);
        const auto batch = pushes::parseReplies(*raw);
        if (tooMany(u"mo"_s, batch.records.size() + batch.errors.size()))
            return text("more than 1000 records in one push", Status::PayloadTooLarge);
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
    };
    auto audit = [this, text](const QHttpServerRequest &req) {
        QString error;
        const auto audit = pushes::parseAudit(req.body(), &error);
        if (!audit) {
            Q_EMIT recordErrors(u"audit"_s, {RecordError{1, pushes::printable(req.body(), 200), error}});
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
    };
    // Who may push: the right secret (compared in constant time) from an allowed address.
    // Anything else is told what an unknown path is told, so a scanner learns nothing.
    auto guarded = [this](auto handler) {
        return [this, handler](const QString &secret, const QHttpServerRequest &req) {
            if (!m_access.secretMatches(secret))
                return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
            if (!m_access.allows(req.remoteAddress(), req.value("X-Forwarded-For"))) {
                Q_EMIT pushRefused(tr("a push from %1, which is not on the allow-list, was refused").arg(req.remoteAddress().toString()));
                return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
            }
            return handler(req);
        };
    };
    if (prefix.isEmpty()) {
        // Loopback only (refusal() above): the sandbox and a developer's machine.
        auto open = [this](auto handler) {
            return [this, handler](const QHttpServerRequest &req) {
                if (!m_access.allows(req.remoteAddress(), req.value("X-Forwarded-For")))
                    return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
                return handler(req);
            };
        };
        m_server->route(u"/report"_s, open(report));
        m_server->route(u"/mo"_s, open(mo));
        m_server->route(u"/audit"_s, open(audit));
    } else {
        m_server->route(u"/<arg>/report"_s, guarded(report));
        m_server->route(u"/<arg>/mo"_s, guarded(mo));
        m_server->route(u"/<arg>/audit"_s, guarded(audit));
    }
    // For a load balancer or a monitor: up, and the store answers. Each call reads the database,
    // so a stranger gets nothing: /healthz answers this computer (and the local nginx) only,
    // /<secret>/healthz anyone who knows the secret.
    auto health = [this](const QHttpServerRequest &) {
        const bool up = m_store.database().ping();
        return Response("application/json", up ? R"({"ok":true,"store":"ok"})" : R"({"ok":false,"store":"unreachable"})",
                        up ? Status::Ok : Status::ServiceUnavailable);
    };
    m_server->route(u"/healthz"_s, [health](const QHttpServerRequest &req) {
        if (!req.remoteAddress().isLoopback())
            return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
        return health(req);
    });
    if (!prefix.isEmpty())
        m_server->route(u"/<arg>/healthz"_s, guarded(health));
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

bool CallbackReceiver::tooMany(const QString &endpoint, qsizetype records)
{
    // PROTOCOL.md 6-7: "up to 500 records per push"; a push of more is no platform's (1000
    // leaves room for a platform that counts differently).
    if (records <= pushes::kMaxRecordsPerPush)
        return false;
    ++m_refusedPushes;
    Q_EMIT pushRefused(tr("a push of %1 records to /%2 was refused (at most %3)").arg(records).arg(endpoint).arg(pushes::kMaxRecordsPerPush));
    return true;
}

void CallbackReceiver::setAllowList(const QList<QPair<QHostAddress, int>> &allowed, bool trustForwardedFor)
{
    m_access.allowed = allowed;
    m_access.trustForwardedFor = trustForwardedFor;
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
