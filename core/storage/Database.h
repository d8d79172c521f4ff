#pragma once

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace mms {

// One connection to the store, migrated to the latest schema. The store is either an SQLite
// file (the embedded default, opened in WAL mode) or a PostgreSQL database shared by a team,
// named by a location: a file path, or postgresql://user[:password]@host[:port]/database.
// A connection belongs to the thread that opened it: open one Database per thread.
class Database
{
public:
    enum class Backend { SQLite, Postgres };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    enum class Mode {
        Migrate,   // the schema is created or brought up to date
        CheckOnly, // PostgreSQL: only whether MMS Studio could use it; nothing is written
    };
    // A file is created (with its folder) when missing. nullptr with *error on failure.
    static std::unique_ptr<Database> open(const QString &location, QString *error, Mode mode = Mode::Migrate);
    static bool isPostgres(const QString &location);
    // The location without its password, for messages and logs.
    static QString displayLocation(const QString &location);

    QSqlDatabase &db() { return m_db; }
    // Whether the store answers (a server may have gone away).
    bool ping();
    // After a lost server connection: connect again (PostgreSQL). Statements prepared on the
    // old connection are gone; their owners prepare them again.
    bool reconnect(QString *error);
    // The location it was opened with: open() it again for another thread's connection.
    const QString &path() const { return m_path; }
    Backend backend() const { return m_backend; }

private:
    Database(QSqlDatabase db, QString path, QString connectionName, Backend backend);
    static std::unique_ptr<Database> openSqlite(const QString &path, QString *error);
    static std::unique_ptr<Database> openPostgres(const QString &location, QString *error, Mode mode);
    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
    Backend m_backend;
};

} // namespace mms
