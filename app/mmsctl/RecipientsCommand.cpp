#include "CliContext.h"
#include "Commands.h"

#include "import/RecipientFile.h"
#include "import/RecipientImport.h"
#include "protocol/Carriers.h"
#include "reports/Exports.h"
#include "campaign/BlocklistImport.h"
#include "protocol/Pushes.h"
#include "protocol/Mobile.h"
#include "storage/Store.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {
class CountingSink : public mms::RecipientSink
{
public:
    bool add(const QString &, const QStringList &) override { return true; }
};
} // namespace

bool readRecipientList(CliContext &ctx, const QCommandLineParser &p, const QString &path, mms::FileSniff *sniff,
                       mms::ImportOptions *options, int *exitCode)
{
    if (p.isSet(u"sheet"_s) && p.value(u"sheet"_s).trimmed().isEmpty()) {
        *exitCode = ctx.fail(ExitUsage, u"usage"_s, u"--sheet needs a sheet's name or number"_s);
        return false;
    }
    *sniff = mms::sniffRecipientFile(path, {p.value(u"sheet"_s), p.value(u"encoding"_s).toLatin1()});
    if (!sniff->ok()) {
        *exitCode = ctx.fail(ExitInvalid, u"invalid"_s, sniff->error);
        return false;
    }
    *options = mms::ImportOptions::fromSniff(*sniff);
    if (p.isSet(u"mobile-column"_s)) {
        const QString col = p.value(u"mobile-column"_s);
        const int index = sniff->columnIndex(col);
        if (index < 0) {
            *exitCode = ctx.fail(ExitInvalid, u"invalid"_s, u"--mobile-column: no column \"%1\"; the columns are: %2"_s.arg(col, sniff->header.join(u", "_s)));
            return false;
        }
        options->mobileColumn = index;
    } else if (sniff->mobileColumn < 0) {
        *exitCode = ctx.fail(ExitInvalid, u"invalid"_s, u"no column of mobile numbers found; name it with --mobile-column (columns: %1)"_s
                                                             .arg(sniff->header.join(u", "_s)));
        return false;
    }
    return true;
}

