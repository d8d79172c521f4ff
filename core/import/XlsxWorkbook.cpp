#include "import/XlsxWorkbook.h"

#include "import/XlsxSax.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

#include <zip.h>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

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

struct XlsxPart::Prefetch
{
    std::thread thread;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<QByteArray> chunks;
    QByteArray current;
    qsizetype offset = 0;
    bool done = false;
    bool failed = false;
    bool stop = false;
};

XlsxPart::XlsxPart(zip *archive, zip_file *file, qint64 declared, qint64 bound)
    : m_archive(archive)
    , m_file(file)
    , m_bound(bound)
    , m_declared(declared)
{
    QIODevice::open(QIODevice::ReadOnly);
}

XlsxPart::~XlsxPart()
{
    if (m_prefetch) {
        {
            const std::lock_guard lock(m_prefetch->mutex);
            m_prefetch->stop = true;
        }
        m_prefetch->changed.notify_all();
        m_prefetch->thread.join();
    }
    zip_fclose(m_file);
    if (m_archive)
        zip_discard(m_archive);
}

qint64 XlsxPart::inflate(char *data, qint64 maxSize)
{
    const qint64 read = m_read.load();
    if (read >= m_bound) {
        m_exceeded = true;
        return -1;
    }
    const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(qMin(maxSize, m_bound - read)));
    if (n > 0)
        m_read += n;
    return n;
}

void XlsxPart::prefetch()
{
    if (m_prefetch)
        return;
    m_prefetch = std::make_unique<Prefetch>();
    Prefetch *p = m_prefetch.get();
    p->thread = std::thread([this, p] {
        constexpr int kAhead = 8; // chunks of 256 kB: 2 MB in flight at most
        while (true) {
            QByteArray chunk(256 * 1024, Qt::Uninitialized);
            const qint64 n = inflate(chunk.data(), chunk.size());
            std::unique_lock lock(p->mutex);
            if (n <= 0) {
                p->done = true;
                p->failed = n < 0;
                p->changed.notify_all();
                return;
            }
            chunk.truncate(n);
            p->chunks.push_back(std::move(chunk));
            p->changed.notify_all();
            p->changed.wait(lock, [p] { return p->stop || p->chunks.size() < kAhead; });
            if (p->stop)
                return;
        }
    });
}

qint64 XlsxPart::readData(char *data, qint64 maxSize)
{
    if (!m_prefetch)
        return inflate(data, maxSize);
    Prefetch *p = m_prefetch.get();
    if (p->offset >= p->current.size()) {
        std::unique_lock lock(p->mutex);
        p->changed.wait(lock, [p] { return !p->chunks.empty() || p->done; });
        if (p->chunks.empty())
            return p->failed ? -1 : 0;
        p->current = std::move(p->chunks.front());
        p->chunks.pop_front();
        p->offset = 0;
        p->changed.notify_all();
    }
    const qint64 n = qMin<qint64>(maxSize, p->current.size() - p->offset);
    std::memcpy(data, p->current.constData() + p->offset, size_t(n));
    p->offset += n;
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
    return damaged(xmlError);
}

QString XlsxWorkbook::damaged(const QString &what)
{
    return tr("the workbook is damaged (%1)").arg(what);
}

zip *XlsxWorkbook::openArchive() const
{
    if (!m_path.isEmpty()) {
        int code = 0;
        return zip_open(QFile::encodeName(m_path).constData(), ZIP_RDONLY, &code);
    }
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *source = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &err);
    zip *archive = source ? zip_open_from_source(source, ZIP_RDONLY, &err) : nullptr;
    if (source && !archive)
        zip_source_free(source);
    zip_error_fini(&err);
    return archive;
}

