#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace mms::migrations {

struct Step
{
    int version;            // the schema version this step produces
    QStringList statements; // run in one transaction with the version bump
};

const QList<Step> &steps();
int latestVersion();
// 0 for an empty database.
int currentVersion(QSqlDatabase &db, QString *error);
// Applies every missing step in order, each in its own transaction.
bool migrate(QSqlDatabase &db, QString *error);

} // namespace mms::migrations
