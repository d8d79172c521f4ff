#include "CliContext.h"
#include "Commands.h"

#include "campaign/DraftImport.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

// mmsctl campaign resend ID --failed|--unreached [--mmsid ID] [--no-report-hours H]: a new
// campaign, ready to send, of those the campaign did not reach (the studio's "Send again to…").
int runCampaignResend(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"failed"_s, u"Those a report said it failed for."_s});
    p.addOption({u"unreached"_s, u"Those, and those with no report after --no-report-hours, and those of batches the platform refused or that were cancelled."_s});
    p.addOption({u"no-report-hours"_s, u"With --unreached: a number with no report this long after its batch was accepted counts as not reached (default 24)."_s, u"HOURS"_s, u"24"_s});
    p.addOption({u"mmsid"_s, u"Another approved template (default: the campaign's own)."_s, u"ID"_s});
    int rc = 0;
    if (!parseCommand(ctx, p, args, u"mmsctl campaign resend ID --failed|--unreached [--mmsid ID]: a new campaign of those campaign ID did not reach, "
                                     "ready to send with mmsctl campaign resume NEW (nothing is sent by this command)."_s, 3, &rc))
        return rc;
    bool ok = false;
    const qint64 id = p.positionalArguments().value(2).toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.fail(ExitUsage, u"usage"_s, u"give the campaign's number, e.g. mmsctl campaign resend 3 --failed"_s);
    if (p.isSet(u"failed"_s) == p.isSet(u"unreached"_s))
        return ctx.fail(ExitUsage, u"usage"_s, u"choose one of --failed or --unreached"_s);
    const double hours = p.value(u"no-report-hours"_s).toDouble(&ok);
    if (!ok || hours < 0 || hours > 24 * 30)
        return ctx.fail(ExitUsage, u"usage"_s, u"--no-report-hours must be a number of hours from 0 to 720"_s);
    if (!ctx.store())
        return ctx.fail(ExitLocal, u"storage"_s, ctx.lastError());
    const mms::ResendScope scope = p.isSet(u"failed"_s) ? mms::ResendScope::Failed : mms::ResendScope::Unreached;
    const QDateTime cut = QDateTime::currentDateTimeUtc().addSecs(-qint64(hours * 3600));
    QString error;
    mms::ResendCounts counts;
    auto request = mms::makeResendRequest(*ctx.database(), id, scope, cut, p.value(u"mmsid"_s).trimmed(), &counts, &error);
    if (!request)
        return ctx.fail(error.startsWith(u"There is no"_s) ? ExitInvalid : ExitLocal, u"invalid"_s, error);
    const QJsonObject countsJson{{u"failed"_s, double(counts.failed)}, {u"noReport"_s, double(counts.noReport)},
                                 {u"notSent"_s, double(counts.notSent)}, {u"undecided"_s, double(counts.undecided)},
                                 {u"earlierResends"_s, counts.earlierResends}};
    const mms::DraftImportResult r = mms::importDraft(*ctx.database(), *request);
    if (!r.created()) {
        using Outcome = mms::DraftImportResult::Outcome;
        const ExitCode code = r.outcome == Outcome::StorageFailed ? ExitLocal : ExitInvalid;
        return ctx.fail(code, u"invalid"_s, r.error, {{u"counts"_s, countsJson}});
    }
    const auto created = mms::CampaignStore(*ctx.database()).campaign(r.campaignId);
    QString text = u"campaign %1: %2 recipients (%3 failed"_s.arg(r.campaignId).arg(created ? created->recipients : 0).arg(counts.failed);
    if (scope == mms::ResendScope::Unreached)
        text += u", %1 with no report, %2 not sent"_s.arg(counts.noReport).arg(counts.notSent);
    text += u")"_s;
    if (r.summary.blocked > 0)
        text += u"; %1 on the blocklist left out"_s.arg(r.summary.blocked);
    if (counts.undecided > 0)
        text += u"; %1 in batches still pending or of unknown outcome are left to campaign %2"_s.arg(counts.undecided).arg(id);
    if (counts.earlierResends > 0)
        text += u"\nwarning: campaign %1 was already sent again %2 times; whoever that reached may get it once more"_s.arg(id).arg(counts.earlierResends);
    text += u"\nsend it with: mmsctl campaign resume %1"_s.arg(r.campaignId);
    return ctx.succeed({{u"campaign"_s, r.campaignId}, {u"from"_s, id}, {u"recipients"_s, created ? created->recipients : 0},
                        {u"blocked"_s, double(r.summary.blocked)}, {u"counts"_s, countsJson}},
                       text);
}
