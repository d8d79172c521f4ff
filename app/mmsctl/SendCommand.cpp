#include "CliContext.h"
#include "Commands.h"

#include "net/PlatformClient.h"
#include "protocol/Mobile.h"
#include "storage/Store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

int runSend(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"mmsid"_s, u"Template id."_s, u"ID"_s});
    p.addOption({u"to"_s, u"Mobile numbers, separated by commas."_s, u"N1,N2,..."_s});
    p.addOption({u"vars"_s, u"Variables shared by all recipients, as a JSON object: {\"Text1\":\"...\"}."_s, u"JSON"_s});
    p.addOption({u"sub"_s, u"Extension number (digits); replies carry it back."_s, u"EXT"_s});
    p.addOption({u"name"_s, u"A name for this send in the campaign list."_s, u"NAME"_s});
    int rc = 0;
    const QString usage = u"mmsctl send --mmsid ID --to N1,N2,... [--vars JSON] [--sub EXT]: send a template "
                          "(at most 1000 numbers a request; more are sent in several requests)."_s;
    if (!parseCommand(ctx, p, args, usage, 1, &rc))
        return rc;
    const QString mmsid = p.value(u"mmsid"_s).trimmed();
    if (mmsid.isEmpty() || !p.isSet(u"to"_s))
        return ctx.fail(ExitUsage, u"usage"_s, u"--mmsid and --to are required\n"_s + usage);
    const QString sub = p.value(u"sub"_s);
    static const QRegularExpression digits(u"^[0-9]{0,20}$"_s);
    if (!digits.match(sub).hasMatch())
        return ctx.fail(ExitInvalid, u"invalid"_s, u"--sub must be up to 20 digits (got \"%1\")"_s.arg(sub));

    QMap<QString, QString> vars;
    if (p.isSet(u"vars"_s)) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(p.value(u"vars"_s).toUtf8(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return ctx.fail(ExitInvalid, u"invalid"_s, u"--vars must be a JSON object such as {\"Text1\":\"张先生\"}"_s);
        const QJsonObject o = doc.object();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!it.value().isString())
                return ctx.fail(ExitInvalid, u"invalid"_s, u"--vars: the value of %1 must be a string"_s.arg(it.key()));
            vars.insert(it.key(), it.value().toString());
        }
    }

    QList<mms::VariableEntry> recipients;
    QStringList invalid;
    QSet<QString> seen;
    int duplicates = 0;
    for (const QString &raw : p.value(u"to"_s).split(QRegularExpression(u"[,;\\r\\n]+"_s), Qt::SkipEmptyParts)) {
        QString why;
        const auto n = mms::mobile::normalize(raw, &why);
        if (!n)
            invalid << u"%1: %2"_s.arg(raw, why);
        else if (seen.contains(*n))
            ++duplicates;
        else {
            seen.insert(*n);
            recipients.append({*n, {}});
        }
    }
    if (!invalid.isEmpty())
        return ctx.fail(ExitInvalid, u"invalid"_s, u"invalid numbers, nothing was sent:\n  - %1"_s.arg(invalid.join(u"\n  - "_s)),
                        {{u"invalid"_s, QJsonArray::fromStringList(invalid)}});
    if (recipients.isEmpty())
        return ctx.fail(ExitInvalid, u"invalid"_s, u"no mobile numbers given"_s);

    qint64 accountId = 0;
    const auto account = ctx.account(&accountId);
    if (!account)
        return ctx.fail(ExitLocal, u"account"_s, ctx.lastError());
    mms::Store *store = ctx.store();
    QString error;
    const QString varsJson = vars.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(
                                                                  [&] { QVariantMap m; for (auto it = vars.cbegin(); it != vars.cend(); ++it) m.insert(it.key(), it.value()); return m; }()))
                                                                  .toJson(QJsonDocument::Compact));
    // The campaign and its batches are on disk before anything is sent.
    const auto campaignId = store->createCampaign(accountId, mmsid, sub, p.value(u"name"_s), recipients, false, varsJson,
                                                  mms::kMaxNumbersPerRequest, &error);
    if (!campaignId)
        return ctx.fail(ExitLocal, u"storage"_s, u"cannot record the send: %1"_s.arg(error));

    mms::PlatformClient client;
    client.setAccount(*account);
    client.setTimeoutMs(ctx.timeoutMs());
    QJsonArray batchesJson;
    QStringList lines;
    int worst = ExitOk;
    const QList<mms::BatchRow> batches = store->batches(*campaignId);
    for (const mms::BatchRow &b : batches) {
        if (worst != ExitOk) {
            batchesJson.append(QJsonObject{{u"seq"_s, b.seq}, {u"size"_s, b.size}, {u"state"_s, u"pending"_s}});
            lines << u"batch %1/%2: not sent (stopped after an earlier problem)"_s.arg(b.seq).arg(batches.size());
            continue;
        }
        QStringList mobiles;
        for (const mms::VariableEntry &e : store->batchRecipients(b.id))
            mobiles << e.mobile;
        if (!store->setBatchState(b.id, u"inflight"_s, {}, 0, {}, &error))
            return ctx.fail(ExitLocal, u"storage"_s, error);
        const mms::CallResult r = ctx.wait(client.sendTask(mmsid, mobiles, sub, vars));
        using O = mms::CallResult::Outcome;
        QString state;
        switch (r.outcome) {
        case O::Success:
            state = u"accepted"_s;
            break;
        case O::PlatformError:
        case O::InvalidRequest:
            state = u"rejected"_s;
            worst = r.outcome == O::PlatformError ? ExitPlatform : ExitInvalid;
            break;
        case O::NotSent:
            state = u"pending"_s;
            worst = ExitNetwork;
            break;
        case O::Unknown:
            // It may have arrived: never resent on its own (docs/mmsctl.md).
            state = u"unknown"_s;
            worst = ExitNetwork;
            break;
        }
        store->setBatchState(b.id, state, r.id, r.code, r.ok() ? r.message : r.summary(), &error);
        QJsonObject bj{{u"seq"_s, b.seq}, {u"size"_s, b.size}, {u"state"_s, state},
                       {u"outcome"_s, mms::CallResult::outcomeName(r.outcome)}};
        if (!r.id.isEmpty())
            bj.insert(u"taskid"_s, r.id);
        if (r.outcome == O::PlatformError)
            bj.insert(u"code"_s, r.code);
        bj.insert(u"message"_s, r.ok() ? r.message : r.summary());
        batchesJson.append(bj);
        lines << (r.ok() ? u"batch %1/%2: accepted, taskid %3 (%4 numbers)"_s.arg(b.seq).arg(batches.size()).arg(r.id).arg(b.size)
                         : u"batch %1/%2: %3 — %4"_s.arg(b.seq).arg(batches.size()).arg(state, r.summary()));
    }
    store->setCampaignState(*campaignId, worst == ExitOk ? u"sent"_s : u"stopped"_s, &error);
    const QJsonObject result{{u"campaign"_s, *campaignId}, {u"recipients"_s, int(recipients.size())},
                             {u"duplicates"_s, duplicates}, {u"batches"_s, batchesJson}};
    if (worst == ExitOk)
        return ctx.succeed(result, lines.join(u'\n'));
    if (!ctx.json()) {
        ctx.print(lines.join(u'\n'));
        return ctx.fail(ExitCode(worst), u"send"_s, u"the send did not complete; see the batches above"_s);
    }
    QJsonObject extra = result;
    return ctx.fail(ExitCode(worst), u"send"_s, u"the send did not complete"_s, extra);
}
