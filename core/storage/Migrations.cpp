#include "storage/Migrations.h"

#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace mms::migrations {

const QList<Step> &steps()
{
    static const QList<Step> all = {
        {1,
         {
             u"CREATE TABLE accounts ("
             " id INTEGER PRIMARY KEY,"
             " name TEXT NOT NULL UNIQUE,"
             " base_url TEXT NOT NULL,"
             " userid TEXT NOT NULL,"
             " username TEXT NOT NULL,"
             " productid TEXT NOT NULL DEFAULT '',"
             " cont_inline INTEGER NOT NULL DEFAULT 0,"
             " is_sandbox INTEGER NOT NULL DEFAULT 0,"
             " created_at TEXT NOT NULL)"_s,
             u"CREATE TABLE templates ("
             " id INTEGER PRIMARY KEY,"
             " account_id INTEGER NOT NULL REFERENCES accounts(id),"
             " mmsid TEXT,"
             " subject TEXT NOT NULL,"
             " frame_count INTEGER NOT NULL,"
             " media_bytes INTEGER NOT NULL,"
             " variables TEXT NOT NULL DEFAULT '',"
             " manifest TEXT,"
             " created_at TEXT NOT NULL,"
             " UNIQUE (account_id, mmsid))"_s,
             u"CREATE TABLE template_audits ("
             " template_id INTEGER NOT NULL REFERENCES templates(id) ON DELETE CASCADE,"
             " carrier INTEGER NOT NULL CHECK (carrier IN (1, 2, 3)),"
             " status INTEGER NOT NULL CHECK (status IN (1, 2)),"
             " message TEXT NOT NULL DEFAULT '',"
             " updated_at TEXT NOT NULL,"
             " PRIMARY KEY (template_id, carrier))"_s,
             // Every audit push as received, matched to a template or not.
             u"CREATE TABLE audit_events ("
             " id INTEGER PRIMARY KEY,"
             " mmsid TEXT NOT NULL,"
             " username TEXT,"
             " carrier INTEGER NOT NULL,"
             " status INTEGER NOT NULL,"
             " message TEXT,"
             " template_id INTEGER REFERENCES templates(id) ON DELETE SET NULL,"
             " received_at TEXT NOT NULL)"_s,
             u"CREATE TABLE campaigns ("
             " id INTEGER PRIMARY KEY,"
             " account_id INTEGER NOT NULL REFERENCES accounts(id),"
             " template_id INTEGER REFERENCES templates(id),"
             " mmsid TEXT NOT NULL,"
             " name TEXT NOT NULL DEFAULT '',"
             " sub TEXT NOT NULL DEFAULT '',"
             " shared_vars TEXT NOT NULL DEFAULT '',"
             " personalised INTEGER NOT NULL DEFAULT 0,"
             " state TEXT NOT NULL,"
             " created_at TEXT NOT NULL,"
             " updated_at TEXT NOT NULL)"_s,
             u"CREATE TABLE batches ("
             " id INTEGER PRIMARY KEY,"
             " campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
             " seq INTEGER NOT NULL,"
             " state TEXT NOT NULL,"
             " size INTEGER NOT NULL,"
             " taskid TEXT,"
             " code INTEGER,"
             " message TEXT NOT NULL DEFAULT '',"
             " attempts INTEGER NOT NULL DEFAULT 0,"
             " updated_at TEXT NOT NULL,"
             " UNIQUE (campaign_id, seq))"_s,
             u"CREATE INDEX batches_taskid ON batches(taskid)"_s,
             u"CREATE TABLE recipients ("
             " id INTEGER PRIMARY KEY,"
             " campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
             " batch_id INTEGER REFERENCES batches(id) ON DELETE CASCADE,"
             " mobile TEXT NOT NULL,"
             " params TEXT NOT NULL DEFAULT '',"
             // Number first: this one index also finds a number's campaigns for reports and replies.
             " UNIQUE (mobile, campaign_id))"_s,
             u"CREATE INDEX recipients_batch ON recipients(batch_id)"_s,
             u"CREATE TABLE reports ("
             " id INTEGER PRIMARY KEY,"
             " mobile TEXT NOT NULL,"
             " status TEXT NOT NULL,"
             " taskid TEXT NOT NULL,"
             " serial TEXT NOT NULL DEFAULT '',"
             " reported_at TEXT NOT NULL,"
             " received_at TEXT NOT NULL,"
             " campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,"
             " batch_id INTEGER REFERENCES batches(id) ON DELETE SET NULL,"
             " recipient_id INTEGER REFERENCES recipients(id) ON DELETE SET NULL)"_s,
             u"CREATE INDEX reports_campaign ON reports(campaign_id)"_s,
             u"CREATE INDEX reports_taskid ON reports(taskid)"_s,
             u"CREATE TABLE replies ("
             " id INTEGER PRIMARY KEY,"
             " mobile TEXT NOT NULL,"
             " extension TEXT NOT NULL DEFAULT '',"
             " text TEXT NOT NULL,"
             " replied_at TEXT NOT NULL,"
             " received_at TEXT NOT NULL,"
             " campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL)"_s,
             u"CREATE INDEX replies_mobile ON replies(mobile)"_s,
             u"CREATE TABLE blocklist ("
             " mobile TEXT PRIMARY KEY,"
             " reason TEXT NOT NULL DEFAULT '',"
             " added_at TEXT NOT NULL)"_s,
         }},
        // Campaigns issue: variables by column, scheduling, test sends, import issues, retries.
        {2,
         {
             u"ALTER TABLE campaigns ADD COLUMN variables TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE campaigns ADD COLUMN message TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE campaigns ADD COLUMN scheduled_at TEXT"_s,
             u"ALTER TABLE campaigns ADD COLUMN is_test INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE campaigns ADD COLUMN source TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE recipients ADD COLUMN carrier INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE batches ADD COLUMN not_sent_count INTEGER NOT NULL DEFAULT 0"_s,
             u"CREATE INDEX campaigns_state ON campaigns(state)"_s,
             u"CREATE TABLE import_issues ("
             " id INTEGER PRIMARY KEY,"
             " campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
             " line INTEGER NOT NULL,"
             " value TEXT NOT NULL DEFAULT '',"
             " reason TEXT NOT NULL,"
             " kind TEXT NOT NULL,"
             " blocking INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX import_issues_campaign ON import_issues(campaign_id)"_s,
         }},
        // Console issue: each recipient's outcome and each batch's counts kept as pushes arrive, so
        // a million-recipient campaign is summed, filtered and paged without grouping its reports.
        {3,
         {
             // NULL: no report yet; 'DELIVRD' sticks once seen; otherwise the latest status.
             u"ALTER TABLE recipients ADD COLUMN delivery TEXT"_s,
             u"ALTER TABLE recipients ADD COLUMN reported_at TEXT"_s,
             u"ALTER TABLE recipients ADD COLUMN replied INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE batches ADD COLUMN delivered INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE batches ADD COLUMN failed INTEGER NOT NULL DEFAULT 0"_s,
             // SQLite takes the bare columns from the row holding MAX(id): the latest report.
             {u"UPDATE recipients SET delivery = a.status, reported_at = a.at FROM"
              " (SELECT recipient_id AS rid, MAX(id), status, reported_at AS at FROM reports"
              "  WHERE recipient_id IS NOT NULL GROUP BY recipient_id) AS a WHERE recipients.id = a.rid"_s,
              u"UPDATE recipients SET delivery = a.status, reported_at = a.at FROM"
              " (SELECT DISTINCT ON (recipient_id) recipient_id AS rid, status, reported_at AS at FROM reports"
              "  WHERE recipient_id IS NOT NULL ORDER BY recipient_id, id DESC) AS a WHERE recipients.id = a.rid"_s},
             u"UPDATE recipients SET delivery = 'DELIVRD'"
             " WHERE id IN (SELECT recipient_id FROM reports WHERE status = 'DELIVRD')"_s,
             u"UPDATE recipients SET replied = 1 FROM replies AS y"
             " WHERE y.campaign_id = recipients.campaign_id AND y.mobile = recipients.mobile"_s,
             u"UPDATE batches SET delivered = a.d, failed = a.f FROM"
             " (SELECT batch_id AS bid, COUNT(*) FILTER (WHERE delivery = 'DELIVRD') AS d,"
             "  COUNT(*) FILTER (WHERE delivery <> 'DELIVRD') AS f"
             "  FROM recipients WHERE delivery IS NOT NULL GROUP BY batch_id) AS a WHERE batches.id = a.bid"_s,
             u"CREATE INDEX replies_campaign ON replies(campaign_id)"_s,
             // Reports are linked when they arrive; this index served no query and cost the
             // receiver half its time (a random insert per record).
             u"DROP INDEX reports_taskid"_s,
             // Reports are appended as they arrive; their outcomes are applied to recipients and
             // batches afterwards in recipient order (ReportWriter::applyOutcomes), up to this id.
             u"CREATE TABLE report_outcomes (applied_id INTEGER NOT NULL)"_s,
             u"INSERT INTO report_outcomes SELECT COALESCE(MAX(id), 0) FROM reports"_s,
         }},
        // Reports whose send is not known (yet): by taskid, with where they lie in the reports
        // table, so they are linked when the taskid becomes known (an answer stored after its
        // reports, or an unknown batch the reports show was sent) without an index on reports.
        {4,
         {
             u"CREATE TABLE unmatched_tasks ("
             " taskid TEXT PRIMARY KEY,"
             " reports INTEGER NOT NULL,"
             " first_id INTEGER NOT NULL,"
             " last_id INTEGER NOT NULL,"
             // An unknown batch that holds the reported numbers: evidence that it was sent.
             " batch_id INTEGER REFERENCES batches(id) ON DELETE SET NULL,"
             " numbers_in_batch INTEGER NOT NULL DEFAULT 0)"_s,
             u"INSERT INTO unmatched_tasks (taskid, reports, first_id, last_id)"
             " SELECT taskid, COUNT(*), MIN(id), MAX(id) FROM reports"
             " WHERE campaign_id IS NULL AND id <= (SELECT applied_id FROM report_outcomes) GROUP BY taskid"_s,
             // It served only the count of unmatched reports, which unmatched_tasks now keeps;
             // every appended report and every link paid for it.
             u"DROP INDEX reports_campaign"_s,
         }},
        // Each campaign's outcomes counted by minute (yyyyMMddHHmm of the outcome) and status as
        // they are applied: the delivery chart and the failures by status without a scan of a
        // million recipients.
        {5,
         {
             u"CREATE TABLE outcome_minutes ("
             " campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
             " minute TEXT NOT NULL,"
             " status TEXT NOT NULL,"
             " n INTEGER NOT NULL,"
             " PRIMARY KEY (campaign_id, minute, status)) WITHOUT ROWID"_s,
             u"INSERT INTO outcome_minutes (campaign_id, minute, status, n)"
             " SELECT campaign_id, substr(COALESCE(reported_at, ''), 1, 12), delivery, COUNT(*) FROM recipients"
             " WHERE delivery IS NOT NULL GROUP BY 1, 2, 3"_s,
         }},
        // Each batch counts its recipients who replied, as it counts delivered and failed ones,
        // so the Replied filter pages through the batches like the others.
        {6,
         {
             u"ALTER TABLE batches ADD COLUMN replied INTEGER NOT NULL DEFAULT 0"_s,
             u"UPDATE batches SET replied = a.n FROM"
             " (SELECT batch_id AS bid, COUNT(*) AS n FROM recipients WHERE replied = 1 GROUP BY batch_id) AS a"
             " WHERE batches.id = a.bid"_s,
         }},
        // Team mode: who sends a batch. A batch is claimed (pending -> in flight, with the sender's
        // name and the time) in one statement, so two senders of one campaign never take the same
        // batch; an in-flight batch is called unknown only once its sender is known to be gone.
        {7,
         {
             u"ALTER TABLE batches ADD COLUMN claimed_by TEXT"_s,
             u"ALTER TABLE batches ADD COLUMN claimed_at TEXT"_s,
         }},
        // An import writes its rows as it reads them, with no index to keep: the unique
        // (number, campaign) index and the batch index cost more than all the rest of an import.
        // A batch knows its recipients by their id range (rows of a batch are written together);
        // reports and replies find a recipient through a (batch, number) index that holds only
        // the rows of batches already handed to the sender (`indexed`, set when a batch is first
        // claimed: 1000 entries at the index's end instead of a million at import).
        // recipients.batch_id is no foreign key any more: deleting a batch would read every
        // recipient of the store to find its own. SQLite drops a constraint by copying the
        // table (migrate() turns its foreign keys off meanwhile); rows sent so far are indexed.
        {8,
         {
             {u"CREATE TABLE recipients_v8 ("
              " id INTEGER PRIMARY KEY,"
              " campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
              " batch_id INTEGER,"
              " mobile TEXT NOT NULL,"
              " params TEXT NOT NULL DEFAULT '',"
              " carrier INTEGER NOT NULL DEFAULT 0,"
              " delivery TEXT,"
              " reported_at TEXT,"
              " replied INTEGER NOT NULL DEFAULT 0,"
              " indexed INTEGER NOT NULL DEFAULT 0)"_s,
              u"ALTER TABLE recipients DROP CONSTRAINT IF EXISTS recipients_mobile_campaign_id_key"_s},
             {u"INSERT INTO recipients_v8 (id, campaign_id, batch_id, mobile, params, carrier, delivery, reported_at, replied, indexed)"
              " SELECT id, campaign_id, batch_id, mobile, params, carrier, delivery, reported_at, replied, 1 FROM recipients"_s,
              u"ALTER TABLE recipients DROP CONSTRAINT IF EXISTS recipients_batch_id_fkey"_s},
             {u"DROP TABLE recipients"_s, u"DROP INDEX recipients_batch"_s},
             {u"ALTER TABLE recipients_v8 RENAME TO recipients"_s,
              // Existing rows get 1 without rewriting the table; new rows 0.
              u"ALTER TABLE recipients ADD COLUMN indexed INTEGER NOT NULL DEFAULT 1"_s},
             {u"SELECT 1"_s, u"ALTER TABLE recipients ALTER COLUMN indexed SET DEFAULT 0"_s},
             u"CREATE INDEX recipients_lookup ON recipients(batch_id, mobile) WHERE indexed = 1"_s,
             u"ALTER TABLE batches ADD COLUMN first_recipient INTEGER"_s,
             u"ALTER TABLE batches ADD COLUMN last_recipient INTEGER"_s,
             u"UPDATE batches SET first_recipient = a.lo, last_recipient = a.hi FROM"
             " (SELECT batch_id AS bid, MIN(id) AS lo, MAX(id) AS hi FROM recipients GROUP BY batch_id) AS a"
             " WHERE batches.id = a.bid"_s,
         }},
        // A report's links to its campaign, batch and recipient are no foreign keys: with no
        // index on them (each would cost the receiver), deleting a campaign of a million
        // recipients meant reading every report once per recipient. CampaignStore::deleteCampaign
        // unlinks the campaign's reports itself, in one pass.
        {9,
         {
             {u"CREATE TABLE reports_v9 ("
              " id INTEGER PRIMARY KEY,"
              " mobile TEXT NOT NULL,"
              " status TEXT NOT NULL,"
              " taskid TEXT NOT NULL,"
              " serial TEXT NOT NULL DEFAULT '',"
              " reported_at TEXT NOT NULL,"
              " received_at TEXT NOT NULL,"
              " campaign_id INTEGER,"
              " batch_id INTEGER,"
              " recipient_id INTEGER)"_s,
              u"ALTER TABLE reports DROP CONSTRAINT IF EXISTS reports_campaign_id_fkey"_s},
             {u"INSERT INTO reports_v9 (id, mobile, status, taskid, serial, reported_at, received_at, campaign_id, batch_id,"
              " recipient_id) SELECT id, mobile, status, taskid, serial, reported_at, received_at, campaign_id, batch_id,"
              " recipient_id FROM reports"_s,
              u"ALTER TABLE reports DROP CONSTRAINT IF EXISTS reports_batch_id_fkey"_s},
             {u"DROP TABLE reports"_s, u"ALTER TABLE reports DROP CONSTRAINT IF EXISTS reports_recipient_id_fkey"_s},
             {u"ALTER TABLE reports_v9 RENAME TO reports"_s, u"SELECT 1"_s},
         }},
        // The submit guard: what a template's content was when it was submitted (a hash of the
        // subject, frames, durations and file bytes), so that submitting it again unchanged names
        // the template the platform already has instead of making a second one.
        {10,
         {
             u"ALTER TABLE templates ADD COLUMN content_hash TEXT"_s,
             u"CREATE INDEX templates_content ON templates(account_id, content_hash)"_s,
         }},
        // Conflicting reports: a failure reported, by its own time, after the recipient's delivery.
        // The delivery stands (reports may be forged, and "delivered" is what the phone said), but
        // the later failure is counted per batch and shown, not silently dropped.
        {11,
         {
             u"ALTER TABLE batches ADD COLUMN conflicts INTEGER NOT NULL DEFAULT 0"_s,
         }},
        // The inbox's opt-out filter: short replies by their folded text (TD, 退订…), so finding
        // them in a million replies is a look-up, not a read of every one.
        {12,
         {
             Statement(u"CREATE INDEX replies_short_text ON replies (LOWER(TRIM(text))) WHERE LENGTH(text) <= 32"_s,
                       u"CREATE INDEX replies_short_text ON replies ((LOWER(TRIM(text)))) WHERE LENGTH(text) <= 32"_s),
         }},
        // Audiences: a customer list kept with all its columns, sent to again and again.
        {13,
         {
             u"CREATE TABLE audiences ("
             " id INTEGER PRIMARY KEY,"
             " name TEXT NOT NULL UNIQUE,"
             " columns TEXT NOT NULL,"
             " source TEXT NOT NULL DEFAULT '',"
             " created_at TEXT NOT NULL,"
             " updated_at TEXT NOT NULL)"_s,
             u"CREATE TABLE audience_members ("
             " id INTEGER PRIMARY KEY,"
             " audience_id INTEGER NOT NULL,"
             " mobile TEXT NOT NULL,"
             " carrier INTEGER NOT NULL,"
             " cells TEXT NOT NULL,"
             " UNIQUE (audience_id, mobile))"_s,
         }},
        // The campaign a blocked number replied to (none for a manual or imported block).
        {14,
         {
             u"ALTER TABLE blocklist ADD COLUMN campaign_id INTEGER"_s,
         }},
        // A campaign's sending window ("08:00-22:00"); empty or "any": none, as every campaign
        // made before windows existed.
        {15,
         {
             u"ALTER TABLE campaigns ADD COLUMN send_window TEXT NOT NULL DEFAULT ''"_s,
         }},
        // Frequency caps: the caps a campaign was made with ("1/10/0"; '' or "off": none, as every
        // campaign made before caps), and the ledger of what each number got, by China day and
        // hour (SendLedger). Looked up by (day, number) when a batch is claimed; a batch's
        // entries go when it leaves the states that count (pending again, rejected, cancelled).
        {16,
         {
             u"ALTER TABLE campaigns ADD COLUMN caps TEXT NOT NULL DEFAULT ''"_s,
             u"CREATE TABLE send_ledger ("
             " id INTEGER PRIMARY KEY,"
             " day INTEGER NOT NULL,"
             " hour INTEGER NOT NULL,"
             " mobile TEXT NOT NULL,"
             " mmsid TEXT NOT NULL,"
             " account_id INTEGER NOT NULL,"
             " campaign_id INTEGER NOT NULL,"
             " batch_id INTEGER NOT NULL,"
             " recipient_id INTEGER NOT NULL)"_s,
             // Covering for reading a day's counts at import (no look-up of a million rows).
             u"CREATE INDEX send_ledger_number ON send_ledger(day, mobile, account_id, mmsid, batch_id)"_s,
             u"CREATE INDEX send_ledger_batch ON send_ledger(batch_id)"_s,
             // A batch's recipients reported failed (they do not count toward caps): found
             // without reading the batch's delivered ones.
             u"CREATE INDEX recipients_failed ON recipients(batch_id, mobile) WHERE delivery IS NOT NULL AND delivery <> 'DELIVRD'"_s,
         }},
        // Every outcome written to a batch's recipients, counted (a later failure that replaces an
        // earlier one moves no other count): the results by carrier, province and hour read
        // again only the batches whose counts moved (BreakdownReader).
        {17,
         {
             u"ALTER TABLE batches ADD COLUMN outcomes INTEGER NOT NULL DEFAULT 0"_s,
         }},
    };
    return all;
}

