#include "design/TemplateFitter.h"
#include "design/PreviewExport.h"
#include "import/SampleValues.h"
#include "design/TemplateProject.h"
#include "CliContext.h"
#include "protocol/Carriers.h"
#include "Commands.h"

#include "manifest/TemplateManifest.h"
#include "net/PlatformClient.h"
#include "protocol/Pushes.h"
#include "protocol/Requests.h"
#include "storage/Store.h"

#include <QDir>
#include <QTextStream>
#include <csignal>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QFile>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {
QString kb(qint64 bytes)
{
    return QString::number(bytes / 1024.0, 'f', 1) + u" KB"_s;
}

QString auditText(int status)
{
    switch (status) {
    case 1:
        return u"approved"_s;
    case 2:
        return u"rejected"_s;
    }
    return u"waiting"_s;
}

// Loads and validates MANIFEST; on failure prints the problems and sets *rc.
std::optional<mms::ManifestResult> loadManifest(CliContext &ctx, const QCommandLineParser &p, int *rc)
{
    qint64 limit = mms::kDefaultMediaLimitBytes;
    if (p.isSet(u"limit"_s)) {
        bool ok = false;
        limit = p.value(u"limit"_s).toLongLong(&ok);
        if (!ok || limit <= 0) {
            *rc = ctx.fail(ExitUsage, u"usage"_s, u"--limit must be a positive number of bytes"_s);
            return std::nullopt;
        }
    }
    const QString path = p.positionalArguments().at(2);
    // A project saved by the studio (*.mmstpl) is read as well as a manifest.
    const mms::ManifestResult r = mms::TemplateProject::loadAny(path, limit);
    if (!r.ok()) {
        *rc = ctx.fail(ExitInvalid, u"invalid"_s,
                       u"%1 is not a valid template:\n  - %2"_s.arg(path, r.errors.join(u"\n  - "_s)),
                       {{u"errors"_s, QJsonArray::fromStringList(r.errors)}});
        return std::nullopt;
    }
    return r;
}

QJsonObject summary(const mms::MmsTemplate &t)
{
    return {{u"subject"_s, t.subject},
            {u"frames"_s, int(t.frames.size())},
            {u"mediaBytes"_s, static_cast<double>(t.mediaBytes())},
            {u"durationMs"_s, t.totalDurationMs()},
            {u"variables"_s, QJsonArray::fromStringList(t.variables())}};
}

int check(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"limit"_s, u"Media size limit in bytes (default 1945600 = 1900 KB)."_s, u"BYTES"_s});
    int rc = 0;
    if (!parseCommand(ctx, p, args, u"mmsctl template check MANIFEST: validate a template manifest (docs/manifest.md)."_s, 3, &rc))
        return rc;
    const auto r = loadManifest(ctx, p, &rc);
    if (!r)
        return rc;
    mms::Account dummy;
    dummy.userid = dummy.username = u"0"_s;
    const auto body = mms::requests::saveMmsModel(dummy, r->tpl, mms::AttachmentEncoding::Hex16, nullptr);
    QJsonObject o = summary(r->tpl);
    o.insert(u"requestBytes"_s, static_cast<double>(body ? body->size() : 0));
    o.insert(u"warnings"_s, QJsonArray::fromStringList(r->warnings));
    QString text = u"OK: \"%1\", %2 frames, %3 s, media %4 (request %5)"_s.arg(r->tpl.subject)
                       .arg(r->tpl.frames.size())
                       .arg(r->tpl.totalDurationMs() / 1000.0)
                       .arg(kb(r->tpl.mediaBytes()), kb(body ? body->size() : 0));
    if (!r->tpl.variables().isEmpty())
        text += u"\nvariables: "_s + r->tpl.variables().join(u", "_s);
    for (const QString &w : r->warnings)
        text += u"\nwarning: "_s + w;
    return ctx.succeed(o, text);
}

