#!/usr/bin/python3
"""Makes the .xlsx files tst_xlsx reads, with writers independent of the reader under test:
openpyxl (Debian's python3-openpyxl) for workbooks as Excel saves them, and plain zipfile for
what openpyxl cannot write (inline strings, cached formula values, exponent values, bombs).

usage: xlsx_fixtures.py CASE OUT
"""
import datetime
import sys
import zipfile

import openpyxl


def excel_like(out):
    """Numbers as numbers and as text, +86, full-width digits, a damaged text, empty rows, a date."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "客户"
    ws.append(["手机号", "姓名", "生日", "折扣"])
    ws.append([13800138000, "张三", datetime.date(1990, 5, 17), 0.15])
    ws.append(["13900139000", "李四", datetime.datetime(2026, 12, 3, 9, 30), 0.2])
    ws.append([])  # an empty row: skipped
    ws.append(["+86 137 0013 7000", "王五", None, 1])
    ws.append(["１３６００１３６０００", "赵六", None, None])
    ws.append(["1.38123E+10", "钱七", None, None])
    ws.append([13500135000.5, "孙八", None, None])
    for row in ws.iter_rows(min_row=2, min_col=3, max_col=3):
        for cell in row:
            cell.number_format = "yyyy-mm-dd" if cell.row == 2 else "yyyy-mm-dd hh:mm"
    for row in ws.iter_rows(min_row=2, min_col=4, max_col=4):
        for cell in row:
            cell.number_format = "0%"
    wb.save(out)


def two_sheets(out):
    """A hidden first sheet, then two lists: the first visible one is the default."""
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "说明"
    notes.append(["内部使用"])
    notes.sheet_state = "hidden"
    a = wb.create_sheet("北京")
    a.append(["手机", "门店"])
    a.append([13800138000, "朝阳店"])
    b = wb.create_sheet("上海")
    b.append(["手机", "门店"])
    b.append([13900139000, "徐汇店"])
    b.append([13900139001, "静安店"])
    wb.save(out)


def merged(out):
    """A title merged over the columns above the header; a store merged over three customers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2026 年双十一客户名单"])
    ws.merge_cells("A1:C1")
    ws.append(["姓名", "手机号码", "门店"])
    ws.append(["张三", 13800138000, "朝阳店"])
    ws.append(["李四", 13800138001, None])
    ws.append(["王五", 13800138002, None])
    ws.merge_cells("C3:C5")
    ws.append(["赵六", 13800138003, "海淀店"])
    wb.save(out)


def many(out, rows):
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("list")
    ws.append(["mobile", "name"])
    for i in range(rows):
        ws.append([13000000000 + i, "客户%d" % i])
    wb.save(out)


CONTENT_TYPES = b"""<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"""
ROOT_RELS = b"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
WORKBOOK = b"""<?xml version="1.0" encoding="UTF-8"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="Sheet1" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>"""
WORKBOOK_RELS = b"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/s.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/></Relationships>"""
STRINGS = """<?xml version="1.0" encoding="UTF-8"?>
<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>mobile</x:t></x:si><x:si><x:r><x:t>na</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>me</x:t></x:r></x:si><x:si><x:t>東京</x:t><x:rPh sb="0" eb="2"><x:t>トウキョウ</x:t></x:rPh></x:si></x:sst>""".encode()


def package(out, sheet_xml, strings=STRINGS, compress=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(out, "w", compress) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/strings.xml", strings)
        z.writestr("xl/worksheets/s.xml", sheet_xml)


def raw(out):
    """Prefixed elements, rich and phonetic shared strings, inline strings, cells without r,
    cached formula values, an exponent value, a boolean and an error."""
    sheet = """<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>city</x:t></x:is></x:c></x:row>
<x:row r="2"><x:c t="inlineStr"><x:is><x:t>13800138000</x:t></x:is></x:c><x:c t="str"><x:f>"张"&amp;"三"</x:f><x:v>张三</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>
<x:row r="3"><x:c r="A3"><x:v>1.38123E+10</x:v></x:c><x:c r="B3" t="b"><x:v>1</x:v></x:c></x:row>
<x:row r="4"><x:c r="A4"><x:f>13900139000+0</x:f><x:v>13900139000</x:v></x:c><x:c r="B4" t="e"><x:v>#N/A</x:v></x:c></x:row>
</x:sheetData></x:worksheet>""".encode()
    package(out, sheet)


def bomb(out):
    """A sheet that inflates to 200 MB of spaces from a few hundred kB."""
    head = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.replace(b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>', b""))
        with z.open("xl/worksheets/s.xml", "w", force_zip64=True) as f:
            f.write(head)
            block = b" " * (1024 * 1024)
            for _ in range(200):
                f.write(block)
            f.write(b"</t></is></c></row></sheetData></worksheet>")


def docx(out):
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("word/document.xml", b"<w:document/>")


def ole(out, stream):
    """A compound file's header and a directory entry named stream (as Office 97–2003 and
    password-protected Office files are)."""
    header = bytearray(512)
    header[0:8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"
    header[30] = 9  # 512-byte sectors
    name = stream.encode("utf-16-le")
    entry = bytearray(128)
    entry[0:len(name)] = name
    with open(out, "wb") as f:
        f.write(bytes(header) + bytes(entry) * 4)


def dump(path):
    """Prints a workbook as JSON, read by openpyxl: per sheet, its name, frozen panes, column
    widths and rows of [value, type] (type: s text, n number, d date…)."""
    import json
    wb = openpyxl.load_workbook(path)
    sheets = []
    for ws in wb.worksheets:
        rows = [[[c.value, c.data_type] for c in row] for row in ws.iter_rows()]
        widths = {k: v.width for k, v in ws.column_dimensions.items()}
        sheets.append({"name": ws.title, "freeze": ws.freeze_panes, "widths": widths, "rows": rows,
                       "bold": [bool(c.font and c.font.b) for c in ws[1]] if ws.max_row else []})
    print(json.dumps(sheets, ensure_ascii=False, default=str))


if __name__ == "__main__":
    case, out = sys.argv[1], sys.argv[2]
    if case == "dump":
        dump(out)
    elif case == "excel_like":
        excel_like(out)
    elif case == "two_sheets":
        two_sheets(out)
    elif case == "merged":
        merged(out)
    elif case.startswith("many"):
        many(out, int(case[4:]))
    elif case == "raw":
        raw(out)
    elif case == "bomb":
        bomb(out)
    elif case == "docx":
        docx(out)
    elif case == "encrypted":
        ole(out, "EncryptionInfo")
    elif case == "xls":
        ole(out, "Workbook")
    else:
        sys.exit("unknown case " + case)
