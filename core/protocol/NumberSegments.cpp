#include "protocol/NumberSegments.h"

#include "import/CharsetDetector.h"
#include "import/CsvReader.h"
#include "util/DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QtEndian>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace mms {

namespace {
constexpr int kFirst = 1000000;
constexpr int kCount = 1000000;
std::atomic<quint64> g_serial{0};
QMutex g_mutex;
std::shared_ptr<const NumberSegments> g_current;
bool g_userTableTried = false;

QString tr(const char *text)
{
    return QCoreApplication::translate("NumberSegments", text);
}
} // namespace

NumberSegments::Area NumberSegments::addArea(const QString &province, const QString &city)
{
    int p = int(m_provinces.indexOf(province));
    if (p < 0) {
        p = int(m_provinces.size());
        m_provinces << province;
    }
    const QString key = province + u'\t' + city;
    if (const auto it = m_areaIndex.constFind(key); it != m_areaIndex.cend())
        return *it;
    m_cities << city;
    m_provinceOf.push_back(p);
    m_areaIndex.insert(key, Area(m_cities.size()));
    return Area(m_cities.size());
}

bool NumberSegments::loadBuiltIn(QString *error)
{
    QFile f(u":/mms/segments.bin"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"the built-in number-segment table is missing"_s;
        return false;
    }
    const QByteArray data = f.readAll();
    const char *p = data.constData(), *end = p + data.size();
    auto need = [&](qsizetype n) { return end - p >= n; };
    if (!need(12) || QByteArrayView(p, 8) != "MMSSEG1\n") {
        *error = u"the built-in number-segment table is damaged"_s;
        return false;
    }
    p += 8;
    const quint32 areas = qFromLittleEndian<quint32>(p);
    p += 4;
    std::vector<Area> ids(areas + 1, 0);
    for (quint32 i = 1; i <= areas; ++i) {
        QString parts[2];
        for (QString &s : parts) {
            if (!need(1) || !need(1 + quint8(*p))) {
                *error = u"the built-in number-segment table is damaged"_s;
                return false;
            }
            const int n = quint8(*p++);
            s = QString::fromUtf8(p, n);
            p += n;
        }
        ids[i] = addArea(parts[0], parts[1]);
    }
    if (!need(4)) {
        *error = u"the built-in number-segment table is damaged"_s;
        return false;
    }
    const quint32 runs = qFromLittleEndian<quint32>(p);
    p += 4;
    if (!need(qsizetype(runs) * 6)) {
        *error = u"the built-in number-segment table is damaged"_s;
        return false;
    }
    m_bySegment.assign(kCount, 0);
    for (quint32 r = 0; r < runs; ++r) {
        const qint64 first = qFromLittleEndian<quint32>(p + r * 6);
        const quint16 area = qFromLittleEndian<quint16>(p + r * 6 + 4);
        const qint64 last = r + 1 < runs ? qint64(qFromLittleEndian<quint32>(p + (r + 1) * 6)) : qint64(kFirst) + kCount;
        if (area > areas || first < kFirst || last > qint64(kFirst) + kCount || last < first) {
            *error = u"the built-in number-segment table is damaged"_s;
            return false;
        }
        if (!area)
            continue;
        std::fill(m_bySegment.begin() + (first - kFirst), m_bySegment.begin() + (last - kFirst), ids[area]);
        m_known += int(last - first);
    }
    m_source = u"query-mobile-phone-area 1.0.6 (2015)"_s;
    return true;
}

std::shared_ptr<const NumberSegments> NumberSegments::builtIn()
{
    static const std::shared_ptr<const NumberSegments> table = [] {
        std::shared_ptr<NumberSegments> t(new NumberSegments);
        QString error;
        if (!t->loadBuiltIn(&error)) {
            qWarning("%s", qPrintable(error));
            t->m_bySegment.assign(kCount, 0); // every number "unknown", said once
        }
        t->m_serial = ++g_serial;
        return std::shared_ptr<const NumberSegments>(t);
    }();
    return table;
}

QString NumberSegments::userTablePath()
{
    return paths::dataDir() + u"/number-segments.csv"_s;
}

std::shared_ptr<const NumberSegments> NumberSegments::current()
{
    QMutexLocker lock(&g_mutex);
    if (!g_current && !g_userTableTried) {
        g_userTableTried = true;
        if (QFile::exists(userTablePath())) {
            QString error;
            g_current = withUserTable(userTablePath(), &error);
            if (!g_current)
                qWarning("number-segments.csv in the data folder ignored: %s", qPrintable(error));
        }
    }
    return g_current ? g_current : builtIn();
}

bool NumberSegments::installUserTable(const QString &path, QString *error, int *rows)
{
    std::shared_ptr<const NumberSegments> table = withUserTable(path, error, rows);
    if (!table)
        return false;
    const QString kept = userTablePath();
    if (QFileInfo(path).absoluteFilePath() != QFileInfo(kept).absoluteFilePath()) {
        QDir().mkpath(QFileInfo(kept).absolutePath());
        const QString part = kept + u".part"_s;
        QFile::remove(part);
        if (!QFile::copy(path, part) || (QFile::exists(kept) && !QFile::remove(kept)) || !QFile::rename(part, kept)) {
            QFile::remove(part);
            *error = tr("Cannot keep a copy of %1 in %2.").arg(path, QFileInfo(kept).absolutePath());
            return false;
        }
    }
    QMutexLocker lock(&g_mutex);
    g_userTableTried = true;
    g_current = std::move(table);
    return true;
}