int submit(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"limit"_s, u"Media size limit in bytes (default 1945600 = 1900 KB)."_s, u"BYTES"_s});
    p.addOption({u"encoding"_s, u"Attachment encoding: hex16 (default) or base64."_s, u"ENC"_s, u"hex16"_s});
    p.addOption({u"again"_s, u"Create a new template even when this content was submitted before."_s});
    int rc = 0;
    if (!parseCommand(ctx, p, args, u"mmsctl template submit MANIFEST [--again]: validate the template and create it on the platform "
                                    "(content submitted before names the existing template instead, unless --again)."_s, 3, &rc))
        return rc;
    const QString enc = p.value(u"encoding"_s);
    if (enc != u"hex16"_s && enc != u"base64"_s)
        return ctx.fail(ExitUsage, u"usage"_s, u"--encoding must be hex16 or base64"_s);
    const auto r = loadManifest(ctx, p, &rc);
    if (!r)
        return rc;
    qint64 accountId = 0;
    const auto account = ctx.account(&accountId);
    if (!account)
        return ctx.fail(ExitLocal, u"account"_s, ctx.lastError());
    if (!p.isSet(u"again"_s)) {
        // The same content again would make a second template at the platform: name the first.
        QString error;
        const auto existing = ctx.store()->templateByContent(accountId, r->tpl.contentHash(), &error);
        if (!error.isEmpty())
            return ctx.fail(ExitLocal, u"storage"_s, error);
        if (existing) {
            QJsonObject o = summary(r->tpl);
            o.insert(u"mmsid"_s, existing->mmsid);
            o.insert(u"account"_s, account->name);
            o.insert(u"existing"_s, true);
            QStringList audits;
            QJsonObject auditJson;
            for (int c = 1; c <= 3; ++c) {
                const int st = existing->audits[size_t(c - 1)].status;
                const QString state = st == 1 ? u"approved"_s : st == 2 ? u"rejected"_s : u"waiting"_s;
                audits << mms::Carriers::englishName(c) + u": "_s + state;
                auditJson.insert(QString::number(c), state);
            }
            o.insert(u"audits"_s, auditJson);
            if (!ctx.json())
                QTextStream(stderr) << "unchanged: this content was submitted on " << existing->createdAt << " as template "
                                    << existing->mmsid << " (" << audits.join(u", "_s) << "); nothing was sent. "
                                    << "Use --again to create a new template anyway." << Qt::endl;
            return ctx.succeed(o, existing->mmsid);
        }
    }
    mms::PlatformClient client;
    client.setAccount(*account);
    client.setTimeoutMs(ctx.timeoutMs());
    const mms::CallResult result = ctx.wait(client.saveTemplate(
        r->tpl, enc == u"base64"_s ? mms::AttachmentEncoding::Base64 : mms::AttachmentEncoding::Hex16));
    if (!result.ok())
        return ctx.failCall(result);
    QString error;
    // The template's whole project is kept, so that the studio can make a new version of it.
    if (!ctx.store()->addTemplate(accountId, result.id, r->tpl, mms::TemplateProject{r->tpl, {}}.toJson(), &error))
        return ctx.fail(ExitLocal, u"storage"_s,
                        u"the platform created template %1, but it could not be recorded locally: %2"_s.arg(result.id, error),
                        {{u"mmsid"_s, result.id}});
    QJsonObject o = summary(r->tpl);
    o.insert(u"mmsid"_s, result.id);
    o.insert(u"account"_s, account->name);
    return ctx.succeed(o, result.id);
}

int list(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int rc = 0;
    if (!parseCommand(ctx, p, args, u"mmsctl template list: the account's templates and each carrier's audit state."_s, 2, &rc))
        return rc;
    qint64 accountId = 0;
    const auto account = ctx.account(&accountId);
    if (!account)
        return ctx.fail(ExitLocal, u"account"_s, ctx.lastError());
    QJsonArray arr;
    QStringList lines{u"mmsid\tsubject\tframes\tsize\tcreated\t移动\t联通\t电信"_s};
    for (const mms::TemplateRow &t : ctx.store()->templates(accountId)) {
        QJsonObject audits;
        QStringList states;
        for (int c = 1; c <= 3; ++c) {
            const mms::AuditState &a = t.audits[c - 1];
            audits.insert(mms::pushes::carrierName(c),
                          QJsonObject{{u"carrier"_s, c}, {u"status"_s, auditText(a.status)}, {u"message"_s, a.message}});
            states << (a.status == 2 ? u"rejected: "_s + a.message : auditText(a.status));
        }
        arr.append(QJsonObject{{u"mmsid"_s, t.mmsid}, {u"subject"_s, t.subject}, {u"frames"_s, t.frameCount},
                               {u"mediaBytes"_s, static_cast<double>(t.mediaBytes)}, {u"createdAt"_s, t.createdAt},
                               {u"variables"_s, QJsonArray::fromStringList(t.variables)}, {u"audits"_s, audits}});
        lines << u"%1\t%2\t%3\t%4\t%5\t%6"_s.arg(t.mmsid, t.subject).arg(t.frameCount).arg(kb(t.mediaBytes), t.createdAt.left(19), states.join(u'\t'));
    }
    return ctx.succeed({{u"account"_s, account->name}, {u"templates"_s, arr}},
                       arr.isEmpty() ? u"no templates yet for %1"_s.arg(account->name) : lines.join(u'\n'));
}
std::atomic<bool> g_interrupted{false};

