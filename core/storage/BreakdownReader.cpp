#include "storage/BreakdownReader.h"

#include "protocol/Carriers.h"
#include "protocol/NumberSegments.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace mms {

namespace {
// A recipient in 64 bits: area (16), outcome (16: 0 no report, 1 DELIVRD, then each failure
// status in the order met), carrier (8), hour (8: 0-23, 24 unknown), replied (1).
constexpr int kUnknownHour = 24;
constexpr int kCampaignsKept = 8;
constexpr quint16 kDelivered = 1;

quint64 pack(quint16 area, quint16 outcome, int carrier, int hour, bool replied)
{
    return quint64(area) | quint64(outcome) << 16 | quint64(quint8(carrier)) << 32 | quint64(quint8(hour)) << 40
        | quint64(replied) << 48;
}

// "yyyyMMddHHmmss" (the platform's clock, China time): its hour, or -1.
int reportHour(const char *t, int size)
{
    if (size < 10 || t[8] < '0' || t[8] > '2' || t[9] < '0' || t[9] > '9')
        return -1;
    const int h = (t[8] - '0') * 10 + (t[9] - '0');
    return h < 24 ? h : -1;
}
} // namespace

struct BreakdownReader::Batch
{
    qint64 id = 0, first = 0, last = 0;
    qint64 size = -1, delivered = 0, failed = 0, replied = 0, outcomes = 0;
    int sendHour = kUnknownHour;
    std::vector<quint64> packed;
    bool seen = false;

    bool sameCounts(const Batch &o) const
    {
        return size == o.size && delivered == o.delivered && failed == o.failed && replied == o.replied
            && outcomes == o.outcomes && first == o.first && last == o.last;
    }
};

struct BreakdownReader::Campaign
{
    std::shared_ptr<const NumberSegments> table;
    QHash<qint64, Batch> batches;
    QHash<QByteArray, quint16> outcomeIds{{"DELIVRD"_ba, kDelivered}};
    QStringList outcomes{QString(), u"DELIVRD"_s};
    quint64 lastUse = 0;

    quint16 outcomeId(const char *text, int size)
    {
        if (!text)
            return 0;
        const QByteArray key(text, size);
        if (const auto it = outcomeIds.constFind(key); it != outcomeIds.cend())
            return *it;
        if (outcomes.size() >= 0xFFFF)
            return quint16(outcomes.size() - 1); // the 65,535th status on: counted as the last one
        const quint16 id = quint16(outcomes.size());
        outcomes << QString::fromUtf8(key);
        outcomeIds.insert(key, id);
        return id;
    }
};

BreakdownReader::BreakdownReader(Database &db)
    : m_db(db)
{
}

BreakdownReader::~BreakdownReader() = default;

