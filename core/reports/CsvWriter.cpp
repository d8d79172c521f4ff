#include "reports/CsvWriter.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace mms {

CsvWriter::CsvWriter(const QString &path)
    : m_file(path)
{
}

bool CsvWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return false;
    m_buffer = "\xEF\xBB\xBF"_ba;
    return true;
}

QString CsvWriter::field(const QString &value)
{
    QString v = value;
    // A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return, which it
    // skips first) as a formula: "-1+HYPERLINK(…)" or "-2+3+cmd|' /C calc'!A0". Left as it is
    // only when the whole cell is a number ("-5", "+86 138 0013 8000"); else it is made text.
    static const QRegularExpression number(u"^[+-]?\\d[\\d .]*$"_s);
    static const QString starts = u"=+-@\t\r"_s;
    // Excel shows a long number as 1.38623E+10 and, saved again as CSV, keeps only those digits;
    // a leading 0 it drops. Written as ="13800138000" it stays text (and our import reads it back).
    static const QRegularExpression longNumber(u"^(\\d{11,}|0\\d+)$"_s);
    if (longNumber.match(v).hasMatch())
        return u"\"=\"\"%1\"\"\""_s.arg(v);
    if (!v.isEmpty() && starts.contains(v.front()) && !number.match(v).hasMatch())
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        return u'"' + v.replace(u'"', u"\"\""_s) + u'"';
    return v;
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << field(f);
    m_buffer += out.join(u',').toUtf8() + "\r\n";
    if (m_buffer.size() > (1 << 20)) {
        m_file.write(m_buffer);
        m_buffer.clear();
    }
}

bool CsvWriter::commit()
{
    m_file.write(m_buffer);
    m_buffer.clear();
    return m_file.commit();
}

} // namespace mms
