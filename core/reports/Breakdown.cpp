#include "reports/Breakdown.h"

#include "protocol/Carriers.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace mms {

std::optional<BreakdownBy> breakdownByFromName(const QString &name)
{
    if (name == u"carrier"_s)
        return BreakdownBy::Carrier;
    if (name == u"province"_s)
        return BreakdownBy::Province;
    if (name == u"city"_s)
        return BreakdownBy::City;
    if (name == u"hour"_s)
        return BreakdownBy::Hour;
    return std::nullopt;
}

QString breakdownByName(BreakdownBy by)
{
    switch (by) {
    case BreakdownBy::Carrier: return u"carrier"_s;
    case BreakdownBy::Province: return u"province"_s;
    case BreakdownBy::City: return u"city"_s;
    case BreakdownBy::Hour: return u"hour"_s;
    }
    return {};
}

void OutcomeCounts::add(const OutcomeCounts &other)
{
    sent += other.sent;
    delivered += other.delivered;
    failed += other.failed;
    replied += other.replied;
    for (auto it = other.failures.cbegin(); it != other.failures.cend(); ++it)
        failures[it.key()] += it.value();
}

const QList<BreakdownGroup> &CampaignBreakdown::groups(BreakdownBy by) const
{
    switch (by) {
    case BreakdownBy::Carrier: return byCarrier;
    case BreakdownBy::Province: return byProvince;
    case BreakdownBy::City: return byCity;
    case BreakdownBy::Hour: break;
    }
    return byHour;
}

QString breakdownGroupLabel(BreakdownBy by, const BreakdownGroup &group)
{
    if (by == BreakdownBy::Carrier)
        return Carriers::name(group.code);
    if (group.key.isEmpty())
        return QCoreApplication::translate("Breakdown", "Unknown");
    if (by == BreakdownBy::Hour)
        return group.key + u":00"_s;
    return group.key;
}

} // namespace mms