QString Statement::text(const QSqlDatabase &db) const
{
    if (!sql::isPostgres(db))
        return sqlite;
    return postgres.isEmpty() ? sql::schemaForPostgres(sqlite) : postgres;
}

int latestVersion()
{
    return steps().constLast().version;
}

int currentVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    // Two PostgreSQL sessions creating the table at once: one fails on the catalogue's unique
    // key instead of finding it there. Under the write lock they take turns.
    const bool locked = sql::isPostgres(db);
    if (locked && !sql::beginWrite(db, error))
        return -1;
    const bool created = q.exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s);
    if (locked) {
        if (created ? !db.commit() : !db.rollback()) {
            if (error)
                *error = db.lastError().text();
            return -1;
        }
    }
    if (!created || !q.exec(u"SELECT MAX(version) FROM schema_version"_s) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).isNull() ? 0 : q.value(0).toInt();
}

namespace {
// The studio opens several connections at start, each on its own thread; the first migrates
// and the others wait for it. Copying the recipients of a big store (migration 8) takes longer
// than SQLite's busy timeout, so a connection that finds the store busy waits on, up to ten
// minutes, instead of failing. (PostgreSQL's writer lock is waited for without a limit.)
bool beginStep(QSqlDatabase &db, QString *error)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QSqlQuery q(db);
        if (q.exec(sql::beginWriteStatement(db)))
            return true;
        const bool busy = !sql::isPostgres(db) && q.lastError().nativeErrorCode() == QLatin1String("5"); // SQLITE_BUSY
        if (!busy || waited.elapsed() > 10 * 60 * 1000) {
            if (error)
                *error = q.lastError().text();
            if (sql::isPostgres(db))
                db.rollback();
            return false;
        }
    }
}
} // namespace

