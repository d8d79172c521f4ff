#include "storage/PastOutcomes.h"

#include "storage/Database.h"
#include "storage/SendLedger.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace mms {

std::optional<PastOutcome> pastOutcomeFromName(const QString &name)
{
    if (name == u"any"_s || name.isEmpty())
        return PastOutcome::Any;
    if (name == u"delivered"_s)
        return PastOutcome::Delivered;
    if (name == u"failed"_s)
        return PastOutcome::Failed;
    if (name == u"replied"_s)
        return PastOutcome::Replied;
    if (name == u"never-sent"_s)
        return PastOutcome::NeverSent;
    return std::nullopt;
}

QString pastOutcomeName(PastOutcome outcome)
{
    switch (outcome) {
    case PastOutcome::Any: return u"any"_s;
    case PastOutcome::Delivered: return u"delivered"_s;
    case PastOutcome::Failed: return u"failed"_s;
    case PastOutcome::Replied: return u"replied"_s;
    case PastOutcome::NeverSent: return u"never-sent"_s;
    }
    return {};
}

QString pastOutcomeLabel(PastOutcome outcome)
{
    switch (outcome) {
    case PastOutcome::Any: return QCoreApplication::translate("mms::PastOutcomes", "Every member");
    case PastOutcome::Delivered: return QCoreApplication::translate("mms::PastOutcomes", "Members an earlier message reached");
    case PastOutcome::Failed: return QCoreApplication::translate("mms::PastOutcomes", "Members never reached (reported failed)");
    case PastOutcome::Replied: return QCoreApplication::translate("mms::PastOutcomes", "Members who replied");
    case PastOutcome::NeverSent: return QCoreApplication::translate("mms::PastOutcomes", "Members never sent to");
    }
    return {};
}

bool PastOutcomes::matches(quint8 flags, PastOutcome outcome)
{
    switch (outcome) {
    case PastOutcome::Any: return true;
    case PastOutcome::Delivered: return flags & Delivered;
    case PastOutcome::Failed: return (flags & Failed) && !(flags & Delivered);
    case PastOutcome::Replied: return flags & Replied;
    case PastOutcome::NeverSent: return !(flags & Sent);
    }
    return false;
}

std::optional<QHash<quint64, quint8>> PastOutcomes::read(Database &db, qint64 accountId, const QSet<quint64> &numbers, QString *error)
{
    QHash<quint64, quint8> out;
    const auto fold = [&](const QString &mobile, bool reported, const QByteArray &delivery, bool replied) {
        const quint64 key = SendLedger::key(mobile);
        if (!numbers.contains(key))
            return;
        quint8 &f = out[key];
        f |= Sent;
        if (reported)
            f |= delivery == "DELIVRD" ? Delivered : Failed;
        if (replied)
            f |= Replied;
    };
    const QString sql = u"SELECT r.mobile, r.delivery, r.replied FROM campaigns c JOIN batches b ON b.campaign_id = c.id"
                        " JOIN recipients r ON "_s
        + sql::recipientsOfBatch() + u" WHERE c.account_id = ? AND b.state = 'accepted'"_s;
    if (sqlite3 *h = sql::sqliteHandle(db.db())) {
        // Every sent recipient of the account: through SQLite's C API (a million rows).
        sqlite3_stmt *st = nullptr;
        const QByteArray text = sql.toUtf8();
        int rc = sqlite3_prepare_v2(h, text.constData(), -1, &st, nullptr);
        if (rc == SQLITE_OK) {
            sqlite3_bind_int64(st, 1, accountId);
            while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
                const char *m = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
                const bool reported = sqlite3_column_type(st, 1) != SQLITE_NULL;
                const QByteArray delivery = reported ? QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 1))) : QByteArray();
                fold(QString::fromLatin1(m, sqlite3_column_bytes(st, 0)), reported, delivery, sqlite3_column_int(st, 2) != 0);
            }
        }
        if (rc != SQLITE_DONE && error)
            *error = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            return std::nullopt;
        return out;
    }
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(accountId);
    if (!q.exec()) {
        sql::failed(q, error);
        return std::nullopt;
    }
    while (q.next())
        fold(q.value(0).toString(), !q.value(1).isNull(), q.value(1).toString().toUtf8(), q.value(2).toInt() != 0);
    return out;
}

} // namespace mms
