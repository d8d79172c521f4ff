#include "import/XlsxSheetReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace mms {

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
    m_done = true;
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
    if (!readMerges())
        return false;
    QString error;
    m_part = m_book.openPart(m_book.sheets().at(m_sheet).part, &error);
    if (!m_part)
        return fail(error);
    m_xml = std::make_unique<QXmlStreamReader>(m_part.get());
    return true;
}

// The ranges come after the last row, so they are found first by a plain scan of the inflated
// bytes (no XML parsing: several times faster than reading the cells). Inside cell text a '<'
// is always escaped, so "<mergeCell" can only be the element.
bool XlsxSheetReader::readMerges()
{
    QString error;
    std::unique_ptr<XlsxPart> part = m_book.openPart(m_book.sheets().at(m_sheet).part, &error);
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

QString XlsxSheetReader::readInline()
{
    QString text;
    int phonetic = 0;
    while (!m_xml->atEnd()) {
        const auto token = m_xml->readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (m_xml->name() == u"rPh")
                ++phonetic;
            else if (m_xml->name() == u"t" && phonetic == 0)
                text += m_xml->readElementText();
        } else if (token == QXmlStreamReader::EndElement) {
            if (m_xml->name() == u"rPh")
                --phonetic;
            else if (m_xml->name() == u"is")
                break;
        }
    }
    return text;
}

QString XlsxSheetReader::readCell(QStringView type, int style)
{
    QString stored;
    bool inlineText = false;
    while (!m_xml->atEnd()) {
        const auto token = m_xml->readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = m_xml->name();
            if (name == u"v") {
                stored = m_xml->readElementText();
            } else if (name == u"is") {
                stored = readInline();
                inlineText = true;
            } else {
                m_xml->skipCurrentElement(); // <f> (the cached value is in <v>), extensions
            }
        } else if (token == QXmlStreamReader::EndElement && m_xml->name() == u"c") {
            break;
        }
    }
    if (inlineText || type == u"inlineStr" || type == u"str")
        return stored;
    if (type == u"s") {
        bool ok = false;
        const qsizetype index = stored.toLongLong(&ok);
        return ok ? m_book.sharedString(index).toString() : QString();
    }
    if (type == u"b")
        return stored == u"1" ? u"TRUE"_s : u"FALSE"_s;
    if (type == u"e" || type == u"d")
        return stored;
    return xlsx::numberText(stored, m_book.cellStyle(style), m_book.date1904());
}

void XlsxSheetReader::applyMerges(qint64 row, QStringList *cells)
{
    while (m_nextMerge < m_merges.size() && m_merges[m_nextMerge].top <= row)
        m_active.push_back(m_nextMerge++);
    for (size_t k = 0; k < m_active.size();) {
        Merge &m = m_merges[m_active[k]];
        if (m.bottom < row) {
            m_active[k] = m_active.back();
            m_active.pop_back();
            continue;
        }
        if (m.top == row && m.value.isNull())
            m.value = m.left < cells->size() ? cells->at(m.left) : u""_s;
        if (!m.value.isEmpty()) {
            const int right = qMin(m.right, m_limit - 1);
            while (cells->size() <= right)
                cells->append(QString());
            for (int c = m.left; c <= right; ++c)
                if (cells->at(c).isEmpty())
                    (*cells)[c] = m.value;
        }
        ++k;
    }
}

bool XlsxSheetReader::next(QStringList *fields)
{
    fields->clear();
    if (m_done || !m_xml)
        return false;
    qint64 rowNumber = m_row;
    int nextColumn = 0;
    while (!m_xml->atEnd()) {
        const auto token = m_xml->readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = m_xml->name();
            if (name == u"row") {
                bool ok = false;
                const qint64 r = m_xml->attributes().value(u"r"_s).toLongLong(&ok);
                rowNumber = ok ? r : rowNumber + 1;
                if (rowNumber < 1 || rowNumber > xlsx::kMaxRows || ++m_rowsRead > xlsx::kMaxRows)
                    return fail(QCoreApplication::translate("mms::XlsxWorkbook", "the sheet has more rows than Excel allows (%1)").arg(xlsx::kMaxRows));
                fields->clear();
                nextColumn = 0;
            } else if (name == u"c") {
                const QXmlStreamAttributes a = m_xml->attributes();
                int column = nextColumn;
                qint64 refRow = 0;
                const QStringView ref = a.value(u"r"_s);
                if (!ref.isEmpty() && !xlsx::parseCellRef(ref, &column, &refRow))
                    return fail(XlsxWorkbook::partError(*m_part, QCoreApplication::translate("mms::XlsxWorkbook", "a cell reference %1").arg(ref.left(20).toString())));
                const QString type = a.value(u"t"_s).toString();
                const int style = a.hasAttribute(u"s"_s) ? a.value(u"s"_s).toInt() : 0;
                QString value = readCell(type, style);
                nextColumn = column + 1;
                if (column >= m_limit || value.isEmpty())
                    continue;
                if (value.size() > kMaxCellChars)
                    value.truncate(kMaxCellChars);
                while (fields->size() <= column)
                    fields->append(QString());
                (*fields)[column] = std::move(value);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = m_xml->name();
            if (name == u"row") {
                applyMerges(rowNumber, fields);
                m_row = rowNumber;
                const bool any = std::any_of(fields->cbegin(), fields->cend(), [](const QString &v) { return !v.trimmed().isEmpty(); });
                if (!any)
                    continue;
                while (fields->size() < m_minWidth)
                    fields->append(QString());
                return true;
            }
            if (name == u"sheetData") {
                m_done = true;
                return false;
            }
        }
    }
    if (m_xml->hasError())
        return fail(XlsxWorkbook::partError(*m_part, m_xml->errorString()));
    m_done = true;
    return false;
}

} // namespace mms
