#include "storage/CampaignStore.h"
#include "storage/ReportWriter.h"

#include "protocol/Carriers.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <limits>
#include <vector>

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
    " source, created_at";

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
    return c;
}
} // namespace

void appendParamsJson(QByteArray &out, const QByteArrayList &names, const QStringList &values)
{
    static constexpr char hex[] = "0123456789abcdef";
    // Written through a pointer into room made once: appending byte by byte costs more than
    // the rest of the import's reading.
    qsizetype room = 2;
    for (qsizetype i = 0; i < names.size(); ++i)
        room += names.at(i).size() + 6 + 6 * values.value(i).size(); // 6: the longest escape of one unit
    const qsizetype start = out.size();
    out.resize(start + room);
    char *w = out.data() + start;
    *w++ = '{';
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i)
            *w++ = ',';
        *w++ = '"';
        std::memcpy(w, names.at(i).constData(), size_t(names.at(i).size()));
        w += names.at(i).size();
        *w++ = '"';
        *w++ = ':';
        *w++ = '"';
        const QString value = values.value(i);
        const char16_t *p = reinterpret_cast<const char16_t *>(value.utf16());
        const char16_t *end = p + value.size();
        for (; p != end; ++p) {
            char32_t c = *p;
            if (c == u'"' || c == u'\\') {
                *w++ = '\\';
                *w++ = char(c);
            } else if (c < 0x20) {
                *w++ = '\\';
                switch (c) {
                case u'\n':
                    *w++ = 'n';
                    break;
                case u'\r':
                    *w++ = 'r';
                    break;
                case u'\t':
                    *w++ = 't';
                    break;
                default:
                    *w++ = 'u';
                    *w++ = '0';
                    *w++ = '0';
                    *w++ = hex[c >> 4];
                    *w++ = hex[c & 15];
                }
            } else if (c < 0x80) {
                *w++ = char(c);
            } else if (c < 0x800) {
                *w++ = char(0xC0 | (c >> 6));
                *w++ = char(0x80 | (c & 0x3F));
            } else {
                if (QChar::isHighSurrogate(c) && p + 1 != end && QChar::isLowSurrogate(p[1]))
                    c = QChar::surrogateToUcs4(char16_t(c), *++p);
                else if (QChar::isSurrogate(c))
                    c = 0xFFFD; // a lone half of a pair is not valid UTF-8: the replacement character
                if (c < 0x10000) {
                    *w++ = char(0xE0 | (c >> 12));
                } else {
                    *w++ = char(0xF0 | (c >> 18));
                    *w++ = char(0x80 | ((c >> 12) & 0x3F));
                }
                *w++ = char(0x80 | ((c >> 6) & 0x3F));
                *w++ = char(0x80 | (c & 0x3F));
            }
        }
        *w++ = '"';
    }
    *w++ = '}';
    out.resize(w - out.constData());
}

QString paramsJson(const QStringList &names, const QStringList &values)
{
    QByteArrayList utf8;
    for (const QString &n : names)
        utf8 << n.toUtf8();
    QByteArray out;
    appendParamsJson(out, utf8, values);
    return QString::fromUtf8(out);
}

CampaignStore::CampaignStore(Database &db)
    : m_db(db)
{
}

std::optional<qint64> CampaignStore::createDraft(const NewCampaign &c, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"INSERT INTO campaigns (account_id, template_id, mmsid, name, sub, shared_vars, personalised, state,"
              " created_at, updated_at, variables, message, scheduled_at, is_test, source)"
              " VALUES (?, (SELECT id FROM templates WHERE mmsid = ? ORDER BY id DESC LIMIT 1), ?, ?, ?, ?, ?, 'draft',"
              " ?, ?, ?, '', ?, ?, ?)"_s);
    const QString t = Store::now();
    for (const QVariant &v : {QVariant(c.accountId), QVariant(c.mmsid), QVariant(c.mmsid), text(c.name), text(c.sub),
                              text(mapJson(c.sharedVars)), QVariant(c.personalised ? 1 : 0), QVariant(t), QVariant(t),
                              text(c.variables.join(u',')),
                              c.scheduledAt.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.scheduledAt),
                              QVariant(c.isTest ? 1 : 0), text(c.source)})
        q.addBindValue(v);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
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
        for (const VariableEntry &e : recipients) {
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
    q.prepare(u"UPDATE batches SET size = (SELECT COUNT(*) FROM recipients r WHERE r.batch_id = batches.id)"
              " WHERE campaign_id = ? AND id = (SELECT MAX(id) FROM batches WHERE campaign_id = ?)"_s);
    q.addBindValue(campaignId);
    q.addBindValue(campaignId);
    if (!q.exec())
        return failed(q, error);
    return setState(campaignId, campaign::Ready, {}, error);
}

