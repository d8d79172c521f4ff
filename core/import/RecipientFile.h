#pragma once

#include "import/CharsetDetector.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace mms {

// What a recipients file looks like: encoding, delimiter, header, a preview and the
// column that most likely holds the mobile numbers. CSV and TXT (one number a line) alike.
struct FileSniff
{
    QString path;
    DetectedCharset charset;
    QChar delimiter = u',';
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

FileSniff sniffRecipientFile(const QString &path, int previewRows = 20);

// Header names people use for the number column (手机号, 手机, mobile, phone…).
bool isMobileHeader(const QString &cell);

} // namespace mms
