#include "CliContext.h"
#include "Commands.h"

#include "protocol/Pushes.h"
#include "protocol/ReportStatus.h"
#include "reports/Breakdown.h"
#include "storage/BreakdownReader.h"
#include "storage/Database.h"
#include "storage/RecipientPager.h"
#include "storage/ReportStore.h"

#include "reports/Exports.h"
#include "reports/ResultsExport.h"
#include "reports/TableWriter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
QJsonObject deliveryJson(const mms::CampaignDelivery &d)
{
    QJsonObject failures;
    for (auto it = d.failures.cbegin(); it != d.failures.cend(); ++it)
        failures.insert(it.key(), QJsonObject{{u"count"_s, it.value()}, {u"meaning"_s, mms::explainReportStatus(it.key())}});
    return {{u"campaign"_s, d.campaignId}, {u"name"_s, d.name}, {u"state"_s, d.state}, {u"sent"_s, d.sent},
            {u"delivered"_s, d.delivered}, {u"failed"_s, d.failed}, {u"waiting"_s, d.waiting}, {u"replies"_s, d.replies},
            {u"conflicts"_s, d.conflicts}, {u"failures"_s, failures}};
}
QJsonObject countsJson(const mms::OutcomeCounts &c)
{
    QJsonObject failures;
    for (auto it = c.failures.cbegin(); it != c.failures.cend(); ++it)
        failures.insert(it.key(), double(it.value()));
    return {{u"sent"_s, double(c.sent)}, {u"delivered"_s, double(c.delivered)}, {u"failed"_s, double(c.failed)},
            {u"waiting"_s, double(c.waiting())}, {u"replied"_s, double(c.replied)}, {u"failures"_s, failures}};
}

QString percent(double rate)
{
    return u"%1%"_s.arg(rate * 100.0, 0, 'f', 1);
}

// mmsctl reports --campaign ID --by carrier|province|city|hour: the groups as JSON, or as an
// aligned table (the names are Chinese, two columns wide each on a terminal).
int printBreakdown(CliContext &ctx, const std::optional<mms::CampaignBreakdown> &b, mms::BreakdownBy by, QJsonObject o)
{
    QJsonArray groups;
    QList<QStringList> rows{{breakdownByName(by), u"sent"_s, u"delivered"_s, u"failed"_s, u"waiting"_s, u"replied"_s,
                             u"delivery"_s, u"replies"_s}};
    const auto row = [](const QString &key, const mms::OutcomeCounts &c) {
        return QStringList{key, QString::number(c.sent), QString::number(c.delivered), QString::number(c.failed),
                           QString::number(c.waiting()), QString::number(c.replied), percent(c.deliveryRate()), percent(c.replyRate())};
    };
    for (const mms::BreakdownGroup &g : b->groups(by)) {
        QJsonObject o = countsJson(g.counts);
        o.insert(u"key"_s, g.key.isEmpty() ? QJsonValue(u"unknown"_s) : QJsonValue(g.key));
        o.insert(u"deliveryRate"_s, g.counts.deliveryRate());
        o.insert(u"replyRate"_s, g.counts.replyRate());
        groups.append(o);
        const QString name = g.key.isEmpty() ? u"unknown"_s : by == mms::BreakdownBy::Hour ? QString(g.key + u":00"_s) : g.key;
        rows << row(name, g.counts);
    }
    rows << row(u"total"_s, b->totals);
    // East Asian characters take two columns of a terminal.
    const auto width = [](const QString &s) {
        int w = 0;
        for (const QChar c : s)
            w += c.unicode() >= 0x1100 ? 2 : 1;
        return w;
    };
    std::vector<int> widths(size_t(rows.first().size()), 0);
    for (const QStringList &r : rows)
        for (int i = 0; i < r.size(); ++i)
            widths[size_t(i)] = qMax(widths[size_t(i)], width(r.at(i)));
    QStringList lines;
    for (const QStringList &r : rows) {
        QString line;
        for (int i = 0; i < r.size(); ++i) {
            const QString pad(widths[size_t(i)] - width(r.at(i)), u' ');
            if (i == 0)
                line += r.at(i) + pad;
            else
                line += u"  "_s + pad + r.at(i);
        }
        lines << line;
    }
    if (by == mms::BreakdownBy::Province || by == mms::BreakdownBy::City)
        lines << QString(u"(areas by number segment, from %1)"_s.arg(b->segments));
    if (by == mms::BreakdownBy::Carrier)
        lines << u"(carriers by number segment: a number ported to another carrier counts under its segment's)"_s;
    o.insert(u"by"_s, breakdownByName(by));
    o.insert(u"groups"_s, groups);
    o.insert(u"totals"_s, countsJson(b->totals));
    o.insert(u"unknownArea"_s, double(b->unknownArea));
    o.insert(u"segments"_s, b->segments);
    return ctx.succeed(o, lines.join(u'\n'));
}
} // namespace

