#include "storage/Store.h"

#include "storage/Database.h"
#include "storage/ReportWriter.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <limits>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace mms {
using sql::failed;
using sql::inTransaction;
using sql::text;
Store::Store(Database &db)
    : m_db(db)
{
}

QString Store::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

std::optional<qint64> Store::saveAccount(const Account &a, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"INSERT INTO accounts (name, base_url, userid, username, productid, cont_inline, is_sandbox, created_at)"
              " VALUES (:name, :url, :userid, :username, :productid, :inline, :sandbox, :now)"
              " ON CONFLICT(name) DO UPDATE SET base_url = excluded.base_url, userid = excluded.userid,"
              " username = excluded.username, productid = excluded.productid,"
              " cont_inline = excluded.cont_inline, is_sandbox = excluded.is_sandbox"_s);
    q.bindValue(u":name"_s, a.name);
    q.bindValue(u":url"_s, a.baseUrl.toString());
    q.bindValue(u":userid"_s, a.userid);
    q.bindValue(u":username"_s, a.username);
    q.bindValue(u":productid"_s, text(a.productid));
    q.bindValue(u":inline"_s, a.contInline ? 1 : 0);
    q.bindValue(u":sandbox"_s, a.isSandbox ? 1 : 0);
    q.bindValue(u":now"_s, now());
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    qint64 id = 0;
    account(a.name, &id);
    return id;
}

std::optional<Account> Store::account(const QString &name, qint64 *id) const
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT id, name, base_url, userid, username, productid, cont_inline, is_sandbox FROM accounts WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Account a;
    if (id)
        *id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.baseUrl = QUrl(q.value(2).toString());
    a.userid = q.value(3).toString();
    a.username = q.value(4).toString();
    a.productid = q.value(5).toString();
    a.contInline = q.value(6).toBool();
    a.isSandbox = q.value(7).toBool();
    return a;
}

QList<Account> Store::accounts() const
{
    QList<Account> out;
    QSqlQuery q(m_db.db());
    q.exec(u"SELECT name FROM accounts ORDER BY id"_s);
    while (q.next()) {
        if (auto a = account(q.value(0).toString()))
            out.append(*a);
    }
    return out;
}

bool Store::removeAccount(const QString &name, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT (SELECT COUNT(*) FROM templates t JOIN accounts a ON a.id = t.account_id WHERE a.name = :n)"
              " + (SELECT COUNT(*) FROM campaigns c JOIN accounts a ON a.id = c.account_id WHERE a.name = :n)"_s);
    q.bindValue(u":n"_s, name);
    if (!q.exec() || !q.next())
        return failed(q, error);
    if (q.value(0).toInt() > 0) {
        if (error)
            *error = QCoreApplication::translate("mms::Store", "account %1 has templates or campaigns; it is kept so that their history stays readable").arg(name);
        return false;
    }
    QSqlQuery d(m_db.db());
    d.prepare(u"DELETE FROM accounts WHERE name = ?"_s);
    d.addBindValue(name);
    if (!d.exec())
        return failed(d, error);
    return true;
}