int preview(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"out"_s, u"FILE.mp4 (the slideshow as a phone plays it) or FILE.png (the conversation view, one tall picture)."_s, u"FILE"_s});
    p.addOption({u"vars"_s, u"The variables' values as JSON, e.g. {\"Text1\":\"张三\"} (default: the project's samples)."_s, u"JSON"_s});
    p.addOption({u"row"_s, u"The values of a recipients file's row: FILE:N (the columns after the number fill Text1, Text2…), or FILE:longest."_s, u"FILE:N"_s});
    p.addOption({u"style"_s, u"android (default) or ios."_s, u"STYLE"_s, u"android"_s});
    p.addOption({u"theme"_s, u"light (default) or dark."_s, u"THEME"_s, u"light"_s});
    int rc = 0;
    if (!parseCommand(ctx, p, args,
                      u"mmsctl template preview MANIFEST|PROJECT.mmstpl --out FILE.mp4|FILE.png: a preview to send for approval."_s, 3, &rc))
        return rc;
    const QString out = p.value(u"out"_s);
    if (!out.endsWith(u".mp4"_s, Qt::CaseInsensitive) && !out.endsWith(u".png"_s, Qt::CaseInsensitive))
        return ctx.fail(ExitUsage, u"usage"_s, u"--out takes FILE.mp4 or FILE.png"_s);
    mms::PreviewExportOptions options;
    const auto look = mms::PreviewStyle::lookFromName(p.value(u"style"_s));
    const auto theme = mms::PreviewStyle::themeFromName(p.value(u"theme"_s));
    if (!look || !theme)
        return ctx.fail(ExitUsage, u"usage"_s, u"--style takes android or ios, --theme light or dark"_s);
    options.style.look = *look;
    options.style.theme = *theme;
    const QString path = p.positionalArguments().at(2);
    const mms::ManifestResult r = mms::TemplateProject::loadAny(path, std::numeric_limits<qint64>::max());
    if (!r.ok())
        return ctx.fail(ExitInvalid, u"invalid"_s, u"%1 is not a valid template:\n  - %2"_s.arg(path, r.errors.join(u"\n  - "_s)),
                        {{u"errors"_s, QJsonArray::fromStringList(r.errors)}});
    if (path.endsWith(u".mmstpl"_s, Qt::CaseInsensitive)) {
        QString error;
        if (const auto project = mms::TemplateProject::load(path, &error))
            options.values = project->samples;
    }
    if (p.isSet(u"row"_s)) {
        const QString spec = p.value(u"row"_s);
        const qsizetype colon = spec.lastIndexOf(u':');
        const QString file = spec.left(colon), which = spec.mid(colon + 1);
        bool ok = false;
        const int n = which.toInt(&ok);
        if (colon <= 0 || (which != u"longest"_s && (!ok || n < 1)))
            return ctx.fail(ExitUsage, u"usage"_s, u"--row takes FILE:N (N from 1) or FILE:longest"_s);
        const mms::FileSniff sniff = mms::sniffRecipientFile(file, {}, qMax(n, 5000));
        if (!sniff.ok())
            return ctx.fail(ExitInvalid, u"invalid"_s, sniff.error);
        const int row = which == u"longest"_s ? mms::longestSampleRow(sniff, r.tpl.variables()) : n - 1;
        if (row >= sniff.preview.size())
            return ctx.fail(ExitInvalid, u"invalid"_s, u"%1 has %2 rows of data read, not %3"_s.arg(file).arg(sniff.preview.size()).arg(n));
        const QMap<QString, QString> values = mms::sampleValues(sniff, row, r.tpl.variables());
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            options.values.insert(it.key(), it.value());
    }
    if (p.isSet(u"vars"_s)) {
        const QJsonDocument doc = QJsonDocument::fromJson(p.value(u"vars"_s).toUtf8());
        if (!doc.isObject())
            return ctx.fail(ExitUsage, u"usage"_s, u"--vars takes a JSON object, e.g. {\"Text1\":\"张三\"}"_s);
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            options.values.insert(it.key(), it.value().toVariant().toString());
    }
    std::signal(SIGINT, [](int) { g_interrupted = true; });
    int lastShown = -1;
    const mms::PreviewExportResult result = mms::exportPreview(r.tpl, out, options, [&](int permille) {
        if (ctx.json() || permille / 100 == lastShown)
            return;
        lastShown = permille / 100;
        QTextStream(stderr) << u"making the preview… %1%\n"_s.arg(permille / 10);
    }, &g_interrupted);
    std::signal(SIGINT, SIG_DFL);
    if (result.cancelled)
        return ctx.fail(ExitUsage, u"cancelled"_s, u"cancelled: %1 was not written"_s.arg(out));
    if (!result.ok)
        return ctx.fail(ExitLocal, u"preview"_s, result.error);
    return ctx.succeed({{u"file"_s, out}, {u"durationMs"_s, double(result.durationMs)}}, u"written: %1"_s.arg(out));
}

