#include "campaign/SendEstimate.h"

#include <cmath>

namespace mms {

bool SendEstimate::approvedBy(int carrier) const
{
    return tpl && carrier >= 1 && carrier <= 3 && tpl->audits[size_t(carrier - 1)].status == 1;
}

SendEstimate estimateSend(const SendEstimateInput &in)
{
    SendEstimate e;
    e.mmsid = in.mmsid;
    e.tpl = in.tpl;
    e.byCarrier = in.byCarrier;
    e.batches = in.batches;
    e.terms = in.terms;
    e.balance = in.balance;
    for (auto it = in.byCarrier.cbegin(); it != in.byCarrier.cend(); ++it) {
        e.recipients += it.value();
        // A number of no known carrier still goes out; the platform routes it.
        if (it.key() >= 1 && it.key() <= 3 && !e.approvedBy(it.key()))
            e.notApproved += it.value();
    }
    // The platform charges for what it accepts: every number of every batch. Numbers on
    // carriers that have not approved are counted too, since the platform takes them.
    e.cost = in.terms.costOf(e.recipients);
    e.startAt = in.startAt.isValid() ? in.startAt : QDateTime::currentDateTime();
    e.window = in.window;
    e.blockedLeftOut = in.blockedLeftOut;
    e.cappedLeftOut = in.cappedLeftOut;
    e.caps = in.caps;
    e.startsLater = !in.window.contains(e.startAt);
    const double rps = in.requestsPerSecond > 0 ? in.requestsPerSecond : 5;
    e.durationSeconds = qint64(std::ceil(in.batches / rps));
    e.large = in.largeSendThreshold > 0 && e.recipients >= in.largeSendThreshold;
    return e;
}

} // namespace mms
