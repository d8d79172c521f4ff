#pragma once

#include <QString>
#include <QStringList>

namespace mms {

// Rows of cells from a recipients file, whatever its format (CSV/TXT or an Excel sheet), so the
// checks of an import are written once.
class RowReader
{
public:
    virtual ~RowReader() = default;
    // The next non-empty row; false at the end (or on an error(): see there).
    virtual bool next(QStringList *fields) = 0;
    // Where the last row is in the file, as people count: a CSV's 1-based line, a sheet's row.
    virtual qint64 line() const = 0;
    // Progress through the input, in units of size().
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;
    // Set when reading stopped before the end because the input is damaged or too large.
    virtual QString error() const { return {}; }
};

} // namespace mms
