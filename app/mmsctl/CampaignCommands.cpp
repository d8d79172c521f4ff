#include "CliContext.h"
#include "Commands.h"
#include "campaign/SendWindow.h"

#include "campaign/CampaignRunner.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace {
std::atomic<bool> g_interrupted{false};
void onInterrupt(int)
{
    g_interrupted = true;
}

QJsonObject batchJson(const mms::BatchRow &b)
{
    QJsonObject o{{u"seq"_s, b.seq}, {u"size"_s, b.size}, {u"state"_s, b.state}, {u"message"_s, b.message}};
    if (!b.taskid.isEmpty())
        o.insert(u"taskid"_s, b.taskid);
    if (b.code != 0)
        o.insert(u"code"_s, b.code);
    if (b.reportedNumbers > 0) // unknown outcome, but the platform reported on these: it arrived
        o.insert(u"reportedNumbers"_s, b.reportedNumbers);
    if (!b.claimedBy.isEmpty()) // which computer (and process) sent it
        o.insert(u"sender"_s, b.claimedBy);
    return o;
}

QJsonObject campaignJson(const mms::CampaignRow &c, const QList<mms::BatchRow> &batches)
{
    QJsonObject counts;
    for (auto it = c.batchesByState.cbegin(); it != c.batchesByState.cend(); ++it)
        counts.insert(it.key(), it.value());
    QJsonArray arr;
    for (const mms::BatchRow &b : batches)
        arr.append(batchJson(b));
    return {{u"campaign"_s, c.id}, {u"name"_s, c.name}, {u"mmsid"_s, c.mmsid}, {u"state"_s, c.state},
            {u"message"_s, c.message}, {u"recipients"_s, c.recipients}, {u"personalised"_s, c.personalised},
            {u"test"_s, c.isTest}, {u"window"_s, c.sendWindow.isEmpty() ? u"any"_s : c.sendWindow},
            {u"caps"_s, c.caps.isEmpty() ? u"off"_s : c.caps}, {u"capped"_s, double(c.capped)},
            {u"batchesByState"_s, counts}, {u"batches"_s, arr}};
}

QString campaignLine(const mms::CampaignRow &c)
{
    QStringList counts;
    for (auto it = c.batchesByState.cbegin(); it != c.batchesByState.cend(); ++it)
        counts << u"%1 %2"_s.arg(it.value()).arg(it.key());
    return u"%1\t%2\t%3\t%4 recipients\tbatches: %5%6%7"_s.arg(c.id).arg(c.state, c.mmsid).arg(c.recipients)
        .arg(counts.join(u", "_s), c.capped ? u"\t%1 left out by frequency caps"_s.arg(c.capped) : QString(),
             c.message.isEmpty() ? QString() : u"\t"_s + c.message);
}

int exitFor(const mms::CampaignRow &c)
{
    if (c.state == mms::campaign::Completed || c.state == mms::campaign::Cancelled)
        return ExitOk;
    if (c.batchesByState.value(mms::batch::Unknown) > 0)
        return ExitNetwork;
    if (c.state == mms::campaign::Paused && c.batchesByState.value(mms::batch::Pending) > 0 && c.message.contains(u"reach"_s))
        return ExitNetwork;
    return ExitPlatform;
}

std::optional<qint64> campaignArg(CliContext &ctx, const QCommandLineParser &p, int *rc)
{
    bool ok = false;
    const qint64 id = p.positionalArguments().value(2).toLongLong(&ok);
    if (!ok || id <= 0) {
        *rc = ctx.fail(ExitUsage, u"usage"_s, u"give the campaign's number, e.g. mmsctl campaign show 3"_s);
        return std::nullopt;
    }
    if (!ctx.store()) {
        *rc = ctx.fail(ExitLocal, u"storage"_s, ctx.lastError());
        return std::nullopt;
    }
    return id;
}
} // namespace

