#include "reports/Breakdown.h"

#include "protocol/Carriers.h"

#include <QCoreApplication>

#include <algorithm>

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

CampaignBreakdown mergeBreakdowns(const QList<CampaignBreakdown> &breakdowns)
{
    CampaignBreakdown out;
    if (breakdowns.isEmpty())
        return out;
    out.segments = breakdowns.first().segments;
    const auto merge = [](QList<BreakdownGroup> &into, const QList<BreakdownGroup> &from) {
        for (const BreakdownGroup &g : from) {
            auto it = std::find_if(into.begin(), into.end(), [&g](const BreakdownGroup &x) { return x.key == g.key && x.code == g.code; });
            if (it == into.end())
                into << g;
            else
                it->counts.add(g.counts);
        }
    };
    for (const CampaignBreakdown &b : breakdowns) {
        out.totals.add(b.totals);
        out.unknownArea += b.unknownArea;
        merge(out.byCarrier, b.byCarrier);
        merge(out.byProvince, b.byProvince);
        merge(out.byCity, b.byCity);
        merge(out.byHour, b.byHour);
    }
    // The order of one campaign's: carriers as they are, places by most sent (unknown last),
    // hours of the day in order (unknown last).
    const auto bySent = [](const BreakdownGroup &x, const BreakdownGroup &y) {
        if (x.key.isEmpty() != y.key.isEmpty())
            return y.key.isEmpty();
        return x.counts.sent != y.counts.sent ? x.counts.sent > y.counts.sent : x.key < y.key;
    };
    std::sort(out.byProvince.begin(), out.byProvince.end(), bySent);
    std::sort(out.byCity.begin(), out.byCity.end(), bySent);
    std::sort(out.byHour.begin(), out.byHour.end(), [](const BreakdownGroup &x, const BreakdownGroup &y) {
        return (x.code < 0 ? 99 : x.code) < (y.code < 0 ? 99 : y.code);
    });
    std::sort(out.byCarrier.begin(), out.byCarrier.end(), [](const BreakdownGroup &x, const BreakdownGroup &y) {
        return (x.code == 0 ? 99 : x.code) < (y.code == 0 ? 99 : y.code);
    });
    return out;
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
