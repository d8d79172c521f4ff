#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

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
    // A row of numbers and text, for a report read by people: integers as numbers and doubles as
    // percentages (0.875 shows as 87.5%) in a workbook, so Excel can sum and chart them; text in
    // CSV. Strings stay text.
    virtual void writeValues(const QVariantList &values);
    // A workbook starts another sheet (its own header and widths); false for CSV, which has one.
    virtual bool addSheet(const QString &name);
    virtual bool commit() = 0;
    virtual void cancel() = 0;
    virtual QString errorString() const = 0;

protected:
    static QString textOf(const QVariant &v);
};

} // namespace mms