int sendCampaign(CliContext &ctx, const mms::Account &account, qint64 campaignId, double requestsPerSecond,
                 const QJsonObject &extra)
{
    mms::Database *db = ctx.database();
    mms::CampaignRunner runner(*db, account);
    mms::CampaignRunner::Policy policy;
    policy.requestsPerSecond = requestsPerSecond;
    policy.timeoutMs = ctx.timeoutMs();
    runner.setPolicy(policy);
    QTextStream err(stderr);
    const int total = int(mms::CampaignStore(*db).batches(campaignId).size());
    QObject::connect(&runner, &mms::CampaignRunner::batchUpdated, &runner, [&](qint64, const mms::BatchRow &b) {
        if (ctx.json() || b.state == mms::batch::InFlight)
            return;
        err << "batch " << b.seq << "/" << total << ": " << b.state;
        if (!b.taskid.isEmpty())
            err << ", taskid " << b.taskid;
        if (b.state != mms::batch::Accepted && !b.message.isEmpty())
            err << " — " << b.message;
        err << " (" << b.size << " numbers)" << Qt::endl;
    });
    // "Waiting for the sending window…": said once each time it starts waiting, so a script's
    // log shows why nothing moves.
    QObject::connect(&runner, &mms::CampaignRunner::stateChanged, &runner, [&](qint64, const QString &state, const QString &message) {
        if (!ctx.json() && state == mms::campaign::Running && !message.isEmpty())
            err << message << Qt::endl;
    });
    QString error;
    if (!runner.start(campaignId, &error))
        return ctx.fail(ExitLocal, u"campaign"_s, error);
    // Ctrl+C pauses after the batch in flight: nothing is left half-sent.
    g_interrupted = false;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &runner, [&runner] {
        if (g_interrupted.exchange(false))
            runner.pause();
    });
    poll.start(100);
    QEventLoop loop;
    QObject::connect(&runner, &mms::CampaignRunner::finished, &loop, &QEventLoop::quit);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    mms::CampaignStore store(*db);
    const auto c = store.campaign(campaignId);
    QJsonObject result = campaignJson(*c, store.batches(campaignId));
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        result.insert(it.key(), it.value());
    const int code = exitFor(*c);
    QString text = u"campaign %1: %2"_s.arg(campaignId).arg(c->state);
    if (!c->message.isEmpty())
        text += u" — "_s + c->message;
    if (code == ExitOk)
        return ctx.succeed(result, text);
    if (!ctx.json())
        ctx.print(text);
    return ctx.fail(ExitCode(code), u"send"_s, c->state == mms::campaign::Paused
                                                   ? u"the campaign is paused; resume it with: mmsctl campaign resume %1"_s.arg(campaignId)
                                                   : u"some batches need a decision: mmsctl campaign show %1"_s.arg(campaignId),
                    result);
}

