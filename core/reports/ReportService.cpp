#include "protocol/Carriers.h"
#include "reports/ReportService.h"

#include "protocol/Pushes.h"
#include "reports/CsvWriter.h"
#include "reports/RecipientStatus.h"
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
    QString error;
};

ReportService::ReportService(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new ReportWorker)
{
    qRegisterMetaType<mms::RecipientQuery>();
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
        w.db.reset();
        w.db = Database::open(databasePath, &w.error);
    });
}

void ReportService::loadDetail(qint64 campaignId)
{
    post([this, campaignId](ReportWorker &w) {
        if (!w.db)
            return;
        ReportStore store(*w.db);
        const CampaignDelivery d = store.delivery(campaignId, true);
        const QList<DeliveryPoint> timeline = store.timeline(campaignId);
        back(this, [d, timeline](ReportService *s) { Q_EMIT s->detailLoaded(d, timeline); });
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

void ReportService::exportRecipients(const RecipientQuery &query, const QString &path)
{
    m_cancelExport = false;
    post([this, query, path](ReportWorker &w) {
        auto finish = [this, path](int rows, const QString &error, bool cancelled) {
            back(this, [path, rows, error, cancelled](ReportService *s) { Q_EMIT s->exportFinished(path, rows, error, cancelled); });
        };
        if (!w.db)
            return finish(0, w.error, false);
        CsvWriter csv(path);
        if (!csv.open())
            return finish(0, csv.errorString(), false);
        RecipientPager pager(*w.db);
        const int total = pager.count(query);
        QStringList variables;
        int written = 0, permille = -1;
        constexpr int kPage = 5000;
        for (int offset = 0; offset < total; offset += kPage) {
            if (m_cancelExport) {
                csv.cancel();
                return finish(written, {}, true);
            }
            const QList<RecipientRow> rows = pager.page(query, offset, kPage);
            if (rows.isEmpty())
                break;
            if (offset == 0) {
                variables = rows.first().params.keys();
                QStringList header{QCoreApplication::translate("mms::ReportService", "Number"),
                                   QCoreApplication::translate("mms::ReportService", "Carrier"),
                                   QCoreApplication::translate("mms::ReportService", "Status"),
                                   QCoreApplication::translate("mms::ReportService", "Report code"),
                                   QCoreApplication::translate("mms::ReportService", "Reported at"),
                                   QCoreApplication::translate("mms::ReportService", "Replied")};
                csv.writeRow(header + variables);
            }
            for (const RecipientRow &r : rows) {
                QStringList fields{r.mobile, Carriers::name(r.carrier), recipientStatusText(r), r.delivery,
                                   recipientReportedAt(r),
                                   r.replied ? QCoreApplication::translate("mms::ReportService", "yes") : QString()};
                for (const QString &v : std::as_const(variables))
                    fields << r.params.value(v);
                csv.writeRow(fields);
            }
            written += int(rows.size());
            const int now = int(qint64(written) * 1000 / qMax(1, total));
            if (now != permille) {
                permille = now;
                back(this, [now](ReportService *s) { Q_EMIT s->exportProgress(now); });
            }
        }
        if (written == 0)
            csv.writeRow({QCoreApplication::translate("mms::ReportService", "Number"),
                          QCoreApplication::translate("mms::ReportService", "Status")});
        if (!csv.commit())
            return finish(written, csv.errorString(), false);
        finish(written, {}, false);
    });
}

void ReportService::exportReplies(const QString &path)
{
    m_cancelExport = false;
    post([this, path](ReportWorker &w) {
        auto finish = [this, path](int rows, const QString &error) {
            back(this, [path, rows, error](ReportService *s) { Q_EMIT s->exportFinished(path, rows, error, false); });
        };
        if (!w.db)
            return finish(0, w.error);
        CsvWriter csv(path);
        if (!csv.open())
            return finish(0, csv.errorString());
        csv.writeRow({QCoreApplication::translate("mms::ReportService", "Replied at"),
                      QCoreApplication::translate("mms::ReportService", "Number"),
                      QCoreApplication::translate("mms::ReportService", "Reply"),
                      QCoreApplication::translate("mms::ReportService", "Extension"),
                      QCoreApplication::translate("mms::ReportService", "Campaign"),
                      QCoreApplication::translate("mms::ReportService", "On the blocklist")});
        const QList<ReplyRow> replies = ReportStore(*w.db).replies(std::numeric_limits<int>::max());
        for (const ReplyRow &r : replies) {
            csv.writeRow({localPushTime(r.repliedAt), r.mobile, r.text,
                          r.extension, r.campaignName.isEmpty() && r.campaignId ? QString::number(r.campaignId) : r.campaignName,
                          r.blocked ? QCoreApplication::translate("mms::ReportService", "yes") : QString()});
        }
        if (!csv.commit())
            return finish(0, csv.errorString());
        finish(int(replies.size()), {});
    });
}

} // namespace mms