std::optional<qint64> Store::addTemplate(qint64 accountId, const QString &mmsid, const MmsTemplate &tpl,
                                         const QByteArray &manifestJson, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"INSERT INTO templates (account_id, mmsid, subject, frame_count, media_bytes, variables, manifest, created_at,"
              " content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(accountId);
    q.addBindValue(mmsid);
    q.addBindValue(tpl.subject);
    q.addBindValue(tpl.frames.size());
    q.addBindValue(tpl.mediaBytes());
    q.addBindValue(text(tpl.variables().join(u',')));
    q.addBindValue(QString::fromUtf8(manifestJson));
    q.addBindValue(now());
    q.addBindValue(tpl.contentHash());
    if (!q.exec() || !q.next()) {
        failed(q, error);
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    sql::notifyChange(m_db.db(), "templates");
    return id;
}

QByteArray Store::templateSource(qint64 accountId, const QString &mmsid, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT manifest FROM templates WHERE account_id = ? AND mmsid = ?"_s);
    q.addBindValue(accountId);
    q.addBindValue(mmsid);
    if (!q.exec()) {
        failed(q, error);
        return {};
    }
    if (!q.next()) {
        if (error)
            *error = QCoreApplication::translate("mms::Store", "template %1 is not in the library").arg(mmsid);
        return {};
    }
    return q.value(0).toString().toUtf8();
}

namespace {
TemplateRow readTemplate(QSqlDatabase &db, const QSqlQuery &q, QString *error = nullptr)
{
    TemplateRow t;
    t.id = q.value(0).toLongLong();
    t.mmsid = q.value(1).toString();
    t.subject = q.value(2).toString();
    t.frameCount = q.value(3).toInt();
    t.mediaBytes = q.value(4).toLongLong();
    t.variables = q.value(5).toString().split(u',', Qt::SkipEmptyParts);
    t.createdAt = q.value(6).toString();
    t.contentHash = q.value(7).toString();
    QSqlQuery a(db);
    a.prepare(u"SELECT carrier, status, message, updated_at FROM template_audits WHERE template_id = ?"_s);
    a.addBindValue(t.id);
    if (!a.exec())
        sql::failed(a, error);
    while (a.next()) {
        const int carrier = a.value(0).toInt();
        if (carrier >= 1 && carrier <= 3)
            t.audits[carrier - 1] = AuditState{a.value(1).toInt(), a.value(2).toString(), a.value(3).toString()};
    }
    return t;
}
} // namespace

QList<TemplateRow> Store::templates(qint64 accountId, QString *error) const
{
    QList<TemplateRow> out;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT id, mmsid, subject, frame_count, media_bytes, variables, created_at, content_hash FROM templates"
              " WHERE account_id = ? ORDER BY id"_s);
    q.addBindValue(accountId);
    if (!q.exec()) {
        sql::failed(q, error);
        return {};
    }
    QString why;
    while (q.next())
        out.append(readTemplate(m_db.db(), q, &why));
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return {};
    }
    return out;
}

std::optional<TemplateRow> Store::templateByMmsid(const QString &mmsid) const
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT id, mmsid, subject, frame_count, media_bytes, variables, created_at, content_hash FROM templates"
              " WHERE mmsid = ? ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(mmsid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readTemplate(m_db.db(), q);
}

std::optional<TemplateRow> Store::templateByContent(qint64 accountId, const QString &contentHash, QString *error) const
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT id, mmsid, subject, frame_count, media_bytes, variables, created_at, content_hash FROM templates"
              " WHERE account_id = ? AND content_hash = ? ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(accountId);
    q.addBindValue(contentHash);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    if (error)
        error->clear();
    if (!q.next())
        return std::nullopt;
    return readTemplate(m_db.db(), q);
}

bool Store::recordAudit(const AuditRecord &audit, QString *error)
{
    const auto tpl = templateByMmsid(audit.mmsid);
    bool ok = inTransaction(m_db.db(), error, [&] {
        QSqlQuery q(m_db.db());
        q.prepare(u"INSERT INTO audit_events (mmsid, username, carrier, status, message, template_id, received_at)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(audit.mmsid);
        q.addBindValue(audit.username);
        q.addBindValue(audit.carrier);
        q.addBindValue(audit.status);
        q.addBindValue(audit.message);
        q.addBindValue(tpl ? QVariant(tpl->id) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(now());
        if (!q.exec())
            return failed(q, error);
        if (!tpl)
            return true;
        q.prepare(u"INSERT INTO template_audits (template_id, carrier, status, message, updated_at)"
                  " VALUES (?, ?, ?, ?, ?) ON CONFLICT(template_id, carrier) DO UPDATE SET"
                  " status = excluded.status, message = excluded.message, updated_at = excluded.updated_at"_s);
        q.addBindValue(tpl->id);
        q.addBindValue(audit.carrier);
        q.addBindValue(audit.status);
        q.addBindValue(text(audit.message));
        q.addBindValue(now());
        return q.exec() || failed(q, error);
    });
    if (!ok)
        return false;
    sql::notifyChange(m_db.db(), "audits");
    if (!tpl && error)
        error->clear();
    return tpl.has_value();
}

bool Store::addToBlocklist(const QString &mobile, const QString &reason, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"INSERT INTO blocklist (mobile, reason, added_at) VALUES (?, ?, ?) ON CONFLICT(mobile) DO NOTHING"_s);
    q.addBindValue(mobile);
    q.addBindValue(text(reason));
    q.addBindValue(now());
    if (!q.exec())
        return failed(q, error);
    sql::notifyChange(m_db.db(), "blocklist");
    return true;
}

bool Store::removeFromBlocklist(const QString &mobile, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"DELETE FROM blocklist WHERE mobile = ?"_s);
    q.addBindValue(mobile);
    if (!q.exec())
        return failed(q, error);
    sql::notifyChange(m_db.db(), "blocklist");
    return true;
}

