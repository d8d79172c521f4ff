#include "audience/AudienceStore.h"

#include "protocol/Carriers.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mms::AudienceStore", text);
}

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

// Writes the members an import hands over, in the import's transaction.
class MemberSink : public RecipientSink
{
public:
    MemberSink(QSqlDatabase &db, qint64 audienceId)
        : m_insert(db)
    {
        m_insert.prepare(u"INSERT INTO audience_members (audience_id, mobile, carrier, cells) VALUES (?, ?, ?, ?)"
                         " ON CONFLICT (audience_id, mobile) DO UPDATE SET cells = excluded.cells"_s);
        m_audience = audienceId;
    }
    bool add(const QString &mobile, const QStringList &values) override
    {
        m_insert.addBindValue(m_audience);
        m_insert.addBindValue(mobile);
        m_insert.addBindValue(Carriers::carrierOf(mobile));
        m_insert.addBindValue(toJson(values));
        if (!m_insert.exec()) {
            m_error = m_insert.lastError().text();
            return false;
        }
        return true;
    }
    QString error() const override { return m_error; }

private:
    QSqlQuery m_insert;
    qint64 m_audience = 0;
    QString m_error;
};
} // namespace

AudienceStore::AudienceStore(Database &db)
    : m_db(db)
{
}

std::optional<QList<AudienceRow>> AudienceStore::list(QString *error) const
{
    QSqlQuery q(m_db.db());
    if (!q.exec(u"SELECT a.id, a.name, a.columns, a.source, a.updated_at, m.carrier, COUNT(m.id) FROM audiences a"
                " LEFT JOIN audience_members m ON m.audience_id = a.id GROUP BY a.id, a.name, a.columns, a.source, a.updated_at, m.carrier"
                " ORDER BY a.name"_s)) {
        failed(q, error);
        return std::nullopt;
    }
    QList<AudienceRow> out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (out.isEmpty() || out.last().id != id)
            out.append(AudienceRow{id, q.value(1).toString(), fromJson(q.value(2).toString()), q.value(3).toString(),
                                   q.value(4).toString(), 0, {}});
        const qint64 n = q.value(6).toLongLong();
        if (n > 0) {
            out.last().members += n;
            out.last().byCarrier[q.value(5).toInt()] += n;
        }
    }
    return out;
}

std::optional<AudienceRow> AudienceStore::find(const QString &name, QString *error) const
{
    const auto all = list(error);
    if (!all)
        return std::nullopt;
    for (const AudienceRow &a : *all)
        if (a.name == name)
            return a;
    if (error)
        error->clear();
    return std::nullopt;
}

bool AudienceStore::remove(const QString &name, QString *error)
{
    return sql::inTransaction(m_db.db(), error, [&] {
        QSqlQuery q(m_db.db());
        q.prepare(u"DELETE FROM audience_members WHERE audience_id IN (SELECT id FROM audiences WHERE name = ?)"_s);
        q.addBindValue(name);
        if (!q.exec())
            return failed(q, error);
        q.prepare(u"DELETE FROM audiences WHERE name = ?"_s);
        q.addBindValue(name);
        if (!q.exec())
            return failed(q, error);
        if (q.numRowsAffected() == 0) {
            if (error)
                *error = tr("there is no audience “%1”").arg(name);
            return false;
        }
        return true;
    });
}

std::optional<QList<AudienceStore::Member>> AudienceStore::members(qint64 audienceId, qint64 afterId, int limit, QString *error) const
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT id, mobile, cells FROM audience_members WHERE audience_id = ? AND id > ? ORDER BY id LIMIT ?"_s);
    q.addBindValue(audienceId);
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    QList<Member> out;
    while (q.next())
        out.append(Member{q.value(0).toLongLong(), q.value(1).toString(), fromJson(q.value(2).toString())});
    return out;
}

