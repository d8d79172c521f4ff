#pragma once

#include "campaign/BalanceTerms.h"
#include "campaign/FrequencyCaps.h"
#include "campaign/SendWindow.h"
#include "storage/Store.h"

#include <QDateTime>
#include <QMap>
#include <optional>

namespace mms {

// The last look before money is spent: what goes out, to whom, what it costs, and how long it
// takes. One computation for the studio's confirmation and for mmsctl send.
struct SendEstimate
{
    QString mmsid;
    std::optional<TemplateRow> tpl;       // unknown to this store: audits unknown
    QMap<int, qint64> byCarrier;          // carrier (1 移动, 2 联通, 3 电信, 0 other) -> recipients
    qint64 recipients = 0;
    int batches = 0;
    qint64 notApproved = 0;               // recipients on carriers that have not approved the template
    BalanceTerms terms;
    double cost = 0;                      // in terms.unit
    std::optional<double> balance;        // unknown when the balance query has not answered
    QDateTime startAt;                    // when sending begins (now or the schedule)
    SendWindow window;                    // the hours it may send in
    bool startsLater = false;             // startAt lies outside the window: it waits for its opening
    qint64 durationSeconds = 0;           // at the set speed, one batch a request
    bool large = false;                   // the user types the count to confirm
    qint64 blockedLeftOut = 0;            // numbers of the list on the blocklist, not sent to
    qint64 cappedLeftOut = 0;             // numbers that already got what the caps allow today
    FrequencyCaps caps;                   // applied again to each batch as it goes out

    std::optional<double> balanceAfter() const { return balance ? std::optional<double>(*balance - cost) : std::nullopt; }
    bool balanceShort() const { return balance && *balance < cost; }
    // Whether carrier c (1..3) has approved the template (false when the template is unknown).
    bool approvedBy(int carrier) const;
};

struct SendEstimateInput
{
    QString mmsid;
    std::optional<TemplateRow> tpl;
    QMap<int, qint64> byCarrier;
    int batches = 0;
    BalanceTerms terms;
    std::optional<double> balance;
    double requestsPerSecond = 5;
    QDateTime startAt;        // invalid: now
    SendWindow window;        // any time for a test send
    qint64 blockedLeftOut = 0;
    qint64 cappedLeftOut = 0;
    FrequencyCaps caps;       // off for a test send
    qint64 largeSendThreshold = 10000; // at or above it the count must be typed (0: never)
};

SendEstimate estimateSend(const SendEstimateInput &in);

} // namespace mms