bool CampaignStore::saveIssues(qint64 campaignId, const QList<RowIssue> &issues, QString *error)
{
    return inTransaction(m_db.db(), error, [&] {
        QSqlQuery q(m_db.db());
        q.prepare(u"INSERT INTO import_issues (campaign_id, line, value, reason, kind, blocking) VALUES (?, ?, ?, ?, ?, ?)"_s);
        static const char *kinds[] = {"invalid", "duplicate", "blocked", "empty"};
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
        for (const QString &sql : {u"DELETE FROM recipients WHERE campaign_id = ?"_s, u"DELETE FROM batches WHERE campaign_id = ?"_s,
                                   u"DELETE FROM import_issues WHERE campaign_id = ?"_s, u"DELETE FROM campaigns WHERE id = ?"_s}) {
            q.prepare(sql);
            q.addBindValue(campaignId);
            if (!q.exec())
                return failed(q, error);
        }
        return true;
    });
}

std::optional<CampaignRow> CampaignStore::campaign(qint64 id) const
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT %1 FROM campaigns WHERE id = ?"_s.arg(QLatin1String(kCampaignColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    CampaignRow c = readCampaign(q);
    q.prepare(u"SELECT state, COUNT(*), SUM(size) FROM batches WHERE campaign_id = ? GROUP BY state"_s);
    q.addBindValue(id);
    q.exec();
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

QList<CampaignRow> CampaignStore::campaigns(qint64 accountId) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT id FROM campaigns WHERE account_id = ? ORDER BY id"_s);
    q.addBindValue(accountId);
    q.exec();
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<CampaignRow> out;
    for (qint64 id : ids) {
        if (auto c = campaign(id))
            out << *c;
    }
    return out;
}

namespace {
BatchRow readBatch(const QSqlQuery &q)
{
    return BatchRow{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toInt(),
                    q.value(4).toString(), q.value(5).toInt(), q.value(6).toString(), q.value(7).toInt(),
                    q.value(8).toInt(), q.value(9).toInt()};
}
const char *kBatchColumns = "id, seq, state, size, taskid, code, message, attempts, not_sent_count,"
                            " (SELECT MAX(numbers_in_batch) FROM unmatched_tasks u WHERE u.batch_id = batches.id)";
} // namespace

QList<BatchRow> CampaignStore::batches(qint64 campaignId) const
{
    QList<BatchRow> out;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT %1 FROM batches WHERE campaign_id = ? ORDER BY seq"_s.arg(QLatin1String(kBatchColumns)));
    q.addBindValue(campaignId);
    q.exec();
    while (q.next())
        out.append(readBatch(q));
    return out;
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

std::optional<BatchRow> CampaignStore::nextPending(qint64 campaignId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT %1 FROM batches WHERE campaign_id = ? AND state = 'pending' ORDER BY seq LIMIT 1"_s.arg(
        QLatin1String(kBatchColumns)));
    q.addBindValue(campaignId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readBatch(q);
}

QList<VariableEntry> CampaignStore::batchRecipients(qint64 batchId, const QStringList &variables) const
{
    Q_UNUSED(variables);
    QList<VariableEntry> out;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT mobile, params FROM recipients WHERE batch_id = ? ORDER BY id"_s);
    q.addBindValue(batchId);
    q.exec();
    while (q.next())
        out.append(VariableEntry{q.value(0).toString(), jsonMap(q.value(1).toString())});
    return out;
}

