#include "CliContext.h"
#include "Commands.h"

#include "audience/AudienceStore.h"
#include "import/RecipientFile.h"
#include "protocol/Carriers.h"
#include "protocol/Pushes.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {
QJsonObject carriersJson(const QMap<int, qint64> &byCarrier)
{
    QJsonObject o;
    for (auto it = byCarrier.cbegin(); it != byCarrier.cend(); ++it)
        o.insert(mms::pushes::carrierName(it.key()), double(it.value()));
    return o;
}
} // namespace

int runAudience(CliContext &ctx, const QString &sub, const QStringList &args)
{
    const QString usage = u"mmsctl audience import NAME FILE [--add] | list | show NAME | remove NAME: customer lists kept with their columns."_s;
    QCommandLineParser p;
    p.addOption({u"add"_s, u"With import: add the file's numbers (and take their values) instead of replacing the members."_s});
    p.addOption({u"sheet"_s, u"With import: the sheet of an Excel workbook (name or number)."_s, u"SHEET"_s});
    p.addOption({u"encoding"_s, u"With import: the encoding of a text file (utf-8, gb18030, utf-16le, utf-16be)."_s, u"NAME"_s});
    p.addOption({u"mobile-column"_s, u"With import: the number column (header name or number)."_s, u"COLUMN"_s});
    int rc = 0;
    if (!parseCommand(ctx, p, args, usage, -1, &rc))
        return rc;
    const QStringList pos = p.positionalArguments().mid(2);
    if (!ctx.store())
        return ctx.fail(ExitLocal, u"storage"_s, ctx.lastError());
    mms::AudienceStore audiences(*ctx.database());
    QString error;
    if (sub == u"list"_s && pos.isEmpty()) {
        const auto all = audiences.list(&error);
        if (!all)
            return ctx.fail(ExitLocal, u"storage"_s, u"cannot read the audiences: %1"_s.arg(error));
        QJsonArray arr;
        QStringList lines;
        for (const mms::AudienceRow &a : *all) {
            arr.append(QJsonObject{{u"name"_s, a.name}, {u"members"_s, double(a.members)}, {u"columns"_s, QJsonArray::fromStringList(a.columns)},
                                   {u"byCarrier"_s, carriersJson(a.byCarrier)}, {u"updatedAt"_s, a.updatedAt}});
            lines << u"%1\t%2 members\t%3"_s.arg(a.name).arg(a.members).arg(a.columns.join(u", "_s));
        }
        return ctx.succeed({{u"audiences"_s, arr}}, lines.isEmpty() ? u"no audiences yet"_s : lines.join(u'\n'));
    }
    if (sub == u"show"_s && pos.size() == 1) {
        const auto a = audiences.find(pos.first(), &error);
        if (!a)
            return error.isEmpty() ? ctx.fail(ExitInvalid, u"invalid"_s, u"there is no audience \"%1\""_s.arg(pos.first()))
                                   : ctx.fail(ExitLocal, u"storage"_s, error);
        const auto first = audiences.members(a->id, 0, 10, &error);
        QJsonArray sample;
        QStringList lines{u"%1: %2 members, columns %3, from %4"_s.arg(a->name).arg(a->members).arg(a->columns.join(u", "_s), a->source)};
        QStringList carriers;
        for (auto it = a->byCarrier.cbegin(); it != a->byCarrier.cend(); ++it)
            carriers << u"%1 %2"_s.arg(mms::Carriers::englishName(it.key())).arg(it.value());
        lines << u"by carrier: "_s + carriers.join(u", "_s);
        for (const auto &m : first.value_or(QList<mms::AudienceStore::Member>())) {
            sample.append(QJsonObject{{u"mobile"_s, m.mobile}, {u"cells"_s, QJsonArray::fromStringList(m.cells)}});
            lines << u"  %1  %2"_s.arg(m.mobile, mms::pushes::printable(m.cells.join(u" | "_s), 200));
        }
        return ctx.succeed({{u"name"_s, a->name}, {u"members"_s, double(a->members)}, {u"columns"_s, QJsonArray::fromStringList(a->columns)},
                            {u"byCarrier"_s, carriersJson(a->byCarrier)}, {u"source"_s, a->source}, {u"first"_s, sample}},
                           lines.join(u'\n'));
    }
    if (sub == u"remove"_s && pos.size() == 1) {
        if (!audiences.remove(pos.first(), &error))
            return ctx.fail(ExitInvalid, u"invalid"_s, error);
        return ctx.succeed({{u"removed"_s, pos.first()}}, u"removed the audience \"%1\""_s.arg(pos.first()));
    }
    if (sub == u"import"_s && pos.size() == 2) {
        const QString name = pos.at(0), path = pos.at(1);
        mms::FileSniff sniff;
        mms::AudienceImportRequest request;
        if (!readRecipientList(ctx, p, path, &sniff, &request.options, &rc))
            return rc;
        request.name = name;
        request.path = path;
        request.header = sniff.header;
        request.mode = p.isSet(u"add"_s) ? mms::AudienceImportRequest::Mode::Add : mms::AudienceImportRequest::Mode::Replace;
        const mms::AudienceImportResult r = mms::importAudience(*ctx.database(), request);
        if (!r.ok())
            return ctx.fail(ExitInvalid, u"invalid"_s, r.error);
        const mms::ImportSummary &s = r.summary;
        return ctx.succeed({{u"name"_s, name}, {u"members"_s, double(r.members)}, {u"rows"_s, double(s.rows)}, {u"valid"_s, double(s.valid)},
                            {u"invalid"_s, double(s.invalid)}, {u"duplicates"_s, double(s.duplicates)}},
                           u"audience \"%1\": %2 members (%3 rows read, %4 invalid, %5 duplicates)"_s.arg(name).arg(r.members).arg(s.rows)
                               .arg(s.invalid).arg(s.duplicates));
    }
    return ctx.fail(ExitUsage, u"usage"_s, usage);
}
