#include "storage/ReportWriter.h"

#include "storage/Database.h"
#include "storage/ReportApplyPostgres.h"
#include "storage/SqlHelpers.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace mms {

namespace {
// A statement prepared once and run many times through SQLite's C API (the receiver's hot path;
// PostgreSQL takes set statements and COPY instead, ReportApplyPostgres). Parameters count
// from 1 and columns from 0, as in SQLite.
class Stmt
{
public:
    Stmt() = default;
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;
    ~Stmt() { sqlite3_finalize(m_s); }
    bool prepare(sqlite3 *handle, const char *sql, QString *error)
    {
        m_handle = handle;
        if (sqlite3_prepare_v2(handle, sql, -1, &m_s, nullptr) == SQLITE_OK)
            return true;
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    void bindText(int i, const QByteArray &v) { sqlite3_bind_text(m_s, i, v.constData(), int(v.size()), SQLITE_TRANSIENT); }
    void bindInt(int i, qint64 v) { sqlite3_bind_int64(m_s, i, v); }
    // 0 is "no such row": NULL.
    void bindId(int i, qint64 id)
    {
        if (id)
            bindInt(i, id);
        else
            sqlite3_bind_null(m_s, i);
    }
    // Runs the statement (on the first call) and moves to the next row: true on a row.
    bool step()
    {
        m_rc = sqlite3_step(m_s);
        return m_rc == SQLITE_ROW;
    }
    // Runs a statement that returns no rows and makes it ready for the next run.
    bool run(QString *error)
    {
        step();
        return reset(error);
    }
    qint64 int64(int column) const { return sqlite3_column_int64(m_s, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_s, column) == SQLITE_NULL; }
    QByteArray text(int column) const
    {
        return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(m_s, column)), sqlite3_column_bytes(m_s, column));
    }
    // Ready for the next run; false (with *error) when the last run failed.
    bool reset(QString *error = nullptr)
    {
        const bool ok = m_rc == SQLITE_OK || m_rc == SQLITE_DONE || m_rc == SQLITE_ROW;
        if (!ok && error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_reset(m_s);
        m_rc = SQLITE_OK;
        return ok;
    }

private:
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_s = nullptr;
    int m_rc = SQLITE_OK;
};
} // namespace

struct ReportWriter::Impl
{
    Database &db;
    sqlite3 *handle = nullptr; // nullptr on PostgreSQL
    bool prepared = false;
    Stmt findBatch, findRecipient, insert, outcome, counts, pending, current, link, findUnknownBatch, upsertUnmatched,
        addMinute, waiting;