bool CampaignStore::setBatchState(qint64 batchId, const QString &state, const QString &taskid, int code,
                                  const QString &message, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"UPDATE batches SET state = ?, taskid = COALESCE(NULLIF(?, ''), taskid), code = ?, message = ?,"
              " attempts = attempts + (CASE WHEN ? = 'inflight' THEN 1 ELSE 0 END), updated_at = ? WHERE id = ?"_s);
    for (const QVariant &v : {QVariant(state), text(taskid), QVariant(code), text(message), QVariant(state),
                              QVariant(Store::now()), QVariant(batchId)})
        q.addBindValue(v);
    if (!q.exec())
        return failed(q, error);
    // Reports that came before this answer was stored are linked now. The answer is stored
    // whatever happens to them, hence no error from here.
    if (state == u"accepted"_s && !taskid.isEmpty() && reportsWaitFor(taskid)) {
        QString ignored;
        ReportWriter(m_db).relink(taskid, &ignored);
    }
    return true;
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
    return q.exec() || failed(q, error);
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

int CampaignStore::recoverInFlight(qint64 campaignId, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"UPDATE batches SET state = 'unknown', message = ?, updated_at = ? WHERE campaign_id = ? AND state = 'inflight'"_s);
    q.addBindValue(u"interrupted while being sent; it may have reached the platform"_s);
    q.addBindValue(Store::now());
    q.addBindValue(campaignId);
    if (!q.exec()) {
        failed(q, error);
        return -1;
    }
    return q.numRowsAffected();
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

std::optional<CampaignStore::Evidence> CampaignStore::evidence(qint64 batchId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT taskid, numbers_in_batch FROM unmatched_tasks WHERE batch_id = ? ORDER BY numbers_in_batch DESC LIMIT 1"_s);
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Evidence{q.value(0).toString(), q.value(1).toInt()};
}

bool CampaignStore::resolveUnknown(qint64 batchId, bool resend, QString *error)
{
    // Counted as sent, with reports that show it was: their send is this batch's.
    const std::optional<Evidence> seen = resend ? std::nullopt : evidence(batchId);
    if (!resolveUnknownState(batchId, resend, seen ? seen->taskid : QString(), error))
        return false;
    if (seen) {
        QString ignored;
        ReportWriter(m_db).relink(seen->taskid, &ignored);
    }
    return true;
}

int CampaignStore::dropAbandonedDrafts(int olderThanSecs, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"DELETE FROM campaigns WHERE state = 'draft' AND updated_at < ?"_s);
    q.addBindValue(QDateTime::currentDateTimeUtc().addSecs(-olderThanSecs).toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        failed(q, error);
        return -1;
    }
    return q.numRowsAffected();
}

bool CampaignStore::resolveUnknownState(qint64 batchId, bool resend, const QString &taskid, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(resend ? u"UPDATE batches SET state = 'pending', message = 'to be sent again (user''s choice)', updated_at = ?"
                       " WHERE id = ? AND state = 'unknown'"_s
                     : u"UPDATE batches SET state = 'accepted', message = 'counted as sent (user''s choice)', updated_at = ?,"
                       " taskid = COALESCE(taskid, NULLIF(?, '')) WHERE id = ? AND state = 'unknown'"_s);
    q.addBindValue(Store::now());
    if (!resend)
        q.addBindValue(taskid);
    q.addBindValue(batchId);
    if (!q.exec())
        return failed(q, error);
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = u"the batch is not in the unknown state"_s;
        return false;
    }
    // Counted as sent, and nothing else open: the campaign is complete.
    if (!resend) {
        q.prepare(u"UPDATE campaigns SET state = 'completed', message = '', updated_at = ? WHERE state = 'attention'"
                  " AND id = (SELECT campaign_id FROM batches WHERE id = ?)"
                  " AND NOT EXISTS (SELECT 1 FROM batches b WHERE b.campaign_id = campaigns.id"
                  " AND b.state IN ('unknown', 'rejected', 'pending', 'inflight'))"_s);
        q.addBindValue(Store::now());
        q.addBindValue(batchId);
        if (!q.exec())
            return failed(q, error);
    }
    return true;
}

