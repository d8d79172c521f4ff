#include "storage/CampaignStore.h"

#include "storage/Database.h"
#include "storage/SendLedger.h"
#include "storage/SqlHelpers.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>
#include <QVariant>

#include <cerrno>
#include <signal.h>

// CampaignStore's side of sending: claiming batches (with the frequency caps), who holds them,
// and what a sender that is gone left in flight.

using namespace Qt::Literals::StringLiterals;

namespace mms {
using sql::failed;
using sql::inTransaction;

QString CampaignStore::senderName()
{
    static const QString name = u"%1/%2/%3"_s.arg(QSysInfo::machineHostName())
                                    .arg(QCoreApplication::applicationPid())
                                    .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    return name;
}

namespace {
// A sender of this host whose process is gone. Another host's sender is judged by its lease.
bool senderGone(const QString &sender)
{
    const QStringList parts = sender.split(u'/');
    if (parts.size() != 3 || parts.at(0) != QSysInfo::machineHostName())
        return false;
    if (sender == CampaignStore::senderName())
        return false; // this very process
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    return ok && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}
} // namespace

std::optional<BatchRow> CampaignStore::claimNext(qint64 campaignId, const QString &sender, QString *error,
                                                 const QDateTime &at)
{
    // One statement: the batch goes from pending to in flight or is not taken at all. On
    // PostgreSQL the row is locked as it is chosen, and rows other claimers hold are skipped.
    const QString take = u"UPDATE batches SET state = 'inflight', claimed_by = ?, claimed_at = ?, updated_at = ?, code = 0,"
                         " message = '', attempts = attempts + 1"
                         " WHERE id = (SELECT id FROM batches WHERE campaign_id = ? AND state = 'pending' ORDER BY seq LIMIT 1%1)"
                         " AND state = 'pending' RETURNING id"_s.arg(sql::isPostgres(m_db.db()) ? u" FOR UPDATE SKIP LOCKED"_s : QString());
    qint64 claimed = 0;
    const bool ok = inTransaction(m_db.db(), error, [&] {
        QSqlQuery q(m_db.db());
        for (;;) {
            q.prepare(take);
            const QString now = Store::now();
            for (const QVariant &v : {QVariant(sender), QVariant(now), QVariant(now), QVariant(campaignId)})
                q.addBindValue(v);
            if (!q.exec())
                return failed(q, error);
            claimed = q.next() ? q.value(0).toLongLong() : 0;
            q.finish();
            if (!claimed)
                return true;
            // The caps, and the ledger that keeps them, in the same transaction: two senders
            // of a team take turns here, so neither can send past a cap the other filled.
            const auto left = SendLedger(m_db).claim(claimed, at, error);
            if (!left)
                return false;
            if (*left > 0)
                break;
            // Everyone in it had reached a cap: nothing to send (counted), the next is taken.
            q.prepare(u"UPDATE batches SET state = 'cancelled', message = ? WHERE id = ?"_s);
            q.addBindValue(QCoreApplication::translate("mms::CampaignStore", "not sent: every number in it had reached a frequency cap"));
            q.addBindValue(claimed);
            if (!q.exec())
                return failed(q, error);
        }
        if (!indexRecipients(claimed, error))
            return false;
        sql::notifyChange(m_db.db(), "campaigns");
        return true;
    });
    if (!ok || !claimed)
        return std::nullopt;
    return batchById(claimed, error);
}

int CampaignStore::inFlightElsewhere(qint64 campaignId, const QString &sender) const
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT COUNT(*) FROM batches WHERE campaign_id = ? AND state = 'inflight'"
              " AND COALESCE(claimed_by, '') <> ?"_s);
    q.addBindValue(campaignId);
    q.addBindValue(sender);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int CampaignStore::recoverInFlight(qint64 campaignId, QString *error, int leaseSecs)
{
    int recovered = 0;
    const bool ok = inTransaction(m_db.db(), error, [&] {
        QSqlQuery q(m_db.db());
        q.prepare(u"SELECT id, claimed_by, claimed_at FROM batches WHERE campaign_id = ? AND state = 'inflight'"_s);
        q.addBindValue(campaignId);
        if (!q.exec())
            return failed(q, error);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<qint64> gone;
        while (q.next()) {
            const QString sender = q.value(1).toString();
            const QDateTime at = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
            // No name: claimed before senders had names, by this studio alone; it is not running.
            if (sender.isEmpty() || senderGone(sender) || !at.isValid() || at.secsTo(now) > leaseSecs)
                gone << q.value(0).toLongLong();
        }
        q.finish();
        q.prepare(u"UPDATE batches SET state = 'unknown', message = ?, updated_at = ? WHERE id = ? AND state = 'inflight'"_s);
        for (qint64 id : std::as_const(gone)) {
            q.addBindValue(u"interrupted while being sent; it may have reached the platform"_s);
            q.addBindValue(Store::now());
            q.addBindValue(id);
            if (!q.exec())
                return failed(q, error);
            recovered += q.numRowsAffected();
        }
        return true;
    });
    return ok ? recovered : -1;
}


QList<qint64> CampaignStore::interrupted() const
{
    QList<qint64> ids;
    QSqlQuery q(m_db.db());
    if (sql::isPostgres(m_db.db())) {
        // The latest claim of each running campaign names the computer that was sending it.
        q.prepare(u"SELECT c.id FROM campaigns c WHERE c.state = 'running' AND COALESCE(("
                  " SELECT b.claimed_by FROM batches b WHERE b.campaign_id = c.id AND b.claimed_by IS NOT NULL"
                  " ORDER BY b.claimed_at DESC LIMIT 1), ?) LIKE ? || '%' ORDER BY c.id"_s);
        const QString host = QSysInfo::machineHostName() + u'/';
        q.addBindValue(host); // never claimed: started here or anywhere; taken as this computer's
        q.addBindValue(QString(host).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s));
        q.exec();
    } else {
        q.exec(u"SELECT id FROM campaigns WHERE state = 'running' ORDER BY id"_s);
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}


} // namespace mms