    explicit Impl(Database &d) : db(d) {}
    bool prepare(QString *error)
    {
        if (prepared)
            return true;
        QSqlDatabase *qdb = &db.db();
        if (sql::isPostgres(*qdb))
            return prepared = true; // nothing prepared: set statements and COPY (ReportApplyPostgres)
        const QVariant h = qdb->driver()->handle();
        if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
            handle = *static_cast<sqlite3 *const *>(h.constData());
        if (!handle) {
            if (error)
                *error = u"the store is neither SQLite nor PostgreSQL"_s;
            return false;
        }
        // Reports arrive in any order across a campaign: keep its index pages in memory rather than
        // re-reading them from the file for every record (SQLite's default cache is 2 MB).
        sqlite3_exec(handle, "PRAGMA cache_size=-65536", nullptr, nullptr, nullptr);
        prepared = findBatch.prepare(handle, "SELECT campaign_id, id FROM batches WHERE taskid = ? LIMIT 1", error)
            && findRecipient.prepare(handle, "SELECT id FROM recipients WHERE batch_id = ? AND mobile = ? AND indexed = 1 LIMIT 1", error)
            && insert.prepare(handle,
                              "INSERT INTO reports (mobile, status, taskid, serial, reported_at, received_at) VALUES (?, ?, ?, ?, ?, ?)",
                              error)
            && outcome.prepare(handle, "UPDATE recipients SET delivery = ?, reported_at = ? WHERE id = ?", error)
            && counts.prepare(handle, "UPDATE batches SET delivered = delivered + ?, failed = failed + ?, conflicts = conflicts + ?, outcomes = outcomes + ? WHERE id = ?", error)
            && pending.prepare(handle,
                               "SELECT id, mobile, taskid, status, reported_at FROM reports WHERE id > ? AND id <= ? ORDER BY id", error)
            && link.prepare(handle, "UPDATE reports SET campaign_id = ?, batch_id = ?, recipient_id = ? WHERE id = ?", error)
            && findUnknownBatch.prepare(handle,
                                        // CROSS JOIN: the few unknown batches first, then one look-up in each.
                                        "SELECT b.id FROM batches b CROSS JOIN recipients r WHERE b.state = 'unknown'"
                                        " AND r.batch_id = b.id AND r.mobile = ? AND r.indexed = 1 ORDER BY b.id LIMIT 1",
                                        error)
            && upsertUnmatched.prepare(handle,
                                       "INSERT INTO unmatched_tasks AS u (taskid, reports, first_id, last_id, batch_id, numbers_in_batch)"
                                       " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(taskid) DO UPDATE SET"
                                       " reports = u.reports + excluded.reports,"
                                       " first_id = CASE WHEN excluded.first_id < u.first_id THEN excluded.first_id ELSE u.first_id END,"
                                       " last_id = CASE WHEN excluded.last_id > u.last_id THEN excluded.last_id ELSE u.last_id END,"
                                       " batch_id = COALESCE(excluded.batch_id, u.batch_id),"
                                       " numbers_in_batch = u.numbers_in_batch + excluded.numbers_in_batch",
                                       error)
            && current.prepare(handle, "SELECT delivery, reported_at FROM recipients WHERE id = ?", error)
            && addMinute.prepare(handle,
                                 "INSERT INTO outcome_minutes AS m (campaign_id, minute, status, n) VALUES (?, ?, ?, ?)"
                                 " ON CONFLICT(campaign_id, minute, status) DO UPDATE SET n = m.n + excluded.n",
                                 error)
            && waiting.prepare(handle,
                               "SELECT id, mobile, taskid, status, reported_at FROM reports"
                               " WHERE id BETWEEN ? AND ? AND taskid = ? AND campaign_id IS NULL ORDER BY id",
                               error);
        return prepared;
    }
};

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
        sql::notifyChange(d->db.db(), "reports"); // sent at the commit, with the reports
        if (!d->handle) {
            if (!postgres::copyReports(d->db.db(), reports, QString::fromUtf8(now), error))
                return false;
            result.stored = int(reports.size());
            return true;
        }
        for (const ReportRecord &r : reports) {
            d->insert.bindText(1, r.mobile.toUtf8());
            d->insert.bindText(2, r.status.toUtf8());
            d->insert.bindText(3, r.messageId.toUtf8());
            d->insert.bindText(4, r.serial.toUtf8());
            d->insert.bindText(5, r.time.toUtf8());
            d->insert.bindText(6, now);
            if (!d->insert.run(error))
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
            d.findBatch.bindText(1, r.taskid);
            if (d.findBatch.step()) {
                found.campaign = d.findBatch.int64(0);
                found.id = d.findBatch.int64(1);
            }
            if (!d.findBatch.reset(error))
                return false;
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
            d.findUnknownBatch.bindText(1, r.mobile);
            if (d.findUnknownBatch.step()) {
                const qint64 candidate = d.findUnknownBatch.int64(0);
                if (!u.batch || u.batch == candidate) {
                    u.batch = candidate;
                    ++u.numbersInBatch;
                }
            }
            if (!d.findUnknownBatch.reset(error))
                return false;
            continue;
        }
        r.campaign = b->campaign;
        r.batch = b->id;
        ++*linked;
        // Only a recipient of that very batch: a report names the send it answers.
        d.findRecipient.bindInt(1, b->id);
        d.findRecipient.bindText(2, r.mobile);
        if (d.findRecipient.step())
            r.recipient = d.findRecipient.int64(0);
        if (!d.findRecipient.reset(error))
            return false;
    }
    for (auto it = unmatched.cbegin(); it != unmatched.cend(); ++it) {
        d.upsertUnmatched.bindText(1, it.key());
        d.upsertUnmatched.bindInt(2, it->reports);
        d.upsertUnmatched.bindInt(3, it->first);
        d.upsertUnmatched.bindInt(4, it->last);
        d.upsertUnmatched.bindId(5, it->batch);
        d.upsertUnmatched.bindInt(6, it->numbersInBatch);
        if (!d.upsertUnmatched.run(error))
            return false;
    }
    // The links written in report order: the pages just appended, each once.
    std::sort(reports.begin(), reports.end(), [](const Report &a, const Report &b) { return a.id < b.id; });
    for (const Report &r : reports) {
        if (!r.campaign)
            continue;
        d.link.bindInt(1, r.campaign);
        d.link.bindInt(2, r.batch);
        d.link.bindId(3, r.recipient);
        d.link.bindInt(4, r.id);
        if (!d.link.run(error))
            return false;
    }

    // Outcomes: one recipient's new reports at a time, recipients in table order.
    std::stable_sort(reports.begin(), reports.end(), [](const Report &a, const Report &b) { return a.recipient < b.recipient; });
    struct Counts
    {
        int delivered = 0;
        int failed = 0;
        int conflicts = 0;
        int outcomes = 0; // outcomes written (a failure replacing a failure moves nothing else)
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
        d.current.bindInt(1, recipient);
        QByteArray before, beforeTime;
        if (d.current.step() && !d.current.isNull(0)) {
            before = d.current.text(0);
            beforeTime = d.current.text(1);
        }
        if (!d.current.reset(error))
            return false;
        // A failure reported (by its own time) after the delivery: a conflict, counted.
        auto conflictsAfter = [&](const QByteArray &deliveredAt) {
            int n = 0;
            for (const Report *r = first; r != last; ++r)
                n += r->status != delivered && r->time > deliveredAt;
            return n;
        };
        // A delivered message stays delivered; a later failure report does not undo it.
        if (before == delivered) {
            counts[first->batch].conflicts += conflictsAfter(beforeTime);
            return true;
        }
        d.outcome.bindText(1, status);
        d.outcome.bindText(2, time);
        d.outcome.bindInt(3, recipient);
        if (!d.outcome.run(error))
            return false;
        // The campaign's outcomes by minute and status: the chart and the failures by status.
        if (!before.isEmpty())
            minutes[{first->campaign, beforeTime.left(12), before}] -= 1;
        minutes[{first->campaign, time.left(12), status}] += 1;
        Counts &c = counts[first->batch];
        ++c.outcomes;
        if (status == delivered) {
            c.conflicts += conflictsAfter(time);
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
        d.addMinute.bindInt(1, std::get<0>(key));
        d.addMinute.bindText(2, std::get<1>(key));
        d.addMinute.bindText(3, std::get<2>(key));
        d.addMinute.bindInt(4, n);
        if (!d.addMinute.run(error))
            return false;
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!it->delivered && !it->failed && !it->conflicts && !it->outcomes)
            continue;
        d.counts.bindInt(1, it->delivered);
        d.counts.bindInt(2, it->failed);
        d.counts.bindInt(3, it->conflicts);
        d.counts.bindInt(4, it->outcomes);
        d.counts.bindInt(5, it.key());
        if (!d.counts.run(error))
            return false;
    }
    return true;
}

