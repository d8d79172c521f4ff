#include "import/XlsxCells.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace mms::xlsx {

NumberStyle numberStyleOf(int id, const QString &code)
{
    // Built-in ids (ECMA-376 §18.8.30, plus the ones Excel uses in Chinese, Japanese and Korean locales).
    if ((id >= 14 && id <= 17) || id == 27 || (id >= 28 && id <= 31) || id == 36 || (id >= 50 && id <= 58))
        return NumberStyle::Date;
    if (id == 22)
        return NumberStyle::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || (id >= 45 && id <= 47))
        return NumberStyle::Time;
    if (id == 9 || id == 10)
        return NumberStyle::Percent;
    if (id == 49)
        return NumberStyle::Text;
    if (code.isEmpty())
        return NumberStyle::General;
    // A custom code: look at its first section, without quoted text, escapes and [colour] or
    // [$-804] brackets ([h] and [mm] stay: they are elapsed times).
    bool date = false, time = false, month = false, percent = false, inQuote = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (inQuote) {
            inQuote = c != u'"';
            continue;
        }
        if (c == u'"') {
            inQuote = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal (or a fill/space width)
        } else if (c == u';') {
            break;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i);
            if (end < 0)
                break;
            const QString inside = code.mid(i + 1, end - i - 1).toLower();
            if (inside == u"h"_s || inside == u"hh"_s || inside == u"mm"_s || inside == u"ss"_s)
                time = true;
            i = end;
        } else {
            const QChar l = c.toLower();
            if (l == u'y' || l == u'd' || l == u'e') // e: the era year in Chinese formats
                date = true;
            else if (l == u'h' || l == u's')
                time = true;
            else if (l == u'm')
                month = true; // a month, or minutes beside an hour or seconds (h:mm, mm:ss)
            else if (c == u'%')
                percent = true;
            else if (c == u'@')
                return NumberStyle::Text;
        }
    }
    date = date || (month && !time);
    if (date && time)
        return NumberStyle::DateTime;
    if (date)
        return NumberStyle::Date;
    if (time)
        return NumberStyle::Time;
    if (percent)
        return NumberStyle::Percent;
    return NumberStyle::General;
}

namespace {
bool isInteger(QStringView s)
{
    qsizetype i = (s.startsWith(u'-') || s.startsWith(u'+')) ? 1 : 0;
    if (i >= s.size())
        return false;
    for (; i < s.size(); ++i)
        if (s.at(i) < u'0' || s.at(i) > u'9')
            return false;
    return true;
}

QString shortest(double v)
{
    QString t = QString::number(v, 'g', 15);
    return t == u"-0"_s ? u"0"_s : t;
}
} // namespace

QString numberText(QStringView stored, NumberStyle style, bool date1904)
{
    const QStringView s = stored.trimmed();
    if (s.isEmpty())
        return {};
    const bool integer = isInteger(s);
    if (style == NumberStyle::General || style == NumberStyle::Text) {
        if (integer)
            return s.startsWith(u'+') ? s.mid(1).toString() : s.toString();
        if (s.contains(u'e') || s.contains(u'E'))
            return s.toString(); // never guessed: see the header
    }
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return s.toString();
    switch (style) {
    case NumberStyle::General:
    case NumberStyle::Text:
        return shortest(v);
    case NumberStyle::Percent:
        return shortest(v * 100) + u'%';
    case NumberStyle::Date:
    case NumberStyle::DateTime:
    case NumberStyle::Time: {
        if (v < 0 || v > 2958465.0) // after 9999-12-31: not a date, show the number
            return shortest(v);
        double days = std::floor(v);
        qint64 ms = qint64(std::llround((v - days) * 86400000.0));
        if (ms >= 86400000) {
            ms -= 86400000;
            days += 1;
        }
        // Excel counts 1900-02-29, a day that never was: serials before it start a day later.
        const QDate base = date1904 ? QDate(1904, 1, 1) : (days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30));
        const QDate date = base.addDays(qint64(days));
        const QTime time = QTime::fromMSecsSinceStartOfDay(int((ms + 500) / 1000 * 1000));
        const QString clock = time.toString(time.second() ? u"HH:mm:ss"_s : u"HH:mm"_s);
        if (style == NumberStyle::Time)
            return clock;
        if (style == NumberStyle::Date)
            return date.toString(u"yyyy-MM-dd"_s);
        return date.toString(u"yyyy-MM-dd"_s) + u' ' + clock;
    }
    }
    return s.toString();
}

namespace {
template<typename View>
bool parseRef(View ref, int *column, qint64 *row)
{
    qsizetype i = 0;
    qint64 c = 0;
    while (i < ref.size() && ref.at(i) >= u'A' && ref.at(i) <= u'Z' && i < 4) {
        c = c * 26 + (QChar(ref.at(i)).unicode() - u'A' + 1);
        ++i;
    }
    if (i == 0 || c > kMaxColumns || i >= ref.size())
        return false;
    qint64 r = 0;
    for (qsizetype j = i; j < ref.size(); ++j) {
        const QChar d = QChar(ref.at(j));
        if (d < u'0' || d > u'9' || r > kMaxRows)
            return false;
        r = r * 10 + (d.unicode() - u'0');
    }
    if (r < 1 || r > kMaxRows)
        return false;
    *column = int(c - 1);
    *row = r;
    return true;
}
} // namespace

bool parseCellRef(QStringView ref, int *column, qint64 *row)
{
    return parseRef(ref, column, row);
}

bool parseCellRef(QLatin1StringView ref, int *column, qint64 *row)
{
    return parseRef(ref, column, row);
}

} // namespace mms::xlsx
