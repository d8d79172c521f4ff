#include "reports/TableWriter.h"

#include "reports/CsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>

#include <xlsxwriter.h>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
class CsvTable : public TableWriter
{
public:
    explicit CsvTable(const QString &path)
        : m_csv(path)
    {
    }
    bool open() override { return m_csv.open(); }
    void writeHeader(const QStringList &header) override { m_csv.writeRow(header); }
    void writeRow(const QStringList &fields) override { m_csv.writeRow(fields); }
    bool commit() override { return m_csv.commit(); }
    void cancel() override { m_csv.cancel(); }
    QString errorString() const override { return m_csv.errorString(); }

private:
    CsvWriter m_csv;
};

class XlsxTable : public TableWriter
{
public:
    XlsxTable(const QString &path, const QString &sheet)
        : m_path(path)
        , m_sheet(sheetName(sheet))
    {
        const QFileInfo info(path);
        m_part = info.dir().filePath(u".%1.%2.part"_s.arg(info.fileName()).arg(QRandomGenerator::global()->generate(), 0, 16));
    }
    ~XlsxTable() override { discard(); }

    bool open() override
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        options.use_zip64 = LXW_TRUE; // a million rows may pass 4 GB unpacked
        m_book = workbook_new_opt(QFile::encodeName(m_part).constData(), &options);
        if (!m_book)
            return fail(QCoreApplication::translate("mms::TableWriter", "cannot write %1").arg(m_path));
        m_ws = workbook_add_worksheet(m_book, m_sheet.toUtf8().constData());
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        // Cells hold numbers as text on purpose: Excel's green "number stored as text" marks would be noise.
        worksheet_ignore_errors(m_ws, LXW_IGNORE_NUMBER_STORED_AS_TEXT, "A1:XFD1048576");
        return m_ws != nullptr;
    }

    void writeHeader(const QStringList &header) override
    {
        m_header = header;
        measure(header);
    }

    void writeValues(const QVariantList &values) override
    {
        QStringList texts;
        for (const QVariant &v : values)
            texts << textOf(v);
        if (!m_flushed) {
            m_pending << texts;
            m_pendingValues.insert(qsizetype(m_pending.size() - 1), values);
            measure(texts);
            if (m_pending.size() >= 200)
                flush();
            return;
        }
        putValues(values);
    }

    bool addSheet(const QString &name) override
    {
        if (!m_book)
            return false;
        flush();
        m_ws = workbook_add_worksheet(m_book, sheetName(name).toUtf8().constData());
        if (!m_ws)
            return fail(QCoreApplication::translate("mms::TableWriter", "cannot write %1").arg(m_path));
        worksheet_ignore_errors(m_ws, LXW_IGNORE_NUMBER_STORED_AS_TEXT, "A1:XFD1048576");
        m_header.clear();
        m_pending.clear();
        m_pendingValues.clear();
        m_widths.clear();
        m_row = 0;
        m_flushed = false;
        return true;
    }

    void writeRow(const QStringList &fields) override
    {
        // Column widths must be set before the first row reaches the file: the first rows are
        // held back to measure them.
        if (!m_flushed) {
            m_pending << fields;
            measure(fields);
            if (m_pending.size() >= 200)
                flush();
            return;
        }
        put(fields, nullptr);
    }

    bool commit() override
    {
        if (!m_book)
            return false;
        flush();
        const lxw_error e = workbook_close(m_book);
        m_book = nullptr;
        if (e != LXW_NO_ERROR)
            return fail(QString::fromUtf8(lxw_strerror(e)));
        // rename(2) puts the finished file in place at once, replacing an older one.
        if (std::rename(QFile::encodeName(m_part).constData(), QFile::encodeName(m_path).constData()) != 0)
            return fail(QString::fromLocal8Bit(std::strerror(errno)));
        return true;
    }

    void cancel() override { discard(); }
    QString errorString() const override { return m_error; }