bool NumberSegments::removeUserTable(QString *error)
{
    if (QFile::exists(userTablePath()) && !QFile::remove(userTablePath())) {
        *error = tr("Cannot remove %1.").arg(userTablePath());
        return false;
    }
    QMutexLocker lock(&g_mutex);
    g_userTableTried = true;
    g_current.reset();
    return true;
}

void NumberSegments::setCurrent(std::shared_ptr<const NumberSegments> table)
{
    QMutexLocker lock(&g_mutex);
    g_current = std::move(table);
}

NumberSegments::Area NumberSegments::areaOfSegment(int segment) const
{
    const int i = segment - kFirst;
    return i >= 0 && i < kCount && !m_bySegment.empty() ? m_bySegment[size_t(i)] : 0;
}

NumberSegments::Area NumberSegments::areaOf(QStringView mobile) const
{
    // An 11-digit mainland number, possibly written with +86 or 86 in front.
    if (mobile.startsWith(u'+'))
        mobile = mobile.mid(1);
    if (mobile.size() == 13 && mobile.startsWith(u"86"))
        mobile = mobile.mid(2);
    if (mobile.size() < 7)
        return 0;
    int segment = 0;
    for (int i = 0; i < 7; ++i) {
        const char16_t c = mobile[i].unicode();
        if (c < u'0' || c > u'9')
            return 0;
        segment = segment * 10 + (c - u'0');
    }
    return areaOfSegment(segment);
}

std::shared_ptr<const NumberSegments> NumberSegments::withUserTable(const QString &path, QString *error, int *rows)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(path, f.errorString());
        return nullptr;
    }
    // A table of 500,000 segments is about 15 MB; anything far larger is not one.
    if (f.size() > 64 * 1024 * 1024) {
        *error = tr("%1 is too large for a number-segment table (at most 64 MB).").arg(path);
        return nullptr;
    }
    // Read as any recipients file is (the encoding detected, quotes and Excel's ="…" undone).
    const QByteArray head = f.read(64 * 1024);
    const DetectedCharset charset = detectCharset(head);
    const QChar delimiter = head.left(head.indexOf('\n') < 0 ? head.size() : head.indexOf('\n')).contains('\t') ? u'\t' : u',';
    f.seek(0);
    CsvReader reader(&f, charset.codec, charset.bomLength, delimiter);
    const std::shared_ptr<const NumberSegments> base = builtIn();
    std::shared_ptr<NumberSegments> t(new NumberSegments(*base));
    int given = 0;
    qint64 lineNo = 0;
    QStringList cells;
    while (reader.next(&cells)) {
        lineNo = reader.line();
        if (cells.size() == 1 && cells.first().trimmed().isEmpty())
            continue;
        auto cell = [&cells](int i) { return i < cells.size() ? QStringView(cells.at(i)).trimmed() : QStringView(); };
        bool ok = false;
        const int segment = cell(0).toInt(&ok);
        if (!ok || cell(0).size() != 7) {
            if (given == 0 && lineNo == 1)
                continue; // a header line
            *error = tr("Line %1 of %2: \"%3\" is not a seven-digit number segment (the columns are: segment, province, city, carrier).")
                         .arg(lineNo)
                         .arg(path, cell(0).left(20).toString());
            return nullptr;
        }
        const QStringView province = cell(1), city = cell(2);
        if (segment < kFirst || segment >= kFirst + kCount || province.isEmpty()) {
            *error = tr("Line %1 of %2: segment %3 needs a province (the columns are: segment, province, city, carrier).")
                         .arg(lineNo)
                         .arg(path)
                         .arg(segment);
            return nullptr;
        }
        if (province.size() > 32 || city.size() > 32) {
            *error = tr("Line %1 of %2: a province or city name longer than 32 characters.").arg(lineNo).arg(path);
            return nullptr;
        }
        if (t->m_cities.size() >= 60000) {
            *error = tr("%1 names more than 60,000 cities.").arg(path);
            return nullptr;
        }
        Area &slot = t->m_bySegment[size_t(segment - kFirst)];
        t->m_known += slot == 0;
        slot = t->addArea(province.toString(), city.isEmpty() ? province.toString() : city.toString());
        ++given;
    }
    if (reader.decodeError()) {
        *error = tr("%1 is not text in %2.").arg(path, charset.label);
        return nullptr;
    }
    if (!given) {
        *error = tr("%1 holds no number segment (the columns are: segment, province, city, carrier).").arg(path);
        return nullptr;
    }
    if (rows)
        *rows = given;
    t->m_source = base->m_source + u" + "_s + QFileInfo(path).fileName();
    t->m_serial = ++g_serial;
    return t;
}

} // namespace mms
