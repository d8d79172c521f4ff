#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace mms::migrations {

// A statement of a step; where PostgreSQL needs other words than SQLite, it has its own.
struct Statement
{
    Statement(const QString &both) // NOLINT: a step lists most statements as plain strings
        : sqlite(both)
    {
    }
    Statement(const QString &forSqlite, const QString &forPostgres)
        : sqlite(forSqlite)
        , postgres(forPostgres)
    {
    }
    QString sqlite;
    QString postgres; // empty: the SQLite statement, through sql::schemaForPostgres()
    QString text(const QSqlDatabase &db) const;
};

struct Step
{
    int version;                  // the schema version this step produces
    QList<Statement> statements; // run in one transaction with the version bump
};

const QList<Step> &steps();
int latestVersion();
// 0 for an empty database.
int currentVersion(QSqlDatabase &db, QString *error);
// Applies every missing step in order, each in its own transaction.
bool migrate(QSqlDatabase &db, QString *error);

} // namespace mms::migrations
