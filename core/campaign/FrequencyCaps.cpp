#include "campaign/FrequencyCaps.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace mms {

FrequencyCaps::FrequencyCaps(int sameTemplatePerDay, int perDay, int perHour)
    : m_template(qBound(0, sameTemplatePerDay, kMaxCap))
    , m_day(qBound(0, perDay, kMaxCap))
    , m_hour(qBound(0, perHour, kMaxCap))
{
    if (m_template <= 0 || m_day <= 0)
        m_template = m_day = m_hour = 0;
}

std::optional<FrequencyCaps> FrequencyCaps::make(int sameTemplatePerDay, int perDay, int perHour, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (sameTemplatePerDay == 0 || perDay == 0)
        return fail(tr("a cap of 0 would send nothing: give at least 1, or send without caps"));
    if (sameTemplatePerDay < 0 || perDay < 0 || perHour < 0 || sameTemplatePerDay > kMaxCap || perDay > kMaxCap
        || perHour > kMaxCap)
        return fail(tr("a cap is a number of messages from 1 to %1").arg(kMaxCap));
    if (sameTemplatePerDay > perDay)
        return fail(tr("one template cannot be allowed more often (%1 a day) than all messages together (%2 a day)")
                        .arg(sameTemplatePerDay)
                        .arg(perDay));
    if (perHour > perDay)
        return fail(tr("the hourly cap (%1) cannot be above the daily cap (%2)").arg(perHour).arg(perDay));
    return FrequencyCaps(sameTemplatePerDay, perDay, perHour);
}

std::optional<FrequencyCaps> FrequencyCaps::parse(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.compare(u"off"_s, Qt::CaseInsensitive) == 0)
        return off();
    static const QRegularExpression re(u"^([0-9]{1,6})\\s*/\\s*([0-9]{1,6})(?:\\s*/\\s*([0-9]{1,6}))?$"_s);
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch()) {
        if (error)
            *error = tr("frequency caps look like 1/10 (the same template a day / all messages a day) or 1/10/2 with an hourly cap (got “%1”)").arg(t);
        return std::nullopt;
    }
    return make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).isEmpty() ? 0 : m.captured(3).toInt(), error);
}

QString FrequencyCaps::toString() const
{
    return isOff() ? u"off"_s : u"%1/%2/%3"_s.arg(m_template).arg(m_day).arg(m_hour);
}

QString FrequencyCaps::displayText() const
{
    if (isOff())
        return tr("no caps");
    QString s = tr("the same template %n time(s) a day", nullptr, m_template) + tr(", ")
                + tr("%n message(s) a day in all", nullptr, m_day);
    if (m_hour > 0)
        s += tr(", ") + tr("%n an hour", nullptr, m_hour);
    return s;
}

FrequencyCaps::Reason FrequencyCaps::check(int sameTemplateToday, int allToday, int allThisHour) const
{
    if (isOff())
        return Reason::None;
    if (sameTemplateToday >= m_template)
        return Reason::SameTemplate;
    if (allToday >= m_day)
        return Reason::Day;
    if (m_hour > 0 && allThisHour >= m_hour)
        return Reason::Hour;
    return Reason::None;
}

QString FrequencyCaps::reasonText(Reason r) const
{
    switch (r) {
    case Reason::SameTemplate:
        return tr("already got this template today (frequency cap: %n a day)", nullptr, m_template);
    case Reason::Day:
        return tr("already got %n message(s) today (frequency cap)", nullptr, m_day);
    case Reason::Hour:
        return tr("already got %n message(s) this hour (frequency cap)", nullptr, m_hour);
    case Reason::None:
        break;
    }
    return {};
}

QString FrequencyCaps::reasonKey(Reason r)
{
    switch (r) {
    case Reason::SameTemplate: return u"template"_s;
    case Reason::Day: return u"day"_s;
    case Reason::Hour: return u"hour"_s;
    case Reason::None: break;
    }
    return {};
}

int FrequencyCaps::chinaDay(const QDateTime &t)
{
    const QDate d = t.toTimeZone(QTimeZone(8 * 3600)).date();
    return d.year() * 10000 + d.month() * 100 + d.day();
}

int FrequencyCaps::chinaHour(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone(8 * 3600)).time().hour();
}

} // namespace mms
