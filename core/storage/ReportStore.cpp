#include "storage/ReportStore.h"

#include "storage/Database.h"
#include "protocol/Pushes.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace mms {

ReportStore::ReportStore(Database &db)
    : m_db(db)
{
}

CampaignDelivery ReportStore::delivery(qint64 campaignId, bool withFailures, QString *error) const
{
    // The first failed query is said; what could be read is still returned.
    const auto ran = [error](QSqlQuery &q) {
        if (q.exec())
            return true;
        if (error && error->isEmpty())
            *error = q.lastError().text();
        return false;
    };
    CampaignDelivery d;
    d.campaignId = campaignId;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT name, state FROM campaigns WHERE id = ?"_s);
    q.addBindValue(campaignId);
    if (ran(q) && q.next()) {
        d.name = q.value(0).toString();
        d.state = q.value(1).toString();
    }
    // The batches keep their recipients' outcomes counted as reports arrive (Store::storeReports).
    q.prepare(u"SELECT COALESCE(SUM(size), 0), COALESCE(SUM(delivered), 0), COALESCE(SUM(failed), 0), COALESCE(SUM(conflicts), 0)"
              " FROM batches WHERE campaign_id = ? AND state = 'accepted'"_s);
    q.addBindValue(campaignId);
    if (ran(q) && q.next()) {
        d.sent = q.value(0).toInt();
        d.delivered = q.value(1).toInt();
        d.failed = q.value(2).toInt();
        d.conflicts = q.value(3).toInt();
    }
    d.waiting = qMax(0, d.sent - d.delivered - d.failed);
    if (withFailures && d.failed > 0) {
        // Counted by minute and status as outcomes are applied (ReportWriter).
        q.prepare(u"SELECT status, SUM(n) FROM outcome_minutes WHERE campaign_id = ? AND status <> 'DELIVRD'"
                  " GROUP BY status HAVING SUM(n) > 0"_s);
        q.addBindValue(campaignId);
        ran(q);
        while (q.next())
            d.failures.insert(q.value(0).toString(), q.value(1).toInt());
    }
    q.prepare(u"SELECT COUNT(*) FROM replies WHERE campaign_id = ?"_s);
    q.addBindValue(campaignId);
    if (ran(q) && q.next())
        d.replies = q.value(0).toInt();
    return d;
}

QList<CampaignDelivery> ReportStore::deliveries(qint64 accountId, QString *error) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT id FROM campaigns WHERE account_id = ? AND state <> 'draft' ORDER BY id"_s);
    q.addBindValue(accountId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<CampaignDelivery> out;
    QString why;
    for (qint64 id : ids)
        out << delivery(id, false, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return {};
    }
    return out;
}

QList<DeliveryPoint> ReportStore::timeline(qint64 campaignId, QString *error) const
{
    // Each recipient counted once, at the time of its outcome: the curves end at the headline counts.
    QList<DeliveryPoint> out;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT minute, SUM(CASE WHEN status = 'DELIVRD' THEN n ELSE 0 END), SUM(CASE WHEN status <> 'DELIVRD' THEN n ELSE 0 END)"
              " FROM outcome_minutes WHERE campaign_id = ? GROUP BY minute HAVING SUM(n) <> 0 ORDER BY minute"_s);
    q.addBindValue(campaignId);
    if (!q.exec() && error)
        *error = q.lastError().text();
    int delivered = 0, failed = 0;
    while (q.next()) {
        const QDateTime minute = pushes::parsePushTime(q.value(0).toString() + u"00"_s);
        delivered += q.value(1).toInt();
        failed += q.value(2).toInt();
        if (minute.isValid())
            out.append({minute, delivered, failed});
    }
    return out;
}

std::optional<QList<qint64>> ReportStore::campaignsSentBetween(qint64 accountId, QDate from, QDate to, QString *error) const
{
    // The batches keep the computer's clock of their send in UTC (ISO): China days as UTC bounds.
    const QTimeZone china(8 * 3600);
    const QString start = QDateTime(from, QTime(0, 0), china).toUTC().toString(Qt::ISODateWithMs);
    const QString end = QDateTime(to.addDays(1), QTime(0, 0), china).toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT DISTINCT b.campaign_id FROM batches b JOIN campaigns c ON c.id = b.campaign_id"
              " WHERE c.account_id = ? AND b.state = 'accepted' AND COALESCE(b.claimed_at, b.updated_at) >= ?"
              " AND COALESCE(b.claimed_at, b.updated_at) < ? ORDER BY b.campaign_id"_s);
    q.addBindValue(accountId);
    q.addBindValue(start);
    q.addBindValue(end);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<ReplyRow> ReportStore::replies(int limit, QString *error) const
{
    QList<ReplyRow> out;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT r.id, r.mobile, r.extension, r.text, r.replied_at, r.received_at, r.campaign_id, c.name,"
              " EXISTS (SELECT 1 FROM blocklist b WHERE b.mobile = r.mobile)"
              " FROM replies r LEFT JOIN campaigns c ON c.id = r.campaign_id ORDER BY r.id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec() && error)
        *error = q.lastError().text();
    while (q.next())
        out << ReplyRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong(), q.value(7).toString(),
                        q.value(8).toBool()};
    return out;
}

QList<AuditEventRow> ReportStore::audits(int limit, QString *error) const
{
    QList<AuditEventRow> out;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT mmsid, carrier, status, message, received_at, template_id IS NOT NULL FROM audit_events"
              " ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec() && error)
        *error = q.lastError().text();
    while (q.next())
        out << AuditEventRow{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toString(),
                             q.value(4).toString(), q.value(5).toBool()};
    return out;
}

int ReportStore::unmatchedReports() const
{
    QSqlQuery q(m_db.db());
    // Noted per send when applied (reports on their way to being linked are not counted).
    return q.exec(u"SELECT COALESCE(SUM(reports), 0) FROM unmatched_tasks"_s) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace mms
