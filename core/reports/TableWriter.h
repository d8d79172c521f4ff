#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace mms {

// A table for Excel, as .xlsx or CSV by the file's suffix: a header row, then rows of text.
// The workbook (libxlsxwriter, Debian's libxlsxwriter) holds every cell as text, so a number
// keeps every digit and nothing is run as a formula; its header is bold and frozen, columns are
// as wide as their first rows need, and rows are written as they come (constant memory: a
// million rows do not stay in memory). CSV goes through CsvWriter (BOM, formula guard, long
// numbers as ="…"). Either is written beside the target and put in place by commit(), so a
// cancelled or failed export leaves no half file.
class TableWriter
{
public:
    virtual ~TableWriter() = default;
    // sheet: the workbook's sheet name (ignored for CSV).
    static std::unique_ptr<TableWriter> create(const QString &path, const QString &sheet = {});
    static bool isWorkbook(const QString &path); // by suffix: .xlsx

    virtual bool open() = 0;
    virtual void writeHeader(const QStringList &header) = 0;
    virtual void writeRow(const QStringList &fields) = 0;
    virtual bool commit() = 0;
    virtual void cancel() = 0;
    virtual QString errorString() const = 0;
};

} // namespace mms