bool BreakdownReader::scan(Campaign &c, Batch &b, QString *error)
{
    b.packed.clear();
    b.packed.reserve(size_t(qMax<qint64>(b.size, 0)));
    const NumberSegments &table = *c.table;
    auto add = [&](const char *mobile, int mobileSize, int carrier, const char *delivery, int deliverySize,
                   const char *reportedAt, int reportedSize, bool replied) {
        int segment = 0;
        for (int i = 0; i < 7 && i < mobileSize; ++i)
            segment = segment * 10 + (mobile[i] - '0');
        const quint16 area = mobileSize == 11 ? table.areaOfSegment(segment) : 0;
        const quint16 outcome = c.outcomeId(delivery, deliverySize);
        int hour = outcome ? reportHour(reportedAt, reportedSize) : -1;
        if (hour < 0)
            hour = b.sendHour;
        if (carrier < 0 || carrier > 3)
            carrier = 0;
        b.packed.push_back(pack(area, outcome, carrier, hour, replied));
    };
    const bool byRange = b.first > 0 && b.last >= b.first;
    const char *sql = byRange
        ? "SELECT mobile, carrier, delivery, reported_at, replied FROM recipients WHERE id BETWEEN ? AND ? AND batch_id = ?"
        : "SELECT mobile, carrier, delivery, reported_at, replied FROM recipients WHERE batch_id = ? AND indexed = 1";
    if (sqlite3 *h = sql::sqliteHandle(m_db.db())) {
        // A million rows: through SQLite's C API, as the import and the ledger (a QVariant row
        // costs several times SQLite's own reading).
        sqlite3_stmt *st = nullptr;
        int rc = sqlite3_prepare_v2(h, sql, -1, &st, nullptr);
        if (rc == SQLITE_OK) {
            int i = 1;
            if (byRange) {
                sqlite3_bind_int64(st, i++, b.first);
                sqlite3_bind_int64(st, i++, b.last);
            }
            sqlite3_bind_int64(st, i, b.id);
            while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
                const auto text = [st](int col) { return reinterpret_cast<const char *>(sqlite3_column_text(st, col)); };
                add(text(0), sqlite3_column_bytes(st, 0), sqlite3_column_int(st, 1), text(2), sqlite3_column_bytes(st, 2),
                    text(3), sqlite3_column_bytes(st, 3), sqlite3_column_int(st, 4) != 0);
            }
        }
        if (rc != SQLITE_DONE && error)
            *error = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(st);
        m_lastRead += qint64(b.packed.size());
        return rc == SQLITE_DONE;
    }
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(sql));
    if (byRange) {
        q.addBindValue(b.first);
        q.addBindValue(b.last);
    }
    q.addBindValue(b.id);
    if (!q.exec())
        return sql::failed(q, error);
    while (q.next()) {
        const QByteArray mobile = q.value(0).toString().toLatin1();
        const bool reported = !q.value(2).isNull();
        const QByteArray delivery = q.value(2).toString().toUtf8(), at = q.value(3).toString().toLatin1();
        add(mobile.constData(), int(mobile.size()), q.value(1).toInt(), reported ? delivery.constData() : nullptr,
            int(delivery.size()), at.constData(), int(at.size()), q.value(4).toInt() != 0);
    }
    m_lastRead += qint64(b.packed.size());
    return true;
}

