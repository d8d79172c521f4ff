#include "storage/ReportWriter.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>
#include <vector>

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
    sqlite3_stmt *link = nullptr;
    sqlite3_stmt *findUnknownBatch = nullptr;
    sqlite3_stmt *upsertUnmatched = nullptr;
    sqlite3_stmt *addMinute = nullptr;

    explicit Impl(Database &d) : db(d) {}
    ~Impl()
    {
        for (sqlite3_stmt *s : {findBatch, findRecipient, insert, outcome, counts, pending, current, link, findUnknownBatch, upsertUnmatched, addMinute})
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
            && ok(sqlite3_prepare_v2(handle, "INSERT INTO reports (mobile, status, taskid, serial, reported_at, received_at)"
                                             " VALUES (?, ?, ?, ?, ?, ?)",
                                     -1, &insert, nullptr), error)
            && ok(sqlite3_prepare_v2(handle, "UPDATE recipients SET delivery = ?, reported_at = ? WHERE id = ?", -1, &outcome, nullptr), error)
            && ok(sqlite3_prepare_v2(handle, "UPDATE batches SET delivered = delivered + ?, failed = failed + ? WHERE id = ?", -1,
                                     &counts, nullptr), error)
            && ok(sqlite3_prepare_v2(handle, "SELECT id, mobile, taskid, status, reported_at FROM reports WHERE id > ? AND id <= ?",
                                     -1, &pending, nullptr), error)
            && ok(sqlite3_prepare_v2(handle, "UPDATE reports SET campaign_id = ?, batch_id = ?, recipient_id = ? WHERE id = ?", -1,
                                     &link, nullptr), error)
            && ok(sqlite3_prepare_v2(handle, "SELECT r.batch_id FROM recipients r JOIN batches b ON b.id = r.batch_id"
                                             " WHERE r.mobile = ? AND b.state = 'unknown' LIMIT 1",
                                     -1, &findUnknownBatch, nullptr), error)
            && ok(sqlite3_prepare_v2(handle, "INSERT INTO unmatched_tasks (taskid, reports, first_id, last_id, batch_id, numbers_in_batch)"
                                             " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(taskid) DO UPDATE SET"
                                             " reports = reports + excluded.reports, first_id = MIN(first_id, excluded.first_id),"
                                             " last_id = MAX(last_id, excluded.last_id), batch_id = COALESCE(excluded.batch_id, batch_id),"
                                             " numbers_in_batch = numbers_in_batch + excluded.numbers_in_batch",
                                     -1, &upsertUnmatched, nullptr), error)
            && ok(sqlite3_prepare_v2(handle, "SELECT delivery, reported_at FROM recipients WHERE id = ?", -1, &current, nullptr), error)
            && ok(sqlite3_prepare_v2(handle, "INSERT INTO outcome_minutes (campaign_id, minute, status, n) VALUES (?, ?, ?, ?)"
                                             " ON CONFLICT(campaign_id, minute, status) DO UPDATE SET n = n + excluded.n",
                                     -1, &addMinute, nullptr), error);
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
    PushStoreResult result;
    const QByteArray now = Store::now().toUtf8();
    const bool done = sql::inTransaction(d->db.db(), error, [&] {
        for (const ReportRecord &r : reports) {
            bindText(d->insert, 1, r.mobile.toUtf8());
            bindText(d->insert, 2, r.status.toUtf8());
            bindText(d->insert, 3, r.messageId.toUtf8());
            bindText(d->insert, 4, r.serial.toUtf8());
            bindText(d->insert, 5, r.time.toUtf8());
            sqlite3_bind_text(d->insert, 6, now.constData(), int(now.size()), SQLITE_STATIC);
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

namespace {
struct Report
{
    qint64 id = 0;
    QByteArray mobile, taskid, status, time;
    qint64 campaign = 0, batch = 0, recipient = 0;
};

QByteArray columnText(sqlite3_stmt *s, int column)
{
    return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, column)), sqlite3_column_bytes(s, column));
}
} // namespace

// Links reports (id order or any) to their batch and recipient, writes the links, and folds
// them into the recipients' outcomes and the batches' counts. Reports of unknown sends are
// noted in unmatched_tasks when noteUnmatched. Within the caller's transaction.
static bool linkAndFold(ReportWriter::Impl &d, std::vector<Report> &reports, bool noteUnmatched, int *linked, QString *error)
{
    static const QByteArray delivered = "DELIVRD"_ba;
    // Looked up in number order, so the recipients' index is read front to back.
    std::sort(reports.begin(), reports.end(), [](const Report &a, const Report &b) {
        return a.mobile != b.mobile ? a.mobile < b.mobile : a.id < b.id;
    });
    struct Batch
    {
        qint64 campaign = 0;
        qint64 id = 0;
    };
    QHash<QByteArray, Batch> batches;
    struct Unmatched
    {
        int reports = 0;
        qint64 first = std::numeric_limits<qint64>::max(), last = 0;
        qint64 batch = 0;
        int numbersInBatch = 0;
    };
    QHash<QByteArray, Unmatched> unmatched;
    for (Report &r : reports) {
        auto b = batches.find(r.taskid);
        if (b == batches.end()) {
            Batch found;
            bindText(d.findBatch, 1, r.taskid);
            if (sqlite3_step(d.findBatch) == SQLITE_ROW) {
                found.campaign = sqlite3_column_int64(d.findBatch, 0);
                found.id = sqlite3_column_int64(d.findBatch, 1);
            }
            sqlite3_reset(d.findBatch);
            b = batches.insert(r.taskid, found);
        }
        if (!b->id) {
            if (!noteUnmatched)
                continue;
            // Kept unmatched, noted by taskid; a number of a batch whose outcome is unknown is
            // evidence that the platform did receive that batch (its answer was lost).
            Unmatched &u = unmatched[r.taskid];
            ++u.reports;
            u.first = qMin(u.first, r.id);
            u.last = qMax(u.last, r.id);
            bindText(d.findUnknownBatch, 1, r.mobile);
            if (sqlite3_step(d.findUnknownBatch) == SQLITE_ROW) {
                const qint64 candidate = sqlite3_column_int64(d.findUnknownBatch, 0);
                if (!u.batch || u.batch == candidate) {
                    u.batch = candidate;
                    ++u.numbersInBatch;
                }
            }
            sqlite3_reset(d.findUnknownBatch);
            continue;
        }
        r.campaign = b->campaign;
        r.batch = b->id;
        ++*linked;
        bindText(d.findRecipient, 1, r.mobile);
        sqlite3_bind_int64(d.findRecipient, 2, b->campaign);
        // Only a recipient of that very batch: a report names the send it answers.
        if (sqlite3_step(d.findRecipient) == SQLITE_ROW && sqlite3_column_int64(d.findRecipient, 1) == b->id)
            r.recipient = sqlite3_column_int64(d.findRecipient, 0);
        sqlite3_reset(d.findRecipient);
    }
    for (auto it = unmatched.cbegin(); it != unmatched.cend(); ++it) {
        bindText(d.upsertUnmatched, 1, it.key());
        sqlite3_bind_int(d.upsertUnmatched, 2, it->reports);
        sqlite3_bind_int64(d.upsertUnmatched, 3, it->first);
        sqlite3_bind_int64(d.upsertUnmatched, 4, it->last);
        bindId(d.upsertUnmatched, 5, it->batch);
        sqlite3_bind_int(d.upsertUnmatched, 6, it->numbersInBatch);
        const int rc = sqlite3_step(d.upsertUnmatched);
        sqlite3_reset(d.upsertUnmatched);
        if (!d.ok(rc, error))
            return false;
    }
    // The links written in report order: the pages just appended, each once.
    std::sort(reports.begin(), reports.end(), [](const Report &a, const Report &b) { return a.id < b.id; });
    for (const Report &r : reports) {
        if (!r.campaign)
            continue;
        sqlite3_bind_int64(d.link, 1, r.campaign);
        sqlite3_bind_int64(d.link, 2, r.batch);
        bindId(d.link, 3, r.recipient);
        sqlite3_bind_int64(d.link, 4, r.id);
        const int rc = sqlite3_step(d.link);
        sqlite3_reset(d.link);
        if (!d.ok(rc, error))
            return false;
    }

    // Outcomes: one recipient's new reports at a time, recipients in table order.
    std::stable_sort(reports.begin(), reports.end(), [](const Report &a, const Report &b) { return a.recipient < b.recipient; });
    struct Counts
    {
        int delivered = 0;
        int failed = 0;
    };
    QHash<qint64, Counts> counts;
    std::map<std::tuple<qint64, QByteArray, QByteArray>, int> minutes;
    auto fold = [&](const Report *first, const Report *last) -> bool {
        // The outcome's time: the first delivery, else the latest failure.
        QByteArray status, time;
        for (const Report *r = first; r != last; ++r) {
            status = r->status;
            time = r->time;
            if (status == delivered)
                break;
        }
        const qint64 recipient = first->recipient;
        sqlite3_bind_int64(d.current, 1, recipient);
        QByteArray before, beforeTime;
        if (sqlite3_step(d.current) == SQLITE_ROW && sqlite3_column_type(d.current, 0) != SQLITE_NULL) {
            before = columnText(d.current, 0);
            beforeTime = columnText(d.current, 1);
        }
        sqlite3_reset(d.current);
        // A delivered message stays delivered; a later failure report does not undo it.
        if (before == delivered)
            return true;
        bindText(d.outcome, 1, status);
        bindText(d.outcome, 2, time);
        sqlite3_bind_int64(d.outcome, 3, recipient);
        const int rc = sqlite3_step(d.outcome);
        sqlite3_reset(d.outcome);
        if (!d.ok(rc, error))
            return false;
        // The campaign's outcomes by minute and status: the chart and the failures by status.
        if (!before.isEmpty())
            minutes[{first->campaign, beforeTime.left(12), before}] -= 1;
        minutes[{first->campaign, time.left(12), status}] += 1;
        Counts &c = counts[first->batch];
        if (status == delivered) {
            ++c.delivered;
            if (!before.isEmpty())
                --c.failed;
        } else if (before.isEmpty()) {
            ++c.failed;
        }
        return true;
    };
    const Report *begin = reports.data(), *end = begin + reports.size();
    for (const Report *r = begin; r != end;) {
        const Report *next = r;
        while (next != end && next->recipient == r->recipient)
            ++next;
        if (r->recipient && !fold(r, next))
            return false;
        r = next;
    }
    for (const auto &[key, n] : minutes) {
        if (!n)
            continue;
        sqlite3_bind_int64(d.addMinute, 1, std::get<0>(key));
        bindText(d.addMinute, 2, std::get<1>(key));
        bindText(d.addMinute, 3, std::get<2>(key));
        sqlite3_bind_int(d.addMinute, 4, n);
        const int rc = sqlite3_step(d.addMinute);
        sqlite3_reset(d.addMinute);
        if (!d.ok(rc, error))
            return false;
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!it->delivered && !it->failed)
            continue;
        sqlite3_bind_int(d.counts, 1, it->delivered);
        sqlite3_bind_int(d.counts, 2, it->failed);
        sqlite3_bind_int64(d.counts, 3, it.key());
        const int rc = sqlite3_step(d.counts);
        sqlite3_reset(d.counts);
        if (!d.ok(rc, error))
            return false;
    }
    return true;
}

