#include "storage/CampaignStore.h"
#include "storage/ReportWriter.h"

#include "protocol/Carriers.h"
#include "storage/Database.h"
#include "storage/SendLedger.h"
#include "storage/SqlHelpers.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>
#include <QUuid>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <vector>

#include <signal.h>
#include <sqlite3.h>


using namespace Qt::Literals::StringLiterals;

namespace mms {
using sql::failed;
using sql::inTransaction;
using sql::text;
namespace {

QString mapJson(const QMap<QString, QString> &m)
{
    if (m.isEmpty())
        return {};
    QJsonObject o;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> jsonMap(const QString &json)
{
    QMap<QString, QString> m;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        m.insert(it.key(), it.value().toString());
    return m;
}


const char *kCampaignColumns =
    "id, account_id, mmsid, name, sub, state, message, personalised, variables, shared_vars, scheduled_at, is_test,"
    " source, created_at, updated_at, send_window,"
    " (SELECT MIN(b.claimed_at) FROM batches b WHERE b.campaign_id = campaigns.id),"
    " (SELECT t.subject FROM templates t WHERE t.account_id = campaigns.account_id AND t.mmsid = campaigns.mmsid), caps,"
    " (SELECT COUNT(*) FROM import_issues i WHERE i.campaign_id = campaigns.id AND i.kind = 'capped')";

CampaignRow readCampaign(const QSqlQuery &q)
{
    CampaignRow c;
    c.id = q.value(0).toLongLong();
    c.accountId = q.value(1).toLongLong();
    c.mmsid = q.value(2).toString();
    c.name = q.value(3).toString();
    c.sub = q.value(4).toString();
    c.state = q.value(5).toString();
    c.message = q.value(6).toString();
    c.personalised = q.value(7).toBool();
    c.variables = q.value(8).toString().split(u',', Qt::SkipEmptyParts);
    c.sharedVars = jsonMap(q.value(9).toString());
    c.scheduledAt = q.value(10).toString();
    c.isTest = q.value(11).toBool();
    c.source = q.value(12).toString();
    c.createdAt = q.value(13).toString();
    c.updatedAt = q.value(14).toString();
    c.sendWindow = q.value(15).toString();
    c.startedAt = q.value(16).toString();
    c.templateSubject = q.value(17).toString();
    c.caps = q.value(18).toString();
    c.capped = q.value(19).toLongLong();
    return c;
}
} // namespace

CampaignStore::CampaignStore(Database &db)
    : m_db(db)
{
}

std::optional<qint64> CampaignStore::createDraft(const NewCampaign &c, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"INSERT INTO campaigns (account_id, template_id, mmsid, name, sub, shared_vars, personalised, state,"
              " created_at, updated_at, variables, message, scheduled_at, is_test, source, send_window, caps)"
              " VALUES (?, (SELECT id FROM templates WHERE mmsid = ? ORDER BY id DESC LIMIT 1), ?, ?, ?, ?, ?, 'draft',"
              " ?, ?, ?, '', ?, ?, ?, ?, ?) RETURNING id"_s);
    const QString t = Store::now();
    for (const QVariant &v : {QVariant(c.accountId), QVariant(c.mmsid), QVariant(c.mmsid), text(c.name), text(c.sub),
                              text(mapJson(c.sharedVars)), QVariant(c.personalised ? 1 : 0), QVariant(t), QVariant(t),
                              text(c.variables.join(u',')),
                              c.scheduledAt.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.scheduledAt),
                              QVariant(c.isTest ? 1 : 0), text(c.source), text(c.sendWindow), text(c.caps)})
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        failed(q, error);
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<qint64> CampaignStore::create(const NewCampaign &c, const QList<VariableEntry> &recipients,
                                            int batchSize, QString *error)
{
    qint64 id = 0;
    const bool ok = inTransaction(m_db.db(), error, [&] {
        const auto draft = createDraft(c, error);
        if (!draft)
            return false;
        id = *draft;
        CampaignRecipientSink sink(m_db, id, c.variables, batchSize);
        QSet<QString> seen; // a number once per campaign, as an import keeps it
        for (const VariableEntry &e : recipients) {
            if (seen.contains(e.mobile))
                continue;
            seen.insert(e.mobile);
            QStringList values;
            for (const QString &name : c.variables)
                values << e.params.value(name);
            if (!sink.add(e.mobile, values)) {
                if (error)
                    *error = sink.error();
                return false;
            }
        }
        if (!sink.flush()) {
            if (error)
                *error = sink.error();
            return false;
        }
        return finalize(id, error);
    });
    if (!ok)
        return std::nullopt;
    return id;
}

bool CampaignStore::finalize(qint64 campaignId, QString *error)
{
    QSqlQuery q(m_db.db());
    // The last batch is usually short; the others hold exactly batchSize.
    q.prepare(u"UPDATE batches SET size = (SELECT COUNT(*) FROM recipients r WHERE r.id BETWEEN batches.first_recipient"
              " AND batches.last_recipient AND r.batch_id = batches.id)"
              " WHERE campaign_id = ? AND id = (SELECT MAX(id) FROM batches WHERE campaign_id = ?)"_s);
    q.addBindValue(campaignId);
    q.addBindValue(campaignId);
    if (!q.exec())
        return failed(q, error);
    return setState(campaignId, campaign::Ready, {}, error);
}

bool CampaignStore::saveIssues(qint64 campaignId, const QList<RowIssue> &issues, QString *error)
{
    static const char *kinds[] = {"invalid", "duplicate", "blocked", "empty", "capped"};
    static const char *kInsert = "INSERT INTO import_issues (campaign_id, line, value, reason, kind, blocking) VALUES (?, ?, ?, ?, ?, ?)";
    return inTransaction(m_db.db(), error, [&] {
        // A list can hold a hundred thousand problem rows (or capped numbers): on SQLite through
        // the C API, as the recipients are written (Qt's binding costs more than the row).
        const QVariant h = m_db.db().driver()->handle();
        if (sqlite3 *handle = h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(h.constData()) : nullptr) {
            sqlite3_stmt *st = nullptr;
            int rc = sqlite3_prepare_v2(handle, kInsert, -1, &st, nullptr);
            for (qsizetype r = 0; rc == SQLITE_OK && r < issues.size(); ++r) {
                const RowIssue &i = issues.at(r);
                const QByteArray value = i.value.toUtf8(), reason = i.reason.toUtf8();
                sqlite3_bind_int64(st, 1, campaignId);
                sqlite3_bind_int64(st, 2, i.line);
                sqlite3_bind_text(st, 3, value.constData(), int(value.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 4, reason.constData(), int(reason.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 5, kinds[int(i.kind)], -1, SQLITE_STATIC);
                sqlite3_bind_int(st, 6, i.blocking ? 1 : 0);
                rc = sqlite3_step(st) == SQLITE_DONE ? sqlite3_reset(st) : SQLITE_ERROR;
            }
            if (rc != SQLITE_OK && error)
                *error = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(st);
            return rc == SQLITE_OK;
        }
        QSqlQuery q(m_db.db());
        q.prepare(QString::fromLatin1(kInsert));
        for (const RowIssue &i : issues) {
            for (const QVariant &v : {QVariant(campaignId), QVariant(i.line), text(i.value), text(i.reason),
                                      QVariant(QString::fromLatin1(kinds[int(i.kind)])), QVariant(i.blocking ? 1 : 0)})
                q.addBindValue(v);
            if (!q.exec())
                return failed(q, error);
        }
        return true;
    });
}

bool CampaignStore::deleteCampaign(qint64 campaignId, QString *error)
{
    return inTransaction(m_db.db(), error, [&] {
        QSqlQuery q(m_db.db());
        // Its reports stay, unlinked (they are no foreign keys: see migration 9). The campaign's
        // recipients lie in its batches' id ranges: read those, not the table.
        for (const QString &sql : {u"UPDATE reports SET campaign_id = NULL, batch_id = NULL, recipient_id = NULL"
                                   " WHERE campaign_id = ?"_s,
                                   u"DELETE FROM recipients WHERE id BETWEEN"
                                   " COALESCE((SELECT MIN(first_recipient) FROM batches WHERE campaign_id = ?), 0) AND"
                                   " COALESCE((SELECT MAX(last_recipient) FROM batches WHERE campaign_id = ?), -1)"
                                   " AND campaign_id = ?"_s,
                                   u"DELETE FROM batches WHERE campaign_id = ?"_s, u"DELETE FROM import_issues WHERE campaign_id = ?"_s,
                                   u"DELETE FROM campaigns WHERE id = ?"_s}) {
            q.prepare(sql);
            const int binds = int(sql.count(QLatin1Char('?')));
            for (int i = 0; i < binds; ++i)
                q.addBindValue(campaignId);
            if (!q.exec())
                return failed(q, error);
        }
        sql::notifyChange(m_db.db(), "campaigns");
        return true;
    });
}

std::optional<CampaignRow> CampaignStore::campaign(qint64 id, QString *error) const
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT %1 FROM campaigns WHERE id = ?"_s.arg(QLatin1String(kCampaignColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    CampaignRow c = readCampaign(q);
    q.prepare(u"SELECT state, COUNT(*), SUM(size) FROM batches WHERE campaign_id = ? GROUP BY state"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    while (q.next()) {
        c.batchesByState.insert(q.value(0).toString(), q.value(1).toInt());
        c.recipientsByState.insert(q.value(0).toString(), q.value(2).toInt());
        c.recipients += q.value(2).toInt();
    }
    if (c.recipients == 0) {
        q.prepare(u"SELECT COUNT(*) FROM recipients WHERE campaign_id = ?"_s);
        q.addBindValue(id);
        if (q.exec() && q.next())
            c.recipients = q.value(0).toInt();
    }
    return c;
}

std::optional<QMap<int, qint64>> CampaignStore::recipientsByCarrier(qint64 campaignId, QString *error) const
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT carrier, COUNT(*) FROM recipients WHERE campaign_id = ? GROUP BY carrier"_s);
    q.addBindValue(campaignId);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    QMap<int, qint64> out;
    while (q.next())
        out.insert(q.value(0).toInt(), q.value(1).toLongLong());
    return out;
}

QList<CampaignRow> CampaignStore::campaigns(qint64 accountId, QString *error) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT id FROM campaigns WHERE account_id = ? ORDER BY id"_s);
    q.addBindValue(accountId);
    if (!q.exec()) {
        failed(q, error);
        return {};
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<CampaignRow> out;
    for (qint64 id : ids) {
        QString why;
        if (auto c = campaign(id, &why))
            out << *c;
        else if (!why.isEmpty()) {
            if (error)
                *error = why;
            return {};
        }
    }
    return out;
}

namespace {
BatchRow readBatch(const QSqlQuery &q)
{
    BatchRow b{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toInt(),
               q.value(4).toString(), q.value(5).toInt(), q.value(6).toString(), q.value(7).toInt(),
               q.value(8).toInt(), q.value(9).toInt(), q.value(11).toString(), q.value(10).toString()};
    return b;
}
const char *kBatchColumns = "id, seq, state, size, taskid, code, message, attempts, not_sent_count,"
                            " (SELECT MAX(numbers_in_batch) FROM unmatched_tasks u WHERE u.batch_id = batches.id), claimed_by,"
                            " (SELECT u.taskid FROM unmatched_tasks u WHERE u.batch_id = batches.id ORDER BY u.numbers_in_batch DESC LIMIT 1)";
} // namespace

QList<BatchRow> CampaignStore::batches(qint64 campaignId, QString *error) const
{
    QList<BatchRow> out;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT %1 FROM batches WHERE campaign_id = ? ORDER BY seq"_s.arg(QLatin1String(kBatchColumns)));
    q.addBindValue(campaignId);
    if (!q.exec()) {
        failed(q, error);
        return {};
    }
    while (q.next())
        out.append(readBatch(q));
    return out;
}

std::optional<BatchRow> CampaignStore::batchById(qint64 id, QString *error) const
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT %1 FROM batches WHERE id = ?"_s.arg(QLatin1String(kBatchColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        failed(q, error);
        return std::nullopt;
    }
    return readBatch(q);
}