std::optional<CampaignBreakdown> BreakdownReader::read(qint64 campaignId, QString *error)
{
    m_lastRead = 0;
    std::shared_ptr<Campaign> &slot = m_cache[campaignId];
    if (!slot)
        slot = std::make_shared<Campaign>();
    Campaign &c = *slot;
    c.lastUse = ++m_uses;
    const std::shared_ptr<const NumberSegments> table = NumberSegments::current();
    if (c.table != table) { // another segment table: every area read anew
        c.table = table;
        c.batches.clear();
    }
    // The sent batches and their counts: a batch whose counts did not move is as it was.
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, size, delivered, failed, replied, outcomes, COALESCE(first_recipient, 0), COALESCE(last_recipient, 0),"
              " COALESCE(claimed_at, updated_at) FROM batches WHERE campaign_id = ? AND state = 'accepted'"_s);
    q.addBindValue(campaignId);
    if (!q.exec()) {
        sql::failed(q, error);
        m_cache.remove(campaignId);
        return std::nullopt;
    }
    for (Batch &b : c.batches)
        b.seen = false;
    std::vector<qint64> stale; // ids: pointers into the hash would not survive its growing
    while (q.next()) {
        Batch now;
        now.id = q.value(0).toLongLong();
        now.size = q.value(1).toLongLong();
        now.delivered = q.value(2).toLongLong();
        now.failed = q.value(3).toLongLong();
        now.replied = q.value(4).toLongLong();
        now.outcomes = q.value(5).toLongLong();
        now.first = q.value(6).toLongLong();
        now.last = q.value(7).toLongLong();
        Batch &kept = c.batches[now.id];
        if (!kept.sameCounts(now) || kept.id == 0) {
            const QDateTime sent = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
            now.sendHour = sent.isValid() ? sent.toOffsetFromUtc(8 * 3600).time().hour() : kUnknownHour;
            const qint64 id = now.id;
            now.packed = std::move(kept.packed);
            kept = std::move(now);
            kept.id = id;
            stale.push_back(now.id);
        }
        kept.seen = true;
    }
    q.finish();
    for (auto it = c.batches.begin(); it != c.batches.end();)
        it = it->seen ? std::next(it) : c.batches.erase(it);
    for (const qint64 id : stale) {
        if (!scan(c, c.batches[id], error)) {
            m_cache.remove(campaignId);
            return std::nullopt;
        }
    }
    if (m_cache.size() > kCampaignsKept) { // the least recently read campaign goes
        auto oldest = m_cache.begin();
        for (auto it = m_cache.begin(); it != m_cache.end(); ++it)
            if (it.value()->lastUse < oldest.value()->lastUse)
                oldest = it;
        m_cache.erase(oldest);
    }

    // Every recipient counted into its carrier, area and hour.
    const int outcomes = int(c.outcomes.size());
    const int areas = table->areaCount() + 1;
    struct Acc
    {
        std::vector<qint64> sent, delivered, replied, byOutcome; // byOutcome: group * outcomes + outcome
        void resize(int groups, int outcomes)
        {
            sent.assign(size_t(groups), 0);
            delivered.assign(size_t(groups), 0);
            replied.assign(size_t(groups), 0);
            byOutcome.assign(size_t(groups) * size_t(outcomes), 0);
        }
    } carriers, cities, hours;
    carriers.resize(4, outcomes);
    cities.resize(areas, outcomes);
    hours.resize(kUnknownHour + 1, outcomes);
    const auto count = [outcomes](Acc &a, size_t group, quint16 outcome, bool replied) {
        ++a.sent[group];
        a.delivered[group] += outcome == kDelivered;
        a.replied[group] += replied;
        ++a.byOutcome[group * size_t(outcomes) + outcome];
    };
    for (const Batch &b : std::as_const(c.batches)) {
        for (const quint64 e : b.packed) {
            const quint16 area = quint16(e), outcome = quint16(e >> 16);
            const bool replied = (e >> 48) & 1;
            count(carriers, size_t((e >> 32) & 0xFF), outcome, replied);
            count(cities, area < areas ? area : 0, outcome, replied);
            count(hours, size_t((e >> 40) & 0xFF), outcome, replied);
        }
    }
    const auto countsOf = [&](const Acc &a, size_t g) {
        OutcomeCounts o;
        o.sent = a.sent[g];
        o.delivered = a.delivered[g];
        o.replied = a.replied[g];
        for (int s = 2; s < outcomes; ++s) {
            if (const qint64 n = a.byOutcome[g * size_t(outcomes) + size_t(s)]) {
                o.failures.insert(c.outcomes.at(s), n);
                o.failed += n;
            }
        }
        return o;
    };

    CampaignBreakdown out;
    out.campaignId = campaignId;
    out.segments = table->source();
    for (int carrier : {1, 2, 3, 0}) {
        const OutcomeCounts o = countsOf(carriers, size_t(carrier));
        if (o.sent || carrier != 0)
            out.byCarrier << BreakdownGroup{Carriers::englishName(carrier), carrier, o};
        out.totals.add(o);
    }
    std::vector<OutcomeCounts> provinces(size_t(table->provinceCount()));
    OutcomeCounts unknown;
    for (int a = 0; a < areas; ++a) {
        if (!cities.sent[size_t(a)])
            continue;
        const OutcomeCounts o = countsOf(cities, size_t(a));
        if (a == 0) {
            unknown = o;
            continue;
        }
        const auto area = NumberSegments::Area(a);
        out.byCity << BreakdownGroup{table->province(area) + u' ' + table->city(area), 0, o};
        provinces[size_t(table->provinceIndex(area))].add(o);
    }
    for (int p = 0; p < table->provinceCount(); ++p)
        if (provinces[size_t(p)].sent)
            out.byProvince << BreakdownGroup{table->provinceName(p), 0, provinces[size_t(p)]};
    const auto bySent = [](const BreakdownGroup &x, const BreakdownGroup &y) {
        return x.counts.sent != y.counts.sent ? x.counts.sent > y.counts.sent : x.key < y.key;
    };
    std::sort(out.byCity.begin(), out.byCity.end(), bySent);
    std::sort(out.byProvince.begin(), out.byProvince.end(), bySent);
    if (unknown.sent) {
        out.byCity << BreakdownGroup{QString(), 0, unknown};
        out.byProvince << BreakdownGroup{QString(), 0, unknown};
        out.unknownArea = unknown.sent;
    }
    for (int h = 0; h <= kUnknownHour; ++h)
        if (hours.sent[size_t(h)])
            out.byHour << BreakdownGroup{h < kUnknownHour ? u"%1"_s.arg(h, 2, 10, QChar(u'0')) : QString(), h < kUnknownHour ? h : -1,
                                         countsOf(hours, size_t(h))};
    return out;
}

} // namespace mms
