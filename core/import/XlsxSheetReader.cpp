#include "import/XlsxSheetReader.h"

#include "import/XlsxSax.h"

#include <QCoreApplication>

#include <algorithm>
#include <thread>
#include <cstdlib>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace mms {

// The handler of a sheet's XML: builds each row from its cells and queues it once complete.
class XlsxSheetReader::Cells : public XlsxSax
{
public:
    Cells(XlsxPart &part, const XlsxWorkbook &book, std::vector<Merge> &merges, int limit)
        : XlsxSax(part)
        , m_book(book)
        , m_merges(merges)
        , m_limit(limit)
    {
    }
    std::deque<Row> ready;

protected:
    void startElement(const char *name, const char **attrs) override
    {
        switch (name[0]) {
        case 'c':
            if (name[1] == 0 && m_inRow)
                startCell(attrs);
            return;
        case 'v':
            if (name[1] == 0 && m_inCell)
                capture();
            return;
        case 't':
            if (name[1] == 0 && m_inInline && m_phonetic == 0)
                capture();
            return;
        case 'i':
            if (std::strcmp(name, "is") == 0 && m_inCell) {
                m_inInline = true;
                m_text.clear();
            }
            return;
        case 'r':
            if (std::strcmp(name, "row") == 0)
                startRow(attrs);
            else if (std::strcmp(name, "rPh") == 0)
                ++m_phonetic;
            return;
        default:
            return;
        }
    }

    void endElement(const char *name) override
    {
        switch (name[0]) {
        case 'v':
        case 't':
            m_capturing = false;
            return;
        case 'c':
            if (name[1] == 0 && m_inCell)
                endCell();
            return;
        case 'i':
            if (std::strcmp(name, "is") == 0)
                m_inInline = false;
            return;
        case 'r':
            if (std::strcmp(name, "row") == 0 && m_inRow)
                endRow();
            else if (std::strcmp(name, "rPh") == 0 && m_phonetic > 0)
                --m_phonetic;
            return;
        case 's':
            if (std::strcmp(name, "sheetData") == 0)
                stop(); // what follows (merges, page set-up) is not cells
            return;
        default:
            return;
        }
    }

    void text(const char *s, int len) override
    {
        if (m_capturing && m_text.size() < kMaxCellChars * 4) // UTF-8: up to 4 bytes a character
            m_text.append(s, len);
    }

private:
    void capture()
    {
        m_capturing = true;
        if (!m_inInline)
            m_text.clear();
    }

    void startRow(const char **attrs)
    {
        const char *r = attribute(attrs, "r");
        const qint64 number = r ? std::atoll(r) : m_rowNumber + 1;
        if (number < 1 || number > xlsx::kMaxRows || ++m_rowsRead > xlsx::kMaxRows) {
            stop(QCoreApplication::translate("mms::XlsxWorkbook", "the sheet has more rows than Excel allows (%1)").arg(xlsx::kMaxRows));
            return;
        }
        m_rowNumber = number;
        m_inRow = true;
        m_cells.clear();
        m_nextColumn = 0;
    }

    void startCell(const char **attrs)
    {
        m_inCell = true;
        m_inInline = false;
        m_text.clear();
        m_type = 0;
        m_style = 0;
        m_column = m_nextColumn;
        for (const char **a = attrs; *a; a += 2) {
            const char *attr = a[0];
            const char *value = a[1];
            if (attr[0] == 'r' && attr[1] == 0) {
                qint64 row = 0;
                if (!xlsx::parseCellRef(QLatin1StringView(value, qsizetype(std::strlen(value))), &m_column, &row)) {
                    stop(XlsxWorkbook::damaged(QCoreApplication::translate("mms::XlsxWorkbook", "a cell reference %1")
                                                   .arg(QString::fromUtf8(value).left(20))));
                    return;
                }
            } else if (attr[0] == 't' && attr[1] == 0) {
                m_type = value[0] == 'i' ? 'i' : value[0]; // s, str, inlineStr, b, e, d, n
                if (value[0] == 's' && value[1] == 't')
                    m_type = 'S'; // str: a formula's text result
            } else if (attr[0] == 's' && attr[1] == 0) {
                m_style = std::atoi(value);
            }
        }
    }

