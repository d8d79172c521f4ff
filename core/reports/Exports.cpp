#include "reports/Exports.h"

#include "protocol/Carriers.h"
#include "reports/RecipientStatus.h"
#include "reports/TableWriter.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QDateTime>


namespace mms {
namespace {
ExportOutcome failed(TableWriter &table, qint64 rows)
{
    table.cancel();
    return {rows, table.errorString(), false};
}
} // namespace

ExportOutcome exportRecipients(Database &db, const RecipientQuery &query, const QString &path, const ExportProgress &progress)
{
    const auto table = TableWriter::create(path, QCoreApplication::translate("mms::ReportService", "Recipients"));
    if (!table->open())
        return failed(*table, 0);
    const ExportOutcome o = writeRecipientRows(db, query, *table, progress);
    if (!o.ok()) {
        table->cancel();
        return o;
    }
    if (!table->commit())
        return failed(*table, o.rows);
    return o;
}

ExportOutcome writeRecipientRows(Database &db, const RecipientQuery &query, TableWriter &table, const ExportProgress &progress)
{
    RecipientPager pager(db);
    const int total = pager.count(query);
    QStringList variables;
    qint64 written = 0;
    int permille = -1;
    constexpr int kPage = 5000;
    const QStringList header{QCoreApplication::translate("mms::ReportService", "Number"), QCoreApplication::translate("mms::ReportService", "Carrier"), QCoreApplication::translate("mms::ReportService", "Status"), QCoreApplication::translate("mms::ReportService", "Report code"), QCoreApplication::translate("mms::ReportService", "Reported at"), QCoreApplication::translate("mms::ReportService", "Replied")};
    for (int offset = 0; offset < total; offset += kPage) {
        const QList<RecipientRow> rows = pager.page(query, offset, kPage);
        if (rows.isEmpty())
            break;
        if (offset == 0) {
            variables = rows.first().params.keys();
            table.writeHeader(header + variables);
        }
        for (const RecipientRow &r : rows) {
            QStringList fields{r.mobile, Carriers::name(r.carrier), recipientStatusText(r), r.delivery, recipientReportedAt(r),
                               r.replied ? QCoreApplication::translate("mms::ReportService", "yes") : QString()};
            for (const QString &v : std::as_const(variables))
                fields << r.params.value(v);
            table.writeRow(fields);
        }
        written += rows.size();
        const int now = int(written * 1000 / qMax(1, total));
        if (now != permille) {
            permille = now;
            if (progress && !progress(now))
                return {written, {}, true};
        }
    }
    // Those a frequency cap left out when the campaign was built or as their batch went out are
    // no recipients of a batch, but the export names them, with the reason (not sent).
    if (query.filter == RecipientFilter::All || query.filter == RecipientFilter::NotSent) {
        QString error;
        const auto capped = CampaignStore(db).capped(query.campaignId, &error);
        if (!capped)
            return {written, error, false};
        for (const auto &[mobile, reason] : *capped) {
            if (!query.search.isEmpty() && !mobile.contains(query.search))
                continue;
            if (written == 0)
                table.writeHeader(header);
            table.writeRow({mobile, Carriers::name(Carriers::carrierOfNumber(mobile.toLongLong())),
                             QCoreApplication::translate("mms::ReportService", "not sent: %1").arg(reason), {}, {}, {}});
            ++written;
        }
    }
    if (written == 0)
        table.writeHeader(header);
    return {written, {}, false};
}

ExportOutcome exportReplies(Database &db, const ReplyQuery &query, const QString &path, const ExportProgress &progress)
{
    const auto table = TableWriter::create(path, QCoreApplication::translate("mms::ReportService", "Replies"));
    if (!table->open())
        return failed(*table, 0);
    table->writeHeader({QCoreApplication::translate("mms::ReportService", "Replied at"), QCoreApplication::translate("mms::ReportService", "Number"),
                        QCoreApplication::translate("mms::ReportService", "Reply"), QCoreApplication::translate("mms::ReportService", "Extension"),
                        QCoreApplication::translate("mms::ReportService", "Campaign"),
                        QCoreApplication::translate("mms::ReportService", "On the blocklist")});
    const ReplyPager pager(db);
    QString error;
    const std::optional<int> total = pager.count(query, &error);
    if (!total) {
        table->cancel();
        return {0, error, false};
    }
    qint64 written = 0;
    qint64 before = 0;
    while (true) {
        const auto rows = pager.page(query, 0, 5000, before, &error);
        if (!rows) {
            table->cancel();
            return {written, error, false};
        }
        if (rows->isEmpty())
            break;
        for (const ReplyRow &r : *rows)
            table->writeRow({localPushTime(r.repliedAt), r.mobile, r.text, r.extension,
                             r.campaignName.isEmpty() && r.campaignId ? QString::number(r.campaignId) : r.campaignName,
                             r.blocked ? QCoreApplication::translate("mms::ReportService", "yes") : QString()});
        written += rows->size();
        before = rows->last().id;
        if (progress && !progress(int(written * 1000 / qMax(1, *total)))) {
            table->cancel();
            return {written, {}, true};
        }
    }
    if (!table->commit())
        return failed(*table, written);
    return {written, {}, false};
}

ExportOutcome exportBlocklist(Database &db, const QString &path)
{
    QString error;
    const auto entries = Store(db).blocklistEntries(&error);
    if (!entries)
        return {0, error, false};
    const auto table = TableWriter::create(path, QCoreApplication::translate("mms::ReportService", "Blocklist"));
    if (!table->open())
        return failed(*table, 0);
    table->writeHeader({QCoreApplication::translate("mms::ReportService", "Number"), QCoreApplication::translate("mms::ReportService", "Reason"),
                        QCoreApplication::translate("mms::ReportService", "Campaign"), QCoreApplication::translate("mms::ReportService", "Blocked at")});
    for (const BlockEntry &e : *entries)
        table->writeRow({e.mobile, e.reason, e.campaignName.isEmpty() && e.campaignId ? QString::number(e.campaignId) : e.campaignName,
                         QDateTime::fromString(e.addedAt, Qt::ISODate).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs)});
    if (!table->commit())
        return failed(*table, entries->size());
    return {entries->size(), {}, false};
}

} // namespace mms
