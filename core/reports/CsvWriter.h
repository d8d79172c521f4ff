#pragma once

#include <QFile>
#include <QSaveFile>
#include <QStringList>

namespace mms {

// CSV for Excel: UTF-8 with a byte-order mark (so Excel reads Chinese right), CRLF, fields
// quoted when needed, and cells that Excel would take for a formula (=, +, -, @, tab first: a reply
// is text from a stranger) prefixed with an apostrophe. Written to a temporary file and put in
// place by commit(), so a cancelled or failed export leaves no half file.
class CsvWriter
{
public:
    explicit CsvWriter(const QString &path);
    bool open();
    void writeRow(const QStringList &fields);
    bool commit();
    void cancel() { m_file.cancelWriting(); }
    QString errorString() const { return m_file.errorString(); }

    static QString field(const QString &value);

private:
    QSaveFile m_file;
    QByteArray m_buffer;
};

} // namespace mms
