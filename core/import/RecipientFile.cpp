#include "import/RecipientFile.h"

#include "import/CsvReader.h"
#include "import/XlsxSheetReader.h"
#include "protocol/Mobile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
QList<QStringList> parseSample(const QByteArray &sample, const DetectedCharset &cs, QChar delimiter, int maxRows)
{
    QBuffer buffer;
    buffer.setData(sample);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, cs.codec, cs.bomLength, delimiter);
    QList<QStringList> rows;
    QStringList fields;
    while (rows.size() < maxRows && reader.next(&fields))
        rows.append(fields);
    // The sample may end inside a record: drop it.
    if (rows.size() > 1 && !sample.endsWith('\n'))
        rows.removeLast();
    return rows;
}

bool looksBinary(const QByteArray &sample, const DetectedCharset &cs)
{
    if (cs.codec.startsWith("UTF-16"))
        return false;
    const qsizetype n = qMin<qsizetype>(sample.size(), 8192);
    int control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(sample.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
            ++control;
    }
    return n > 0 && control * 20 > n;
}

constexpr int kMaxTitleRows = 10;

// The header, the number column and the preview from the first rows of a file.
void analyseRows(QList<QStringList> rows, int previewRows, FileSniff *s)
{
    // Title rows above the header ("2026 年双十一客户名单", often merged across the columns):
    // the header is the first row naming the number column, when no number comes before it.
    for (int r = 0; r < qMin<qsizetype>(rows.size() - 1, kMaxTitleRows + 1); ++r) {
        const QStringList &row = rows.at(r);
        if (std::any_of(row.cbegin(), row.cend(), [](const QString &c) { return mobile::normalize(c).has_value(); }))
            break;
        if (std::any_of(row.cbegin(), row.cend(), isMobileHeader)) {
            s->skipRows = r;
            rows.remove(0, r);
            break;
        }
    }
    for (const QStringList &r : std::as_const(rows))
        s->columnCount = qMax(s->columnCount, int(r.size()));

    // A header row names the number column, or holds no number where the data rows do.
    const QStringList first = rows.first();
    for (int c = 0; c < first.size(); ++c) {
        if (isMobileHeader(first.at(c))) {
            s->hasHeader = true;
            s->mobileColumn = c;
            break;
        }
    }
    if (s->mobileColumn < 0) {
        int bestValid = 0;
        for (int c = 0; c < s->columnCount; ++c) {
            int valid = 0;
            for (qsizetype r = 1; r < rows.size(); ++r)
                valid += mobile::normalize(rows.at(r).value(c)).has_value() ? 1 : 0;
            if (valid > bestValid) {
                bestValid = valid;
                s->mobileColumn = c;
            }
        }
        if (s->mobileColumn < 0 && mobile::normalize(first.value(0)))
            s->mobileColumn = 0;
        if (s->mobileColumn >= 0 && !mobile::normalize(first.value(s->mobileColumn)).has_value() && rows.size() > 1) {
            // Text where the numbers should be, e.g. a header we do not know ("客户电话").
            bool numeric = false;
            for (QChar ch : first.value(s->mobileColumn))
                numeric = numeric || ch.isDigit();
            s->hasHeader = !numeric;
        }
    }
    if (s->hasHeader) {
        s->header = rows.takeFirst();
    }
    for (int c = s->header.size(); c < s->columnCount; ++c)
        s->header << QCoreApplication::translate("mms::RecipientFile", "Column %1").arg(c + 1);
    s->preview = rows.mid(0, previewRows);
}

void sniffWorkbook(XlsxWorkbook &book, const QString &fileName, const SniffChoice &choice, int previewRows, FileSniff *s);
} // namespace

QString FileSniff::delimiterName(QChar c)
{
    if (c == u'\t')
        return QCoreApplication::translate("mms::RecipientFile", "tab");
    if (c == u';')
        return QCoreApplication::translate("mms::RecipientFile", "semicolon");
    return QCoreApplication::translate("mms::RecipientFile", "comma");
}

int FileSniff::columnIndex(const QString &spec) const
{
    const QString name = spec.trimmed();
    if (const qsizetype i = header.indexOf(name); i >= 0)
        return int(i);
    bool ok = false;
    const int n = name.toInt(&ok);
    return ok && n >= 1 && n <= columnCount ? n - 1 : -1;
}

bool isMobileHeader(const QString &cell)
{
    static const QStringList names = {u"手机号"_s, u"手机号码"_s, u"手机"_s, u"号码"_s, u"电话"_s, u"电话号码"_s,
                                      u"联系电话"_s, u"移动电话"_s, u"mobile"_s, u"phone"_s, u"tel"_s,
                                      u"telephone"_s, u"msisdn"_s, u"number"_s, u"mobile number"_s, u"cell"_s};
    return names.contains(cell.trimmed().toLower());
}

