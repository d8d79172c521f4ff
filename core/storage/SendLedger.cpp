#include "storage/SendLedger.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <functional>
#include <vector>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
// The entries of ledger `l` that count: their recipient was not reported failed. (Entries of a
// batch that left the states that count are gone: forget().)
const char *kCounting = "LEFT JOIN recipients lr ON lr.id = l.recipient_id"
                        " WHERE (lr.id IS NULL OR lr.delivery IS NULL OR lr.delivery = 'DELIVRD')";
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

namespace {
quint64 keyOf(const char *digits, int size)
{
    if (size != 11)
        return 0;
    quint64 k = 0;
    for (int i = 0; i < size; ++i) {
        if (digits[i] < '0' || digits[i] > '9')
            return 0;
        k = k * 10 + quint64(digits[i] - '0');
    }
    return k;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant h = db.driver()->handle();
    return h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(h.constData()) : nullptr;
}

// Every entry of the day and account, as (number, of this template, batch). A million rows: on
// SQLite through the C API (Qt's row of QVariants costs five times SQLite's own reading).
bool scanDay(QSqlDatabase db, qint64 accountId, const QString &mmsid, int day, QString *error,
             const std::function<void(quint64, bool, qint64)> &entry)
{
    static const char *sql = "SELECT mobile, mmsid = ?, batch_id FROM send_ledger WHERE day = ? AND account_id = ? ORDER BY mobile";
    if (sqlite3 *h = sqliteHandle(db)) {
        sqlite3_stmt *st = nullptr;
        const QByteArray id = mmsid.toUtf8();
        int rc = sqlite3_prepare_v2(h, sql, -1, &st, nullptr);
        if (rc == SQLITE_OK) {
            sqlite3_bind_text(st, 1, id.constData(), int(id.size()), SQLITE_STATIC);
            sqlite3_bind_int(st, 2, day);
            sqlite3_bind_int64(st, 3, accountId);
            while ((rc = sqlite3_step(st)) == SQLITE_ROW)
                entry(keyOf(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)), sqlite3_column_bytes(st, 0)),
                      sqlite3_column_int(st, 1) != 0, sqlite3_column_int64(st, 2));
        }
        if (rc != SQLITE_DONE && error)
            *error = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(st);
        return rc == SQLITE_DONE;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(sql));
    q.addBindValue(mmsid);
    q.addBindValue(day);
    q.addBindValue(accountId);
    if (!q.exec())
        return sql::failed(q, error);
    while (q.next()) {
        const QByteArray m = q.value(0).toString().toLatin1();
        entry(keyOf(m.constData(), int(m.size())), q.value(1).toBool(), q.value(2).toLongLong());
    }
    return !q.lastError().isValid() || sql::failed(q, error);
}
} // namespace

namespace {
// Mainland mobile numbers are 1xxxxxxxxxx: 10^10 of them, in 2^20 runs of 2^14.
constexpr quint64 kFirstNumber = 10000000000ULL;
constexpr int kBucketBits = 14;
constexpr quint64 kBuckets = (10000000000ULL >> kBucketBits) + 1;
} // namespace

void SendLedger::Day::index()
{
    buckets.assign(kBuckets + 1, 0);
    size_t e = 0;
    for (quint64 b = 0; b <= kBuckets; ++b) {
        while (e < entries.size() && entries[e].number >= kFirstNumber && ((entries[e].number - kFirstNumber) >> kBucketBits) < b)
            ++e;
        while (e < entries.size() && entries[e].number < kFirstNumber) // none, but never out of order
            ++e;
        buckets[b] = quint32(e);
    }
}

const SendLedger::Counts *SendLedger::Day::find(quint64 number) const
{
    auto first = entries.cbegin(), last = entries.cend();
    if (!buckets.empty() && number >= kFirstNumber && number - kFirstNumber < (kBuckets << kBucketBits)) {
        const quint64 b = (number - kFirstNumber) >> kBucketBits;
        first = entries.cbegin() + buckets[b];
        last = entries.cbegin() + buckets[b + 1];
    }
    const auto it = std::lower_bound(first, last, number, [](const Entry &e, quint64 n) { return e.number < n; });
    return it != last && it->number == number ? &it->counts : nullptr;
}

std::optional<SendLedger::Day> SendLedger::counts(qint64 accountId, const QString &mmsid, int day, QString *error) const
{
    // A million entries a day: read from the covering (day, number, …) index alone, in its
    // order, with no look-up per entry; the failures are then taken off batch by batch (a batch
    // counts its failed recipients, so only those with some are read, in their id range). A
    // batch is one campaign's, so of one template.
    Day out;
    std::vector<qint64> seen; // batch * 2 + of this template, sorted and made unique after
    bool sorted = true;
    const bool read = scanDay(m_db.db(), accountId, mmsid, day, error, [&](quint64 number, bool same, qint64 batch) {
        if (out.entries.empty() || out.entries.back().number != number) {
            sorted = sorted && (out.entries.empty() || out.entries.back().number < number);
            out.entries.push_back({number, {}});
        }
        Counts &c = out.entries.back().counts;
        c.all = quint16(qMin<int>(c.all + 1, 0xffff));
        if (same)
            c.sameTemplate = quint16(qMin<int>(c.sameTemplate + 1, 0xffff));
        if (seen.empty() || seen.back() != batch * 2 + same)
            seen.push_back(batch * 2 + same);
    });
    if (!read)
        return std::nullopt;
    if (!sorted) { // a backend that ordered the text otherwise: sort, and add up what is twice
        std::stable_sort(out.entries.begin(), out.entries.end(), [](const Day::Entry &x, const Day::Entry &y) { return x.number < y.number; });
        std::vector<Day::Entry> merged;
        for (const Day::Entry &e : out.entries) {
            if (!merged.empty() && merged.back().number == e.number) {
                merged.back().counts.all = quint16(qMin<int>(merged.back().counts.all + e.counts.all, 0xffff));
                merged.back().counts.sameTemplate = quint16(qMin<int>(merged.back().counts.sameTemplate + e.counts.sameTemplate, 0xffff));
            } else {
                merged.push_back(e);
            }
        }
        out.entries = std::move(merged);
    }
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    QSqlQuery f(m_db.db());
    f.setForwardOnly(true);
    // The failed recipients of a batch, from their own partial index (migration 16).
    f.prepare(u"SELECT mobile FROM recipients WHERE batch_id = ? AND delivery IS NOT NULL AND delivery <> 'DELIVRD'"_s);
    for (const qint64 batchAndSame : seen) {
        f.addBindValue(batchAndSame / 2);
        if (!f.exec()) {
            sql::failed(f, error);
            return std::nullopt;
        }
        while (f.next()) {
            Counts *c = out.find(key(f.value(0).toString()));
            if (!c)
                continue;
            c->all = quint16(qMax(0, c->all - 1));
            if (batchAndSame % 2)
                c->sameTemplate = quint16(qMax(0, c->sameTemplate - 1));
        }
    }
    if (!out.entries.empty() && out.entries.front().number == 0) // not a mobile number: never a row's
        out.entries.erase(out.entries.begin());
    if (out.entries.size() > 4096)
        out.index();
    return out;
}

bool SendLedger::forget(qint64 batchId, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"DELETE FROM send_ledger WHERE batch_id = ?"_s);
    q.addBindValue(batchId);
    return q.exec() || sql::failed(q, error);
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
    // Claimed before (its entries went when it went back to pending; this is the backstop).
    if (!forget(batchId, error))
        return std::nullopt;

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
