#include "storage/ResendStore.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
// The campaign's recipients lie in its batches' id ranges (migration 8): the range keeps the
// read on the primary key, the campaign_id test drops what else lies in it.
const char *kRange = "r.id BETWEEN COALESCE((SELECT MIN(first_recipient) FROM batches WHERE campaign_id = :c1), 0)"
                     " AND COALESCE((SELECT MAX(last_recipient) FROM batches WHERE campaign_id = :c2), -1)"
                     " AND r.campaign_id = :c3";

QString inScope(ResendScope scope)
{
    const QString failed = u"(b.state = 'accepted' AND r.delivery IS NOT NULL AND r.delivery <> 'DELIVRD')"_s;
    if (scope == ResendScope::Failed)
        return failed;
    return failed + u" OR (b.state = 'accepted' AND r.delivery IS NULL AND b.updated_at < :cut)"
                    " OR b.state IN ('rejected', 'cancelled')"_s;
}

QString cutoff(const QDateTime &t)
{
    return (t.isValid() ? t : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

void bindCampaign(QSqlQuery &q, qint64 campaignId)
{
    for (const char *name : {":c1", ":c2", ":c3"})
        q.bindValue(QString::fromLatin1(name), campaignId);
}
} // namespace

ResendStore::ResendStore(Database &db)
    : m_db(db)
{
}

std::optional<ResendCounts> ResendStore::count(qint64 campaignId, ResendScope scope, const QDateTime &noReportBefore,
                                               QString *error) const
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT"
              " SUM(CASE WHEN b.state = 'accepted' AND r.delivery IS NOT NULL AND r.delivery <> 'DELIVRD' THEN 1 ELSE 0 END),"
              " SUM(CASE WHEN b.state = 'accepted' AND r.delivery IS NULL AND b.updated_at < :cut THEN 1 ELSE 0 END),"
              " SUM(CASE WHEN b.state IN ('rejected', 'cancelled') THEN 1 ELSE 0 END),"
              " SUM(CASE WHEN b.state IN ('pending', 'inflight', 'unknown') THEN 1 ELSE 0 END)"
              " FROM recipients r JOIN batches b ON b.id = r.batch_id WHERE %1"_s.arg(QLatin1String(kRange)));
    bindCampaign(q, campaignId);
    q.bindValue(u":cut"_s, cutoff(noReportBefore));
    if (!q.exec() || !q.next()) {
        sql::failed(q, error);
        return std::nullopt;
    }
    ResendCounts c;
    c.failed = q.value(0).toLongLong();
    if (scope == ResendScope::Unreached) {
        c.noReport = q.value(1).toLongLong();
        c.notSent = q.value(2).toLongLong();
    }
    c.undecided = q.value(3).toLongLong();
    q.finish();
    // Sent again before: those numbers may get it a second time (the user decides, warned).
    QSqlQuery earlier(m_db.db());
    earlier.prepare(u"SELECT COUNT(*) FROM campaigns WHERE source LIKE ? AND state NOT IN ('cancelled', 'draft')"_s);
    earlier.addBindValue(u"resend:%1:%"_s.arg(campaignId));
    if (!earlier.exec() || !earlier.next()) {
        sql::failed(earlier, error);
        return std::nullopt;
    }
    c.earlierResends = earlier.value(0).toInt();
    return c;
}

std::optional<QList<ResendStore::Recipient>> ResendStore::page(qint64 campaignId, ResendScope scope,
                                                               const QDateTime &noReportBefore, qint64 afterId,
                                                               int limit, QString *error) const
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT r.id, r.mobile, r.params FROM recipients r JOIN batches b ON b.id = r.batch_id"
              " WHERE %1 AND r.id > :after AND (%2) ORDER BY r.id LIMIT :limit"_s.arg(QLatin1String(kRange), inScope(scope)));
    bindCampaign(q, campaignId);
    if (scope == ResendScope::Unreached)
        q.bindValue(u":cut"_s, cutoff(noReportBefore));
    q.bindValue(u":after"_s, afterId);
    q.bindValue(u":limit"_s, limit);
    if (!q.exec()) {
        sql::failed(q, error);
        return std::nullopt;
    }
    QList<Recipient> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

} // namespace mms
