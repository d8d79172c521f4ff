#include "import/XlsxWorkbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

#include <zip.h>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mms::XlsxWorkbook", text);
}

// Real workbooks inflate 5–30 times; allow far more, but not the thousands a zip bomb does.
constexpr qint64 kInflateRatio = 200;
constexpr qint64 kMinBound = 64 * 1024 * 1024;
constexpr qint64 kMaxBound = qint64(8) * 1024 * 1024 * 1024;

// A relationship's target resolved against the folder of the part that names it.
QString resolveTarget(const QString &fromPart, const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    const qsizetype slash = fromPart.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : fromPart.left(slash + 1);
    return QDir::cleanPath(folder + target);
}

QString relsOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + u"_rels/"_s + part.mid(slash + 1) + u".rels"_s;
}
} // namespace

XlsxPart::XlsxPart(zip_file *file, qint64 declared, qint64 bound)
    : m_file(file)
    , m_bound(bound)
    , m_declared(declared)
{
    QIODevice::open(QIODevice::ReadOnly);
}

XlsxPart::~XlsxPart()
{
    zip_fclose(m_file);
}

qint64 XlsxPart::readData(char *data, qint64 maxSize)
{
    if (m_read >= m_bound) {
        m_exceeded = true;
        return -1;
    }
    const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(qMin(maxSize, m_bound - m_read)));
    if (n > 0)
        m_read += n;
    return n;
}

XlsxWorkbook::XlsxWorkbook(const QString &path)
    : m_path(path)
{
}

XlsxWorkbook::XlsxWorkbook(const QByteArray &bytes)
    : m_bytes(bytes)
{
}

XlsxWorkbook::~XlsxWorkbook()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool XlsxWorkbook::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
    return false;
}

QString XlsxWorkbook::partError(const XlsxPart &part, const QString &xmlError)
{
    if (part.exceeded())
        return tr("it unpacks to far more data than a workbook holds (a zip bomb?)");
    return tr("the workbook is damaged (%1)").arg(xmlError);
}

std::unique_ptr<XlsxPart> XlsxWorkbook::openPart(const QString &name, QString *error)
{
    const zip_int64_t index = zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE);
    zip_stat_t st;
    zip_stat_init(&st);
    if (index < 0 || zip_stat_index(m_zip, zip_uint64_t(index), 0, &st) != 0) {
        *error = tr("the workbook is damaged (%1 is missing)").arg(name);
        return nullptr;
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
        *error = tr("the workbook is protected by a password; open it in Excel, remove the password and save it again");
        return nullptr;
    }
    zip_file *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file) {
        *error = tr("the workbook is damaged (%1 cannot be unpacked)").arg(name);
        return nullptr;
    }
    const qint64 compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : 0;
    const qint64 declared = (st.valid & ZIP_STAT_SIZE) ? qint64(qMin<zip_uint64_t>(st.size, zip_uint64_t(kMaxBound))) : 0;
    const qint64 bound = qBound(kMinBound, compressed * kInflateRatio, kMaxBound);
    return std::make_unique<XlsxPart>(file, declared, bound);
}

bool XlsxWorkbook::open()
{
    int code = 0;
    if (m_path.isEmpty()) {
        zip_error_t err;
        zip_error_init(&err);
        zip_source_t *source = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &err);
        m_zip = source ? zip_open_from_source(source, ZIP_RDONLY, &err) : nullptr;
        if (source && !m_zip)
            zip_source_free(source);
        zip_error_fini(&err);
    } else {
        m_zip = zip_open(QFile::encodeName(m_path).constData(), ZIP_RDONLY, &code);
    }
    if (!m_zip)
        return fail(tr("it is not an Excel workbook, or the file is damaged"));
    QStringList names;
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < count && i < 100000; ++i)
        if (const char *name = zip_get_name(m_zip, zip_uint64_t(i), 0))
            names << QString::fromUtf8(name);
    QString workbook;
    QHash<QString, QString> targets, types;
    if (names.contains(u"_rels/.rels"_s, Qt::CaseInsensitive) && readRelationships(u"_rels/.rels"_s, &targets, &types)) {
        for (auto it = types.cbegin(); it != types.cend(); ++it)
            if (it.value().endsWith(u"/officeDocument"_s))
                workbook = resolveTarget(QString(), targets.value(it.key()));
    }
    m_error.clear();
    if (workbook.isEmpty() || !names.contains(workbook, Qt::CaseInsensitive)) {
        if (names.contains(u"xl/workbook.xml"_s, Qt::CaseInsensitive))
            workbook = u"xl/workbook.xml"_s;
        else if (names.contains(u"word/document.xml"_s, Qt::CaseInsensitive))
            return fail(tr("it is a Word document, not an Excel workbook"));
        else if (names.contains(u"ppt/presentation.xml"_s, Qt::CaseInsensitive))
            return fail(tr("it is a PowerPoint presentation, not an Excel workbook"));
        else if (names.contains(u"content.xml"_s) && names.contains(u"mimetype"_s))
            return fail(tr("it is an OpenDocument file; save it as an Excel workbook (.xlsx) or as CSV"));
        else
            return fail(tr("it is a zip archive, not an Excel workbook"));
    }
    if (!readWorkbook(workbook))
        return false;
    if (m_sheets.isEmpty())
        return fail(tr("the workbook holds no worksheet"));
    if (!m_stylesPart.isEmpty() && !readStyles(m_stylesPart))
        return false;
    m_stringStarts = {0};
    if (!m_stringsPart.isEmpty() && !readSharedStrings(m_stringsPart))
        return false;
    return true;
}