bool migrate(QSqlDatabase &db, QString *error)
{
    const int current = currentVersion(db, error);
    if (current < 0)
        return false;
    if (current > latestVersion()) {
        if (error)
            *error = QCoreApplication::translate("mms::migrations",
                                                 "the database has schema version %1, made by a newer MMS Studio "
                                                 "(this one knows up to %2); it was left untouched")
                         .arg(current)
                         .arg(latestVersion());
        return false;
    }
    // A step that copies a table to drop one of its constraints must not fire the foreign-key
    // actions of the old table's DROP (reports would lose their recipient); SQLite only takes
    // this outside a transaction. The copies keep every id, so no reference is left dangling
    // (tst_storage checks the links survive); no foreign_key_check either: an inconsistency
    // an older version left must not make the store impossible to open.
    const bool sqlite = !sql::isPostgres(db);
    struct ForeignKeysBack
    {
        QSqlDatabase &db;
        bool on;
        ~ForeignKeysBack()
        {
            if (on)
                QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        }
    } back{db, sqlite && current < latestVersion()};
    if (back.on)
        QSqlQuery(db).exec(u"PRAGMA foreign_keys=OFF"_s);
    for (const Step &step : steps()) {
        if (step.version <= current)
            continue;
        if (!beginStep(db, error))
            return false;
        // Another connection (the studio opens several at start) may have taken this step
        // while we waited for the write lock: read the version again under the lock.
        QSqlQuery q(db);
        if (!q.exec(u"SELECT MAX(version) FROM schema_version"_s) || !q.next()) {
            if (error)
                *error = q.lastError().text();
            db.rollback();
            return false;
        }
        if (!q.value(0).isNull() && q.value(0).toInt() >= step.version) {
            q.finish();
            db.rollback();
            continue;
        }
        q.finish();
        bool ok = true;
        for (const Statement &statement : step.statements) {
            if (!q.exec(statement.text(db))) {
                ok = false;
                if (error)
                    *error = QCoreApplication::translate("mms::migrations", "migration to version %1 failed: %2")
                                 .arg(step.version)
                                 .arg(q.lastError().text());
                break;
            }
        }
        if (ok) {
            q.prepare(u"INSERT INTO schema_version (version) VALUES (?)"_s);
            q.addBindValue(step.version);
            ok = q.exec();
            if (!ok && error)
                *error = q.lastError().text();
        }
        if (!ok) {
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace mms::migrations