std::optional<BatchRow> CampaignStore::batchBySeq(qint64 campaignId, int seq) const
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT %1 FROM batches WHERE campaign_id = ? AND seq = ?"_s.arg(QLatin1String(kBatchColumns)));
    q.addBindValue(campaignId);
    q.addBindValue(seq);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readBatch(q);
}

std::optional<QList<QPair<QString, QString>>> CampaignStore::capped(qint64 campaignId, QString *error) const
{
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT value, reason FROM import_issues WHERE campaign_id = ? AND kind = 'capped' ORDER BY id"_s);
    q.addBindValue(campaignId);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    QList<QPair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

QList<VariableEntry> CampaignStore::batchRecipients(qint64 batchId, const QStringList &variables, QString *error) const
{
    Q_UNUSED(variables);
    QList<VariableEntry> out;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT r.mobile, r.params FROM batches b JOIN recipients r ON "_s + sql::recipientsOfBatch()
              + u" WHERE b.id = ? ORDER BY r.id"_s);
    q.addBindValue(batchId);
    if (!q.exec()) {
        failed(q, error);
        return {};
    }
    while (q.next())
        out.append(VariableEntry{q.value(0).toString(), jsonMap(q.value(1).toString())});
    return out;
}

bool CampaignStore::setBatchState(qint64 batchId, const QString &state, const QString &taskid, int code,
                                  const QString &message, QString *error)
{
    const bool ok = inTransaction(m_db.db(), error, [&] {
        QSqlQuery q(m_db.db());
        q.prepare(u"UPDATE batches SET state = ?, taskid = COALESCE(NULLIF(?, ''), taskid), code = ?, message = ?,"
                  " attempts = attempts + (CASE WHEN ? = 'inflight' THEN 1 ELSE 0 END), updated_at = ? WHERE id = ?"_s);
        for (const QVariant &v : {QVariant(state), text(taskid), QVariant(code), text(message), QVariant(state),
                                  QVariant(Store::now()), QVariant(batchId)})
            q.addBindValue(v);
        if (!q.exec())
            return failed(q, error);
        // The sending engine claims a batch before it leaves (claimNext); any other way out of
        // pending (mmsctl, a test) must index it too, or its reports would find no recipient.
        if (state != batch::Pending && state != batch::Cancelled && !indexRecipients(batchId, error))
            return false;
        // Not at the platform (back to pending, refused, cancelled): it no longer counts toward caps.
        if ((state == batch::Pending || state == batch::Rejected || state == batch::Cancelled) && !SendLedger(m_db).forget(batchId, error))
            return false;
        sql::notifyChange(m_db.db(), "campaigns");
        return true;
    });
    if (!ok)
        return false;
    // Reports that came before this answer was stored are linked now. The answer is stored
    // whatever happens to them, hence no error from here.
    if (state == u"accepted"_s && !taskid.isEmpty() && reportsWaitFor(taskid)) {
        QString ignored;
        ReportWriter(m_db).relink(taskid, &ignored);
    }
    return true;
}

