#pragma once

#include "import/CharsetDetector.h"
#include "import/FileFormat.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace mms {

// What a recipients file looks like: encoding, delimiter, header, a preview and the
// column that most likely holds the mobile numbers. CSV and TXT (one number a line) alike, and
// a sheet of an Excel workbook.
struct FileSniff
{
    QString path;
    FileFormat format = FileFormat::Text;
    QStringList sheets;          // a workbook's worksheets
    int sheet = -1;              // the one read
    DetectedCharset charset;
    QChar delimiter = u',';
    int skipRows = 0;            // title rows above the header ("2026 年客户名单")
    bool hasHeader = false;
    QStringList header;          // the header row when hasHeader, else "列1", "列2"…
    QList<QStringList> preview;  // the first data rows
    int columnCount = 0;
    int mobileColumn = -1;       // -1: none found
    qint64 fileSize = 0;
    QString error;               // set when the file cannot be used at all

    bool ok() const { return error.isEmpty(); }
    // A column by header name or 1-based number ("姓名", "3"); -1 when there is none.
    int columnIndex(const QString &spec) const;
    static QString delimiterName(QChar c);
};

// What the user chose where the guess may be wrong.
struct SniffChoice
{
    QString sheet;       // a sheet's name or 1-based number; empty: the first visible one
    QByteArray encoding; // of a text file, one of choosableCharsets(); empty: detected
};

FileSniff sniffRecipientFile(const QString &path, const SniffChoice &choice = {}, int previewRows = 20);
// The same from the first kSniffBytes of a file of fileSize bytes (what the fuzzer feeds).
constexpr int kSniffBytes = 64 * 1024;
FileSniff sniffRecipientData(const QByteArray &sample, qint64 fileSize, const QString &fileName, int previewRows = 20,
                             const QByteArray &encoding = {});

// Header names people use for the number column (手机号, 手机, mobile, phone…).
bool isMobileHeader(const QString &cell);

} // namespace mms
