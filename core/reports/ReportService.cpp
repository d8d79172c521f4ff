#include "protocol/Carriers.h"
#include "reports/ReportService.h"

#include "protocol/Pushes.h"
#include "reports/Exports.h"
#include "reports/ResultsExport.h"
#include "reports/RecipientStatus.h"
#include "storage/BreakdownReader.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace mms {

class ReportWorker : public QObject
{
public:
    std::unique_ptr<Database> db;
    std::unique_ptr<BreakdownReader> breakdowns; // keeps what it read, per campaign
    QString error;
};

ReportService::ReportService(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new ReportWorker)
{
    qRegisterMetaType<mms::RecipientQuery>();
    qRegisterMetaType<mms::ReplyQuery>();
    qRegisterMetaType<mms::CampaignBreakdown>();
    qRegisterMetaType<QList<mms::CampaignBreakdown>>();
    m_thread->setObjectName(u"reports"_s);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

ReportService::~ReportService()
{
    m_cancelExport = true;
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void ReportService::post(std::function<void(ReportWorker &)> fn)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, fn = std::move(fn)] { fn(*w); }, Qt::QueuedConnection);
}

namespace {
// Runs fn in the service's thread, unless the service is gone by then.
template<typename Fn>
void back(ReportService *service, Fn fn)
{
    QPointer<ReportService> self(service);
    QMetaObject::invokeMethod(service, [self, fn] {
        if (self)
            fn(self.data());
    }, Qt::QueuedConnection);
}
} // namespace

void ReportService::open(const QString &databasePath)
{
    post([databasePath](ReportWorker &w) {
        w.breakdowns.reset();
        w.db.reset();
        w.db = Database::open(databasePath, &w.error);
        if (w.db)
            w.breakdowns = std::make_unique<BreakdownReader>(*w.db);
    });
}

void ReportService::loadBreakdown(qint64 campaignId, quint64 ticket)
{
    post([this, campaignId, ticket](ReportWorker &w) {
        QString error = w.error;
        const std::optional<CampaignBreakdown> b = w.breakdowns ? w.breakdowns->read(campaignId, &error) : std::nullopt;
        if (!b && w.db) {
            QString again;
            w.db->reconnect(&again);
        }
        const QString message = b ? QString() : QCoreApplication::translate("mms::CampaignService", "Cannot read the store: %1").arg(error);
        back(this, [ticket, b, message](ReportService *s) { Q_EMIT s->breakdownLoaded(ticket, b.value_or(CampaignBreakdown()), message); });
    });
}

void ReportService::loadDetail(qint64 campaignId)
{
    post([this, campaignId](ReportWorker &w) {
        if (!w.db)
            return;
        ReportStore store(*w.db);
        QString error;
        const CampaignDelivery d = store.delivery(campaignId, true, &error);
        const QList<DeliveryPoint> timeline = store.timeline(campaignId, &error);
        if (!error.isEmpty()) {
            // Zeros would read as "nothing delivered": the last numbers shown stay, and it is said.
            QString again;
            w.db->reconnect(&again);
            back(this, [error](ReportService *s) {
                Q_EMIT s->readFailed(QCoreApplication::translate("mms::CampaignService", "Cannot read the store: %1").arg(error));
            });
            return;
        }
        back(this, [d, timeline](ReportService *s) { Q_EMIT s->detailLoaded(d, timeline); });
    });
}

void ReportService::compare(const QList<qint64> &campaignIds, quint64 ticket)
{
    post([this, campaignIds, ticket](ReportWorker &w) {
        QString error = w.error;
        QList<CampaignBreakdown> out;
        for (const qint64 id : campaignIds) {
            const std::optional<CampaignBreakdown> b = w.breakdowns ? w.breakdowns->read(id, &error) : std::nullopt;
            if (!b) {
                out.clear();
                break;
            }
            out << *b;
        }
        const QString message = out.isEmpty() && !campaignIds.isEmpty()
            ? QCoreApplication::translate("mms::CampaignService", "Cannot read the store: %1").arg(error)
            : QString();
        back(this, [ticket, out, message](ReportService *s) { Q_EMIT s->compared(ticket, out, message); });
    });
}