std::unique_ptr<XlsxPart> XlsxWorkbook::openPart(const QString &name, QString *error, bool separate) const
{
    zip *own = separate ? openArchive() : nullptr;
    zip *archive = separate ? own : m_zip;
    const auto failed = [&](const QString &why) {
        *error = why;
        if (own)
            zip_discard(own);
        return nullptr;
    };
    if (!archive)
        return failed(tr("it is not an Excel workbook, or the file is damaged"));
    const zip_int64_t index = zip_name_locate(archive, name.toUtf8().constData(), ZIP_FL_NOCASE);
    zip_stat_t st;
    zip_stat_init(&st);
    if (index < 0 || zip_stat_index(archive, zip_uint64_t(index), 0, &st) != 0)
        return failed(tr("the workbook is damaged (%1 is missing)").arg(name));
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        return failed(tr("the workbook is protected by a password; open it in Excel, remove the password and save it again"));
    zip_file *file = zip_fopen_index(archive, zip_uint64_t(index), 0);
    if (!file)
        return failed(tr("the workbook is damaged (%1 cannot be unpacked)").arg(name));
    const qint64 compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : 0;
    const qint64 declared = (st.valid & ZIP_STAT_SIZE) ? qint64(qMin<zip_uint64_t>(st.size, zip_uint64_t(kMaxBound))) : 0;
    const qint64 bound = qBound(kMinBound, compressed * kInflateRatio, kMaxBound);
    return std::make_unique<XlsxPart>(own, file, declared, bound);
}

bool XlsxWorkbook::open()
{
    m_zip = openArchive();
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
    return true;
}

bool XlsxWorkbook::loadStrings()
{
    if (m_stringsLoaded)
        return m_error.isEmpty();
    m_stringsLoaded = true;
    return m_stringsPart.isEmpty() || readSharedStrings(m_stringsPart);
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

namespace {
// <sst><si><t>text</t></si><si><r><t>rich</t></r><r><t> text</t></r><rPh><t>reading</t></rPh></si>…
class SharedStrings : public XlsxSax
{
public:
    SharedStrings(XlsxPart &part, QString &strings, std::vector<qsizetype> &starts)
        : XlsxSax(part)
        , m_strings(strings)
        , m_starts(starts)
    {
    }

protected:
    void startElement(const char *name, const char **) override
    {
        if (std::strcmp(name, "si") == 0) {
            m_inItem = true;
            m_text.clear();
        } else if (std::strcmp(name, "rPh") == 0) {
            ++m_phonetic;
        } else if (name[0] == 't' && name[1] == 0 && m_inItem && m_phonetic == 0) {
            m_capturing = true;
        }
    }
    void endElement(const char *name) override
    {
        if (name[0] == 't' && name[1] == 0) {
            m_capturing = false;
        } else if (std::strcmp(name, "rPh") == 0) {
            m_phonetic = qMax(0, m_phonetic - 1);
        } else if (std::strcmp(name, "si") == 0) {
            m_inItem = false;
            m_strings += QString::fromUtf8(m_text);
            m_starts.push_back(m_strings.size());
            if (m_strings.size() > XlsxWorkbook::kMaxSharedChars)
                stop(QCoreApplication::translate("mms::XlsxWorkbook", "the workbook holds more text than can be read at once"));
        }
    }
    void text(const char *s, int len) override
    {
        if (m_capturing && m_text.size() < 256 * 1024)
            m_text.append(s, len);
    }

private:
    QString &m_strings;
    std::vector<qsizetype> &m_starts;
    QByteArray m_text;
    int m_phonetic = 0;
    bool m_inItem = false;
    bool m_capturing = false;
};
} // namespace

bool XlsxWorkbook::readSharedStrings(const QString &part)
{
    QString error;
    const std::unique_ptr<XlsxPart> device = openPart(part, &error);
    if (!device)
        return fail(error);
    SharedStrings reader(*device, m_strings, m_stringStarts);
    if (!reader.parseAll())
        return fail(reader.error());
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
    // No index + 1: a hostile cell's index near the type's end would overflow (found by fuzzing).
    if (index < 0 || index >= qsizetype(m_stringStarts.size()) - 1)
        return {};
    const qsizetype from = m_stringStarts[size_t(index)];
    return QStringView(m_strings).mid(from, m_stringStarts[size_t(index) + 1] - from);
}

xlsx::NumberStyle XlsxWorkbook::cellStyle(int xfIndex) const
{
    return xfIndex >= 0 && size_t(xfIndex) < m_xfStyles.size() ? m_xfStyles[size_t(xfIndex)] : xlsx::NumberStyle::General;
}

} // namespace mms
