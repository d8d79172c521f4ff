#pragma once

#include "import/RowReader.h"
#include "import/XlsxWorkbook.h"

#include <deque>
#include <memory>
#include <vector>

namespace mms {

// Streams one worksheet's rows as text, in the sheet's order, with memory that does not grow
// with the sheet: shared and inline strings, numbers as the user sees them (see
// xlsx::numberText), formulas by their cached value, rows without a value skipped, and merged
// cells holding their range's value in every cell they cover (a store name merged over ten
// customers applies to all ten).
class XlsxSheetReader : public RowReader
{
public:
    XlsxSheetReader(XlsxWorkbook &book, int sheet);
    ~XlsxSheetReader() override;

    // Every row is given at least this many cells (empty ones added), cells past limit dropped.
    void setWidth(int minimum, int limit = xlsx::kMaxColumns);
    // Reads the merged ranges (listed after the cells), then opens the cells; false on error().
    bool start();

    bool next(QStringList *fields) override;
    qint64 line() const override { return m_row; }
    qint64 position() const override;
    qint64 size() const override;
    QString error() const override { return m_error; }

    static constexpr int kMaxMerges = 100000;
    static constexpr qsizetype kMaxCellChars = 64 * 1024;

    struct Merge
    {
        qint64 top = 0, bottom = 0;
        int left = 0, right = 0;
        QString value;
    };
    struct Row
    {
        qint64 number = 0;
        QStringList cells;
    };

private:
    class Cells;
    bool readMerges();
    bool fail(const QString &why);

    XlsxWorkbook &m_book;
    int m_sheet;
    int m_minWidth = 0;
    int m_limit = xlsx::kMaxColumns;
    std::unique_ptr<XlsxPart> m_part;
    std::unique_ptr<Cells> m_cells;
    std::vector<Merge> m_merges; // by top row
    qint64 m_row = 0;
    QString m_error;
};

} // namespace mms