bool XlsxWorkbook::readRelationships(const QString &part, QHash<QString, QString> *targets, QHash<QString, QString> *types)
{
    QString error;
    const std::unique_ptr<XlsxPart> device = openPart(part, &error);
    if (!device)
        return fail(error);
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            const QXmlStreamAttributes a = xml.attributes();
            const QString id = a.value(u"Id"_s).toString();
            targets->insert(id, a.value(u"Target"_s).toString());
            types->insert(id, a.value(u"Type"_s).toString());
        }
    }
    if (xml.hasError())
        return fail(partError(*device, xml.errorString()));
    return true;
}

bool XlsxWorkbook::readWorkbook(const QString &part)
{
    QHash<QString, QString> targets, types;
    if (!readRelationships(relsOf(part), &targets, &types))
        return false;
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        if (it.value().endsWith(u"/styles"_s))
            m_stylesPart = resolveTarget(part, targets.value(it.key()));
        else if (it.value().endsWith(u"/sharedStrings"_s))
            m_stringsPart = resolveTarget(part, targets.value(it.key()));
    }
    QString error;
    const std::unique_ptr<XlsxPart> device = openPart(part, &error);
    if (!device)
        return fail(error);
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const QStringView v = a.value(u"date1904"_s);
            m_date1904 = v == u"1" || v == u"true";
        } else if (xml.name() == u"sheet") {
            // r:id is in the relationships namespace (transitional or strict): match it by its local name.
            QString rid;
            for (const QXmlStreamAttribute &attr : a)
                if (attr.name() == u"id" && !attr.namespaceUri().isEmpty())
                    rid = attr.value().toString();
            const QString type = types.value(rid);
            if (!type.endsWith(u"/worksheet"_s))
                continue; // a chart sheet or a macro sheet holds no cells to import
            const QStringView state = a.value(u"state"_s);
            m_sheets.append(Sheet{a.value(u"name"_s).toString(), resolveTarget(part, targets.value(rid)),
                                  state == u"hidden" || state == u"veryHidden"});
        }
    }
    if (xml.hasError())
        return fail(partError(*device, xml.errorString()));
    return true;
}

bool XlsxWorkbook::readStyles(const QString &part)
{
    QString error;
    const std::unique_ptr<XlsxPart> device = openPart(part, &error);
    if (!device)
        return fail(error);
    QHash<int, QString> codes;
    bool inCellXfs = false;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"numFmt") {
            codes.insert(a.value(u"numFmtId"_s).toInt(), a.value(u"formatCode"_s).toString());
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == u"xf") {
            const int id = a.value(u"numFmtId"_s).toInt();
            m_xfStyles.push_back(xlsx::numberStyleOf(id, codes.value(id)));
            if (m_xfStyles.size() > 1000000)
                return fail(partError(*device, tr("too many cell styles")));
        }
    }
    if (xml.hasError())
        return fail(partError(*device, xml.errorString()));
    return true;
}

bool XlsxWorkbook::readSharedStrings(const QString &part)
{
    QString error;
    const std::unique_ptr<XlsxPart> device = openPart(part, &error);
    if (!device)
        return fail(error);
    QXmlStreamReader xml(device.get());
    int phonetic = 0; // inside <rPh>: a reading aid, not part of the text
    bool inItem = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"si") {
                inItem = true;
            } else if (name == u"rPh") {
                ++phonetic;
            } else if (name == u"t" && inItem && phonetic == 0) {
                m_strings += xml.readElementText();
                if (m_strings.size() > kMaxSharedChars)
                    return fail(tr("the workbook holds more text than can be read at once"));
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = xml.name();
            if (name == u"si") {
                inItem = false;
                m_stringStarts.push_back(m_strings.size());
            } else if (name == u"rPh") {
                --phonetic;
            }
        }
    }
    if (xml.hasError())
        return fail(partError(*device, xml.errorString()));
    return true;
}

int XlsxWorkbook::firstVisibleSheet() const
{
    for (qsizetype i = 0; i < m_sheets.size(); ++i)
        if (!m_sheets.at(i).hidden)
            return int(i);
    return m_sheets.isEmpty() ? -1 : 0;
}

int XlsxWorkbook::sheetIndex(const QString &spec) const
{
    const QString s = spec.trimmed();
    for (qsizetype i = 0; i < m_sheets.size(); ++i)
        if (m_sheets.at(i).name == s)
            return int(i);
    bool ok = false;
    const int n = s.toInt(&ok);
    return ok && n >= 1 && n <= m_sheets.size() ? n - 1 : -1;
}

QStringView XlsxWorkbook::sharedString(qsizetype index) const
{
    if (index < 0 || index + 1 >= qsizetype(m_stringStarts.size()))
        return {};
    const qsizetype from = m_stringStarts[size_t(index)];
    return QStringView(m_strings).mid(from, m_stringStarts[size_t(index) + 1] - from);
}

xlsx::NumberStyle XlsxWorkbook::cellStyle(int xfIndex) const
{
    return xfIndex >= 0 && size_t(xfIndex) < m_xfStyles.size() ? m_xfStyles[size_t(xfIndex)] : xlsx::NumberStyle::General;
}

} // namespace mms
