#include "storage/ReportStore.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace mms {

ReportStore::ReportStore(Database &db)
    : m_db(db)
{
}

CampaignDelivery ReportStore::delivery(qint64 campaignId) const
{
    CampaignDelivery d;
    d.campaignId = campaignId;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT name, state FROM campaigns WHERE id = ?"_s);
    q.addBindValue(campaignId);
    if (q.exec() && q.next()) {
        d.name = q.value(0).toString();
        d.state = q.value(1).toString();
    }
    q.prepare(u"SELECT COALESCE(SUM(size), 0) FROM batches WHERE campaign_id = ? AND state = 'accepted'"_s);
    q.addBindValue(campaignId);
    if (q.exec() && q.next())
        d.sent = q.value(0).toInt();
    // Per recipient: delivered if any report says so, else failed with its latest status.
    q.prepare(u"SELECT MAX(status = 'DELIVRD'), (SELECT r2.status FROM reports r2 WHERE r2.recipient_id = r.recipient_id"
              " ORDER BY r2.id DESC LIMIT 1) FROM reports r WHERE r.campaign_id = ? AND r.recipient_id IS NOT NULL"
              " GROUP BY r.recipient_id"_s);
    q.addBindValue(campaignId);
    q.exec();
    while (q.next()) {
        if (q.value(0).toInt() == 1) {
            ++d.delivered;
        } else {
            ++d.failed;
            ++d.failures[q.value(1).toString()];
        }
    }
    d.waiting = qMax(0, d.sent - d.delivered - d.failed);
    q.prepare(u"SELECT COUNT(*) FROM replies WHERE campaign_id = ?"_s);
    q.addBindValue(campaignId);
    if (q.exec() && q.next())
        d.replies = q.value(0).toInt();
    return d;
}

QList<CampaignDelivery> ReportStore::deliveries(qint64 accountId) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT id FROM campaigns WHERE account_id = ? AND state <> 'draft' ORDER BY id"_s);
    q.addBindValue(accountId);
    q.exec();
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<CampaignDelivery> out;
    for (qint64 id : ids)
        out << delivery(id);
    return out;
}

QList<ReplyRow> ReportStore::replies(int limit) const
{
    QList<ReplyRow> out;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT r.id, r.mobile, r.extension, r.text, r.replied_at, r.received_at, r.campaign_id, c.name,"
              " EXISTS (SELECT 1 FROM blocklist b WHERE b.mobile = r.mobile)"
              " FROM replies r LEFT JOIN campaigns c ON c.id = r.campaign_id ORDER BY r.id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        out << ReplyRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong(), q.value(7).toString(),
                        q.value(8).toBool()};
    return out;
}

QList<AuditEventRow> ReportStore::audits(int limit) const
{
    QList<AuditEventRow> out;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT mmsid, carrier, status, message, received_at, template_id IS NOT NULL FROM audit_events"
              " ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        out << AuditEventRow{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toString(),
                             q.value(4).toString(), q.value(5).toBool()};
    return out;
}

int ReportStore::unmatchedReports() const
{
    QSqlQuery q(m_db.db());
    return q.exec(u"SELECT COUNT(*) FROM reports WHERE campaign_id IS NULL"_s) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace mms