AudienceImportResult importAudience(Database &db, const AudienceImportRequest &request, const std::function<bool(qint64, qint64)> &progress)
{
    AudienceImportResult r;
    const QString name = request.name.trimmed();
    if (name.isEmpty() || name.size() > 100) {
        r.error = QCoreApplication::translate("mms::AudienceStore", "an audience needs a name of 1 to 100 characters");
        return r;
    }
    // Every column but the number's is kept, named as in the file.
    ImportOptions options = request.options;
    options.blocklist.clear(); // applied when a campaign is made, so a later unblock counts
    options.variables.clear();
    options.emptyValuesAllowed = true; // an empty cell is a value like any other here
    QStringList columns;
    for (int c = 0; c < request.header.size(); ++c) {
        if (c == options.mobileColumn)
            continue;
        columns << request.header.at(c);
        options.variables.append({request.header.at(c), c});
    }
    QString error;
    QSqlDatabase &sqlDb = db.db();
    const bool ok = sql::inTransaction(sqlDb, &error, [&] {
        QSqlQuery q(sqlDb);
        q.prepare(u"SELECT id, columns FROM audiences WHERE name = ?"_s);
        q.addBindValue(name);
        if (!q.exec())
            return failed(q, &error);
        const QString stamp = Store::now();
        if (q.next()) {
            r.audienceId = q.value(0).toLongLong();
            if (request.mode == AudienceImportRequest::Mode::Add) {
                // The audience keeps its columns; the file's are matched by name, new ones added.
                QStringList kept = fromJson(q.value(1).toString());
                for (const QString &c : std::as_const(columns))
                    if (!kept.contains(c))
                        kept << c;
                QList<QPair<QString, int>> mapped;
                for (const QString &c : std::as_const(kept))
                    mapped.append({c, int(request.header.indexOf(c))});
                options.variables = mapped;
                columns = kept;
            } else {
                QSqlQuery d(sqlDb);
                d.prepare(u"DELETE FROM audience_members WHERE audience_id = ?"_s);
                d.addBindValue(r.audienceId);
                if (!d.exec())
                    return failed(d, &error);
            }
            QSqlQuery u(sqlDb);
            u.prepare(u"UPDATE audiences SET columns = ?, source = ?, updated_at = ? WHERE id = ?"_s);
            u.addBindValue(toJson(columns));
            u.addBindValue(request.path);
            u.addBindValue(stamp);
            u.addBindValue(r.audienceId);
            if (!u.exec())
                return failed(u, &error);
        } else {
            QSqlQuery i(sqlDb);
            i.prepare(u"INSERT INTO audiences (name, columns, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"_s);
            i.addBindValue(name);
            i.addBindValue(toJson(columns));
            i.addBindValue(request.path);
            i.addBindValue(stamp);
            i.addBindValue(stamp);
            if (!i.exec())
                return failed(i, &error);
            QSqlQuery id(sqlDb);
            id.prepare(u"SELECT id FROM audiences WHERE name = ?"_s);
            id.addBindValue(name);
            if (!id.exec() || !id.next())
                return failed(id, &error);
            r.audienceId = id.value(0).toLongLong();
        }
        // A column missing from an added file (-1) reads as empty: fields.value(-1).
        MemberSink sink(sqlDb, r.audienceId);
        r.summary = importRecipients(request.path, options, sink, progress);
        if (!r.summary.ok()) {
            error = r.summary.cancelled ? QCoreApplication::translate("mms::AudienceStore", "the import was cancelled; nothing was changed") : r.summary.error;
            return false;
        }
        if (r.summary.valid == 0) {
            error = QCoreApplication::translate("mms::AudienceStore", "no valid number in %1: nothing was changed").arg(request.path);
            return false;
        }
        QSqlQuery n(sqlDb);
        n.prepare(u"SELECT COUNT(*) FROM audience_members WHERE audience_id = ?"_s);
        n.addBindValue(r.audienceId);
        if (!n.exec() || !n.next())
            return failed(n, &error);
        r.members = n.value(0).toLongLong();
        return true;
    });
    if (!ok) {
        r.error = error;
        r.audienceId = 0;
    }
    return r;
}

} // namespace mms
