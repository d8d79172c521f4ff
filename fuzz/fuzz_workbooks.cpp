// Excel workbooks from outside. Mutated zip bytes rarely get past the zip's checksums, so most
// inputs are XML put into a workbook here: the input is split at "\x01" into the sheet, the
// shared strings and the styles, stored (not compressed) in a zip made in memory, then read as
// the import reads it. An input starting with "PK" is read as a zip of its own.
#include "import/XlsxSheetReader.h"
#include "import/XlsxWorkbook.h"

#include <QByteArray>
#include <QList>

#include <zlib.h>

#include <cstddef>
#include <cstdint>

namespace {
void put16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xFF)).append(char(v >> 8));
}
void put32(QByteArray &b, quint32 v)
{
    put16(b, quint16(v & 0xFFFF));
    put16(b, quint16(v >> 16));
}

// A zip with its entries stored as they are (method 0).
QByteArray storedZip(const QList<QPair<QByteArray, QByteArray>> &entries)
{
    QByteArray out, central;
    for (const auto &[name, data] : entries) {
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20), put16(out, 0), put16(out, 0), put16(out, 0), put16(out, 0);
        put32(out, crc), put32(out, quint32(data.size())), put32(out, quint32(data.size()));
        put16(out, quint16(name.size())), put16(out, 0);
        out += name + data;
        put32(central, 0x02014b50);
        put16(central, 20), put16(central, 20), put16(central, 0), put16(central, 0), put16(central, 0), put16(central, 0);
        put32(central, crc), put32(central, quint32(data.size())), put32(central, quint32(data.size()));
        put16(central, quint16(name.size())), put16(central, 0), put16(central, 0), put16(central, 0), put16(central, 0);
        put32(central, 0), put32(central, offset);
        central += name;
    }
    const quint32 at = quint32(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0), put16(out, 0), put16(out, quint16(entries.size())), put16(out, quint16(entries.size()));
    put32(out, quint32(central.size())), put32(out, at), put16(out, 0);
    return out;
}

void readAll(const QByteArray &zip)
{
    mms::XlsxWorkbook book(zip);
    if (!book.open())
        return;
    for (int s = 0; s < book.sheets().size() && s < 3; ++s) {
        mms::XlsxSheetReader reader(book, s);
        reader.setWidth(2, 64);
        if (!reader.start())
            continue;
        QStringList fields;
        qint64 rows = 0, last = 0;
        while (reader.next(&fields)) {
            // Every row has the width asked for, within the limit; rows come in the sheet's order.
            if (fields.size() < 2 || fields.size() > 64 || reader.line() < 1 || ++rows > 1048576)
                __builtin_trap();
            last = reader.line();
        }
        (void)last;
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (input.startsWith("PK")) {
        readAll(input);
        return 0;
    }
    const QList<QByteArray> parts = input.split('\x01');
    static const QByteArray rels =
        R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
    static const QByteArray workbook =
        R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)";
    static const QByteArray workbookRels =
        R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)";
    readAll(storedZip({{"_rels/.rels", rels},
                       {"xl/workbook.xml", workbook},
                       {"xl/_rels/workbook.xml.rels", workbookRels},
                       {"xl/worksheets/sheet1.xml", parts.value(0)},
                       {"xl/sharedStrings.xml", parts.value(1)},
                       {"xl/styles.xml", parts.value(2)}}));
    return 0;
}