    void endCell()
    {
        m_inCell = false;
        m_inInline = false;
        m_nextColumn = m_column + 1;
        if (m_column >= m_limit || m_text.isEmpty())
            return;
        QString value;
        switch (m_type) {
        case 's': {
            // An index too large for a number is no string (atoll's overflow is undefined).
            bool ok = false;
            const qlonglong index = m_text.trimmed().toLongLong(&ok);
            value = ok ? m_book.sharedString(qsizetype(index)).toString() : QString();
            break;
        }
        case 'b':
            value = m_text == "1" ? u"TRUE"_s : u"FALSE"_s;
            break;
        case 'i':
        case 'S':
        case 'e':
        case 'd':
            value = QString::fromUtf8(m_text);
            break;
        default:
            value = xlsx::numberText(QString::fromLatin1(m_text), m_book.cellStyle(m_style), m_book.date1904());
        }
        if (value.isEmpty())
            return;
        if (value.size() > kMaxCellChars)
            value.truncate(kMaxCellChars);
        while (m_cells.size() <= m_column)
            m_cells.append(QString());
        m_cells[m_column] = std::move(value);
    }

    void endRow()
    {
        m_inRow = false;
        applyMerges();
        const bool any = std::any_of(m_cells.cbegin(), m_cells.cend(), [](const QString &v) { return !v.trimmed().isEmpty(); });
        if (any)
            ready.push_back(Row{m_rowNumber, std::move(m_cells)});
        m_cells = QStringList();
    }

    void applyMerges()
    {
        while (m_nextMerge < m_merges.size() && m_merges[m_nextMerge].top <= m_rowNumber)
            m_active.push_back(m_nextMerge++);
        for (size_t k = 0; k < m_active.size();) {
            Merge &m = m_merges[m_active[k]];
            if (m.bottom < m_rowNumber) {
                m_active[k] = m_active.back();
                m_active.pop_back();
                continue;
            }
            if (m.top == m_rowNumber && m.value.isNull())
                m.value = m.left < m_cells.size() ? m_cells.at(m.left) : u""_s;
            if (!m.value.isEmpty()) {
                const int right = qMin(m.right, m_limit - 1);
                while (m_cells.size() <= right)
                    m_cells.append(QString());
                for (int c = m.left; c <= right; ++c)
                    if (m_cells.at(c).isEmpty())
                        m_cells[c] = m.value;
            }
            ++k;
        }
    }

    const XlsxWorkbook &m_book;
    std::vector<Merge> &m_merges;
    size_t m_nextMerge = 0;
    std::vector<size_t> m_active;
    int m_limit;
    QStringList m_cells;
    QByteArray m_text;
    qint64 m_rowNumber = 0;
    qint64 m_rowsRead = 0;
    int m_nextColumn = 0;
    int m_column = 0;
    int m_style = 0;
    int m_phonetic = 0;
    char m_type = 0;
    bool m_inRow = false;
    bool m_inCell = false;
    bool m_inInline = false;
    bool m_capturing = false;
};

XlsxSheetReader::XlsxSheetReader(XlsxWorkbook &book, int sheet)
    : m_book(book)
    , m_sheet(sheet)
{
}

XlsxSheetReader::~XlsxSheetReader() = default;

void XlsxSheetReader::setWidth(int minimum, int limit)
{
    m_limit = qBound(1, limit, xlsx::kMaxColumns);
    m_minWidth = qBound(0, minimum, m_limit);
}

bool XlsxSheetReader::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
    return false;
}

qint64 XlsxSheetReader::position() const
{
    return m_part ? m_part->inflated() : 0;
}

