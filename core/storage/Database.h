#pragma once

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace mms {

// One SQLite connection, opened in WAL mode and migrated to the latest schema.
// A connection belongs to the thread that opened it: open one Database per thread.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Creates the file (and its directory) when missing. nullptr with *error on failure.
    static std::unique_ptr<Database> open(const QString &path, QString *error);

    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }

private:
    Database(QSqlDatabase db, QString path, QString connectionName);
    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
};

} // namespace mms
