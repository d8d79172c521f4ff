#include "receiver/ReceiverService.h"

#include "receiver/CallbackReceiver.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QPointer>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace mms {

class ReceiverWorker : public QObject
{
public:
    std::unique_ptr<Database> db;
    std::unique_ptr<Store> store;
    std::unique_ptr<CallbackReceiver> receiver;

    ~ReceiverWorker() override
    {
        receiver.reset();
        store.reset();
        db.reset();
    }
};

ReceiverService::ReceiverService(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new ReceiverWorker)
{
    m_thread->setObjectName(u"receiver"_s);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

ReceiverService::~ReceiverService()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QUrl ReceiverService::url(const QString &endpoint) const
{
    return CallbackReceiver::urlFor(m_address, m_port, m_prefix, endpoint);
}

void ReceiverService::setAutoBlockKeywords(const QStringList &keywords, int perPush)
{
    m_autoBlock = keywords;
    m_autoBlockPerPush = perPush;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, keywords, perPush] {
        if (w->store) {
            w->store->setAutoBlockKeywords(keywords);
            w->store->setAutoBlockPerPush(perPush);
        }
    }, Qt::QueuedConnection);
}

void ReceiverService::setAllowList(const QList<QPair<QHostAddress, int>> &allowed)
{
    m_allowed = allowed;
}

void ReceiverService::start(const QString &databasePath, const QHostAddress &address, quint16 port, const QString &prefix)
{
    QPointer<ReceiverService> self(this);
    auto back = [self](auto fn) {
        QMetaObject::invokeMethod(self, [self, fn] {
            if (self)
                fn(self.data());
        }, Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(m_worker, [w = m_worker, databasePath, address, port, prefix, back, keywords = m_autoBlock,
                                         perPush = m_autoBlockPerPush, allowed = m_allowed] {
        QString error;
        w->receiver.reset();
        w->store.reset();
        w->db = Database::open(databasePath, &error);
        if (!w->db) {
            back([error](ReceiverService *s) { Q_EMIT s->failed(error); });
            return;
        }
        w->store = std::make_unique<Store>(*w->db);
        w->store->setAutoBlockKeywords(keywords);
        w->store->setAutoBlockPerPush(perPush);
        w->receiver = std::make_unique<CallbackReceiver>(*w->store);
        CallbackReceiver *r = w->receiver.get();
        r->setAllowList(allowed, false);
        QObject::connect(r, &CallbackReceiver::reportsStored, r, [back](int stored) {
            back([stored](ReceiverService *s) { Q_EMIT s->reportsStored(stored); });
        });
        QObject::connect(r, &CallbackReceiver::repliesStored, r, [back](int stored, int matched) {
            back([stored, matched](ReceiverService *s) { Q_EMIT s->repliesStored(stored, matched); });
        });
        QObject::connect(r, &CallbackReceiver::auditStored, r, [back](const AuditRecord &a, bool matched) {
            back([a, matched](ReceiverService *s) { Q_EMIT s->auditStored(a.mmsid, a.carrier, a.status, matched); });
        });
        QObject::connect(r, &CallbackReceiver::recordErrors, r, [back](const QString &endpoint, const QList<RecordError> &errors) {
            const int n = int(errors.size());
            const QString reason = errors.isEmpty() ? QString() : errors.first().reason;
            back([endpoint, n, reason](ReceiverService *s) { Q_EMIT s->recordsSkipped(endpoint, n, reason); });
        });
        QObject::connect(r, &CallbackReceiver::outcomesApplied, r, [back](int n, int matched) {
            back([n, matched](ReceiverService *s) { Q_EMIT s->outcomesApplied(n, matched); });
        });
        QObject::connect(r, &CallbackReceiver::connectionDropped, r, [back](const QString &why) {
            back([why](ReceiverService *s) { Q_EMIT s->connectionDropped(why); });
        });
        QObject::connect(r, &CallbackReceiver::storageFailed, r, [back](const QString &e) {
            back([e](ReceiverService *s) { Q_EMIT s->failed(e); });
        });
        const quint16 actual = r->listen(address, port, prefix);
        if (actual == 0) {
            const QString refused = r->listenError();
            back([address, port, refused](ReceiverService *s) {
                Q_EMIT s->failed(!refused.isEmpty() ? refused
                                                    : tr("The receiver cannot listen on %1:%2 (is the port in use?)").arg(address.toString()).arg(port));
            });
            return;
        }
        back([address, actual, prefix](ReceiverService *s) {
            s->m_address = address;
            s->m_port = actual;
            s->m_prefix = prefix;
            Q_EMIT s->started(actual);
        });
    }, Qt::QueuedConnection);
}

} // namespace mms
