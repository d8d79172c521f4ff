#include "CliContext.h"
#include "audience/AudienceStore.h"
#include "SendConfirm.h"
#include "Commands.h"

#include "campaign/DraftImport.h"
#include "campaign/FrequencyCaps.h"
#include "campaign/SendWindow.h"
#include "import/RecipientFile.h"
#include "import/RecipientImport.h"
#include "protocol/Carriers.h"
#include "protocol/Mobile.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Store.h"
#include "net/PlatformClient.h"
#include "util/Config.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {
// "Text1=姓名,Text2=3": a header name or a 1-based column number for each variable.
bool parseMap(const QString &spec, const mms::FileSniff &sniff, QList<QPair<QString, int>> *out, QString *error)
{
    static const QRegularExpression varName(u"^Text[1-9][0-9]*$"_s);
    for (const QString &item : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        const QString name = item.left(eq).trimmed(), column = item.mid(eq + 1).trimmed();
        if (eq <= 0 || !varName.match(name).hasMatch()) {
            *error = u"--map: \"%1\" must look like Text1=COLUMN (variables are Text1, Text2…, case-sensitive)"_s.arg(item);
            return false;
        }
        const int index = sniff.columnIndex(column);
        if (index < 0) {
            *error = u"--map: no column \"%1\"; the file's columns are: %2"_s.arg(column, sniff.header.join(u", "_s));
            return false;
        }
        out->append({name, index});
    }
    return true;
}

// "mobile,unicom" (also 移动,联通,电信,其他 or 1,2,3,0): the carriers a send goes to.
bool parseCarriers(const QString &spec, unsigned *mask, QString *error)
{
    static const QHash<QString, int> names{{u"mobile"_s, 1}, {u"cmcc"_s, 1}, {u"移动"_s, 1}, {u"1"_s, 1},
                                           {u"unicom"_s, 2}, {u"联通"_s, 2}, {u"2"_s, 2},
                                           {u"telecom"_s, 3}, {u"电信"_s, 3}, {u"3"_s, 3},
                                           {u"other"_s, 0}, {u"其他"_s, 0}, {u"0"_s, 0}};
    *mask = 0;
    for (const QString &item : spec.split(QRegularExpression(u"[,，、 ]+"_s), Qt::SkipEmptyParts)) {
        const auto it = names.constFind(item.trimmed().toLower());
        if (it == names.cend()) {
            *error = u"--carriers: \"%1\" is not a carrier; use mobile, unicom, telecom or other"_s.arg(item);
            return false;
        }
        *mask |= mms::ImportOptions::carrierBit(it.value());
    }
    if (!*mask) {
        *error = u"--carriers: name at least one of mobile, unicom, telecom, other"_s;
        return false;
    }
    return true;
}

QString issueLines(const QList<mms::RowIssue> &issues, bool blockingOnly, int max)
{
    QStringList lines;
    for (const mms::RowIssue &i : issues) {
        if (blockingOnly && !i.blocking)
            continue;
        if (lines.size() == max) {
            lines << u"…"_s;
            break;
        }
        lines << u"  line %1: %2 — %3"_s.arg(i.line).arg(i.value, i.reason);
    }
    return lines.join(u'\n');
}
} // namespace

