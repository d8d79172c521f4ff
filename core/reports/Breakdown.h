#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace mms {

// The dimensions a campaign's results are split by.
enum class BreakdownBy {
    Carrier,  // by the number's segment (numbers can be ported: "按号段")
    Province, // of the segment (NumberSegments)
    City,
    Hour,     // 00-23 China time of the recipient's outcome (the report's own time), else of its send
};

std::optional<BreakdownBy> breakdownByFromName(const QString &name); // carrier|province|city|hour
QString breakdownByName(BreakdownBy by);

// One group's funnel: recipients sent (in accepted batches), delivered, failed (and by
// status), waiting (sent, no report yet) and replied.
struct OutcomeCounts
{
    qint64 sent = 0;
    qint64 delivered = 0;
    qint64 failed = 0;
    qint64 replied = 0;
    QMap<QString, qint64> failures; // status -> recipients

    qint64 waiting() const { return sent - delivered - failed; }
    double deliveryRate() const { return sent ? double(delivered) / double(sent) : 0.0; }
    double replyRate() const { return sent ? double(replied) / double(sent) : 0.0; }
    void add(const OutcomeCounts &other);
    bool operator==(const OutcomeCounts &o) const
    {
        return sent == o.sent && delivered == o.delivered && failed == o.failed && replied == o.replied && failures == o.failures;
    }
};

struct BreakdownGroup
{
    // carrier: "China Mobile", "China Unicom", "China Telecom", "other"; province: its name;
    // city: "province city"; hour: "00".."23". Empty: unknown (a segment the table does not
    // know, or a send with no time).
    QString key;
    int code = 0; // carrier 1-3 (0 other), hour 0-23 (-1 unknown), else 0
    OutcomeCounts counts;
};

struct CampaignBreakdown
{
    qint64 campaignId = 0;
    OutcomeCounts totals;
    QList<BreakdownGroup> byCarrier;  // China Mobile, China Unicom, China Telecom, other
    QList<BreakdownGroup> byProvince; // most sent first, unknown last
    QList<BreakdownGroup> byCity;
    QList<BreakdownGroup> byHour;     // 00..23 (hours with nothing left out), unknown last
    qint64 unknownArea = 0;           // sent to segments the table does not know
    QString segments;                 // the segment table's source

    const QList<BreakdownGroup> &groups(BreakdownBy by) const;
};

// Several campaigns' results as one (a date range): the groups of the same key added up, in the
// order a single campaign's are given; campaignId 0.
CampaignBreakdown mergeBreakdowns(const QList<CampaignBreakdown> &breakdowns);

// A group's name for people: carrier names translated, an hour as "08:00", unknown as "未知".
QString breakdownGroupLabel(BreakdownBy by, const BreakdownGroup &group);

} // namespace mms

Q_DECLARE_METATYPE(mms::CampaignBreakdown)