static bool readReports(ReportWriter::Impl &d, sqlite3_stmt *s, std::vector<Report> &out, QString *error)
{
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        out.push_back({sqlite3_column_int64(s, 0), columnText(s, 1), columnText(s, 2), columnText(s, 3), columnText(s, 4)});
    sqlite3_reset(s);
    return d.ok(rc, error);
}

int ReportWriter::applyOutcomes(int maxReports, QString *error, int *matched)
{
    if (!d->prepare(error))
        return -1;
    int applied = 0, linked = 0;
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
        std::vector<Report> reports;
        reports.reserve(size_t(applied));
        sqlite3_bind_int64(d->pending, 1, from);
        sqlite3_bind_int64(d->pending, 2, to);
        if (!readReports(*d, d->pending, reports, error) || !linkAndFold(*d, reports, true, &linked, error))
            return false;
        q.prepare(u"UPDATE report_outcomes SET applied_id = ?"_s);
        q.addBindValue(to);
        return q.exec() || sql::failed(q, error);
    });
    if (done && matched)
        *matched = linked;
    return done ? applied : -1;
}

int ReportWriter::relink(const QString &taskid, QString *error)
{
    if (!d->prepare(error))
        return -1;
    int linked = 0;
    const bool done = sql::inTransaction(d->db.db(), error, [&] {
        QSqlQuery q(d->db.db());
        q.prepare(u"SELECT first_id, last_id, (SELECT applied_id FROM report_outcomes) FROM unmatched_tasks WHERE taskid = ?"_s);
        q.addBindValue(taskid);
        if (!q.exec())
            return sql::failed(q, error);
        if (!q.next())
            return true; // no report waits for this send
        const qint64 first = q.value(0).toLongLong();
        // Reports past the applied mark are linked by the next apply, as any other.
        const qint64 last = qMin(q.value(1).toLongLong(), q.value(2).toLongLong());
        q.finish();
        sqlite3_stmt *s = nullptr;
        if (!d->ok(sqlite3_prepare_v2(d->handle, "SELECT id, mobile, taskid, status, reported_at FROM reports"
                                                 " WHERE id BETWEEN ? AND ? AND taskid = ? AND campaign_id IS NULL",
                                      -1, &s, nullptr), error))
            return false;
        sqlite3_bind_int64(s, 1, first);
        sqlite3_bind_int64(s, 2, last);
        bindText(s, 3, taskid.toUtf8());
        std::vector<Report> reports;
        const bool read = readReports(*d, s, reports, error);
        sqlite3_finalize(s);
        if (!read || !linkAndFold(*d, reports, false, &linked, error))
            return false;
        if (!linked)
            return true; // still no such send: the note stays
        q.prepare(u"DELETE FROM unmatched_tasks WHERE taskid = ?"_s);
        q.addBindValue(taskid);
        return q.exec() || sql::failed(q, error);
    });
    return done ? linked : -1;
}

} // namespace mms
