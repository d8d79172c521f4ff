#include "import/RecipientFile.h"

#include "import/CsvReader.h"
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

FileSniff sniffRecipientFile(const QString &path, int previewRows)
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
    s.fileSize = f.size();
    if (s.fileSize == 0) {
        s.error = QCoreApplication::translate("mms::RecipientFile", "%1 is empty (0 bytes)").arg(info.fileName());
        return s;
    }
    const QByteArray sample = f.read(64 * 1024);
    s.charset = detectCharset(sample);
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
    for (const QStringList &r : std::as_const(rows))
        s.columnCount = qMax(s.columnCount, int(r.size()));

    // A header row names the number column, or holds no number where the data rows do.
    const QStringList first = rows.first();
    for (int c = 0; c < first.size(); ++c) {
        if (isMobileHeader(first.at(c))) {
            s.hasHeader = true;
            s.mobileColumn = c;
            break;
        }
    }
    if (s.mobileColumn < 0) {
        int bestValid = 0;
        for (int c = 0; c < s.columnCount; ++c) {
            int valid = 0;
            for (qsizetype r = 1; r < rows.size(); ++r)
                valid += mobile::normalize(rows.at(r).value(c)).has_value() ? 1 : 0;
            if (valid > bestValid) {
                bestValid = valid;
                s.mobileColumn = c;
            }
        }
        if (s.mobileColumn < 0 && mobile::normalize(first.value(0)))
            s.mobileColumn = 0;
        if (s.mobileColumn >= 0 && !mobile::normalize(first.value(s.mobileColumn)).has_value() && rows.size() > 1) {
            // Text where the numbers should be, e.g. a header we do not know ("客户电话").
            bool numeric = false;
            for (QChar ch : first.value(s.mobileColumn))
                numeric = numeric || ch.isDigit();
            s.hasHeader = !numeric;
        }
    }
    if (s.hasHeader) {
        s.header = rows.takeFirst();
    }
    for (int c = s.header.size(); c < s.columnCount; ++c)
        s.header << QCoreApplication::translate("mms::RecipientFile", "Column %1").arg(c + 1);
    s.preview = rows.mid(0, previewRows);
    return s;
}

} // namespace mms
