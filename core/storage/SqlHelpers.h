#pragma once

// Small helpers shared by the store classes.
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

// Runs fn inside a transaction; rolls back when it returns false.
template<typename Fn>
bool inTransaction(QSqlDatabase &db, QString *error, Fn fn)
{
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
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