private:
    static QString sheetName(const QString &wanted)
    {
        QString name = wanted.isEmpty() ? u"Sheet1"_s : wanted;
        for (QChar &c : name)
            if (u"[]:*?/\\"_s.contains(c))
                c = u'_';
        return name.left(31);
    }

    bool fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
        return false;
    }

    void discard()
    {
        if (m_book) {
            // libxlsxwriter has no "abandon": close to a file that is then removed.
            workbook_close(m_book);
            m_book = nullptr;
        }
        QFile::remove(m_part);
    }

    void measure(const QStringList &fields)
    {
        for (qsizetype c = 0; c < fields.size(); ++c) {
            double width = 0;
            for (QChar ch : fields.at(c))
                width += ch.unicode() >= 0x1100 ? 2.1 : 1.1; // CJK characters take two columns
            if (m_widths.size() <= c)
                m_widths.resize(c + 1);
            m_widths[c] = qMin(60.0, qMax(m_widths[c], width + 2));
        }
    }

    void flush()
    {
        if (m_flushed || !m_ws)
            return;
        m_flushed = true;
        for (qsizetype c = 0; c < m_widths.size(); ++c)
            worksheet_set_column(m_ws, lxw_col_t(c), lxw_col_t(c), qMax(8.0, m_widths[c]), nullptr);
        if (!m_header.isEmpty()) {
            put(m_header, m_bold);
            worksheet_freeze_panes(m_ws, 1, 0);
        }
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (const auto v = m_pendingValues.constFind(i); v != m_pendingValues.cend())
                putValues(*v);
            else
                put(m_pending.at(i), nullptr);
        }
        m_pending.clear();
        m_pendingValues.clear();
    }

    void put(const QStringList &fields, lxw_format *format)
    {
        if (!m_ws || m_row >= 1048576)
            return;
        for (qsizetype c = 0; c < fields.size() && c < 16384; ++c)
            if (!fields.at(c).isEmpty())
                worksheet_write_string(m_ws, m_row, lxw_col_t(c), fields.at(c).left(32767).toUtf8().constData(), format);
        ++m_row;
    }

    void putValues(const QVariantList &values)
    {
        if (!m_ws || m_row >= 1048576)
            return;
        if (!m_percent) {
            m_percent = workbook_add_format(m_book);
            format_set_num_format(m_percent, "0.0%");
        }
        for (qsizetype c = 0; c < values.size() && c < 16384; ++c) {
            const QVariant &v = values.at(c);
            const auto type = v.metaType().id();
            if (type == QMetaType::Double)
                worksheet_write_number(m_ws, m_row, lxw_col_t(c), v.toDouble(), m_percent);
            else if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt || type == QMetaType::ULongLong)
                worksheet_write_number(m_ws, m_row, lxw_col_t(c), v.toDouble(), nullptr);
            else if (!v.toString().isEmpty())
                worksheet_write_string(m_ws, m_row, lxw_col_t(c), v.toString().left(32767).toUtf8().constData(), nullptr);
        }
        ++m_row;
    }

    QHash<qsizetype, QVariantList> m_pendingValues; // rows held back that carry numbers
    lxw_format *m_percent = nullptr;
    QString m_path;
    QString m_part;
    QString m_sheet;
    QString m_error;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_ws = nullptr;
    lxw_format *m_bold = nullptr;
    QStringList m_header;
    QList<QStringList> m_pending;
    QList<double> m_widths;
    lxw_row_t m_row = 0;
    bool m_flushed = false;
};
} // namespace

QString TableWriter::textOf(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::Double)
        return QString::number(v.toDouble() * 100.0, 'f', 1) + u'%';
    return v.toString();
}

void TableWriter::writeValues(const QVariantList &values)
{
    QStringList texts;
    for (const QVariant &v : values)
        texts << textOf(v);
    writeRow(texts);
}

bool TableWriter::addSheet(const QString &)
{
    return false;
}

bool TableWriter::isWorkbook(const QString &path)
{
    return path.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
}

std::unique_ptr<TableWriter> TableWriter::create(const QString &path, const QString &sheet)
{
    if (isWorkbook(path))
        return std::make_unique<XlsxTable>(path, sheet);
    return std::make_unique<CsvTable>(path);
}

} // namespace mms