int runReports(CliContext &ctx, const QString &command, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"campaign"_s, u"Only this campaign, with a row per recipient."_s, u"ID"_s});
    p.addOption({u"limit"_s, u"At most this many rows (default 1000)."_s, u"N"_s, u"1000"_s});
    p.addOption({u"filter"_s, u"With --campaign: all, delivered, failed, waiting, replied or not-sent."_s, u"WHICH"_s, u"all"_s});
    p.addOption({u"search"_s, u"With --campaign: only numbers containing these digits."_s, u"DIGITS"_s});
    p.addOption({u"offset"_s, u"With --campaign: skip this many rows first."_s, u"N"_s, u"0"_s});
    p.addOption({u"by"_s, u"With --campaign: its results by carrier, province, city or hour (China time of the outcome); with --out, saved; all: every breakdown and the recipients in one workbook."_s, u"WHAT"_s});
    p.addOption({u"from"_s, u"With --by and no --campaign: the campaigns sent from this day on (China time), as one."_s, u"DAY"_s});
    p.addOption({u"to"_s, u"With --from: up to this day, included (default: the same day)."_s, u"DAY"_s});
    p.addOption({u"out"_s, u"Save the rows (replies; with reports, the campaign's recipients) to FILE.xlsx or FILE.csv for Excel."_s, u"FILE"_s});
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

    const QString out = p.value(u"out"_s);
    const auto saved = [&ctx, &out](const mms::ExportOutcome &o) {
        if (!o.ok())
            return ctx.fail(ExitLocal, u"export"_s, u"cannot save %1: %2"_s.arg(out, o.error));
        return ctx.succeed({{u"file"_s, out}, {u"rows"_s, double(o.rows)}}, u"saved %1 rows to %2"_s.arg(o.rows).arg(out));
    };
    if (p.isSet(u"out"_s) && (out.isEmpty() || (command == u"reports"_s && !p.isSet(u"campaign"_s)) || command == u"audits"_s))
        return ctx.fail(ExitUsage, u"usage"_s, u"--out FILE works with mmsctl replies and mmsctl reports --campaign ID"_s);
    const bool range = p.isSet(u"from"_s) || p.isSet(u"to"_s);
    if (p.isSet(u"by"_s) && (command != u"reports"_s || (!p.isSet(u"campaign"_s) && !range)))
        return ctx.fail(ExitUsage, u"usage"_s, u"--by works with mmsctl reports --campaign ID, or with --from DAY [--to DAY]"_s);
    if (range && (!p.isSet(u"by"_s) || p.isSet(u"campaign"_s) || p.isSet(u"out"_s)))
        return ctx.fail(ExitUsage, u"usage"_s, u"--from and --to go with --by (the campaigns sent in those days, as one)"_s);
    if (range) {
        const QDate from = QDate::fromString(p.value(u"from"_s), Qt::ISODate);
        const QDate to = p.isSet(u"to"_s) ? QDate::fromString(p.value(u"to"_s), Qt::ISODate) : from;
        const std::optional<mms::BreakdownBy> by = mms::breakdownByFromName(p.value(u"by"_s));
        if (!from.isValid() || !to.isValid() || to < from)
            return ctx.fail(ExitUsage, u"usage"_s, u"--from and --to take days as 2026-12-04, --to not before --from"_s);
        if (!by)
            return ctx.fail(ExitUsage, u"usage"_s, u"--by takes carrier, province, city or hour"_s);
        qint64 accountId = 0;
        if (!ctx.account(&accountId))
            return ctx.fail(ExitLocal, u"account"_s, ctx.lastError());
        QString error;
        const auto ids = reports.campaignsSentBetween(accountId, from, to, &error);
        if (!ids)
            return ctx.fail(ExitLocal, u"storage"_s, u"cannot read the campaigns: %1"_s.arg(error));
        mms::BreakdownReader reader(*ctx.database());
        QList<mms::CampaignBreakdown> all;
        QJsonArray campaigns;
        for (const qint64 id : *ids) {
            const auto b = reader.read(id, &error);
            if (!b)
                return ctx.fail(ExitLocal, u"storage"_s, u"cannot read the results of campaign %1: %2"_s.arg(id).arg(error));
            all << *b;
            campaigns.append(double(id));
        }
        return printBreakdown(ctx, mms::mergeBreakdowns(all), *by,
                              {{u"from"_s, from.toString(Qt::ISODate)}, {u"to"_s, to.toString(Qt::ISODate)}, {u"campaigns"_s, campaigns}});
    }
    if (command == u"replies"_s) {
        if (p.isSet(u"out"_s))
            return saved(mms::exportReplies(*ctx.database(), {}, out));
        QJsonArray arr;
        QStringList lines;
        QString error;
        const QList<mms::ReplyRow> replies = reports.replies(limit, &error);
        if (!error.isEmpty()) // never "no replies yet" for a store that could not be read
            return ctx.fail(ExitLocal, u"storage"_s, u"cannot read the replies: %1"_s.arg(error));
        for (const mms::ReplyRow &r : replies) {
            arr.append(QJsonObject{{u"mobile"_s, r.mobile}, {u"extension"_s, r.extension}, {u"text"_s, r.text},
                                   {u"time"_s, r.repliedAt}, {u"campaign"_s, r.campaignId ? QJsonValue(r.campaignId) : QJsonValue()},
                                   {u"blocked"_s, r.blocked}});
            // A reply's text is the sender's: escape sequences in it must not reach the terminal.
            lines << u"%1\t%2\t%3\t%4\t%5"_s.arg(r.repliedAt, r.mobile, mms::pushes::printable(r.extension), mms::pushes::printable(r.text, 500),
                                                r.campaignId ? u"campaign %1"_s.arg(r.campaignId) : u"(no campaign)"_s);
        }
        return ctx.succeed({{u"replies"_s, arr}}, lines.isEmpty() ? u"no replies yet"_s : lines.join(u'\n'));
    }
    if (command == u"audits"_s) {
        QJsonArray arr;
        QStringList lines;
        QString error;
        const QList<mms::AuditEventRow> audits = reports.audits(limit, &error);
        if (!error.isEmpty())
            return ctx.fail(ExitLocal, u"storage"_s, u"cannot read the audit results: %1"_s.arg(error));
        for (const mms::AuditEventRow &a : audits) {
            const QString verdict = a.status == 1 ? u"approved"_s : u"rejected"_s;
            arr.append(QJsonObject{{u"mmsid"_s, a.mmsid}, {u"carrier"_s, a.carrier}, {u"carrierName"_s, mms::pushes::carrierName(a.carrier)},
                                   {u"status"_s, verdict}, {u"message"_s, a.message}, {u"receivedAt"_s, a.receivedAt},
                                   {u"knownTemplate"_s, a.matched}});
            lines << u"%1\t%2\t%3\t%4\t%5"_s.arg(a.receivedAt.left(19), mms::pushes::printable(a.mmsid), mms::pushes::carrierName(a.carrier),
                                                verdict, mms::pushes::printable(a.message, 500));
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
        if (p.isSet(u"by"_s)) {
            // --by all --out FILE.xlsx: the results workbook (a sheet per breakdown and the recipients).
            const bool all = p.value(u"by"_s) == u"all"_s;
            const std::optional<mms::BreakdownBy> by = mms::breakdownByFromName(p.value(u"by"_s));
            if (!by && !all)
                return ctx.fail(ExitUsage, u"usage"_s, u"--by takes carrier, province, city, hour (or all, with --out FILE.xlsx)"_s);
            if (all && !(p.isSet(u"out"_s) && mms::TableWriter::isWorkbook(out)))
                return ctx.fail(ExitUsage, u"usage"_s, u"--by all writes a workbook: give --out FILE.xlsx"_s);
            if (p.isSet(u"out"_s))
                return saved(mms::exportResults(*ctx.database(), id, out, by));
            QString error;
            const auto b = mms::BreakdownReader(*ctx.database()).read(id, &error);
            if (!b)
                return ctx.fail(ExitLocal, u"storage"_s, u"cannot read the campaign's results: %1"_s.arg(error));
            return printBreakdown(ctx, b, *by, {{u"campaign"_s, double(id)}});
        }
        // Per recipient, as the studio's table shows them: filtered by outcome, searched by number.
        static const QHash<QString, mms::RecipientFilter> filters{
            {u"all"_s, mms::RecipientFilter::All},         {u"delivered"_s, mms::RecipientFilter::Delivered},
            {u"failed"_s, mms::RecipientFilter::Failed},   {u"waiting"_s, mms::RecipientFilter::Waiting},
            {u"replied"_s, mms::RecipientFilter::Replied}, {u"not-sent"_s, mms::RecipientFilter::NotSent}};
        const QString filterName = p.value(u"filter"_s);
        if (!filters.contains(filterName))
            return ctx.fail(ExitUsage, u"usage"_s, u"--filter takes all, delivered, failed, waiting, replied or not-sent"_s);
        const QString search = p.value(u"search"_s);
        if (p.isSet(u"search"_s) && !std::any_of(search.cbegin(), search.cend(), [](QChar c) { return c.isDigit(); }))
            return ctx.fail(ExitUsage, u"usage"_s, u"--search takes digits of a number, e.g. --search 1380013"_s);
        mms::RecipientQuery query{id, filters.value(filterName), search};
        if (p.isSet(u"out"_s))
            return saved(mms::exportRecipients(*ctx.database(), query, out));
        const int offset = qMax(0, p.value(u"offset"_s).toInt());
        mms::RecipientPager pager(*ctx.database());
        const int matching = pager.count(query);
        QJsonArray rows;
        QStringList lines{u"campaign %1: sent %2, delivered %3, failed %4, waiting %5, replies %6"_s.arg(id).arg(d.sent).arg(d.delivered)
                              .arg(d.failed).arg(d.waiting).arg(d.replies)};
        for (auto it = d.failures.cbegin(); it != d.failures.cend(); ++it)
            lines << u"  %1: %2 %3"_s.arg(it.key()).arg(it.value()).arg(mms::explainReportStatus(it.key()));
        if (d.conflicts > 0)
            lines << u"  %1 failure reports arrived after a delivery of the same number (counted as delivered)"_s.arg(d.conflicts);
        for (const mms::RecipientRow &r : pager.page(query, offset, limit)) {
            QJsonObject variables;
            for (auto v = r.params.cbegin(); v != r.params.cend(); ++v)
                variables.insert(v.key(), v.value());
            rows.append(QJsonObject{{u"mobile"_s, r.mobile}, {u"carrier"_s, mms::pushes::carrierName(r.carrier)},
                                    {u"batch"_s, r.batchState},
                                    {u"status"_s, r.delivery.isEmpty() ? QJsonValue() : QJsonValue(r.delivery)},
                                    {u"time"_s, r.reportedAt}, {u"replied"_s, r.replied}, {u"variables"_s, variables}});
            lines << u"%1\t%2\t%3\t%4%5"_s.arg(r.mobile, r.batchState,
                                               r.delivery.isEmpty() ? (r.batchState == u"accepted"_s ? u"waiting"_s : u"-"_s) : mms::pushes::printable(r.delivery),
                                               r.reportedAt, r.replied ? u"\treplied"_s : QString());
        }
        if (offset + int(rows.size()) < matching)
            lines << u"(%1 of %2 shown; --offset and --limit page through them)"_s.arg(rows.size()).arg(matching);
        QJsonObject o = deliveryJson(d);
        o.insert(u"recipients"_s, rows);
        o.insert(u"matching"_s, matching);
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
