#pragma once

#include "import/RowReader.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace mms {

// Streams records from a delimited text file (RFC 4180 quoting: fields in double quotes may
// hold delimiters, quotes written twice, and line breaks; CRLF, LF or CR line ends).
class CsvReader : public RowReader
{
public:
    CsvReader(QIODevice *device, const QByteArray &codec, int bomLength, QChar delimiter);

    // Reads the next record; false at the end of the input. Blank lines are skipped.
    bool next(QStringList *fields) override;
    // The 1-based line on which the last record started.
    qint64 line() const override { return m_recordLine; }
    qint64 position() const override { return m_bytesRead; }
    qint64 size() const override;
    qint64 bytesRead() const { return m_bytesRead; }
    bool decodeError() const { return m_decoder.hasError(); }
    bool unterminatedQuote() const { return m_unterminatedQuote; }

    static constexpr qsizetype kMaxFieldChars = 64 * 1024;

private:
    bool fill();
    static void unwrapExcelText(QStringList *fields);

    QIODevice *m_device;
    QStringDecoder m_decoder;
    QChar m_delimiter;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_unterminatedQuote = false;
};

} // namespace mms
