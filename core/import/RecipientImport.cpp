#include "import/RecipientImport.h"
#include "reports/TableWriter.h"

#include "import/CsvReader.h"
#include "import/XlsxSheetReader.h"
#include "protocol/Carriers.h"
#include "protocol/Mobile.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace mms {

ImportOptions ImportOptions::fromSniff(const FileSniff &sniff)
{
    ImportOptions o;
    o.format = sniff.format;
    o.sheet = qMax(0, sniff.sheet);
    o.skipRows = sniff.skipRows;
    o.charset = sniff.charset;
    o.delimiter = sniff.delimiter;
    o.hasHeader = sniff.hasHeader;
    o.mobileColumn = qMax(0, sniff.mobileColumn);
    return o;
}

ImportSummary importRecipients(const QString &path, const ImportOptions &options, RecipientSink &sink,
                               const std::function<bool(qint64, qint64)> &progress)
{
    if (options.format == FileFormat::Xlsx) {
        XlsxWorkbook book(path);
        if (!book.open()) {
            ImportSummary s;
            s.error = QCoreApplication::translate("mms::RecipientImport", "cannot read %1: %2").arg(path, book.error());
            return s;
        }
        XlsxSheetReader reader(book, options.sheet);
        int width = options.mobileColumn + 1;
        for (const auto &variable : options.variables)
            width = qMax(width, variable.second + 1);
        reader.setWidth(width);
        if (!reader.start()) {
            ImportSummary s;
            s.error = QCoreApplication::translate("mms::RecipientImport", "cannot read %1: %2").arg(path, reader.error());
            return s;
        }
        return importRows(reader, options, sink, progress);
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ImportSummary s;
        s.error = QCoreApplication::translate("mms::RecipientImport", "cannot read %1: %2").arg(path, f.errorString());
        return s;
    }
    return importRecipients(f, options, sink, progress);
}

ImportSummary importRecipients(QIODevice &f, const ImportOptions &options, RecipientSink &sink,
                               const std::function<bool(qint64, qint64)> &progress)
{
    CsvReader reader(&f, options.charset.codec.isEmpty() ? QByteArray("UTF-8") : options.charset.codec,
                     options.charset.bomLength, options.delimiter);
    ImportSummary s = importRows(reader, options, sink, progress);
    if (!s.ok())
        return s;
    auto note = [&s](qint64 line, const QString &reason) {
        if (s.issues.size() < ImportSummary::kMaxIssues)
            s.issues.append(RowIssue{line, {}, reason, RowIssue::Kind::Invalid, false});
        else
            ++s.issuesNotListed;
    };
    if (reader.decodeError())
        note(0, QCoreApplication::translate("mms::RecipientImport", "some bytes are not valid %1; those characters were replaced").arg(options.charset.label));
    if (reader.unterminatedQuote())
        note(reader.line(), QCoreApplication::translate("mms::RecipientImport", "a quoted field is never closed; the file may be cut short"));
    return s;
}

ImportSummary importRows(RowReader &reader, const ImportOptions &options, RecipientSink &sink,
                         const std::function<bool(qint64, qint64)> &progress)
{
    ImportSummary s;
    auto note = [&s](qint64 line, const QString &value, const QString &reason, RowIssue::Kind kind, bool blocking) {
        if (s.issues.size() < ImportSummary::kMaxIssues)
            s.issues.append(RowIssue{line, value, reason, kind, blocking});
        else
            ++s.issuesNotListed;
    };
    QSet<qint64> seen; // numbers as integers: 11 digits fit, and hashing is cheap
    QStringList fields;
    QStringList values;
    values.reserve(options.variables.size());
    qint64 skip = qMax(0, options.skipRows) + (options.hasHeader ? 1 : 0);
    qint64 sinceProgress = 0;
    while (reader.next(&fields)) {
        if (skip > 0) {
            --skip;
            continue;
        }
        ++s.rows;
        if (progress && ++sinceProgress >= 20000) {
            sinceProgress = 0;
            if (!progress(reader.position(), reader.size())) {
                s.cancelled = true;
                return s;
            }
        }
        const qint64 line = reader.line();
        if (options.mobileColumn >= fields.size()) {
            ++s.invalid;
            note(line, fields.join(options.delimiter),
                 QCoreApplication::translate("mms::RecipientImport", "the row has %1 columns; the number column is %2").arg(fields.size()).arg(options.mobileColumn + 1),
                 RowIssue::Kind::Invalid, false);
            continue;
        }
        const QString &raw = fields.at(options.mobileColumn);
        QString why;
        const auto number = mobile::normalize(raw, &why);
        if (!number) {
            ++s.invalid;
            note(line, raw, why, RowIssue::Kind::Invalid, false);
            continue;
        }
        const qint64 key = number->toLongLong();
        const qsizetype before = seen.size();
        seen.insert(key); // one look-up: the set grows unless the number is there already
        if (seen.size() == before) {
            ++s.duplicates;
            note(line, *number, QCoreApplication::translate("mms::RecipientImport", "duplicate"), RowIssue::Kind::Duplicate, false);
            continue;
        }
        const int carrier = Carriers::carrierOfNumber(key);
        if (options.carriers && !(options.carriers & ImportOptions::carrierBit(carrier))) {
            ++s.otherCarriers; // a choice, not a problem of the row: counted, not listed
            continue;
        }
        if (options.blocklist.contains(*number)) {
            ++s.blocked;
            note(line, *number, QCoreApplication::translate("mms::RecipientImport", "on the blocklist (opted out)"), RowIssue::Kind::Blocked, false);
            continue;
        }
        if (options.capReason) {
            if (QString why = options.capReason(key); !why.isEmpty()) {
                ++s.capped;
                note(line, *number, why, RowIssue::Kind::Capped, false);
                continue;
            }
        }
        values.clear();
        QStringList empty;
        for (const auto &[name, column] : options.variables) {
            const QString v = fields.value(column).trimmed();
            if (v.isEmpty())
                empty << name;
            values << v;
        }
        if (!empty.isEmpty() && !options.emptyValuesAllowed) {
            ++s.emptyValues;
            const bool blocking = !options.skipRowsWithEmptyValues;
            if (blocking)
                ++s.blockingRows;
            note(line, *number, QCoreApplication::translate("mms::RecipientImport", "no value for %1").arg(empty.join(u", "_s)), RowIssue::Kind::EmptyValue, blocking);
            continue;
        }
        if (!sink.add(*number, values)) {
            s.error = QCoreApplication::translate("mms::RecipientImport", "the recipients could not be stored: %1").arg(sink.error());
            return s;
        }
        ++s.valid;
        ++s.byCarrier[carrier];
    }
    if (!reader.error().isEmpty()) {
        s.error = reader.error();
        return s;
    }
    if (progress)
        progress(reader.size(), reader.size());
    return s;
}

bool writeIssues(const QString &path, const QList<RowIssue> &issues, QString *error)
{
    const auto table = TableWriter::create(path, QCoreApplication::translate("mms::RecipientImport", "Problem rows"));
    const auto fail = [&] {
        if (error)
            *error = table->errorString();
        table->cancel();
        return false;
    };
    if (!table->open())
        return fail();
    table->writeHeader(QCoreApplication::translate("mms::RecipientImport", "Line,Value,Problem").split(u','));
    for (const RowIssue &i : issues)
        table->writeRow({QString::number(i.line), i.value, i.reason});
    if (!table->commit())
        return fail();
    return true;
}

} // namespace mms
