#include "import/FileFormat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>

namespace mms {
namespace {
QByteArray utf16Name(const char *name)
{
    QByteArray out;
    for (const char *p = name; *p; ++p)
        out.append(*p).append('\0');
    return out;
}
} // namespace

FileKind identifyFile(QIODevice &device)
{
    FileKind kind;
    const QByteArray head = device.peek(8);
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        kind.format = FileFormat::Xlsx;
        return kind;
    }
    if (!head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return kind;
    // A compound file (OLE): Office 97–2003, or an Office 2007+ file encrypted with a password
    // (its directory names EncryptionInfo). The directory may be anywhere: look through the
    // first 64 MB for the stream names.
    static const QByteArray encrypted = utf16Name("EncryptionInfo");
    static const QByteArray workbook = utf16Name("Workbook");
    static const QByteArray book = utf16Name("Book");
    static const QByteArray word = utf16Name("WordDocument");
    bool isEncrypted = false, isWorkbook = false, isWord = false;
    const qint64 start = device.pos();
    QByteArray tail;
    for (qint64 read = 0; read < 64 * 1024 * 1024 && !isEncrypted;) {
        const QByteArray chunk = device.read(1024 * 1024);
        if (chunk.isEmpty())
            break;
        read += chunk.size();
        const QByteArray window = tail + chunk;
        isEncrypted = window.contains(encrypted);
        isWorkbook = isWorkbook || window.contains(workbook) || window.contains(book);
        isWord = isWord || window.contains(word);
        tail = chunk.right(64);
    }
    device.seek(start);
    kind.format = FileFormat::Xlsx;
    if (isEncrypted)
        kind.refusal = QCoreApplication::translate("mms::FileFormat", "is protected by a password; open it in Excel, remove the password (File → Info → Protect Workbook) and save it again");
    else if (isWorkbook)
        kind.refusal = QCoreApplication::translate("mms::FileFormat", "is an Excel 97–2003 workbook (.xls); in Excel use Save As → Excel Workbook (.xlsx) or CSV");
    else if (isWord)
        kind.refusal = QCoreApplication::translate("mms::FileFormat", "is a Word document, not a list of recipients");
    else
        kind.refusal = QCoreApplication::translate("mms::FileFormat", "is an old Office file; save it from Excel as an Excel Workbook (.xlsx) or CSV");
    return kind;
}

} // namespace mms
