#pragma once

// Small helpers shared by the store classes.
#include "storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

struct sqlite3;

namespace mms::sql {

// The SQLite connection under db for the C API (hot paths), or nullptr on PostgreSQL.
inline sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant h = db.driver()->handle();
    return h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(h.constData()) : nullptr;
}

inline bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

// QString() binds as NULL; the schema wants '' for "none".
inline QVariant text(const QString &s)
{
    return QVariant(s.isNull() ? QString(QLatin1String("")) : s);
}

// Joins batches `b` to their recipients `r`. A batch's rows are written one after the other,
// so it knows them by their id range (no batch index to keep up at import); on PostgreSQL a
// concurrent import may draw ids inside that range, hence the batch_id check as well.
inline QString recipientsOfBatch()
{
    return QStringLiteral("r.id BETWEEN b.first_recipient AND b.last_recipient AND r.batch_id = b.id");
}

// Starts a write transaction. IMMEDIATE takes the write lock at once, waiting out the busy
// timeout: a deferred BEGIN that reads, then writes after another connection (the receiver,
// the campaign worker) has committed fails at once with SQLITE_BUSY, losing the write.
inline bool beginWrite(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(beginWriteStatement(db)))
        return true;
    if (error)
        *error = q.lastError().text();
    if (isPostgres(db))
        db.rollback(); // the lock comes after BEGIN: out of the transaction begun on the way
    return false;
}

// Runs fn inside a write transaction; rolls back when it returns false.
template<typename Fn>
bool inTransaction(QSqlDatabase &db, QString *error, Fn fn)
{
    if (!beginWrite(db, error))
        return false;
    if (!fn()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace mms::sql
