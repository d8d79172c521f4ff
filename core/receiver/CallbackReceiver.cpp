#include "receiver/CallbackReceiver.h"

#include "storage/Store.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

using namespace Qt::Literals::StringLiterals;

namespace mms {

CallbackReceiver::CallbackReceiver(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_server(new QHttpServer(this))
{
}

CallbackReceiver::~CallbackReceiver() = default;

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
        const auto stored = m_store.storeReports(batch.records, &error);
        if (!stored) {
            Q_EMIT storageFailed(error);
            return text("storage failure", Status::InternalServerError);
        }
        Q_EMIT reportsStored(stored->stored, stored->matched);
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
            return text("storage failure", Status::InternalServerError);
        }
        Q_EMIT auditStored(*audit, matched);
        return text("ok", Status::Ok);
    });
    m_address = address;
    m_port = m_server->listen(address, port);
    return m_port;
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