QList<qint64> CampaignStore::interrupted() const
{
    QList<qint64> ids;
    QSqlQuery q(m_db.db());
    q.exec(u"SELECT id FROM campaigns WHERE state = 'running' ORDER BY id"_s);
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

struct CampaignRecipientSink::Impl
{
    Impl(Database &d, qint64 id, const QStringList &vars, int size)
        : db(d)
        , campaignId(id)
        , variables(vars)
        , batchSize(size)
    {
        for (const QString &v : vars)
            names << v.toUtf8();
    }
    Database &db;
    qint64 campaignId;
    QStringList variables;
    QByteArrayList names; // the variables in UTF-8, for the params of every row
    int batchSize;
    sqlite3 *handle = nullptr;
    sqlite3_stmt *insert = nullptr;
    sqlite3_stmt *newBatch = nullptr;
    qint64 batchId = 0;
    int inBatch = 0;
    int seq = 0;
    bool ownTransaction = false;
    bool relaxed = false; // foreign keys and checkpoints off for this import's own transaction
    void restore()
    {
        if (!relaxed)
            return;
        relaxed = false;
        sqlite3_exec(handle, "PRAGMA foreign_keys=ON", nullptr, nullptr, nullptr);
        sqlite3_exec(handle, "PRAGMA wal_autocheckpoint=1000", nullptr, nullptr, nullptr);
    }
    // Rows wait here and are written in number order at commit(): the unique
    // (mobile, campaign) index then grows at its end instead of being searched.
    struct Row
    {
        qint64 mobile;
        quint32 offset; // params in `arena`
        quint32 length;
    };
    std::vector<Row> rows;
    std::function<void(qint64, qint64)> progress;
    QByteArray arena; // every row's params, one after the other: one allocation, not a million
    bool write(const Row &row, QString *error);

    bool check(int rc, QString *error)
    {
        if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
            return true;
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
};

CampaignRecipientSink::CampaignRecipientSink(Database &db, qint64 campaignId, const QStringList &variables, int batchSize)
    : d(new Impl(db, campaignId, variables, qMax(1, batchSize)))
{
    const QVariant h = db.db().driver()->handle();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        d->handle = *static_cast<sqlite3 *const *>(h.constData());
    if (!d->handle) {
        m_error = u"the store is not an SQLite database"_s;
        return;
    }
    // Pages of the indexes stay in memory for the whole import instead of being re-read.
    sqlite3_exec(d->handle, "PRAGMA cache_size=-65536", nullptr, nullptr, nullptr);
    if (!d->check(sqlite3_prepare_v2(d->handle,
                                     "INSERT INTO recipients (campaign_id, batch_id, mobile, params, carrier) VALUES (?, ?, ?, ?, ?)",
                                     -1, &d->insert, nullptr), &m_error)
        || !d->check(sqlite3_prepare_v2(d->handle,
                                        "INSERT INTO batches (campaign_id, seq, state, size, updated_at) VALUES (?, ?, 'pending', ?, ?)",
                                        -1, &d->newBatch, nullptr), &m_error))
        d->handle = nullptr;
}

CampaignRecipientSink::~CampaignRecipientSink()
{
    if (d->ownTransaction)
        rollback();
    sqlite3_finalize(d->insert);
    sqlite3_finalize(d->newBatch);
    if (d->handle) {
        sqlite3_exec(d->handle, "PRAGMA cache_size=-2000", nullptr, nullptr, nullptr);
        if (d->relaxed) {
            d->restore();
            // The import's pages were committed to the WAL; copying them into the database
            // file is left to here, after the caller has told the user.
            sqlite3_exec(d->handle, "PRAGMA wal_checkpoint(PASSIVE)", nullptr, nullptr, nullptr);
        }
    }
}

bool CampaignRecipientSink::begin()
{
    if (!d->handle)
        return false;
    if (sqlite3_get_autocommit(d->handle)) {
        // Every row's campaign and batch are the sink's own, so checking them a million times
        // only costs time; and the checkpoint after such a commit would hold the caller up.
        // Both pragmas only take effect outside a transaction.
        sqlite3_exec(d->handle, "PRAGMA foreign_keys=OFF", nullptr, nullptr, nullptr);
        sqlite3_exec(d->handle, "PRAGMA wal_autocheckpoint=0", nullptr, nullptr, nullptr);
        d->relaxed = true;
    }
    d->ownTransaction = sql::beginWrite(d->db.db(), &m_error);
    if (!d->ownTransaction)
        d->restore();
    return d->ownTransaction;
}

bool CampaignRecipientSink::flush()
{
    std::sort(d->rows.begin(), d->rows.end(), [](const Impl::Row &a, const Impl::Row &b) { return a.mobile < b.mobile; });
    const qint64 total = qint64(d->rows.size());
    for (qint64 i = 0; i < total; ++i) {
        if (!d->write(d->rows[size_t(i)], &m_error))
            return false;
        if (d->progress && (i % 20000) == 0)
            d->progress(i, total);
    }
    if (d->progress)
        d->progress(total, total);
    d->rows.clear();
    d->rows.shrink_to_fit();
    d->arena = QByteArray();
    return true;
}

void CampaignRecipientSink::setProgress(std::function<void(qint64, qint64)> progress)
{
    d->progress = std::move(progress);
}

bool CampaignRecipientSink::commit()
{
    if (!flush()) {
        rollback();
        return false;
    }
    d->ownTransaction = false;
    if (!d->db.db().commit()) {
        m_error = d->db.db().lastError().text();
        d->db.db().rollback();
        d->restore();
        return false;
    }
    sqlite3_exec(d->handle, "PRAGMA foreign_keys=ON", nullptr, nullptr, nullptr); // checkpoints stay off until the sink goes
    return true;
}

void CampaignRecipientSink::rollback()
{
    d->rows.clear();
    d->arena = QByteArray();
    d->ownTransaction = false;
    d->db.db().rollback();
    d->restore(); // before the caller deletes the draft: its recipients go by cascade
}

bool CampaignRecipientSink::add(const QString &mobile, const QStringList &values)
{
    if (!d->handle)
        return false;
    bool ok = false;
    const qint64 number = mobile.toLongLong(&ok);
    if (!ok) {
        m_error = u"not a number: %1"_s.arg(mobile);
        return false;
    }
    const qsizetype offset = d->arena.size();
    if (!d->variables.isEmpty())
        appendParamsJson(d->arena, d->names, values);
    if (d->arena.size() > std::numeric_limits<quint32>::max()) {
        m_error = u"too many recipients in one import"_s;
        return false;
    }
    d->rows.push_back({number, quint32(offset), quint32(d->arena.size() - offset)});
    return true;
}

bool CampaignRecipientSink::Impl::write(const Row &row, QString *error)
{
    if (batchId == 0 || inBatch == batchSize) {
        const QByteArray now = Store::now().toUtf8();
        sqlite3_reset(newBatch);
        sqlite3_bind_int64(newBatch, 1, campaignId);
        sqlite3_bind_int(newBatch, 2, ++seq);
        sqlite3_bind_int(newBatch, 3, batchSize);
        sqlite3_bind_text(newBatch, 4, now.constData(), int(now.size()), SQLITE_TRANSIENT);
        if (!check(sqlite3_step(newBatch), error))
            return false;
        batchId = sqlite3_last_insert_rowid(handle);
        inBatch = 0;
    }
    char mobile[24];
    const int len = std::snprintf(mobile, sizeof mobile, "%lld", static_cast<long long>(row.mobile));
    sqlite3_reset(insert);
    sqlite3_bind_int64(insert, 1, campaignId);
    sqlite3_bind_int64(insert, 2, batchId);
    sqlite3_bind_text(insert, 3, mobile, len, SQLITE_STATIC);
    sqlite3_bind_text(insert, 4, arena.constData() + row.offset, int(row.length), SQLITE_STATIC);
    sqlite3_bind_int(insert, 5, Carriers::carrierOfNumber(row.mobile));
    if (!check(sqlite3_step(insert), error))
        return false;
    ++inBatch;
    return true;
}

} // namespace mms