static bool readReports(Stmt &s, std::vector<Report> &out, QString *error)
{
    while (s.step())
        out.push_back({s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4)});
    return s.reset(error);
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
        if (!d->handle) {
            if (!postgres::linkAndFold(d->db.db(), u"r.id > ? AND r.id <= ?"_s, {from, to}, true, &linked, error))
                return false;
        } else {
            std::vector<Report> reports;
            reports.reserve(size_t(applied));
            d->pending.bindInt(1, from);
            d->pending.bindInt(2, to);
            if (!readReports(d->pending, reports, error) || !linkAndFold(*d, reports, true, &linked, error))
                return false;
        }
        q.prepare(u"UPDATE report_outcomes SET applied_id = ?"_s);
        q.addBindValue(to);
        if (!q.exec())
            return sql::failed(q, error);
        sql::notifyChange(d->db.db(), "outcomes");
        return true;
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
        if (!d->handle) {
            if (!postgres::linkAndFold(d->db.db(), u"r.id BETWEEN ? AND ? AND r.taskid = ? AND r.campaign_id IS NULL"_s,
                                       {first, last, taskid}, false, &linked, error))
                return false;
        } else {
            d->waiting.bindInt(1, first);
            d->waiting.bindInt(2, last);
            d->waiting.bindText(3, taskid.toUtf8());
            std::vector<Report> reports;
            if (!readReports(d->waiting, reports, error) || !linkAndFold(*d, reports, false, &linked, error))
                return false;
        }
        if (!linked)
            return true; // still no such send: the note stays
        q.prepare(u"DELETE FROM unmatched_tasks WHERE taskid = ?"_s);
        q.addBindValue(taskid);
        return q.exec() || sql::failed(q, error);
    });
    return done ? linked : -1;
}

} // namespace mms