qint64 XlsxSheetReader::size() const
{
    return m_part ? qMax(m_part->declaredSize(), m_part->inflated()) : 0;
}

bool XlsxSheetReader::start()
{
    if (m_sheet < 0 || m_sheet >= m_book.sheets().size())
        return fail(QCoreApplication::translate("mms::XlsxWorkbook", "the workbook has no such sheet"));
    // The merged ranges are looked for on another thread (on a zip handle of its own) while this
    // one reads the shared strings: both unpack megabytes for a large sheet.
    bool merged = false;
    std::thread scan([this, &merged] { merged = readMerges(); });
    const bool strings = m_book.loadStrings();
    scan.join();
    if (!strings)
        return fail(m_book.error());
    if (!merged)
        return false;
    QString error;
    m_part = m_book.openPart(m_book.sheets().at(m_sheet).part, &error, true);
    if (!m_part)
        return fail(error);
    m_part->prefetch();
    m_cells = std::make_unique<Cells>(*m_part, m_book, m_merges, m_limit);
    return true;
}

// The ranges come after the last row, so they are found first by a plain scan of the inflated
// bytes (no XML parsing: several times faster than reading the cells). Inside cell text a '<'
// is always escaped, so "<mergeCell" can only be the element.
bool XlsxSheetReader::readMerges()
{
    QString error;
    std::unique_ptr<XlsxPart> part = m_book.openPart(m_book.sheets().at(m_sheet).part, &error, true);
    if (!part)
        return fail(error);
    QByteArray window;
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    while (true) {
        const qint64 n = part->read(chunk.data(), chunk.size());
        if (n <= 0)
            break;
        window.append(chunk.constData(), n);
        qsizetype from = 0;
        while (true) {
            const qsizetype at = window.indexOf("mergeCell ", from);
            if (at < 0)
                break;
            const qsizetype close = window.indexOf('>', at);
            if (close < 0)
                break; // the rest arrives with the next chunk
            from = close;
            if (at == 0 || (window.at(at - 1) != '<' && window.at(at - 1) != ':'))
                continue;
            const QByteArray element = window.mid(at, close - at);
            const qsizetype ref = element.indexOf("ref=\"");
            const qsizetype end = ref < 0 ? -1 : element.indexOf('"', ref + 5);
            if (end < 0)
                continue;
            const QString range = QString::fromLatin1(element.mid(ref + 5, end - ref - 5));
            const qsizetype colon = range.indexOf(u':');
            Merge m;
            if (colon < 0 || !xlsx::parseCellRef(QStringView(range).left(colon), &m.left, &m.top)
                || !xlsx::parseCellRef(QStringView(range).mid(colon + 1), &m.right, &m.bottom)
                || m.bottom < m.top || m.right < m.left)
                continue;
            if (m_merges.size() < size_t(kMaxMerges))
                m_merges.push_back(std::move(m));
        }
        // Keep only what may hold the start of an element cut by the chunk's end.
        const qsizetype keep = qMin<qsizetype>(window.size() - from, 4096);
        window = window.right(keep);
    }
    if (part->exceeded())
        return fail(XlsxWorkbook::partError(*part, {}));
    std::sort(m_merges.begin(), m_merges.end(), [](const Merge &a, const Merge &b) { return a.top < b.top; });
    return true;
}

bool XlsxSheetReader::next(QStringList *fields)
{
    fields->clear();
    if (!m_cells)
        return false;
    while (m_cells->ready.empty()) {
        if (!m_cells->parseSome()) {
            if (!m_cells->error().isEmpty())
                return fail(m_cells->error());
            if (m_cells->ready.empty())
                return false;
        }
    }
    Row &row = m_cells->ready.front();
    m_row = row.number;
    *fields = std::move(row.cells);
    m_cells->ready.pop_front();
    while (fields->size() < m_minWidth)
        fields->append(QString());
    return true;
}

} // namespace mms
