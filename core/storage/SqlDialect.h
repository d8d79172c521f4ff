#pragma once

// Where SQLite and PostgreSQL differ, in one place. The store's statements are written in
// the SQL both take (RETURNING, ON CONFLICT, UPDATE … FROM, FILTER); what cannot be is here.
#include <QSqlDatabase>
#include <QString>

namespace mms::sql {

inline bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

// A schema statement written for SQLite as PostgreSQL takes it: integer keys become
// identity columns, integers 64-bit (SQLite's are), and SQLite-only table options go.
QString schemaForPostgres(const QString &statement);

// The statement that starts a write transaction, after which the writer is alone: SQLite's
// BEGIN IMMEDIATE takes the database's write lock; on PostgreSQL a transaction-scoped
// advisory lock plays that part, so the store's read-then-write steps behave the same on both.
QString beginWriteStatement(const QSqlDatabase &db);

// "column contains the bound text": instr() on SQLite, strpos() on PostgreSQL.
inline QString containsText(const QSqlDatabase &db, const QString &column)
{
    return (isPostgres(db) ? QStringLiteral("strpos(%1, ?) > 0") : QStringLiteral("instr(%1, ?) > 0")).arg(column);
}

// Tells the other studios sharing a PostgreSQL store that something changed (`what`: reports,
// outcomes, replies, audits, templates, campaigns, blocklist). Sent when the transaction
// commits, once per kind; nothing on SQLite, which one studio has to itself.
void notifyChange(QSqlDatabase &db, const char *what);
inline constexpr char kChangesChannel[] = "mms_changes";

} // namespace mms::sql