int runRecipients(CliContext &ctx, const QString &sub, const QStringList &args)
{
    if (sub != u"check"_s)
        return ctx.fail(ExitUsage, u"usage"_s, u"usage: mmsctl recipients check FILE"_s);
    QCommandLineParser p;
    p.addOption({u"mobile-column"_s, u"The number column (header name or number)."_s, u"COLUMN"_s});
    p.addOption({u"sheet"_s, u"The sheet of an Excel workbook to read (name or number; default: the first visible one)."_s, u"SHEET"_s});
    p.addOption({u"encoding"_s, u"The encoding of a text file when the detected one is wrong: utf-8, gb18030, utf-16le or utf-16be."_s, u"NAME"_s});
    p.addOption({u"issues-out"_s, u"Save the rows left out, and why, to FILE.xlsx or FILE.csv for Excel."_s, u"FILE"_s});
    int rc = 0;
    if (!parseCommand(ctx, p, args, u"mmsctl recipients check FILE: how many rows are valid, invalid (and why), duplicate or blocked."_s, 3, &rc))
        return rc;
    const QString path = p.positionalArguments().at(2);
    mms::FileSniff sniff;
    mms::ImportOptions options;
    if (!readRecipientList(ctx, p, path, &sniff, &options, &rc))
        return rc;
    if (mms::Store *store = ctx.store()) {
        QString error;
        const auto blocked = store->blocklist(&error);
        if (!blocked)
            return ctx.fail(ExitLocal, u"storage"_s, u"cannot read the blocklist: %1"_s.arg(error));
        options.blocklist = *blocked;
    }
    CountingSink sink;
    const mms::ImportSummary s = mms::importRecipients(path, options, sink);
    if (!s.ok())
        return ctx.fail(ExitLocal, u"import"_s, s.error);
    QString error;
    if (p.isSet(u"issues-out"_s) && !mms::writeIssues(p.value(u"issues-out"_s), s.issues, &error))
        return ctx.fail(ExitLocal, u"export"_s, u"cannot save %1: %2"_s.arg(p.value(u"issues-out"_s), error));
    QJsonArray issues;
    QStringList lines;
    const QString layout = sniff.format == mms::FileFormat::Xlsx
        ? u"Excel workbook, sheet \"%1\""_s.arg(sniff.sheets.value(sniff.sheet))
        : u"%1, %2-separated"_s.arg(sniff.charset.label, mms::FileSniff::delimiterName(sniff.delimiter));
    lines << u"%1: %2, %3; numbers in \"%4\""_s.arg(path, layout, sniff.hasHeader ? u"with a header row"_s : u"no header row"_s,
                                                   sniff.header.value(options.mobileColumn));
    lines << u"rows %1, valid %2, invalid %3, duplicates %4, blocked %5"_s.arg(s.rows).arg(s.valid).arg(s.invalid).arg(s.duplicates).arg(s.blocked);
    QJsonObject carriers;
    QStringList carrierText;
    for (auto it = s.byCarrier.cbegin(); it != s.byCarrier.cend(); ++it) {
        carriers.insert(mms::pushes::carrierName(it.key()), double(it.value())); // stable JSON keys (移动…)
        carrierText << u"%1 %2"_s.arg(mms::Carriers::englishName(it.key())).arg(it.value());
    }
    if (!carrierText.isEmpty())
        lines << u"by carrier: "_s + carrierText.join(u", "_s);
    for (const mms::RowIssue &i : s.issues) {
        if (i.kind == mms::RowIssue::Kind::Duplicate)
            continue;
        if (issues.size() < 1000)
            issues.append(QJsonObject{{u"line"_s, double(i.line)}, {u"value"_s, i.value}, {u"reason"_s, i.reason}});
        if (lines.size() < 23)
            lines << u"  line %1: %2 — %3"_s.arg(i.line).arg(i.value, i.reason);
    }
    QJsonObject extra;
    if (sniff.format == mms::FileFormat::Xlsx) {
        extra.insert(u"sheet"_s, sniff.sheets.value(sniff.sheet));
        extra.insert(u"sheets"_s, QJsonArray::fromStringList(sniff.sheets));
    }
    if (sniff.skipRows > 0)
        extra.insert(u"titleRows"_s, sniff.skipRows);
    QJsonObject result{{u"file"_s, path}, {u"encoding"_s, sniff.charset.label}, {u"header"_s, QJsonArray::fromStringList(sniff.header)},
                       {u"hasHeader"_s, sniff.hasHeader}, {u"rows"_s, double(s.rows)}, {u"valid"_s, double(s.valid)},
                       {u"invalid"_s, double(s.invalid)}, {u"duplicates"_s, double(s.duplicates)},
                       {u"blocked"_s, double(s.blocked)}, {u"byCarrier"_s, carriers}, {u"issues"_s, issues}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        result.insert(it.key(), it.value());
    return ctx.succeed(result,
                       lines.join(u'\n'));
}

int runBlocklist(CliContext &ctx, const QString &sub, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"reason"_s, u"Why (e.g. replied TD)."_s, u"TEXT"_s});
    p.addOption({u"check"_s, u"With import: only check the file and say what would be added."_s});
    p.addOption({u"sheet"_s, u"With import: the sheet of an Excel workbook (name or number)."_s, u"SHEET"_s});
    p.addOption({u"encoding"_s, u"With import: the encoding of a text file (utf-8, gb18030, utf-16le, utf-16be)."_s, u"NAME"_s});
    p.addOption({u"mobile-column"_s, u"With import: the number column (header name or number)."_s, u"COLUMN"_s});
    p.addOption({u"out"_s, u"With list: save the blocklist (number, reason, time) to FILE.xlsx or FILE.csv for Excel."_s, u"FILE"_s});
    p.addOption({u"since"_s, u"With undo: the time from which blocks are taken back, e.g. \"2026-12-02 10:00\" (local time)."_s, u"TIME"_s});
    int rc = 0;
    if (!parseCommand(ctx, p, args, u"mmsctl blocklist add|remove N... | list | import FILE | undo --since TIME: numbers never sent to."_s, -1, &rc))
        return rc;
    mms::Store *store = ctx.store();
    if (!store)
        return ctx.fail(ExitLocal, u"storage"_s, ctx.lastError());
    if (sub == u"undo"_s) {
        QDateTime since = QDateTime::fromString(p.value(u"since"_s), u"yyyy-MM-dd HH:mm"_s);
        if (!since.isValid())
            since = QDateTime::fromString(p.value(u"since"_s), u"yyyy-MM-dd HH:mm:ss"_s);
        if (!since.isValid())
            since = QDateTime::fromString(p.value(u"since"_s), Qt::ISODate);
        if (!since.isValid())
            return ctx.fail(ExitUsage, u"usage"_s, u"undo needs --since \"YYYY-MM-DD HH:MM\" (local time), e.g. --since \"2026-12-02 10:00\""_s);
        QString error;
        const auto removed = store->unblockAddedSince(since, &error);
        if (!removed)
            return ctx.fail(ExitLocal, u"storage"_s, error);
        return ctx.succeed({{u"removed"_s, *removed}, {u"since"_s, since.toUTC().toString(Qt::ISODate)}},
                           u"%1 numbers blocked since %2 are off the blocklist again"_s.arg(*removed).arg(since.toString(u"yyyy-MM-dd HH:mm"_s)));
    }
    const QStringList numbers = p.positionalArguments().mid(2);
    if (sub == u"import"_s) {
        const QStringList files = p.positionalArguments().mid(2);
        if (files.size() != 1)
            return ctx.fail(ExitUsage, u"usage"_s, u"usage: mmsctl blocklist import FILE [--check] [--reason TEXT] [--sheet S] [--mobile-column C]"_s);
        mms::FileSniff sniff;
        mms::ImportOptions options;
        if (!readRecipientList(ctx, p, files.first(), &sniff, &options, &rc))
            return rc;
        const QString reason = p.isSet(u"reason"_s) ? p.value(u"reason"_s) : u"imported from %1"_s.arg(QFileInfo(files.first()).fileName());
        const bool apply = !p.isSet(u"check"_s);
        const mms::BlocklistImportResult r = mms::importBlocklist(*ctx.database(), files.first(), options, reason, apply);
        if (!r.ok())
            return ctx.fail(ExitLocal, u"storage"_s, r.error.isEmpty() ? r.summary.error : r.error);
        const mms::ImportSummary &s = r.summary;
        QStringList lines{u"%1: %2 new numbers%3, %4 already blocked, %5 invalid, %6 duplicates"_s.arg(files.first()).arg(s.valid)
                              .arg(apply ? u" blocked"_s : u" would be blocked"_s).arg(s.blocked).arg(s.invalid).arg(s.duplicates)};
        QJsonArray invalid;
        for (const mms::RowIssue &i : s.issues) {
            if (i.kind != mms::RowIssue::Kind::Invalid)
                continue;
            if (invalid.size() < 1000)
                invalid.append(QJsonObject{{u"line"_s, double(i.line)}, {u"value"_s, i.value}, {u"reason"_s, i.reason}});
            if (lines.size() < 21)
                lines << u"  line %1: %2 — %3"_s.arg(i.line).arg(mms::pushes::printable(i.value), i.reason);
        }
        return ctx.succeed({{u"file"_s, files.first()}, {u"added"_s, r.added}, {u"new"_s, double(s.valid)},
                            {u"alreadyBlocked"_s, double(s.blocked)}, {u"invalid"_s, double(s.invalid)},
                            {u"duplicates"_s, double(s.duplicates)}, {u"issues"_s, invalid}, {u"checkOnly"_s, !apply}},
                           lines.join(u'\n'));
    }
    if (sub == u"list"_s && p.isSet(u"out"_s)) {
        const mms::ExportOutcome o = mms::exportBlocklist(*ctx.database(), p.value(u"out"_s));
        if (!o.ok())
            return ctx.fail(ExitLocal, u"export"_s, u"cannot save %1: %2"_s.arg(p.value(u"out"_s), o.error));
        return ctx.succeed({{u"file"_s, p.value(u"out"_s)}, {u"rows"_s, double(o.rows)}},
                           u"saved %1 blocked numbers to %2"_s.arg(o.rows).arg(p.value(u"out"_s)));
    }
    if (sub == u"list"_s) {
        QString error;
        const auto blocked = store->blocklist(&error);
        if (!blocked)
            return ctx.fail(ExitLocal, u"storage"_s, u"cannot read the blocklist: %1"_s.arg(error));
        QStringList all(blocked->cbegin(), blocked->cend());
        all.sort();
        return ctx.succeed({{u"blocklist"_s, QJsonArray::fromStringList(all)}}, all.isEmpty() ? u"the blocklist is empty"_s : all.join(u'\n'));
    }
    if ((sub != u"add"_s && sub != u"remove"_s) || numbers.isEmpty())
        return ctx.fail(ExitUsage, u"usage"_s, u"usage: mmsctl blocklist add|remove N1 [N2…], list [--out FILE], import FILE [--check], or undo --since TIME"_s);
    QStringList done;
    for (const QString &raw : numbers) {
        QString why;
        const auto n = mms::mobile::normalize(raw, &why);
        if (!n)
            return ctx.fail(ExitInvalid, u"invalid"_s, u"%1: %2"_s.arg(raw, why));
        QString error;
        const bool ok = sub == u"add"_s ? store->addToBlocklist(*n, p.value(u"reason"_s), &error) : store->removeFromBlocklist(*n, &error);
        if (!ok)
            return ctx.fail(ExitLocal, u"storage"_s, error);
        done << *n;
    }
    return ctx.succeed({{sub == u"add"_s ? u"added"_s : u"removed"_s, QJsonArray::fromStringList(done)}},
                       u"%1: %2"_s.arg(sub == u"add"_s ? u"added"_s : u"removed"_s, done.join(u", "_s)));
}
