#include "import/CsvReader.h"

#include <QIODevice>

namespace mms {

CsvReader::CsvReader(QIODevice *device, const QByteArray &codec, int bomLength, QChar delimiter)
    : m_device(device)
    , m_decoder(codec.constData())
    , m_delimiter(delimiter)
{
    if (bomLength > 0)
        m_bytesRead += m_device->read(bomLength).size();
}

qint64 CsvReader::size() const
{
    return m_device->size();
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    // No more than the device holds: a small file (or the fuzzer's input) gets no 256 kB buffer.
    const qint64 available = m_device->bytesAvailable();
    const QByteArray chunk = m_device->read(available > 0 ? qMin<qint64>(available, 256 * 1024) : 256 * 1024);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_bytesRead += chunk.size();
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    m_buffer += m_decoder.decode(chunk);
    return true;
}

// ="13800138000" is how a CSV keeps a long number from Excel's reformatting (our own exports
// write it so): the text inside is the value.
void CsvReader::unwrapExcelText(QStringList *fields)
{
    for (QString &f : *fields)
        if (f.size() >= 3 && f.at(0) == u'=' && f.at(1) == u'"' && f.back() == u'"' && f.indexOf(u'"', 2) == f.size() - 1)
            f = f.mid(2, f.size() - 3);
}

bool CsvReader::next(QStringList *fields)
{
    fields->clear();
    QString field;
    bool inQuotes = false;
    bool quotedField = false;
    bool any = false;
    m_recordLine = m_line;
    while (true) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (inQuotes)
                m_unterminatedQuote = true;
            if (!any && field.isEmpty() && fields->isEmpty())
                return false;
            fields->append(field);
            unwrapExcelText(fields);
            return true;
        }
        const QChar c = m_buffer.at(m_pos++);
        if (inQuotes) {
            if (c == u'"') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'"') {
                    field += u'"';
                    ++m_pos;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++m_line;
                if (field.size() < kMaxFieldChars)
                    field += c;
            }
            continue;
        }
        if (c == m_delimiter) {
            fields->append(field);
            field.clear();
            quotedField = false;
            any = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'\n')
                    ++m_pos;
            }
            ++m_line;
            if (!any && field.isEmpty() && !quotedField) {
                m_recordLine = m_line; // blank line
                continue;
            }
            fields->append(field);
            unwrapExcelText(fields);
            return true;
        } else if (c == u'"' && field.isEmpty() && !quotedField) {
            inQuotes = true;
            quotedField = true;
            any = true;
        } else if (field.size() < kMaxFieldChars) {
            // The rest of an unquoted field at once, as far as the buffer holds it (a quote inside
            // such a field is a character like any other): one copy, not one append per character.
            const qsizetype start = m_pos - 1;
            qsizetype end = m_pos;
            const QChar *data = m_buffer.constData();
            const char16_t delimiter = m_delimiter.unicode();
            while (end < m_buffer.size()) {
                const char16_t u = data[end].unicode();
                if (u == delimiter || u == u'\n' || u == u'\r')
                    break;
                ++end;
            }
            field.append(data + start, qMin(end - start, kMaxFieldChars - field.size()));
            m_pos = end;
            any = true;
        }
    }
}

} // namespace mms