// From the moment a batch may leave, reports and replies may name its numbers: into the
// (batch, number) index with them (a batch sent again, after an unknown outcome, already is).
// Inside the caller's transaction.
bool CampaignStore::indexRecipients(qint64 batchId, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"UPDATE recipients SET indexed = 1 WHERE id BETWEEN"
              " (SELECT first_recipient FROM batches WHERE id = ?) AND (SELECT last_recipient FROM batches WHERE id = ?)"
              " AND batch_id = ? AND indexed = 0"_s);
    for (int i = 0; i < 3; ++i)
        q.addBindValue(batchId);
    return q.exec() || failed(q, error);
}

bool CampaignStore::countNotSent(qint64 batchId, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"UPDATE batches SET not_sent_count = not_sent_count + 1 WHERE id = ?"_s);
    q.addBindValue(batchId);
    return q.exec() || failed(q, error);
}

bool CampaignStore::setState(qint64 campaignId, const QString &state, const QString &message, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"UPDATE campaigns SET state = ?, message = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(state);
    q.addBindValue(text(message));
    q.addBindValue(Store::now());
    q.addBindValue(campaignId);
    if (!q.exec())
        return failed(q, error);
    sql::notifyChange(m_db.db(), "campaigns");
    return true;
}

bool CampaignStore::setSchedule(qint64 campaignId, const QDateTime &startAt, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"UPDATE campaigns SET scheduled_at = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(startAt.isValid() ? QVariant(startAt.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(Store::now());
    q.addBindValue(campaignId);
    return q.exec() || failed(q, error);
}

