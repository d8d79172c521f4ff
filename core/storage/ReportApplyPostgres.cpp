#include "storage/ReportApplyPostgres.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

using namespace Qt::Literals::StringLiterals;

namespace mms::postgres {

namespace {
bool run(QSqlDatabase &db, const QString &sql, const QVariantList &binds, QString *error, int *affected = nullptr)
{
    QSqlQuery q(db);
    bool ok = false;
    if (binds.isEmpty()) {
        ok = q.exec(sql); // not prepared: PostgreSQL prepares no CREATE TABLE
    } else if (q.prepare(sql)) {
        for (const QVariant &v : binds)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok) {
        *error = q.lastError().text();
        return false;
    }
    if (affected)
        *affected = q.numRowsAffected();
    return true;
}
} // namespace

bool linkAndFold(QSqlDatabase &db, const QString &condition, const QVariantList &binds, bool noteUnmatched, int *linked,
                 QString *error)
{
    // The chosen reports with their send (one batch per taskid, as the SQLite path's LIMIT 1)
    // and, when the number is in that very batch, their recipient.
    if (!run(db, u"CREATE TEMP TABLE apply_new (id BIGINT, status TEXT, at TEXT, cid BIGINT, bid BIGINT, rid BIGINT)"
                  " ON COMMIT DROP"_s, {}, error)
        || !run(db, u"INSERT INTO apply_new"
                  " SELECT r.id, r.status, r.reported_at AS at, b.campaign_id AS cid, b.id AS bid,"
                  // One (batch, number) look-up per report: as a join, a fresh table without
                  // statistics led the planner to read each batch's 1000 rows for every report.
                  "  (SELECT rc.id FROM recipients rc WHERE rc.batch_id = b.id AND rc.mobile = r.mobile AND rc.indexed = 1"
                  "   LIMIT 1) AS rid"
                  " FROM reports r"
                  " JOIN LATERAL (SELECT campaign_id, id FROM batches WHERE taskid = r.taskid ORDER BY id LIMIT 1) b ON true"
                  " WHERE "_s + condition,
             binds, error)
        || !run(db, u"ANALYZE apply_new"_s, {}, error) // a temporary table has no statistics: the plans below need them
        || !run(db, u"UPDATE reports SET campaign_id = a.cid, batch_id = a.bid, recipient_id = a.rid FROM apply_new a"
                     " WHERE reports.id = a.id"_s,
                {}, error, linked))
        return false;
    // Only when some chosen report named no known send (the usual push names known ones).
    int chosen = 0;
    if (noteUnmatched) {
        QSqlQuery q(db);
        q.prepare(u"SELECT COUNT(*) FROM reports r WHERE "_s + condition);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        chosen = q.value(0).toInt();
    }
    if (noteUnmatched && chosen > *linked) {
        // Reports of a send nobody here knows, noted by taskid; an unknown batch holding their
        // numbers is evidence that it did reach the platform (the one holding most of them).
        if (!run(db, u"INSERT INTO unmatched_tasks AS u (taskid, reports, first_id, last_id, batch_id, numbers_in_batch)"
                      " SELECT t.taskid, t.n, t.first_id, t.last_id, e.bid, COALESCE(e.k, 0) FROM"
                      "  (SELECT r.taskid, COUNT(*) AS n, MIN(r.id) AS first_id, MAX(r.id) AS last_id FROM reports r"
                      "   WHERE "_s + condition + u" AND NOT EXISTS (SELECT 1 FROM batches WHERE taskid = r.taskid) GROUP BY r.taskid) t"
                      "  LEFT JOIN LATERAL (SELECT c.bid, COUNT(*) AS k FROM"
                      "   (SELECT (SELECT b.id FROM batches b JOIN recipients rc ON rc.batch_id = b.id AND rc.mobile = r.mobile"
                      "            AND rc.indexed = 1 WHERE b.state = 'unknown' ORDER BY b.id LIMIT 1) AS bid"
                      "    FROM reports r WHERE "_s + condition + u" AND r.taskid = t.taskid) c"
                      "   WHERE c.bid IS NOT NULL GROUP BY c.bid ORDER BY COUNT(*) DESC, c.bid LIMIT 1) e ON true"
                      " ON CONFLICT (taskid) DO UPDATE SET reports = u.reports + excluded.reports,"
                      " first_id = LEAST(u.first_id, excluded.first_id), last_id = GREATEST(u.last_id, excluded.last_id),"
                      " batch_id = COALESCE(excluded.batch_id, u.batch_id),"
                      " numbers_in_batch = u.numbers_in_batch + excluded.numbers_in_batch"_s,
                 binds + binds, error))
            return false;
    }
    // Each recipient's outcome from its new reports: the first delivery if there is one, else
    // the latest report; a recipient already delivered stays so.
    return run(db, u"CREATE TEMP TABLE apply_fold ON COMMIT DROP AS"
                    " SELECT p.rid, p.cid, p.bid, p.status, p.at, rc.delivery AS before, rc.reported_at AS before_at FROM"
                    "  (SELECT DISTINCT ON (rid) rid, cid, bid, status, at FROM apply_new WHERE rid IS NOT NULL"
                    "   ORDER BY rid, (status = 'DELIVRD') DESC, CASE WHEN status = 'DELIVRD' THEN id ELSE -id END) p"
                    "  JOIN recipients rc ON rc.id = p.rid WHERE rc.delivery IS DISTINCT FROM 'DELIVRD'"_s,
               {}, error)
        && run(db, u"ANALYZE apply_fold"_s, {}, error)
        && run(db, u"UPDATE recipients SET delivery = f.status, reported_at = f.at FROM apply_fold f WHERE recipients.id = f.rid"_s,
               {}, error)
        && run(db, u"INSERT INTO outcome_minutes AS m (campaign_id, minute, status, n)"
                    " SELECT cid, minute, status, SUM(n) FROM ("
                    "  SELECT cid, substr(at, 1, 12) AS minute, status, 1 AS n FROM apply_fold"
                    "  UNION ALL SELECT cid, substr(COALESCE(before_at, ''), 1, 12), before, -1 FROM apply_fold WHERE before IS NOT NULL) x"
                    " GROUP BY cid, minute, status HAVING SUM(n) <> 0"
                    " ON CONFLICT (campaign_id, minute, status) DO UPDATE SET n = m.n + excluded.n"_s,
               {}, error)
        && run(db, u"UPDATE batches SET delivered = delivered + x.d, failed = failed + x.f, outcomes = outcomes + x.n FROM"
                    " (SELECT bid, COUNT(*) AS n, COUNT(*) FILTER (WHERE status = 'DELIVRD') AS d,"
                    "  COUNT(*) FILTER (WHERE status <> 'DELIVRD' AND before IS NULL)"
                    "  - COUNT(*) FILTER (WHERE status = 'DELIVRD' AND before IS NOT NULL) AS f"
                    "  FROM apply_fold GROUP BY bid) x WHERE batches.id = x.bid"_s,
               {}, error)
        // Failures reported (by their own time) after the recipient's delivery: conflicts, counted.
        && run(db, u"UPDATE batches SET conflicts = conflicts + x.n FROM"
                    " (SELECT a.bid, COUNT(*) AS n FROM apply_new a JOIN recipients rc ON rc.id = a.rid"
                    "  WHERE rc.delivery = 'DELIVRD' AND a.status <> 'DELIVRD' AND a.at > rc.reported_at GROUP BY a.bid) x"
                    " WHERE batches.id = x.bid"_s,
               {}, error)
        && run(db, u"DROP TABLE apply_new, apply_fold"_s, {}, error);
}

namespace {
// COPY's text format: a backslash, tab, newline or carriage return in a value is escaped.
void appendField(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
}
} // namespace

bool copyReports(QSqlDatabase &db, const QList<ReportRecord> &reports, const QString &receivedAt, QString *error)
{
    const QVariant h = db.driver()->handle();
    // Qt's PostgreSQL driver hands out its PGconn* (named by its struct, pg_conn*).
    PGconn *conn = h.isValid() && (qstrcmp(h.typeName(), "pg_conn*") == 0 || qstrcmp(h.typeName(), "PGconn*") == 0)
                       ? *static_cast<PGconn *const *>(h.constData())
                       : nullptr;
    if (!conn) {
        *error = u"the store's connection is not a PostgreSQL one"_s;
        return false;
    }
    QByteArray rows;
    rows.reserve(reports.size() * 80);
    for (const ReportRecord &r : reports) {
        for (const QString *v : {&r.mobile, &r.status, &r.messageId, &r.serial, &r.time, &receivedAt}) {
            appendField(rows, *v);
            rows += v == &receivedAt ? '\n' : '\t';
        }
    }
    PGresult *res = PQexec(conn, "COPY reports (mobile, status, taskid, serial, reported_at, received_at) FROM STDIN");
    const bool started = PQresultStatus(res) == PGRES_COPY_IN;
    PQclear(res);
    if (!started) {
        *error = QString::fromUtf8(PQerrorMessage(conn));
        return false;
    }
    const bool sent = PQputCopyData(conn, rows.constData(), int(rows.size())) == 1;
    PQputCopyEnd(conn, sent ? nullptr : "not sent");
    bool ok = sent;
    while ((res = PQgetResult(conn))) { // every result, so the connection is idle for Qt SQL again
        ok = ok && PQresultStatus(res) == PGRES_COMMAND_OK;
        PQclear(res);
    }
    if (!ok)
        *error = QString::fromUtf8(PQerrorMessage(conn));
    return ok;
}

} // namespace mms::postgres