std::optional<int> Store::unblockAddedSince(const QDateTime &since, QString *error)
{
    // added_at is ISO UTC with milliseconds: comparing the text compares the times.
    QSqlQuery q(m_db.db());
    q.prepare(u"DELETE FROM blocklist WHERE added_at >= ?"_s);
    q.addBindValue(since.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    const int removed = q.numRowsAffected();
    sql::notifyChange(m_db.db(), "blocklist");
    return removed;
}

std::optional<QSet<QString>> Store::blocklist(QString *error) const
{
    // A failed read must not look like an empty blocklist: that would send to those who opted out.
    QSet<QString> out;
    QSqlQuery q(m_db.db());
    if (!q.exec(u"SELECT mobile FROM blocklist"_s)) {
        failed(q, error);
        return std::nullopt;
    }
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

std::optional<int> Store::addToBlocklist(const QList<BlockEntry> &entries, QString *error)
{
    int added = 0;
    const QString stamp = now();
    const bool ok = inTransaction(m_db.db(), error, [&] {
        QSqlQuery q(m_db.db());
        q.prepare(u"INSERT INTO blocklist (mobile, reason, added_at, campaign_id) VALUES (?, ?, ?, ?) ON CONFLICT(mobile) DO NOTHING"_s);
        for (const BlockEntry &e : entries) {
            q.addBindValue(e.mobile);
            q.addBindValue(text(e.reason));
            q.addBindValue(e.addedAt.isEmpty() ? stamp : e.addedAt);
            q.addBindValue(e.campaignId > 0 ? QVariant(e.campaignId) : QVariant(QMetaType::fromType<qint64>()));
            if (!q.exec())
                return failed(q, error);
            added += q.numRowsAffected() > 0 ? 1 : 0;
        }
        sql::notifyChange(m_db.db(), "blocklist");
        return true;
    });
    return ok ? std::optional<int>(added) : std::nullopt;
}

std::optional<int> Store::removeFromBlocklist(const QStringList &mobiles, QString *error)
{
    int removed = 0;
    const bool ok = inTransaction(m_db.db(), error, [&] {
        QSqlQuery q(m_db.db());
        q.prepare(u"DELETE FROM blocklist WHERE mobile = ?"_s);
        for (const QString &m : mobiles) {
            q.addBindValue(m);
            if (!q.exec())
                return failed(q, error);
            removed += q.numRowsAffected() > 0 ? 1 : 0;
        }
        sql::notifyChange(m_db.db(), "blocklist");
        return true;
    });
    return ok ? std::optional<int>(removed) : std::nullopt;
}

std::optional<QList<BlockEntry>> Store::blocklistEntries(QString *error) const
{
    QList<BlockEntry> out;
    QSqlQuery q(m_db.db());
    if (!q.exec(u"SELECT b.mobile, b.reason, b.added_at, b.campaign_id, c.name FROM blocklist b"
                " LEFT JOIN campaigns c ON c.id = b.campaign_id ORDER BY b.added_at DESC, b.mobile"_s)) {
        failed(q, error);
        return std::nullopt;
    }
    while (q.next())
        out.append(BlockEntry{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                              q.value(4).toString()});
    return out;
}

void Store::setAutoBlockKeywords(const QStringList &keywords)
{
    m_autoBlock.clear();
    for (const QString &k : keywords) {
        const QString key = k.trimmed().toCaseFolded();
        if (!key.isEmpty())
            m_autoBlock.insert(key);
    }
}

QStringList Store::defaultAutoBlockKeywords()
{
    return {u"TD"_s, u"T"_s, u"退订"_s, u"取消订阅"_s};
}

std::optional<PushStoreResult> Store::storeReports(const QList<ReportRecord> &reports, QString *error)
{
    if (!m_reportWriter)
        m_reportWriter = std::make_shared<ReportWriter>(m_db);
    auto result = m_reportWriter->store(reports, error);
    // Callers of the store see links and outcomes at once; the receiver applies them on its own clock.
    if (result && m_reportWriter->applyOutcomes(std::numeric_limits<int>::max(), error, &result->matched) < 0)
        return std::nullopt;
    return result;
}

std::optional<PushStoreResult> Store::storeReplies(const QList<ReplyRecord> &replies, QString *error)
{
    PushStoreResult result;
    const bool ok = inTransaction(m_db.db(), error, [&] {
        sql::notifyChange(m_db.db(), "replies"); // sent at the commit, with the replies
        // The latest campaign sent to this number with this extension.
        QSqlQuery find(m_db.db());
        // Only numbers of batches handed to the sender can reply: they are in the (batch, number)
        // index; newest campaign first, so the search usually ends in the first one. CROSS JOIN
        // keeps SQLite to that order (left to itself it may read the whole index instead).
        find.prepare(u"SELECT c.id, r.id FROM campaigns c CROSS JOIN batches b CROSS JOIN recipients r"
                     " WHERE c.sub = ? AND b.campaign_id = c.id AND r.batch_id = b.id AND r.mobile = ? AND r.indexed = 1"
                     " ORDER BY c.id DESC LIMIT 1"_s);
        QSqlQuery ins(m_db.db());
        ins.prepare(u"INSERT INTO replies (mobile, extension, text, replied_at, received_at, campaign_id)"
                    " VALUES (?, ?, ?, ?, ?, ?)"_s);
        QSqlQuery mark(m_db.db());
        mark.prepare(u"UPDATE recipients SET replied = 1 WHERE id = ? AND replied = 0"_s);
        // Each batch counts its recipients who replied, for the console's Replied filter.
        QSqlQuery count(m_db.db());
        count.prepare(u"UPDATE batches SET replied = replied + 1 WHERE id = (SELECT batch_id FROM recipients WHERE id = ?)"_s);
        QSqlQuery block(m_db.db());
        block.prepare(u"INSERT INTO blocklist (mobile, reason, added_at, campaign_id) VALUES (?, ?, ?, ?) ON CONFLICT(mobile) DO NOTHING"_s);
        const QString t = now();
        for (const ReplyRecord &r : replies) {
            find.addBindValue(r.extension);
            find.addBindValue(r.mobile);
            if (!find.exec())
                return failed(find, error);
            QVariant campaign, recipient;
            if (find.next()) {
                campaign = find.value(0);
                recipient = find.value(1);
                ++result.matched;
            }
            find.finish();
            for (const QVariant &v : {QVariant(r.mobile), text(r.extension), text(r.text), QVariant(r.time),
                                      QVariant(t), campaign})
                ins.addBindValue(v);
            if (!ins.exec())
                return failed(ins, error);
            ++result.stored;
            if (!recipient.isNull()) {
                mark.addBindValue(recipient);
                if (!mark.exec())
                    return failed(mark, error);
                if (mark.numRowsAffected() > 0) {
                    count.addBindValue(recipient);
                    if (!count.exec())
                        return failed(count, error);
                }
            }
            // Only a customer we sent to can opt out (a forged push could otherwise block numbers in
            // bulk), and only so many a push: a flood of opt-outs waits for a person to look.
            if (!recipient.isNull() && result.blocked < m_autoBlockPerPush && !m_autoBlock.isEmpty()
                && m_autoBlock.contains(r.text.trimmed().toCaseFolded())) {
                block.addBindValue(r.mobile);
                block.addBindValue(QCoreApplication::translate("mms::Store", "replied \"%1\" (blocked automatically)").arg(r.text.trimmed()));
                block.addBindValue(t);
                block.addBindValue(campaign);
                if (!block.exec())
                    return failed(block, error);
                result.blocked += block.numRowsAffected() > 0 ? 1 : 0;
            }
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    return result;
}

int Store::reportCount() const
{
    QSqlQuery q(m_db.db());
    q.exec(u"SELECT COUNT(*) FROM reports"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

int Store::replyCount() const
{
    QSqlQuery q(m_db.db());
    q.exec(u"SELECT COUNT(*) FROM replies"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace mms