bool CampaignStore::setSendWindow(qint64 campaignId, const QString &window, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"UPDATE campaigns SET send_window = ? WHERE id = ?"_s);
    q.addBindValue(window);
    q.addBindValue(campaignId);
    return q.exec() || failed(q, error);
}

bool CampaignStore::cancel(qint64 campaignId, const QString &message, QString *error)
{
    return inTransaction(m_db.db(), error, [&] {
        QSqlQuery q(m_db.db());
        q.prepare(u"UPDATE batches SET state = 'cancelled', message = ?, updated_at = ? WHERE campaign_id = ? AND state = 'pending'"_s);
        q.addBindValue(text(message));
        q.addBindValue(Store::now());
        q.addBindValue(campaignId);
        return (q.exec() || failed(q, error)) && setState(campaignId, campaign::Cancelled, message, error);
    });
}

bool CampaignStore::reportsWaitFor(const QString &taskid) const
{
    // Almost always no: answers come before their reports. A look-up by primary key.
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT 1 FROM unmatched_tasks WHERE taskid = ?"_s);
    q.addBindValue(taskid);
    return q.exec() && q.next();
}

int CampaignStore::dropAbandonedDrafts(int olderThanSecs, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT id FROM campaigns WHERE state = 'draft' AND updated_at < ?"_s);
    q.addBindValue(QDateTime::currentDateTimeUtc().addSecs(-olderThanSecs).toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        failed(q, error);
        return -1;
    }
    QList<qint64> drafts;
    while (q.next())
        drafts << q.value(0).toLongLong();
    q.finish();
    for (const qint64 id : std::as_const(drafts)) { // one by one, each as a campaign is deleted
        if (!deleteCampaign(id, error))
            return -1;
    }
    return int(drafts.size());
}


} // namespace mms
