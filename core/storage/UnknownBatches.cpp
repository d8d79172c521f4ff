// Batches whose outcome is unknown (the answer to their request was lost): the user decides,
// and reports the platform sent under a task this store does not know may show they arrived.
#include "storage/CampaignStore.h"

#include "storage/Database.h"
#include "storage/SendLedger.h"
#include "storage/ReportWriter.h"
#include "storage/SqlHelpers.h"
#include "storage/Store.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace mms {
using sql::failed;

std::optional<CampaignStore::Evidence> CampaignStore::evidence(qint64 batchId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT taskid, numbers_in_batch FROM unmatched_tasks WHERE batch_id = ? ORDER BY numbers_in_batch DESC LIMIT 1"_s);
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Evidence{q.value(0).toString(), q.value(1).toInt()};
}

bool CampaignStore::resolveUnknown(qint64 batchId, bool resend, QString *error, bool adoptEvidence)
{
    // Counted as sent, with reports that show it was: their send is this batch's, when the
    // user takes them as the platform's (a forged push could have made them up).
    const std::optional<Evidence> seen = resend || !adoptEvidence ? std::nullopt : evidence(batchId);
    if (!resolveUnknownState(batchId, resend, seen ? seen->taskid : QString(), error))
        return false;
    if (seen) {
        QString ignored;
        ReportWriter(m_db).relink(seen->taskid, &ignored);
    }
    return true;
}


bool CampaignStore::resolveUnknownState(qint64 batchId, bool resend, const QString &taskid, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(resend ? u"UPDATE batches SET state = 'pending', message = 'to be sent again (user''s choice)', updated_at = ?"
                       " WHERE id = ? AND state = 'unknown'"_s
                     : u"UPDATE batches SET state = 'accepted', message = 'counted as sent (user''s choice)', updated_at = ?,"
                       " taskid = COALESCE(taskid, NULLIF(?, '')) WHERE id = ? AND state = 'unknown'"_s);
    q.addBindValue(Store::now());
    if (!resend)
        q.addBindValue(taskid);
    q.addBindValue(batchId);
    if (!q.exec())
        return failed(q, error);
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = u"the batch is not in the unknown state"_s;
        return false;
    }
    if (resend && !SendLedger(m_db).forget(batchId, error)) // decided as not sent: no longer counts toward caps
        return false;
    // Counted as sent, and nothing else open: the campaign is complete.
    if (!resend) {
        q.prepare(u"UPDATE campaigns SET state = 'completed', message = '', updated_at = ? WHERE state = 'attention'"
                  " AND id = (SELECT campaign_id FROM batches WHERE id = ?)"
                  " AND NOT EXISTS (SELECT 1 FROM batches b WHERE b.campaign_id = campaigns.id"
                  " AND b.state IN ('unknown', 'rejected', 'pending', 'inflight'))"_s);
        q.addBindValue(Store::now());
        q.addBindValue(batchId);
        if (!q.exec())
            return failed(q, error);
    }
    return true;
}

} // namespace mms
