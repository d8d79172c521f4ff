#pragma once

#include <QString>
#include <QLatin1StringView>
#include <QStringView>

namespace mms::xlsx {

// How a number cell is shown, from its style's number format.
enum class NumberStyle { General, Date, DateTime, Time, Percent, Text };

// The style of a built-in format id, or of a custom format code ("yyyy\"年\"m\"月\"d\"日\"").
NumberStyle numberStyleOf(int numFmtId, const QString &formatCode = {});

// A number cell's text as the user means it: integers exactly as stored ("13812345678"), dates as
// 2026-12-03, percentages as 15%, other decimals to Excel's 15 digits. A value stored in exponent
// form ("1.38123E+10") is kept as written: for a phone number it means digits were lost before
// the file was saved, and guessing them would send to someone else.
QString numberText(QStringView stored, NumberStyle style, bool date1904);

// "AB12" → column 27 (0-based) and row 12; false when it is not a cell reference.
bool parseCellRef(QStringView ref, int *column, qint64 *row);
bool parseCellRef(QLatin1StringView ref, int *column, qint64 *row);

constexpr int kMaxColumns = 16384;     // Excel's own limits (XFD)
constexpr qint64 kMaxRows = 1048576;

} // namespace mms::xlsx
