#include "storage/Database.h"

#include "storage/Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace mms {

Database::Database(QSqlDatabase db, QString path, QString connectionName)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return nullptr;
    };
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return fail(QCoreApplication::translate("mms::Database", "%1 is a directory, not a database file").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QCoreApplication::translate("mms::Database", "cannot create the folder %1").arg(info.absolutePath()));

    static QAtomicInt counter;
    const QString name = u"mms-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> d;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        d.reset(new Database(db, path, name));
    }
    QSqlDatabase &db = d->db();
    if (!db.open())
        return fail(QCoreApplication::translate("mms::Database", "cannot open %1: %2").arg(path, db.lastError().text()));
    QSqlQuery q(db);
    // Reading the schema first tells a database from a file that is something else.
    if (!q.exec(u"PRAGMA schema_version"_s))
        return fail(QCoreApplication::translate("mms::Database", "%1 is not an MMS Studio database: %2")
                        .arg(path, q.lastError().text()));
    // Switching a new file to WAL needs it to itself: when the studio's other connections open it
    // at the same moment (one may be migrating), SQLite says "locked" at once rather than wait.
    // Only a new file is switched, and the switch is tried again for a few seconds.
    bool wal = q.exec(u"PRAGMA journal_mode"_s) && q.next() && q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) == 0;
    q.finish();
    for (int attempt = 0; !wal && attempt < 250; ++attempt) {
        if (q.exec(u"PRAGMA journal_mode=WAL"_s) && q.next())
            wal = q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) == 0;
        q.finish();
        if (!wal)
            QThread::msleep(20);
    }
    if (!wal || !q.exec(u"PRAGMA synchronous=NORMAL"_s) || !q.exec(u"PRAGMA foreign_keys=ON"_s))
        return fail(QCoreApplication::translate("mms::Database", "cannot configure %1: %2").arg(path, q.lastError().text()));
    QString why;
    if (!migrations::migrate(db, &why))
        return fail(QCoreApplication::translate("mms::Database", "cannot prepare %1: %2").arg(path, why));
    return d;
}

} // namespace mms
