#include "CliContext.h"
#include "Commands.h"

#include "protocol/Pushes.h"
#include "protocol/ReportStatus.h"
#include "storage/Database.h"
#include "storage/ReportStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {
QJsonObject deliveryJson(const mms::CampaignDelivery &d)
{
    QJsonObject failures;
    for (auto it = d.failures.cbegin(); it != d.failures.cend(); ++it)
        failures.insert(it.key(), QJsonObject{{u"count"_s, it.value()}, {u"meaning"_s, mms::explainReportStatus(it.key())}});
    return {{u"campaign"_s, d.campaignId}, {u"name"_s, d.name}, {u"state"_s, d.state}, {u"sent"_s, d.sent},
            {u"delivered"_s, d.delivered}, {u"failed"_s, d.failed}, {u"waiting"_s, d.waiting}, {u"replies"_s, d.replies},
            {u"failures"_s, failures}};
}
} // namespace

int runReports(CliContext &ctx, const QString &command, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"campaign"_s, u"Only this campaign, with a row per recipient."_s, u"ID"_s});
    p.addOption({u"limit"_s, u"At most this many rows (default 1000)."_s, u"N"_s, u"1000"_s});
    int rc = 0;
    const QString usage = command == u"reports"_s ? u"mmsctl reports [--campaign ID]: delivery by campaign (delivered, failed by status, waiting)."_s
                          : command == u"replies"_s ? u"mmsctl replies: the replies (MO) received, newest first."_s
                                                    : u"mmsctl audits: the audit results received, newest first."_s;
    if (!parseCommand(ctx, p, args, usage, 1, &rc))
        return rc;
    const int limit = qMax(1, p.value(u"limit"_s).toInt());
    if (!ctx.store())
        return ctx.fail(ExitLocal, u"storage"_s, ctx.lastError());
    mms::ReportStore reports(*ctx.database());

    if (command == u"replies"_s) {
        QJsonArray arr;
        QStringList lines;
        for (const mms::ReplyRow &r : reports.replies(limit)) {
            arr.append(QJsonObject{{u"mobile"_s, r.mobile}, {u"extension"_s, r.extension}, {u"text"_s, r.text},
                                   {u"time"_s, r.repliedAt}, {u"campaign"_s, r.campaignId ? QJsonValue(r.campaignId) : QJsonValue()},
                                   {u"blocked"_s, r.blocked}});
            lines << u"%1\t%2\t%3\t%4\t%5"_s.arg(r.repliedAt, r.mobile, r.extension, r.text,
                                                r.campaignId ? u"campaign %1"_s.arg(r.campaignId) : u"(no campaign)"_s);
        }
        return ctx.succeed({{u"replies"_s, arr}}, lines.isEmpty() ? u"no replies yet"_s : lines.join(u'\n'));
    }
    if (command == u"audits"_s) {
        QJsonArray arr;
        QStringList lines;
        for (const mms::AuditEventRow &a : reports.audits(limit)) {
            const QString verdict = a.status == 1 ? u"approved"_s : u"rejected"_s;
            arr.append(QJsonObject{{u"mmsid"_s, a.mmsid}, {u"carrier"_s, a.carrier}, {u"carrierName"_s, mms::pushes::carrierName(a.carrier)},
                                   {u"status"_s, verdict}, {u"message"_s, a.message}, {u"receivedAt"_s, a.receivedAt},
                                   {u"knownTemplate"_s, a.matched}});
            lines << u"%1\t%2\t%3\t%4\t%5"_s.arg(a.receivedAt.left(19), a.mmsid, mms::pushes::carrierName(a.carrier), verdict, a.message);
        }
        return ctx.succeed({{u"audits"_s, arr}}, lines.isEmpty() ? u"no audit results yet"_s : lines.join(u'\n'));
    }

    if (p.isSet(u"campaign"_s)) {
        bool ok = false;
        const qint64 id = p.value(u"campaign"_s).toLongLong(&ok);
        if (!ok)
            return ctx.fail(ExitUsage, u"usage"_s, u"--campaign takes the campaign's number"_s);
        const mms::CampaignDelivery d = reports.delivery(id);
        if (d.state.isEmpty())
            return ctx.fail(ExitInvalid, u"invalid"_s, u"there is no campaign %1"_s.arg(id));
        // Per recipient: the latest report, or none yet.
        QSqlQuery q(ctx.database()->db());
        q.prepare(u"SELECT r.mobile, b.state, (SELECT status FROM reports WHERE recipient_id = r.id ORDER BY id DESC LIMIT 1),"
                  " (SELECT reported_at FROM reports WHERE recipient_id = r.id ORDER BY id DESC LIMIT 1)"
                  " FROM recipients r JOIN batches b ON b.id = r.batch_id WHERE r.campaign_id = ? ORDER BY r.id LIMIT ?"_s);
        q.addBindValue(id);
        q.addBindValue(limit);
        q.exec();
        QJsonArray rows;
        QStringList lines{u"campaign %1: sent %2, delivered %3, failed %4, waiting %5, replies %6"_s.arg(id).arg(d.sent).arg(d.delivered)
                              .arg(d.failed).arg(d.waiting).arg(d.replies)};
        for (auto it = d.failures.cbegin(); it != d.failures.cend(); ++it)
            lines << u"  %1: %2 %3"_s.arg(it.key()).arg(it.value()).arg(mms::explainReportStatus(it.key()));
        while (q.next()) {
            const QString status = q.value(2).toString();
            rows.append(QJsonObject{{u"mobile"_s, q.value(0).toString()}, {u"batch"_s, q.value(1).toString()},
                                    {u"status"_s, status.isEmpty() ? QJsonValue() : QJsonValue(status)},
                                    {u"time"_s, q.value(3).toString()}});
            lines << u"%1\t%2\t%3"_s.arg(q.value(0).toString(), q.value(1).toString(), status.isEmpty() ? u"waiting"_s : status);
        }
        QJsonObject o = deliveryJson(d);
        o.insert(u"recipients"_s, rows);
        return ctx.succeed(o, lines.join(u'\n'));
    }
    qint64 accountId = 0;
    if (!ctx.account(&accountId))
        return ctx.fail(ExitLocal, u"account"_s, ctx.lastError());
    QJsonArray arr;
    QStringList lines{u"campaign\tsent\tdelivered\tfailed\twaiting\treplies"_s};
    for (const mms::CampaignDelivery &d : reports.deliveries(accountId)) {
        arr.append(deliveryJson(d));
        lines << u"%1 %2\t%3\t%4\t%5\t%6\t%7"_s.arg(d.campaignId).arg(d.name).arg(d.sent).arg(d.delivered).arg(d.failed).arg(d.waiting).arg(d.replies);
    }
    const int unmatched = reports.unmatchedReports();
    if (unmatched)
        lines << u"%1 reports matched no campaign (kept)"_s.arg(unmatched);
    return ctx.succeed({{u"campaigns"_s, arr}, {u"unmatchedReports"_s, unmatched}}, lines.join(u'\n'));
}