FileSniff sniffRecipientFile(const QString &path, const SniffChoice &choice, int previewRows)
{
    FileSniff s;
    s.path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        s.error = QCoreApplication::translate("mms::RecipientFile", "%1 does not exist").arg(path);
        return s;
    }
    if (info.isDir()) {
        s.error = QCoreApplication::translate("mms::RecipientFile", "%1 is a folder, not a file").arg(path);
        return s;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        s.error = QCoreApplication::translate("mms::RecipientFile", "cannot read %1: %2").arg(path, f.errorString());
        return s;
    }
    const FileKind kind = identifyFile(f);
    if (kind.format == FileFormat::Xlsx) {
        s.format = FileFormat::Xlsx;
        s.fileSize = f.size();
        if (!kind.refusal.isEmpty()) {
            s.error = info.fileName() + u' ' + kind.refusal;
            return s;
        }
        f.close();
        XlsxWorkbook book(path);
        sniffWorkbook(book, info.fileName(), choice, previewRows, &s);
        return s;
    }
    const QByteArray sample = f.read(kSniffBytes);
    FileSniff sniffed = sniffRecipientData(sample, f.size(), info.fileName(), previewRows, choice.encoding);
    sniffed.path = path;
    return sniffed;
}

namespace {
void sniffWorkbook(XlsxWorkbook &book, const QString &fileName, const SniffChoice &choice, int previewRows, FileSniff *s)
{
    s->format = FileFormat::Xlsx;
    s->charset.label = QCoreApplication::translate("mms::RecipientFile", "Excel workbook");
    if (!book.open()) {
        s->error = QCoreApplication::translate("mms::RecipientFile", "%1 cannot be read: %2").arg(fileName, book.error());
        return;
    }
    for (const XlsxWorkbook::Sheet &sheet : book.sheets())
        s->sheets << sheet.name;
    s->sheet = choice.sheet.isEmpty() ? book.firstVisibleSheet() : book.sheetIndex(choice.sheet);
    if (s->sheet < 0) {
        s->error = QCoreApplication::translate("mms::RecipientFile", "%1 has no sheet “%2”; its sheets are: %3")
                       .arg(fileName, choice.sheet, s->sheets.join(QCoreApplication::translate("mms::RecipientFile", ", ")));
        return;
    }
    XlsxSheetReader reader(book, s->sheet);
    QList<QStringList> rows;
    QStringList fields;
    if (reader.start())
        while (rows.size() < previewRows + kMaxTitleRows + 1 && reader.next(&fields))
            rows.append(fields);
    if (!reader.error().isEmpty()) {
        s->error = QCoreApplication::translate("mms::RecipientFile", "%1 cannot be read: %2").arg(fileName, reader.error());
        return;
    }
    if (rows.isEmpty()) {
        s->error = QCoreApplication::translate("mms::RecipientFile", "sheet “%1” of %2 holds no rows").arg(s->sheets.at(s->sheet), fileName);
        return;
    }
    analyseRows(rows, previewRows, s);
}
} // namespace

FileSniff sniffRecipientData(const QByteArray &sample, qint64 fileSize, const QString &fileName, int previewRows,
                             const QByteArray &encoding)
{
    FileSniff s;
    s.fileSize = fileSize;
    const QFileInfo info(fileName);
    if (s.fileSize == 0) {
        s.error = QCoreApplication::translate("mms::RecipientFile", "%1 is empty (0 bytes)").arg(info.fileName());
        return s;
    }
    if (encoding.isEmpty()) {
        s.charset = detectCharset(sample);
    } else if (const auto chosen = chosenCharset(encoding, sample)) {
        s.charset = *chosen;
    } else {
        s.error = QCoreApplication::translate("mms::RecipientFile", "unknown encoding %1 (choose UTF-8, GB18030, UTF-16LE or UTF-16BE)")
                      .arg(QString::fromLatin1(encoding));
        return s;
    }
    if (looksBinary(sample, s.charset)) {
        s.error = QCoreApplication::translate("mms::RecipientFile", "%1 is not a text file (CSV or TXT); in Excel use Save As → CSV").arg(info.fileName());
        return s;
    }

    // The delimiter that splits the sample into the most columns, consistently.
    int bestColumns = 1;
    for (QChar d : {u',', u'\t', u';'}) {
        const QList<QStringList> rows = parseSample(sample, s.charset, d, 50);
        if (rows.isEmpty())
            continue;
        QList<int> counts;
        for (const QStringList &r : rows)
            counts << int(r.size());
        std::sort(counts.begin(), counts.end());
        const int median = counts.at(counts.size() / 2);
        const auto agreeing = std::count(counts.cbegin(), counts.cend(), median);
        if (median > bestColumns && agreeing * 10 >= counts.size() * 7) {
            bestColumns = median;
            s.delimiter = d;
        }
    }
    QList<QStringList> rows = parseSample(sample, s.charset, s.delimiter, previewRows + 1);
    if (rows.isEmpty()) {
        s.error = QCoreApplication::translate("mms::RecipientFile", "%1 holds no rows").arg(info.fileName());
        return s;
    }
    analyseRows(rows, previewRows, &s);
    return s;
}


} // namespace mms