int runCampaign(CliContext &ctx, const QString &sub, const QStringList &args)
{
    QCommandLineParser p;
    int rc = 0;
    if (sub == u"list"_s) {
        if (!parseCommand(ctx, p, args, u"mmsctl campaign list: the account's campaigns and their state."_s, 2, &rc))
            return rc;
        qint64 accountId = 0;
        if (!ctx.account(&accountId))
            return ctx.fail(ExitLocal, u"account"_s, ctx.lastError());
        QJsonArray arr;
        QStringList lines;
        for (const mms::CampaignRow &c : mms::CampaignStore(*ctx.database()).campaigns(accountId)) {
            arr.append(campaignJson(c, {}));
            lines << campaignLine(c);
        }
        return ctx.succeed({{u"campaigns"_s, arr}}, lines.isEmpty() ? u"no campaigns yet"_s : lines.join(u'\n'));
    }
    if (sub == u"show"_s) {
        if (!parseCommand(ctx, p, args, u"mmsctl campaign show ID: a campaign and its batches."_s, 3, &rc))
            return rc;
        const auto id = campaignArg(ctx, p, &rc);
        if (!id)
            return rc;
        mms::CampaignStore store(*ctx.database());
        const auto c = store.campaign(*id);
        if (!c)
            return ctx.fail(ExitInvalid, u"invalid"_s, u"there is no campaign %1"_s.arg(*id));
        const QList<mms::BatchRow> batches = store.batches(*id);
        QStringList lines{campaignLine(*c), u"seq\tstate\tsize\ttaskid\tmessage"_s};
        for (const mms::BatchRow &b : batches)
            lines << u"%1\t%2\t%3\t%4\t%5"_s.arg(b.seq).arg(b.state).arg(b.size).arg(b.taskid, b.message);
        return ctx.succeed(campaignJson(*c, batches), lines.join(u'\n'));
    }
    if (sub == u"resume"_s) {
        p.addOption({u"throttle"_s, u"Requests per second (default 5)."_s, u"RPS"_s, u"5"_s});
        p.addOption({u"window"_s, u"Change the hours it may send in, China time: HH:MM-HH:MM or any (no window)."_s, u"WINDOW"_s});
        if (!parseCommand(ctx, p, args, u"mmsctl campaign resume ID [--window HH:MM-HH:MM|any]: send what is still pending (after a pause, a crash or a fix); outside its sending window it waits."_s, 3, &rc))
            return rc;
        const auto id = campaignArg(ctx, p, &rc);
        if (!id)
            return rc;
        if (p.isSet(u"window"_s)) {
            QString error;
            const auto window = mms::SendWindow::parse(p.value(u"window"_s), &error);
            if (!window)
                return ctx.fail(ExitUsage, u"usage"_s, u"--window: "_s + error);
            if (!mms::CampaignStore(*ctx.database()).campaign(*id))
                return ctx.fail(ExitInvalid, u"invalid"_s, u"there is no campaign %1"_s.arg(*id));
            if (!mms::CampaignStore(*ctx.database()).setSendWindow(*id, window->toString(), &error))
                return ctx.fail(ExitLocal, u"storage"_s, error);
        }
        const auto account = ctx.account();
        if (!account)
            return ctx.fail(ExitLocal, u"account"_s, ctx.lastError());
        return sendCampaign(ctx, *account, *id, qMax(0.01, p.value(u"throttle"_s).toDouble()), {});
    }
    if (sub == u"resend"_s)
        return runCampaignResend(ctx, args);
    if (sub == u"pause"_s || sub == u"cancel"_s) {
        if (!parseCommand(ctx, p, args, u"mmsctl campaign pause|cancel ID: stop a campaign after the batch in flight."_s, 3, &rc))
            return rc;
        const auto id = campaignArg(ctx, p, &rc);
        if (!id)
            return rc;
        mms::CampaignStore store(*ctx.database());
        const auto c = store.campaign(*id);
        if (!c)
            return ctx.fail(ExitInvalid, u"invalid"_s, u"there is no campaign %1"_s.arg(*id));
        QString error;
        const QString state = sub == u"pause"_s ? mms::campaign::Paused : mms::campaign::Cancelled;
        const bool ok = sub == u"pause"_s ? store.setState(*id, state, u"paused by the user"_s, &error)
                                          : store.cancel(*id, u"cancelled by the user"_s, &error);
        if (!ok)
            return ctx.fail(ExitLocal, u"storage"_s, error);
        return ctx.succeed({{u"campaign"_s, *id}, {u"state"_s, state}}, u"campaign %1: %2"_s.arg(*id).arg(state));
    }
    if (sub == u"resolve"_s) {
        p.addOption({u"batch"_s, u"The batch's number (seq)."_s, u"SEQ"_s});
        p.addOption({u"resend"_s, u"Send the batch again (if you know it did not arrive)."_s});
        p.addOption({u"mark-sent"_s, u"Count the batch as sent (if you know it arrived)."_s});
        p.addOption({u"ignore-reports"_s, u"With --mark-sent: do not take the task of reports that named the batch's numbers."_s});
        if (!parseCommand(ctx, p, args, u"mmsctl campaign resolve ID --batch SEQ (--resend | --mark-sent): decide about a batch whose outcome is unknown."_s, 3, &rc))
            return rc;
        const auto id = campaignArg(ctx, p, &rc);
        if (!id)
            return rc;
        if (p.isSet(u"resend"_s) == p.isSet(u"mark-sent"_s))
            return ctx.fail(ExitUsage, u"usage"_s, u"choose one of --resend or --mark-sent"_s);
        mms::CampaignStore store(*ctx.database());
        const auto b = store.batchBySeq(*id, p.value(u"batch"_s).toInt());
        if (!b)
            return ctx.fail(ExitInvalid, u"invalid"_s, u"campaign %1 has no batch %2"_s.arg(*id).arg(p.value(u"batch"_s)));
        QString error;
        const bool adopt = p.isSet(u"mark-sent"_s) && !p.isSet(u"ignore-reports"_s) && !b->evidenceTaskId.isEmpty();
        if (!store.resolveUnknown(b->id, p.isSet(u"resend"_s), &error, adopt))
            return ctx.fail(ExitInvalid, u"invalid"_s, u"batch %1: %2"_s.arg(b->seq).arg(error));
        // Say where a taken task came from: reports that named the batch's numbers.
        const QString taken = adopt ? u"; took task %1, under which reports named %2 of its numbers (--ignore-reports not to)"_s
                                          .arg(b->evidenceTaskId).arg(b->reportedNumbers)
                                    : QString();
        QJsonObject o{{u"campaign"_s, *id}, {u"batch"_s, b->seq}, {u"resolved"_s, p.isSet(u"resend"_s) ? u"resend"_s : u"sent"_s}};
        if (adopt)
            o.insert(u"takenTask"_s, b->evidenceTaskId);
        return ctx.succeed(o, p.isSet(u"resend"_s) ? u"batch %1 will be sent again: mmsctl campaign resume %2"_s.arg(b->seq).arg(*id)
                                                   : u"batch %1 counted as sent%2"_s.arg(b->seq).arg(taken));
    }
    return ctx.fail(ExitUsage, u"usage"_s, u"usage: mmsctl campaign list|show|resume|pause|cancel|resolve|resend (see --help)"_s);
}
