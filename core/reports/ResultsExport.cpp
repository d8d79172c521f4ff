#include "reports/ResultsExport.h"

#include "protocol/ReportStatus.h"
#include "reports/TableWriter.h"
#include "storage/BreakdownReader.h"
#include "storage/Database.h"
#include "storage/ReportStore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace mms {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mms::ReportService", text);
}

QString sheetOf(BreakdownBy by)
{
    switch (by) {
    case BreakdownBy::Carrier: return tr("Carriers");
    case BreakdownBy::Province: return tr("Provinces");
    case BreakdownBy::City: return tr("Cities");
    case BreakdownBy::Hour: return tr("Hours");
    }
    return {};
}

QString groupHeader(BreakdownBy by)
{
    switch (by) {
    case BreakdownBy::Carrier: return tr("Carrier (by number segment)");
    case BreakdownBy::Province: return tr("Province");
    case BreakdownBy::City: return tr("City");
    case BreakdownBy::Hour: return tr("Hour (China time)");
    }
    return {};
}

void writeBreakdown(TableWriter &t, const CampaignBreakdown &b, BreakdownBy by)
{
    const QStringList statuses = b.totals.failures.keys();
    t.writeHeader(QStringList{groupHeader(by), tr("Sent"), tr("Delivered"), tr("Failed"), tr("Waiting"), tr("Replied"), tr("Delivery rate"),
                              tr("Reply rate")}
                  + statuses);
    const auto row = [&](const QString &name, const OutcomeCounts &c) {
        QVariantList v{name, c.sent, c.delivered, c.failed, c.waiting(), c.replied, c.deliveryRate(), c.replyRate()};
        for (const QString &s : statuses)
            v << c.failures.value(s);
        t.writeValues(v);
    };
    for (const BreakdownGroup &g : b.groups(by))
        row(breakdownGroupLabel(by, g), g.counts);
    row(tr("Total"), b.totals);
}
} // namespace

ExportOutcome exportResults(Database &db, qint64 campaignId, const QString &path, std::optional<BreakdownBy> only,
                            const ExportProgress &progress)
{
    QString error;
    const CampaignDelivery d = ReportStore(db).delivery(campaignId, true, &error);
    if (!error.isEmpty())
        return {0, error, false};
    BreakdownReader reader(db);
    const std::optional<CampaignBreakdown> b = reader.read(campaignId, &error);
    if (!b)
        return {0, error, false};
    const bool workbook = TableWriter::isWorkbook(path) && !only;
    const auto t = TableWriter::create(path, workbook ? tr("Summary") : sheetOf(only.value_or(BreakdownBy::Carrier)));
    if (!t->open()) {
        t->cancel();
        return {0, t->errorString(), false};
    }
    qint64 rows = 0;
    if (!workbook) {
        writeBreakdown(*t, *b, only.value_or(BreakdownBy::Carrier));
        rows = b->groups(only.value_or(BreakdownBy::Carrier)).size();
    } else {
        t->writeHeader({tr("Campaign"), d.name.isEmpty() ? tr("Campaign %1").arg(campaignId) : d.name});
        const OutcomeCounts &c = b->totals;
        t->writeValues({tr("Sent"), c.sent});
        t->writeValues({tr("Delivered"), c.delivered});
        t->writeValues({tr("Failed"), c.failed});
        t->writeValues({tr("Waiting"), c.waiting()});
        t->writeValues({tr("Replied"), c.replied});
        t->writeValues({tr("Delivery rate"), c.deliveryRate()});
        t->writeValues({tr("Reply rate"), c.replyRate()});
        for (auto it = c.failures.cbegin(); it != c.failures.cend(); ++it)
            t->writeValues({tr("Failed: %1").arg(it.key()), it.value(), explainReportStatus(it.key())});
        t->writeValues({tr("Provinces and cities by number segment"), b->segments});
        for (BreakdownBy by : {BreakdownBy::Carrier, BreakdownBy::Province, BreakdownBy::City, BreakdownBy::Hour}) {
            if (!t->addSheet(sheetOf(by))) {
                t->cancel();
                return {0, t->errorString(), false};
            }
            writeBreakdown(*t, *b, by);
        }
        if (!t->addSheet(tr("Recipients"))) {
            t->cancel();
            return {0, t->errorString(), false};
        }
        const ExportOutcome o = writeRecipientRows(db, {campaignId, RecipientFilter::All, {}}, *t, progress);
        if (!o.ok()) {
            t->cancel();
            return o;
        }
        rows = o.rows;
    }
    if (!t->commit()) {
        const QString why = t->errorString();
        t->cancel();
        return {rows, why, false};
    }
    return {rows, {}, false};
}

} // namespace mms
