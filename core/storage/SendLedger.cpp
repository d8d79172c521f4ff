#include "storage/SendLedger.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
// The entries of ledger `l` that count toward caps (see the class comment).
const char *kCounting = "LEFT JOIN batches lb ON lb.id = l.batch_id"
                        " LEFT JOIN recipients lr ON lr.id = l.recipient_id"
                        " WHERE (lb.id IS NULL OR lb.state IN ('inflight', 'accepted', 'unknown'))"
                        " AND (lr.id IS NULL OR lr.delivery IS NULL OR lr.delivery = 'DELIVRD')";
} // namespace

SendLedger::SendLedger(Database &db)
    : m_db(db)
{
}

quint64 SendLedger::key(QStringView mobile)
{
    if (mobile.size() != 11)
        return 0;
    quint64 k = 0;
    for (const QChar c : mobile) {
        if (c < u'0' || c > u'9')
            return 0;
        k = k * 10 + quint64(c.unicode() - u'0');
    }
    return k;
}

std::optional<QHash<quint64, SendLedger::Counts>> SendLedger::counts(qint64 accountId, const QString &mmsid, int day,
                                                                     QString *error) const
{
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT l.mobile, l.mmsid = ? FROM send_ledger l %1 AND l.day = ? AND l.account_id = ?"_s.arg(QLatin1String(kCounting)));
    q.addBindValue(mmsid);
    q.addBindValue(day);
    q.addBindValue(accountId);
    if (!q.exec()) {
        sql::failed(q, error);
        return std::nullopt;
    }
    QHash<quint64, Counts> out;
    while (q.next()) {
        Counts &c = out[key(q.value(0).toString())];
        c.all = quint16(qMin<int>(c.all + 1, 0xffff));
        if (q.value(1).toBool())
            c.sameTemplate = quint16(qMin<int>(c.sameTemplate + 1, 0xffff));
    }
    if (q.lastError().isValid()) {
        sql::failed(q, error);
        return std::nullopt;
    }
    out.remove(0);
    return out;
}

std::optional<int> SendLedger::claim(qint64 batchId, const QDateTime &at, QString *error)
{
    QSqlDatabase db = m_db.db();
    QSqlQuery q(db);
    q.prepare(u"SELECT c.id, c.account_id, c.mmsid, c.caps, c.is_test, b.size FROM batches b JOIN campaigns c ON c.id = b.campaign_id"
              " WHERE b.id = ?"_s);
    q.addBindValue(batchId);
    if (!q.exec() || !q.next()) {
        sql::failed(q, error);
        return std::nullopt;
    }
    const qint64 campaignId = q.value(0).toLongLong(), accountId = q.value(1).toLongLong();
    const QString mmsid = q.value(2).toString();
    const FrequencyCaps caps = FrequencyCaps::parse(q.value(3).toString(), nullptr).value_or(FrequencyCaps::off());
    const bool isTest = q.value(4).toBool();
    int size = q.value(5).toInt();
    q.finish();
    if (isTest)
        return size;
    const QDateTime now = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    const int day = FrequencyCaps::chinaDay(now), hour = FrequencyCaps::chinaHour(now);

    // Once a day per process, what is too old to matter goes (a day's entries at most).
    static std::atomic<int> prunedOn{0};
    if (prunedOn.exchange(day) != day) {
        const QDate d = now.toTimeZone(QTimeZone(8 * 3600)).date().addDays(-kKeepDays);
        if (!prune(d.year() * 10000 + d.month() * 100 + d.day(), error))
            return std::nullopt;
    }
    // Sent before and decided as not sent (or its send cut short): those entries go.
    q.prepare(u"DELETE FROM send_ledger WHERE batch_id = ?"_s);
    q.addBindValue(batchId);
    if (!q.exec())
        return sql::failed(q, error), std::nullopt;

    if (!caps.isOff()) {
        // Only the batch's numbers that got something today come back: a look-up of each
        // number in the (day, mobile) index, not a read of the day.
        q.prepare(u"SELECT r.id, r.mobile, SUM(CASE WHEN l.mmsid = ? THEN 1 ELSE 0 END), COUNT(*),"
                  " SUM(CASE WHEN l.hour = ? THEN 1 ELSE 0 END)"
                  " FROM batches b JOIN recipients r ON %1"
                  " JOIN send_ledger l ON l.day = ? AND l.mobile = r.mobile AND l.account_id = ? %2 AND b.id = ?"
                  " GROUP BY r.id, r.mobile"_s.arg(sql::recipientsOfBatch(), QLatin1String(kCounting)));
        for (const QVariant &v : {QVariant(mmsid), QVariant(hour), QVariant(day), QVariant(accountId), QVariant(batchId)})
            q.addBindValue(v);
        if (!q.exec())
            return sql::failed(q, error), std::nullopt;
        struct Stopped
        {
            qint64 id;
            QString mobile;
            FrequencyCaps::Reason reason;
        };
        QList<Stopped> stopped;
        while (q.next()) {
            const auto reason = caps.check(q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt());
            if (reason != FrequencyCaps::Reason::None)
                stopped.append({q.value(0).toLongLong(), q.value(1).toString(), reason});
        }
        q.finish();
        if (!stopped.isEmpty()) {
            QSqlQuery out(db), issue(db);
            out.prepare(u"UPDATE recipients SET batch_id = NULL WHERE id = ?"_s);
            issue.prepare(u"INSERT INTO import_issues (campaign_id, line, value, reason, kind, blocking) VALUES (?, 0, ?, ?, 'capped', 0)"_s);
            for (const Stopped &s : std::as_const(stopped)) {
                out.addBindValue(s.id);
                issue.addBindValue(campaignId);
                issue.addBindValue(s.mobile);
                issue.addBindValue(caps.reasonText(s.reason));
                if (!out.exec())
                    return sql::failed(out, error), std::nullopt;
                if (!issue.exec())
                    return sql::failed(issue, error), std::nullopt;
            }
            size -= int(stopped.size());
            q.prepare(u"UPDATE batches SET size = ? WHERE id = ?"_s);
            q.addBindValue(size);
            q.addBindValue(batchId);
            if (!q.exec())
                return sql::failed(q, error), std::nullopt;
        }
    }
    if (size <= 0)
        return 0;
    q.prepare(u"INSERT INTO send_ledger (day, hour, mobile, mmsid, account_id, campaign_id, batch_id, recipient_id)"
              " SELECT ?, ?, r.mobile, ?, ?, ?, b.id, r.id FROM batches b JOIN recipients r ON %1 WHERE b.id = ?"_s.arg(sql::recipientsOfBatch()));
    for (const QVariant &v : {QVariant(day), QVariant(hour), QVariant(mmsid), QVariant(accountId), QVariant(campaignId), QVariant(batchId)})
        q.addBindValue(v);
    if (!q.exec())
        return sql::failed(q, error), std::nullopt;
    return size;
}

bool SendLedger::prune(int beforeDay, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"DELETE FROM send_ledger WHERE day < ?"_s);
    q.addBindValue(beforeDay);
    return q.exec() || sql::failed(q, error);
}

} // namespace mms
