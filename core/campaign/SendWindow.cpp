#include "campaign/SendWindow.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
const QTimeZone &chinaTime()
{
    static const QTimeZone zone(8 * 3600);
    return zone;
}
} // namespace

SendWindow::SendWindow(int startMinute, int endMinute)
    : m_start(qBound(0, startMinute, 24 * 60 - 1))
    , m_end(qBound(0, endMinute, 24 * 60))
{
}

std::optional<SendWindow> SendWindow::parse(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.compare(u"any"_s, Qt::CaseInsensitive) == 0)
        return anyTime();
    static const QRegularExpression re(u"^([0-9]{1,2}):([0-9]{2})\\s*[-–~～至]\\s*([0-9]{1,2}):([0-9]{2})$"_s);
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch()) {
        if (error)
            *error = tr("a sending window looks like 08:00-22:00, or any for no window (got “%1”)").arg(t);
        return std::nullopt;
    }
    const int h1 = m.captured(1).toInt(), m1 = m.captured(2).toInt();
    const int h2 = m.captured(3).toInt(), m2 = m.captured(4).toInt();
    // 24:00 is allowed as an end: "until midnight".
    if (h1 > 23 || m1 > 59 || h2 > 24 || m2 > 59 || (h2 == 24 && m2 != 0)) {
        if (error)
            *error = tr("“%1” is not a time of day: hours go from 00 to 23, minutes from 00 to 59").arg(t);
        return std::nullopt;
    }
    const int start = h1 * 60 + m1, end = h2 * 60 + m2;
    if (start == end || (start == 0 && end == 24 * 60)) {
        if (error)
            *error = tr("the window “%1” starts when it ends; for no window use any").arg(t);
        return std::nullopt;
    }
    return SendWindow(start, end);
}

QString SendWindow::hhmm(int minute)
{
    return u"%1:%2"_s.arg(minute / 60, 2, 10, QChar(u'0')).arg(minute % 60, 2, 10, QChar(u'0'));
}

QString SendWindow::toString() const
{
    return isAnyTime() ? u"any"_s : hhmm(m_start) + u'-' + hhmm(m_end);
}

QString SendWindow::displayText() const
{
    return isAnyTime() ? QString() : hhmm(m_start) + u'–' + hhmm(m_end);
}

int SendWindow::minuteOfDay(const QDateTime &t) const
{
    const QTime local = t.toTimeZone(chinaTime()).time();
    return local.hour() * 60 + local.minute();
}

bool SendWindow::contains(const QDateTime &t) const
{
    if (isAnyTime())
        return true;
    const int m = minuteOfDay(t);
    return overMidnight() ? (m >= m_start || m < m_end) : (m >= m_start && m < m_end);
}

QDateTime SendWindow::nextOpen(const QDateTime &t) const
{
    if (contains(t))
        return t;
    const QDateTime local = t.toTimeZone(chinaTime());
    QDateTime open(local.date(), QTime(m_start / 60, m_start % 60), chinaTime());
    if (open <= local)
        open = open.addDays(1);
    return open.toUTC();
}

} // namespace mms