int runSend(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"mmsid"_s, u"Template id."_s, u"ID"_s});
    p.addOption({u"to"_s, u"Mobile numbers, separated by commas."_s, u"N1,N2,..."_s});
    p.addOption({u"csv"_s, u"A recipients file: an Excel workbook (.xlsx), CSV (UTF-8 or GBK, as Excel saves it) or TXT, one number a line."_s, u"FILE"_s});
    p.addOption({u"audience"_s, u"An audience kept in the store (mmsctl audience import) instead of a file."_s, u"NAME"_s});
    p.addOption({u"segment"_s, u"With --audience: only its members who were delivered, failed (never delivered), replied, or never-sent, across the account's campaigns."_s, u"WHICH"_s});
    p.addOption({u"sheet"_s, u"The sheet of an Excel workbook to read (name or number; default: the first visible one)."_s, u"SHEET"_s});
    p.addOption({u"encoding"_s, u"The encoding of a text file when the detected one is wrong: utf-8, gb18030, utf-16le or utf-16be."_s, u"NAME"_s});
    p.addOption({u"map"_s, u"Per-recipient variables from columns: Text1=姓名,Text2=门店 (header names or column numbers)."_s, u"MAP"_s});
    p.addOption({u"mobile-column"_s, u"The number column (header name or number), when it is not found by itself."_s, u"COLUMN"_s});
    p.addOption({u"carriers"_s, u"Only numbers of these carriers (by number prefix): mobile, unicom, telecom, other; e.g. the ones that approved the template. The others are left out and counted."_s, u"LIST"_s});
    p.addOption({u"skip-empty"_s, u"Leave out rows with an empty variable value instead of refusing the send."_s});
    p.addOption({u"issues-out"_s, u"Save the rows that were left out, and why, as CSV (opens in Excel)."_s, u"FILE"_s});
    p.addOption({u"vars"_s, u"Variables shared by all recipients, as a JSON object: {\"Text1\":\"...\"}."_s, u"JSON"_s});
    p.addOption({u"sub"_s, u"Extension number (digits); replies carry it back."_s, u"EXT"_s});
    p.addOption({u"name"_s, u"A name for this campaign."_s, u"NAME"_s});
    p.addOption({u"throttle"_s, u"Requests per second (default 5)."_s, u"RPS"_s, u"5"_s});
    p.addOption({u"window"_s, u"The hours it may send in, China time: HH:MM-HH:MM (over midnight allowed, e.g. 20:00-02:00) or any (default: the account's, 08:00-22:00 unless changed). Outside them it waits."_s, u"WINDOW"_s});
    p.addOption({u"ignore-caps"_s, u"Send this once without the account's frequency caps (same template once a day, 10 messages a day per number unless changed); recorded with the campaign."_s});
    p.addOption({u"test"_s, u"Mark this as a test send (a few numbers before the real one)."_s});
    p.addOption({u"yes"_s, u"Do not ask for confirmation on a terminal (scripts without a terminal are never asked)."_s});
    int rc = 0;
    const QString usage = u"mmsctl send --mmsid ID (--to N1,N2,... | --csv FILE [--map Text1=COLUMN,...]) [--vars JSON] [--sub EXT]: "
                          "send a template; batches of at most 1000 numbers, recorded before anything is sent."_s;
    if (!parseCommand(ctx, p, args, usage, 1, &rc))
        return rc;
    const QString mmsid = p.value(u"mmsid"_s).trimmed();
    const int sources = (p.isSet(u"to"_s) ? 1 : 0) + (p.isSet(u"csv"_s) ? 1 : 0) + (p.isSet(u"audience"_s) ? 1 : 0);
    if (mmsid.isEmpty() || sources != 1)
        return ctx.fail(ExitUsage, u"usage"_s, u"--mmsid and one of --to, --csv or --audience are required\n"_s + usage);
    if (p.isSet(u"map"_s) && p.isSet(u"to"_s))
        return ctx.fail(ExitUsage, u"usage"_s, u"--map goes with --csv or --audience"_s);
    if (p.isSet(u"carriers"_s) && p.isSet(u"to"_s))
        return ctx.fail(ExitUsage, u"usage"_s, u"--carriers goes with --csv or --audience"_s);
    unsigned carrierMask = 0;
    if (QString carriersError; p.isSet(u"carriers"_s) && !parseCarriers(p.value(u"carriers"_s), &carrierMask, &carriersError))
        return ctx.fail(ExitUsage, u"usage"_s, carriersError);
    const bool fromList = p.isSet(u"csv"_s) || p.isSet(u"audience"_s);
    const std::optional<mms::PastOutcome> segment = mms::pastOutcomeFromName(p.value(u"segment"_s));
    if (!segment)
        return ctx.fail(ExitUsage, u"usage"_s, u"--segment takes delivered, failed, replied or never-sent"_s);
    if (p.isSet(u"segment"_s) && !p.isSet(u"audience"_s))
        return ctx.fail(ExitUsage, u"usage"_s, u"--segment goes with --audience"_s);
    const QString sub = p.value(u"sub"_s);
    static const QRegularExpression digits(u"^[0-9]{0,20}$"_s);
    if (!digits.match(sub).hasMatch())
        return ctx.fail(ExitInvalid, u"invalid"_s, u"--sub must be up to 20 digits (got \"%1\")"_s.arg(sub));
    bool ok = false;
    const double rps = p.value(u"throttle"_s).toDouble(&ok);
    if (!ok || rps <= 0 || rps > 1000)
        return ctx.fail(ExitUsage, u"usage"_s, u"--throttle must be a number of requests per second, e.g. 5"_s);

    QString windowError;
    const auto givenWindow = mms::SendWindow::parse(p.value(u"window"_s), &windowError);
    if (!givenWindow)
        return ctx.fail(ExitUsage, u"usage"_s, u"--window: "_s + windowError);

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

    // Read and check everything before the account (and the sandbox) is touched.
    mms::FileSniff sniff;
    mms::ImportOptions options;
    QList<mms::VariableEntry> listed;
    QStringList invalid;
    int duplicates = 0;
    if (p.isSet(u"audience"_s)) {
        // The audience's columns stand for a file's header: the number first, then its columns.
        QString error;
        if (!ctx.store())
            return ctx.fail(ExitLocal, u"storage"_s, ctx.lastError());
        const auto audience = mms::AudienceStore(*ctx.database()).find(p.value(u"audience"_s), &error);
        if (!audience)
            return error.isEmpty() ? ctx.fail(ExitInvalid, u"invalid"_s, u"there is no audience \"%1\" (mmsctl audience list)"_s.arg(p.value(u"audience"_s)))
                                   : ctx.fail(ExitLocal, u"storage"_s, error);
        sniff.header = QStringList{u"number"_s} + audience->columns;
        sniff.columnCount = int(sniff.header.size());
        sniff.mobileColumn = 0;
        options.mobileColumn = 0;
        if (!parseMap(p.value(u"map"_s), sniff, &options.variables, &error))
            return ctx.fail(ExitInvalid, u"invalid"_s, error);
        options.skipRowsWithEmptyValues = p.isSet(u"skip-empty"_s);
    } else if (p.isSet(u"csv"_s)) {
        if (!readRecipientList(ctx, p, p.value(u"csv"_s), &sniff, &options, &rc))
            return rc;
        QString error;
        if (!parseMap(p.value(u"map"_s), sniff, &options.variables, &error))
            return ctx.fail(ExitInvalid, u"invalid"_s, error);
        options.skipRowsWithEmptyValues = p.isSet(u"skip-empty"_s);
    } else {
        QSet<QString> seen;
        for (const QString &raw : p.value(u"to"_s).split(QRegularExpression(u"[,;\\r\\n]+"_s), Qt::SkipEmptyParts)) {
            QString why;
            const auto n = mms::mobile::normalize(raw, &why);
            if (!n)
                invalid << u"%1: %2"_s.arg(raw.trimmed(), why);
            else if (seen.contains(*n))
                ++duplicates;
            else {
                seen.insert(*n);
                listed.append({*n, {}});
            }
        }
        if (!invalid.isEmpty())
            return ctx.fail(ExitInvalid, u"invalid"_s, u"invalid numbers, nothing was sent:\n  - %1"_s.arg(invalid.join(u"\n  - "_s)),
                            {{u"invalid"_s, QJsonArray::fromStringList(invalid)}});
        if (listed.isEmpty())
            return ctx.fail(ExitInvalid, u"invalid"_s, u"no mobile numbers given"_s);
    }

    qint64 accountId = 0;
    const auto account = ctx.account(&accountId);
    if (!account)
        return ctx.fail(ExitLocal, u"account"_s, ctx.lastError());
    mms::Store *store = ctx.store();
    mms::Database *db = ctx.database();
    mms::CampaignStore campaigns(*db);

    const auto tpl = store->templateByMmsid(mmsid);
    if (const QStringList missing = mms::unmappedVariables(tpl ? tpl->variables : QStringList(), options, vars); !missing.isEmpty())
        return ctx.fail(ExitInvalid, u"invalid"_s,
                        u"the template uses %1 with no value: map it to a column (--map %2=COLUMN) or give it in --vars"_s
                            .arg(missing.join(u", "_s), missing.first()));

    mms::CampaignStore::NewCampaign nc;
    nc.accountId = accountId;
    nc.mmsid = mmsid;
    nc.sub = sub;
    nc.name = p.value(u"name"_s);
    nc.sharedVars = vars;
    nc.isTest = p.isSet(u"test"_s);
    // The account's own default when --window is not given (the studio's Preferences); a test
    // send goes to a few colleagues at any hour.
    const mms::SendWindow window = nc.isTest ? mms::SendWindow::anyTime()
                                   : p.isSet(u"window"_s)
                                       ? *givenWindow
                                       : mms::SendWindow::parse(mms::Config().sendWindow(account->isSandbox ? QString() : account->name), &windowError)
                                             .value_or(mms::SendWindow::standard());
    nc.sendWindow = window.toString();
    // Caps as the account has them (the studio's Preferences); a test send neither counts nor is
    // capped; --ignore-caps is kept with the campaign ("off"), so it is never a silent choice.
    nc.caps = nc.isTest ? QString()
              : p.isSet(u"ignore-caps"_s) ? mms::FrequencyCaps::off().toString()
                                          : mms::Config().frequencyCaps(account->isSandbox ? QString() : account->name);
    if (p.isSet(u"ignore-caps"_s) && !nc.isTest)
        QTextStream(stderr) << "note: frequency caps are off for this send (--ignore-caps); the campaign records it" << Qt::endl;
    QString error;
    qint64 campaignId = 0;
    QJsonObject importJson;
    if (fromList) {
        // The same path, with the same rules, as the studio's wizard.
        mms::DraftImportRequest request;
        request.path = p.value(u"csv"_s);
        request.audience = p.value(u"audience"_s);
        request.pastOutcome = *segment;
        request.options = options;
        request.options.carriers = carrierMask;
        request.campaign = nc;
        request.campaign.source = request.audience.isEmpty() ? request.path : u"audience: "_s + request.audience
                + (*segment == mms::PastOutcome::Any ? QString() : u" (%1)"_s.arg(mms::pastOutcomeName(*segment)));
        const mms::DraftImportResult r = mms::importDraft(*db, request);
        const mms::ImportSummary &s = r.summary;
        if (p.isSet(u"issues-out"_s) && !mms::writeIssues(p.value(u"issues-out"_s), s.issues, &error))
            ctx.print(u"warning: could not save %1: %2"_s.arg(p.value(u"issues-out"_s), error));
        importJson = {{u"rows"_s, double(s.rows)}, {u"valid"_s, double(s.valid)}, {u"invalid"_s, double(s.invalid)},
                      {u"duplicates"_s, double(s.duplicates)}, {u"blocked"_s, double(s.blocked)},
                      {u"emptyValues"_s, double(s.emptyValues)}, {u"otherCarriers"_s, double(s.otherCarriers)},
                      {u"capped"_s, double(s.capped)}, {u"segmentLeftOut"_s, double(r.segmentLeftOut)}};
        using Outcome = mms::DraftImportResult::Outcome;
        switch (r.outcome) {
        case Outcome::Created:
            break;
        case Outcome::EmptyValues:
            return ctx.fail(ExitInvalid, u"invalid"_s,
                            u"%1 rows have an empty variable value; nothing was sent. Fill them in, or leave them out with --skip-empty:\n%2"_s
                                .arg(s.blockingRows).arg(issueLines(s.issues, true, 20)),
                            {{u"import"_s, importJson}});
        case Outcome::NoValidRecipients:
            return ctx.fail(ExitInvalid, u"invalid"_s, s.capped > 0 || r.segmentLeftOut > 0 ? r.error : u"no valid recipients in %1 (%2 rows, %3 invalid)"_s
                                                           .arg(request.path).arg(s.rows).arg(s.invalid),
                            {{u"import"_s, importJson}});
        case Outcome::MissingVariables:
            return ctx.fail(ExitInvalid, u"invalid"_s, r.error);
        case Outcome::Unreadable:
        case Outcome::Cancelled:
            return ctx.fail(ExitLocal, u"import"_s, r.error);
        case Outcome::StorageFailed:
            return ctx.fail(ExitLocal, u"storage"_s, r.error);
        }
        campaignId = r.campaignId;
        if (!ctx.json())
            ctx.print(u"%1: %2 rows, %3 valid, %4 invalid, %5 duplicates, %6 blocked, %7 left out for empty values"_s
                          .arg(request.audience.isEmpty() ? request.path : u"audience \"%1\""_s.arg(request.audience)).arg(s.rows).arg(s.valid).arg(s.invalid).arg(s.duplicates).arg(s.blocked)
                          .arg(s.emptyValues)
                          + (s.otherCarriers ? u", %1 on carriers not chosen"_s.arg(s.otherCarriers) : QString())
                          + (r.segmentLeftOut ? u", %1 members outside the segment %2"_s.arg(r.segmentLeftOut).arg(mms::pastOutcomeName(request.pastOutcome)) : QString())
                          + (s.capped ? u", %1 left out by frequency caps (%2)"_s.arg(s.capped).arg(mms::FrequencyCaps::parse(nc.caps, nullptr)->displayText()) : QString()));
    } else {
        nc.source = u"--to"_s;
        const auto created = campaigns.create(nc, listed, mms::kMaxNumbersPerRequest, &error);
        if (!created)
            return ctx.fail(ExitLocal, u"storage"_s, u"cannot record the send: %1"_s.arg(error));
        campaignId = *created;
        importJson = {{u"valid"_s, int(listed.size())}, {u"duplicates"_s, duplicates}};
    }

    // The last look before money is spent (the studio shows the same estimate).
    QString countError;
    const auto byCarrier = campaigns.recipientsByCarrier(campaignId, &countError);
    if (!byCarrier) {
        campaigns.deleteCampaign(campaignId, &error);
        return ctx.fail(ExitLocal, u"storage"_s, countError);
    }
    const mms::Config config;
    mms::SendEstimateInput in;
    in.mmsid = mmsid;
    in.tpl = tpl;
    in.byCarrier = *byCarrier;
    in.batches = int(campaigns.batches(campaignId).size());
    in.terms = config.balanceTerms(account->isSandbox ? QString() : account->name);
    in.requestsPerSecond = rps;
    in.largeSendThreshold = config.largeSendThreshold();
    in.window = window;
    in.blockedLeftOut = importJson.value(u"blocked"_s).toInteger();
    in.cappedLeftOut = importJson.value(u"capped"_s).toInteger();
    in.caps = mms::FrequencyCaps::parse(nc.caps, nullptr).value_or(mms::FrequencyCaps::off());
    const bool ask = !p.isSet(u"yes"_s) && sendconfirm::interactive();
    if (ask) {
        mms::PlatformClient client;
        client.setAccount(*account);
        client.setTimeoutMs(ctx.timeoutMs());
        if (const mms::CallResult b = ctx.wait(client.queryBalance()); b.ok())
            in.balance = b.balance;
    }
    const mms::SendEstimate estimate = mms::estimateSend(in);
    if (ask && !sendconfirm::ask(estimate)) {
        campaigns.deleteCampaign(campaignId, &error);
        return ctx.fail(ExitUsage, u"cancelled"_s, u"not confirmed; nothing was sent"_s);
    }
    if (!ask && !ctx.json()) {
        // No question (a script, or --yes), but the warnings still reach the log.
        if (estimate.notApproved > 0)
            QTextStream(stderr) << "warning: " << estimate.notApproved
                                << " recipients are on carriers that have not approved this template: they will not receive it" << Qt::endl;
    }
    return sendCampaign(ctx, *account, campaignId, rps, {{u"import"_s, importJson}, {u"duplicates"_s, importJson.value(u"duplicates"_s)}});
}
