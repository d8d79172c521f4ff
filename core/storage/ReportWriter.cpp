#include "storage/ReportWriter.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace mms {

struct ReportWriter::Impl
{
    Database &db;
    sqlite3 *handle = nullptr;
    sqlite3_stmt *findBatch = nullptr;
    sqlite3_stmt *findRecipient = nullptr;
    sqlite3_stmt *insert = nullptr;
    sqlite3_stmt *outcome = nullptr;
    sqlite3_stmt *counts = nullptr;
    sqlite3_stmt *pending = nullptr;
    sqlite3_stmt *current = nullptr;

    explicit Impl(Database &d) : db(d) {}
    ~Impl()
    {
        for (sqlite3_stmt *s : {findBatch, findRecipient, insert, outcome, counts, pending, current})
            sqlite3_finalize(s);
    }
    bool ok(int rc, QString *error) const
    {
        if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
            return true;
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    bool prepare(QString *error)
    {
        if (insert)
            return true;
        const QVariant h = db.db().driver()->handle();
        if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
            handle = *static_cast<sqlite3 *const *>(h.constData());
        if (!handle) {
            if (error)
                *error = u"the store is not an SQLite database"_s;
            return false;
        }
        // Reports arrive in any order across a campaign: keep its index pages in memory rather than
        // re-reading them from the file for every record (SQLite's default cache is 2 MB).
        sqlite3_exec(handle, "PRAGMA cache_size=-65536", nullptr, nullptr, nullptr);
        return ok(sqlite3_prepare_v2(handle, "SELECT campaign_id, id FROM batches WHERE taskid = ? LIMIT 1", -1, &findBatch, nullptr), error)
            && ok(sqlite3_prepare_v2(handle, "SELECT id, batch_id FROM recipients WHERE mobile = ? AND campaign_id = ?", -1,
                                     &findRecipient, nullptr), error)
            && ok(sqlite3_prepare_v2(handle, "INSERT INTO reports (mobile, status, taskid, serial, reported_at, received_at,"
                                             " campaign_id, batch_id, recipient_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                     -1, &insert, nullptr), error)
            && ok(sqlite3_prepare_v2(handle, "UPDATE recipients SET delivery = ?, reported_at = ? WHERE id = ?", -1, &outcome, nullptr), error)
            && ok(sqlite3_prepare_v2(handle, "UPDATE batches SET delivered = delivered + ?, failed = failed + ? WHERE id = ?", -1,
                                     &counts, nullptr), error)
            && ok(sqlite3_prepare_v2(handle, "SELECT id, recipient_id, batch_id, status, reported_at FROM reports"
                                             " WHERE id > ? AND id <= ? AND recipient_id IS NOT NULL ORDER BY recipient_id, id",
                                     -1, &pending, nullptr), error)
            && ok(sqlite3_prepare_v2(handle, "SELECT delivery FROM recipients WHERE id = ?", -1, &current, nullptr), error);
    }
};

namespace {
void bindText(sqlite3_stmt *s, int i, const QByteArray &v)
{
    sqlite3_bind_text(s, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
}
void bindId(sqlite3_stmt *s, int i, qint64 id)
{
    if (id)
        sqlite3_bind_int64(s, i, id);
    else
        sqlite3_bind_null(s, i);
}
} // namespace

ReportWriter::ReportWriter(Database &db)
    : d(new Impl(db))
{
}

ReportWriter::~ReportWriter() = default;

std::optional<PushStoreResult> ReportWriter::store(const QList<ReportRecord> &reports, QString *error)
{
    if (!d->prepare(error))
        return std::nullopt;
    struct Batch
    {
        qint64 campaign = 0;
        qint64 id = 0;
    };
    // Within the transaction a taskid's batch cannot change: looked up once per push.
    QHash<QString, Batch> batches;
    PushStoreResult result;
    const QByteArray now = Store::now().toUtf8();
    const bool done = sql::inTransaction(d->db.db(), error, [&] {
        for (const ReportRecord &r : reports) {
            const QByteArray mobile = r.mobile.toUtf8();
            auto b = batches.find(r.messageId);
            if (b == batches.end()) {
                Batch found;
                bindText(d->findBatch, 1, r.messageId.toUtf8());
                if (sqlite3_step(d->findBatch) == SQLITE_ROW) {
                    found.campaign = sqlite3_column_int64(d->findBatch, 0);
                    found.id = sqlite3_column_int64(d->findBatch, 1);
                }
                sqlite3_reset(d->findBatch);
                b = batches.insert(r.messageId, found);
            }
            qint64 recipient = 0;
            if (b->id) {
                ++result.matched;
                bindText(d->findRecipient, 1, mobile);
                sqlite3_bind_int64(d->findRecipient, 2, b->campaign);
                // Only a recipient of that very batch: a report names the send it answers.
                if (sqlite3_step(d->findRecipient) == SQLITE_ROW && sqlite3_column_int64(d->findRecipient, 1) == b->id)
                    recipient = sqlite3_column_int64(d->findRecipient, 0);
                sqlite3_reset(d->findRecipient);
            }
            bindText(d->insert, 1, mobile);
            bindText(d->insert, 2, r.status.toUtf8());
            bindText(d->insert, 3, r.messageId.toUtf8());
            bindText(d->insert, 4, r.serial.toUtf8());
            bindText(d->insert, 5, r.time.toUtf8());
            sqlite3_bind_text(d->insert, 6, now.constData(), int(now.size()), SQLITE_STATIC);
            bindId(d->insert, 7, b->campaign);
            bindId(d->insert, 8, b->id);
            bindId(d->insert, 9, recipient);
            const int rc = sqlite3_step(d->insert);
            sqlite3_reset(d->insert);
            if (!d->ok(rc, error))
                return false;
            ++result.stored;
        }
        return true;
    });
    if (!done)
        return std::nullopt;
    return result;
}

int ReportWriter::applyOutcomes(int maxReports, QString *error)
{
    if (!d->prepare(error))
        return -1;
    static const QByteArray delivered = "DELIVRD"_ba;
    int applied = 0;
    const bool done = sql::inTransaction(d->db.db(), error, [&] {
        QSqlQuery q(d->db.db());
        if (!q.exec(u"SELECT (SELECT applied_id FROM report_outcomes), (SELECT COALESCE(MAX(id), 0) FROM reports)"_s) || !q.next())
            return sql::failed(q, error);
        const qint64 from = q.value(0).toLongLong();
        const qint64 to = qMin(q.value(1).toLongLong(), from + maxReports);
        q.finish();
        if (to <= from)
            return true;
        applied = int(to - from);
        struct Counts
        {
            int delivered = 0;
            int failed = 0;
        };
        QHash<qint64, Counts> counts;
        // One recipient's new reports at a time, recipients in table order: each page once.
        qint64 recipient = 0, batch = 0;
        QByteArray status, time;
        bool anyDelivered = false;
        auto finish = [&]() -> bool {
            if (!recipient)
                return true;
            sqlite3_bind_int64(d->current, 1, recipient);
            QByteArray before;
            if (sqlite3_step(d->current) == SQLITE_ROW && sqlite3_column_type(d->current, 0) != SQLITE_NULL)
                before = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(d->current, 0)));
            sqlite3_reset(d->current);
            // A delivered message stays delivered; a later failure report does not undo it.
            if (before == delivered)
                return true;
            const QByteArray after = anyDelivered ? delivered : status;
            bindText(d->outcome, 1, after);
            bindText(d->outcome, 2, time);
            sqlite3_bind_int64(d->outcome, 3, recipient);
            const int rc = sqlite3_step(d->outcome);
            sqlite3_reset(d->outcome);
            if (!d->ok(rc, error))
                return false;
            Counts &c = counts[batch];
            if (after == delivered) {
                ++c.delivered;
                if (!before.isEmpty())
                    --c.failed;
            } else if (before.isEmpty()) {
                ++c.failed;
            }
            return true;
        };
        sqlite3_bind_int64(d->pending, 1, from);
        sqlite3_bind_int64(d->pending, 2, to);
        int rc;
        while ((rc = sqlite3_step(d->pending)) == SQLITE_ROW) {
            const qint64 r = sqlite3_column_int64(d->pending, 1);
            if (r != recipient) {
                if (!finish()) {
                    sqlite3_reset(d->pending);
                    return false;
                }
                recipient = r;
                batch = sqlite3_column_int64(d->pending, 2);
                anyDelivered = false;
            }
            const QByteArray s(reinterpret_cast<const char *>(sqlite3_column_text(d->pending, 3)));
            // The outcome's time: the first delivery, else the latest failure.
            if (!anyDelivered) {
                status = s;
                time = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(d->pending, 4)));
                anyDelivered = s == delivered;
            }
        }
        sqlite3_reset(d->pending);
        if (!d->ok(rc, error) || !finish())
            return false;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (!it->delivered && !it->failed)
                continue;
            sqlite3_bind_int(d->counts, 1, it->delivered);
            sqlite3_bind_int(d->counts, 2, it->failed);
            sqlite3_bind_int64(d->counts, 3, it.key());
            const int rc2 = sqlite3_step(d->counts);
            sqlite3_reset(d->counts);
            if (!d->ok(rc2, error))
                return false;
        }
        q.prepare(u"UPDATE report_outcomes SET applied_id = ?"_s);
        q.addBindValue(to);
        return q.exec() || sql::failed(q, error);
    });
    return done ? applied : -1;
}

} // namespace mms
