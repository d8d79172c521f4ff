#include "reports/CsvWriter.h"

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
    // A number such as -5 or +86… stays as it is: only text that starts like a formula is guarded
    // (a leading tab or carriage return too, which spreadsheets skip before the formula).
    const bool formula = !v.isEmpty()
        && (v.front() == u'=' || v.front() == u'@' || v.front() == u'\t' || v.front() == u'\r'
            || ((v.front() == u'+' || v.front() == u'-') && v.size() > 1 && !v.at(1).isDigit()));
    if (formula)
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
