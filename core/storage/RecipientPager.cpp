#include "storage/RecipientPager.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
constexpr auto kColumns = "r.id, r.mobile, r.carrier, b.state, r.delivery, r.reported_at, r.replied, r.params";

QString condition(RecipientFilter filter)
{
    switch (filter) {
    case RecipientFilter::All: return {};
    case RecipientFilter::Delivered: return u" AND r.delivery = 'DELIVRD'"_s;
    case RecipientFilter::Failed: return u" AND r.delivery <> 'DELIVRD'"_s;
    case RecipientFilter::Waiting: return u" AND b.state = 'accepted' AND r.delivery IS NULL"_s;
    case RecipientFilter::Replied: return u" AND r.replied = 1"_s;
    case RecipientFilter::NotSent: return u" AND b.state <> 'accepted'"_s;
    }
    return {};
}

QString digits(const QString &s)
{
    QString out;
    for (QChar c : s)
        if (c.isDigit())
            out += QChar(u'0' + c.digitValue());
    return out;
}

RecipientRow readRow(const QSqlQuery &q)
{
    RecipientRow row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toBool(), {}};
    const QString params = q.value(7).toString();
    if (!params.isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(params.toUtf8()).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            row.params.insert(it.key(), it.value().toString());
    }
    return row;
}
} // namespace

RecipientPager::RecipientPager(Database &db)
    : m_db(db)
{
}

bool RecipientPager::usesBatchCounts(const RecipientQuery &query)
{
    return digits(query.search).isEmpty();
}

QList<RecipientPager::Batch> RecipientPager::batches(const RecipientQuery &query) const
{
    QList<Batch> out;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT id, state, size, delivered, failed, replied FROM batches WHERE campaign_id = ? ORDER BY seq"_s);
    q.addBindValue(query.campaignId);
    q.exec();
    while (q.next()) {
        const bool accepted = q.value(1).toString() == "accepted"_L1;
        const int size = q.value(2).toInt(), delivered = q.value(3).toInt(), failed = q.value(4).toInt();
        int n = 0;
        switch (query.filter) {
        case RecipientFilter::All: n = size; break;
        case RecipientFilter::Delivered: n = delivered; break;
        case RecipientFilter::Failed: n = failed; break;
        case RecipientFilter::Waiting: n = accepted ? qMax(0, size - delivered - failed) : 0; break;
        case RecipientFilter::NotSent: n = accepted ? 0 : size; break;
        case RecipientFilter::Replied: n = q.value(5).toInt(); break;
        }
        out.append({q.value(0).toLongLong(), n});
    }
    return out;
}

namespace {
// A whole number (11 digits) is looked up in the (batch, number) index of each batch sent so
// far, and read from the rows of batches that never left (pending or cancelled: only they can
// hold rows not in the index, see CampaignStore::indexRecipients); other digits are looked for anywhere
// in the number, which reads the campaign's rows.
bool wholeNumber(const QString &search)
{
    return search.size() == 11;
}

// The campaign's rows as `r` with their batch as `b`, narrowed to those matching `search`.
QString matching(const QSqlDatabase &db, const QString &search, const QString &columns, const QString &filter)
{
    const QString ofBatch = sql::recipientsOfBatch();
    if (search.isEmpty())
        return u"SELECT %1 FROM batches b JOIN recipients r ON %2 WHERE b.campaign_id = ?%3"_s.arg(columns, ofBatch, filter);
    if (!wholeNumber(search))
        return u"SELECT %1 FROM batches b JOIN recipients r ON %2 WHERE b.campaign_id = ?%3 AND %4"_s.arg(
            columns, ofBatch, filter, sql::containsText(db, u"r.mobile"_s));
    return u"SELECT %1 FROM batches b JOIN recipients r ON r.batch_id = b.id AND r.mobile = ? AND r.indexed = 1"
           " WHERE b.campaign_id = ?%3"
           " UNION ALL SELECT %1 FROM batches b JOIN recipients r ON %2"
           " WHERE b.campaign_id = ? AND b.state IN ('pending', 'cancelled') AND r.indexed = 0 AND r.mobile = ?%3"_s.arg(columns, ofBatch,
                                                                                                        filter);
}

void bindMatching(QSqlQuery &q, const QString &search, qint64 campaignId)
{
    if (!search.isEmpty() && wholeNumber(search)) {
        for (const QVariant &v : {QVariant(search), QVariant(campaignId), QVariant(campaignId), QVariant(search)})
            q.addBindValue(v);
        return;
    }
    q.addBindValue(campaignId);
    if (!search.isEmpty())
        q.addBindValue(search);
}
} // namespace

int RecipientPager::count(const RecipientQuery &query) const
{
    if (usesBatchCounts(query)) {
        int n = 0;
        for (const Batch &b : batches(query))
            n += b.matching;
        return n;
    }
    QSqlQuery q(m_db.db());
    const QString search = digits(query.search);
    q.prepare(u"SELECT COUNT(*) FROM ("_s + matching(m_db.db(), search, u"r.id"_s, condition(query.filter)) + u") AS m"_s);
    bindMatching(q, search, query.campaignId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<RecipientRow> RecipientPager::page(const RecipientQuery &query, int offset, int limit) const
{
    QList<RecipientRow> out;
    if (limit <= 0 || offset < 0)
        return out;
    QSqlQuery q(m_db.db());
    if (!usesBatchCounts(query)) {
        const QString search = digits(query.search);
        q.prepare(u"SELECT * FROM ("_s
                  + matching(m_db.db(), search, QLatin1String(kColumns) + u", b.seq AS seq"_s, condition(query.filter))
                  + u") AS m ORDER BY seq, id LIMIT ? OFFSET ?"_s);
        bindMatching(q, search, query.campaignId);
        q.addBindValue(limit);
        q.addBindValue(offset);
        q.exec();
        while (q.next())
            out.append(readRow(q));
        return out;
    }
    q.prepare(u"SELECT %1 FROM batches b JOIN recipients r ON %2 WHERE b.id = ?%3"
              " ORDER BY r.id LIMIT ? OFFSET ?"_s.arg(QLatin1String(kColumns), sql::recipientsOfBatch(), condition(query.filter)));
    int skip = offset;
    for (const Batch &b : batches(query)) {
        if (skip >= b.matching) {
            skip -= b.matching;
            continue;
        }
        q.addBindValue(b.id);
        q.addBindValue(limit - int(out.size()));
        q.addBindValue(skip);
        q.exec();
        while (q.next())
            out.append(readRow(q));
        skip = 0;
        if (out.size() >= limit)
            break;
    }
    return out;
}

} // namespace mms
