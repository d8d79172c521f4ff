#include "storage/ReplyPager.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
struct Where
{
    QString sql;
    QVariantList binds;
};

// LIKE's own characters in what the user typed are meant literally.
QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

Where where(const ReplyQuery &q)
{
    Where w;
    QStringList parts;
    if (q.campaignId > 0) {
        parts << u"r.campaign_id = ?"_s;
        w.binds << q.campaignId;
    }
    // replied_at is the platform's yyyyMMddHHmmss (China time): days compare as text.
    if (q.from.isValid()) {
        parts << u"r.replied_at >= ?"_s;
        w.binds << QString(q.from.toString(u"yyyyMMdd"_s) + u"000000"_s);
    }
    if (q.to.isValid()) {
        parts << u"r.replied_at < ?"_s;
        w.binds << QString(q.to.addDays(1).toString(u"yyyyMMdd"_s) + u"000000"_s);
    }
    if (!q.text.trimmed().isEmpty()) {
        parts << u"LOWER(r.text) LIKE ? ESCAPE '\\'"_s;
        w.binds << likePattern(q.text.trimmed());
    }
    // IN rather than EXISTS: the store then walks the (smaller) blocklist through the replies'
    // number index instead of looking up every reply.
    if (q.blocked != ReplyQuery::Blocked::Any)
        parts << (q.blocked == ReplyQuery::Blocked::Yes ? u"r.mobile IN (SELECT mobile FROM blocklist)"_s
                                                        : u"r.mobile NOT IN (SELECT mobile FROM blocklist)"_s);
    if (!q.optOutWords.isEmpty()) {
        QStringList marks;
        bool short_ = true;
        for (const QString &word : q.optOutWords) {
            marks << u"?"_s;
            w.binds << word.trimmed().toLower();
            short_ = short_ && word.trimmed().size() <= 16;
        }
        // The length bound is the index's (migration 12): with it the words are looked up in it.
        // (16 characters of a word, padded with spaces, stay within its 32.)
        parts << (short_ ? u"LENGTH(r.text) <= 32 AND LOWER(TRIM(r.text)) IN (%1)"_s : u"LOWER(TRIM(r.text)) IN (%1)"_s).arg(marks.join(u','));
    }
    if (!parts.isEmpty())
        w.sql = u" WHERE "_s + parts.join(u" AND "_s);
    return w;
}

bool run(QSqlQuery &q, const QVariantList &binds, QString *error)
{
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

ReplyPager::ReplyPager(Database &db)
    : m_db(db)
{
}

std::optional<int> ReplyPager::count(const ReplyQuery &query, QString *error) const
{
    const Where w = where(query);
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT COUNT(*) FROM replies r"_s + w.sql);
    if (!run(q, w.binds, error) || !q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

std::optional<QList<ReplyRow>> ReplyPager::page(const ReplyQuery &query, int offset, int limit, qint64 beforeId,
                                               QString *error) const
{
    Where w = where(query);
    if (beforeId > 0) {
        w.sql += (w.sql.isEmpty() ? u" WHERE "_s : u" AND "_s) + u"r.id < ?"_s;
        w.binds << beforeId;
    }
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT r.id, r.mobile, r.extension, r.text, r.replied_at, r.received_at, r.campaign_id, c.name,"
              " EXISTS (SELECT 1 FROM blocklist b WHERE b.mobile = r.mobile)"
              " FROM replies r LEFT JOIN campaigns c ON c.id = r.campaign_id"_s
              + w.sql + u" ORDER BY r.id DESC LIMIT ? OFFSET ?"_s);
    w.binds << limit << (beforeId > 0 ? 0 : offset);
    if (!run(q, w.binds, error))
        return std::nullopt;
    QList<ReplyRow> out;
    while (q.next())
        out << ReplyRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong(), q.value(7).toString(),
                        q.value(8).toBool()};
    return out;
}

} // namespace mms