void ReportService::count(const RecipientQuery &query, quint64 ticket)
{
    post([this, query, ticket](ReportWorker &w) {
        const int n = w.db ? RecipientPager(*w.db).count(query) : 0;
        back(this, [ticket, n](ReportService *s) { Q_EMIT s->counted(ticket, n); });
    });
}

void ReportService::fetch(const RecipientQuery &query, int offset, int limit, quint64 ticket)
{
    post([this, query, offset, limit, ticket](ReportWorker &w) {
        const QList<RecipientRow> rows = w.db ? RecipientPager(*w.db).page(query, offset, limit) : QList<RecipientRow>();
        back(this, [ticket, offset, rows](ReportService *s) { Q_EMIT s->fetched(ticket, offset, rows); });
    });
}

void ReportService::countReplies(const ReplyQuery &query, quint64 ticket)
{
    post([this, query, ticket](ReportWorker &w) {
        QString error = w.error;
        const std::optional<int> n = w.db ? ReplyPager(*w.db).count(query, &error) : std::nullopt;
        back(this, [ticket, n, error](ReportService *s) { Q_EMIT s->repliesCounted(ticket, n.value_or(0), n ? QString() : error); });
    });
}

void ReportService::fetchReplies(const ReplyQuery &query, int offset, int limit, qint64 beforeId, quint64 ticket)
{
    post([this, query, offset, limit, beforeId, ticket](ReportWorker &w) {
        const auto rows = w.db ? ReplyPager(*w.db).page(query, offset, limit, beforeId) : std::nullopt;
        back(this, [ticket, offset, rows](ReportService *s) { Q_EMIT s->repliesFetched(ticket, offset, rows.value_or(QList<ReplyRow>())); });
    });
}

void ReportService::exportRecipients(const RecipientQuery &query, const QString &path)
{
    m_cancelExport = false;
    post([this, query, path](ReportWorker &w) {
        const ExportOutcome o = w.db ? mms::exportRecipients(*w.db, query, path, [this](int permille) {
            back(this, [permille](ReportService *s) { Q_EMIT s->exportProgress(permille); });
            return !m_cancelExport.load();
        })
                                     : ExportOutcome{0, w.error, false};
        back(this, [path, o](ReportService *s) { Q_EMIT s->exportFinished(path, int(o.rows), o.error, o.cancelled); });
    });
}

void ReportService::exportReplies(const ReplyQuery &query, const QString &path)
{
    m_cancelExport = false;
    post([this, query, path](ReportWorker &w) {
        const ExportOutcome o = w.db ? mms::exportReplies(*w.db, query, path, [this](int permille) {
            back(this, [permille](ReportService *s) { Q_EMIT s->exportProgress(permille); });
            return !m_cancelExport.load();
        })
                                     : ExportOutcome{0, w.error, false};
        back(this, [path, o](ReportService *s) { Q_EMIT s->exportFinished(path, int(o.rows), o.error, o.cancelled); });
    });
}

void ReportService::exportResults(qint64 campaignId, const QString &path, std::optional<BreakdownBy> only)
{
    m_cancelExport = false;
    post([this, campaignId, path, only](ReportWorker &w) {
        const ExportOutcome o = w.db ? mms::exportResults(*w.db, campaignId, path, only, [this](int permille) {
            back(this, [permille](ReportService *s) { Q_EMIT s->exportProgress(permille); });
            return !m_cancelExport.load();
        })
                                     : ExportOutcome{0, w.error, false};
        back(this, [path, o](ReportService *s) { Q_EMIT s->exportFinished(path, int(o.rows), o.error, o.cancelled); });
    });
}

} // namespace mms