int fit(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"out"_s, u"Folder for the fitted template's manifest and files (required; created)."_s, u"DIR"_s});
    p.addOption({u"limit"_s, u"Media size limit in bytes (default 1945600 = 1900 KB)."_s, u"BYTES"_s});
    int rc = 0;
    if (!parseCommand(ctx, p, args, u"mmsctl template fit MANIFEST|PROJECT.mmstpl --out DIR: re-encode the template's media to fit the size limit."_s, 3, &rc))
        return rc;
    if (!p.isSet(u"out"_s))
        return ctx.fail(ExitUsage, u"usage"_s, u"--out DIR is required"_s);
    bool ok = true;
    const qint64 limit = p.isSet(u"limit"_s) ? p.value(u"limit"_s).toLongLong(&ok) : mms::kDefaultMediaLimitBytes;
    if (!ok || limit <= 0)
        return ctx.fail(ExitUsage, u"usage"_s, u"--limit must be a positive number of bytes"_s);
    const QString path = p.positionalArguments().at(2);
    // Read without the size check (being too big is why one fits), but every other check holds.
    mms::ManifestResult r = mms::TemplateProject::loadAny(path, std::numeric_limits<qint64>::max());
    if (!r.ok())
        return ctx.fail(ExitInvalid, u"invalid"_s, u"%1 is not a valid template:\n  - %2"_s.arg(path, r.errors.join(u"\n  - "_s)),
                        {{u"errors"_s, QJsonArray::fromStringList(r.errors)}});
    mms::TemplateFitter::Options options;
    options.limitBytes = limit;
    // Ctrl+C cancels cleanly: FFmpeg is stopped and the temporary files go.
    std::signal(SIGINT, [](int) { g_interrupted = true; });
    int lastShown = -1;
    const mms::FitResult result = mms::TemplateFitter::fit(r.tpl, options, [&](int permille, const QString &what) {
        if (ctx.json() || permille / 100 == lastShown)
            return;
        lastShown = permille / 100;
        QTextStream(stderr) << u"fitting %1… %2%\n"_s.arg(what).arg(permille / 10);
    }, &g_interrupted);
    std::signal(SIGINT, SIG_DFL);
    if (!result.ok)
        return ctx.fail(result.cancelled ? ExitUsage : ExitInvalid, result.cancelled ? u"cancelled"_s : u"fit"_s, result.error);
    mms::MmsTemplate fitted = r.tpl;
    for (const mms::FitChange &c : result.changes)
        fitted.frames[c.frame].attachments[c.attachment] = c.after;
    QString error;
    if (!mms::TemplateProject{fitted, {}}.exportManifest(p.value(u"out"_s), &error))
        return ctx.fail(ExitLocal, u"write"_s, error);
    QJsonArray changes;
    QString text = u"fitted: %1 -> %2 (limit %3)"_s.arg(kb(result.bytesBefore), kb(result.bytesAfter), kb(limit));
    for (const mms::FitChange &c : result.changes) {
        changes.append(QJsonObject{{u"frame"_s, c.frame + 1}, {u"from"_s, c.before.fileName}, {u"to"_s, c.after.fileName},
                                   {u"bytesBefore"_s, double(c.before.data.size())}, {u"bytesAfter"_s, double(c.after.data.size())}});
        text += u"\n  frame %1: %2 %3 -> %4 %5"_s.arg(c.frame + 1).arg(c.before.fileName, kb(c.before.data.size()), c.after.fileName, kb(c.after.data.size()));
    }
    text += u"\nwritten: "_s + QDir(p.value(u"out"_s)).filePath(u"template.json"_s);
    return ctx.succeed({{u"bytesBefore"_s, double(result.bytesBefore)}, {u"bytesAfter"_s, double(result.bytesAfter)},
                        {u"limit"_s, double(limit)}, {u"changes"_s, changes},
                        {u"manifest"_s, QDir(p.value(u"out"_s)).filePath(u"template.json"_s)}}, text);
}
} // namespace

int runTemplate(CliContext &ctx, const QString &sub, const QStringList &args)
{
    if (sub == u"fit"_s)
        return fit(ctx, args);
    if (sub == u"preview"_s)
        return preview(ctx, args);
    if (sub == u"check"_s)
        return check(ctx, args);
    if (sub == u"submit"_s)
        return submit(ctx, args);
    if (sub == u"list"_s)
        return list(ctx, args);
    return ctx.fail(ExitUsage, u"usage"_s, u"usage: mmsctl template check|submit|fit|preview MANIFEST, or mmsctl template list"_s);
}
