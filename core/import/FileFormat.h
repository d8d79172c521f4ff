#pragma once

#include <QString>

class QIODevice;

namespace mms {

enum class FileFormat { Text, Xlsx };

// What a recipients file is, from its bytes: text (CSV, TXT) or an Excel workbook (.xlsx). An
// Office file that cannot be read (a legacy .xls, a workbook protected by a password) gets a
// refusal that says what to do, in place of a parse of binary as text.
struct FileKind
{
    FileFormat format = FileFormat::Text;
    QString refusal; // a sentence after the file's name: "is an Excel 97–2003 workbook…"
};

FileKind identifyFile(QIODevice &device);

} // namespace mms
