#pragma once

#include "reports/Breakdown.h"
#include "storage/RecipientPager.h"
#include "storage/ReplyPager.h"
#include "storage/ReportStore.h"

#include <QObject>
#include <atomic>
#include <functional>

class QThread;

namespace mms {

class ReportWorker;

// The console's reading side, on a thread and a store connection of its own (WAL lets it
// read while the receiver and the sending engine write): a campaign's detail and timeline,
// pages of its recipients, and CSV exports. Every call returns at once; results arrive as
// signals in the owner's thread.
class ReportService : public QObject
{
    Q_OBJECT
public:
    explicit ReportService(QObject *parent = nullptr);
    ~ReportService() override;

    void open(const QString &databasePath);
    void loadDetail(qint64 campaignId);
    // The campaign's results by carrier, province, city and hour (BreakdownReader: a second
    // read costs only what changed since the first).
    void loadBreakdown(qint64 campaignId, quint64 ticket);
    // Campaigns side by side: each one's breakdown, in the order given.
    void compare(const QList<qint64> &campaignIds, quint64 ticket);
    // ticket: the caller's own number, given back with the answer (to drop stale ones).
    void count(const mms::RecipientQuery &query, quint64 ticket);
    void fetch(const mms::RecipientQuery &query, int offset, int limit, quint64 ticket);

    // The inbox, paged the same way (beforeId: the previous page's last reply, or 0).
    void countReplies(const mms::ReplyQuery &query, quint64 ticket);
    void fetchReplies(const mms::ReplyQuery &query, int offset, int limit, qint64 beforeId, quint64 ticket);

    // For Excel (.xlsx or CSV by the suffix: see Exports). exportFinished() tells; cancelExport()
    // stops and leaves no file.
    void exportRecipients(const mms::RecipientQuery &query, const QString &path);
    void exportReplies(const mms::ReplyQuery &query, const QString &path);
    // The campaign's results workbook (ResultsExport); for a CSV, the breakdown `only`.
    void exportResults(qint64 campaignId, const QString &path, std::optional<mms::BreakdownBy> only);
    void cancelExport() { m_cancelExport = true; }

Q_SIGNALS:
    void detailLoaded(const mms::CampaignDelivery &delivery, const QList<mms::DeliveryPoint> &timeline);
    void readFailed(const QString &message); // a query failed (the next call connects anew)
    // error: the store could not be read (breakdown is then empty).
    void breakdownLoaded(quint64 ticket, const mms::CampaignBreakdown &breakdown, const QString &error);
    void compared(quint64 ticket, const QList<mms::CampaignBreakdown> &breakdowns, const QString &error);
    void counted(quint64 ticket, int count);
    void fetched(quint64 ticket, int offset, const QList<mms::RecipientRow> &rows);
    // error: the store could not be read (the count is then 0).
    void repliesCounted(quint64 ticket, int count, const QString &error);
    void repliesFetched(quint64 ticket, int offset, const QList<mms::ReplyRow> &rows);
    void exportProgress(int permille);
    void exportFinished(const QString &path, int rows, const QString &error, bool cancelled);

private:
    void post(std::function<void(ReportWorker &)> fn);

    QThread *m_thread;
    ReportWorker *m_worker;
    std::atomic<bool> m_cancelExport{false};
};

} // namespace mms
