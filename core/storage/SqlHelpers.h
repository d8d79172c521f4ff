#pragma once

// Small helpers shared by the store classes.
#include "storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace mms::sql {

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

// Starts a write transaction. IMMEDIATE takes the write lock at once, waiting out the busy
// timeout: a deferred BEGIN that reads, then writes after another connection (the receiver,
// the campaign worker) has committed fails at once with SQLITE_BUSY, losing the write.
inline bool beginWrite(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    const QStringList statements = beginWriteStatements(db);
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            if (error)
                *error = q.lastError().text();
            // Out of any transaction begun on the way (on PostgreSQL the lock comes after BEGIN).
            if (statement != statements.first() || isPostgres(db))
                db.rollback();
            return false;
        }
    }
    return true;
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
