#include "storage/Database.h"

#include "storage/Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QUrl>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace mms {

Database::Database(QSqlDatabase db, QString path, QString connectionName, Backend backend)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_backend(backend)
{
}

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"mms-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

bool Database::isPostgres(const QString &location)
{
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
}

QString Database::displayLocation(const QString &location)
{
    if (!isPostgres(location))
        return location;
    // By hand, not QUrl: a password holding '/', '#', '?' or '@' unencoded makes QUrl split it
    // elsewhere and show part of it. Everything between "://" and the last '@' is the user
    // information; only the user name before its first ':' is shown.
    const qsizetype scheme = location.indexOf(u"://"_s);
    const qsizetype at = location.lastIndexOf(u'@');
    if (scheme < 0 || at < scheme)
        return location;
    QString user = location.mid(scheme + 3, at - scheme - 3).section(u':', 0, 0);
    if (user.contains(u'/') || user.contains(u'#') || user.contains(u'?'))
        user = u"…"_s;
    return location.left(scheme + 3) + user + location.mid(at);
}

bool Database::ping()
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT 1"_s) && q.next();
}

bool Database::reconnect(QString *error)
{
    m_db.close();
    bool ok = m_db.open();
    if (ok && m_backend == Backend::Postgres) {
        QSqlQuery q(m_db);
        ok = q.exec(u"SET client_encoding = 'UTF8'"_s) && q.exec(u"SET client_min_messages = warning"_s);
    }
    if (!ok && error)
        *error = QCoreApplication::translate("mms::Database", "cannot connect to %1: %2")
                     .arg(displayLocation(m_path), m_db.lastError().text());
    return ok;
}

std::unique_ptr<Database> Database::open(const QString &location, QString *error, Mode mode)
{
    return isPostgres(location) ? openPostgres(location, error, mode) : openSqlite(location, error);
}

std::unique_ptr<Database> Database::openPostgres(const QString &location, QString *error, Mode mode)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return nullptr;
    };
    const QUrl url(location);
    const QString shown = displayLocation(location);
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty())
        return fail(QCoreApplication::translate("mms::Database", "%1 is not a PostgreSQL address "
                                                "(postgresql://user@host:port/database)").arg(shown));
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return fail(QCoreApplication::translate("mms::Database", "the PostgreSQL driver of Qt is not installed "
                                                "(Debian: libqt6sql6-psql)"));
    const QString name = nextConnectionName();
    std::unique_ptr<Database> d;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(database);
        db.setUserName(url.userName());
        db.setPassword(url.password());
        // A server that does not answer is an error after a few seconds, not a hang.
        db.setConnectOptions(u"connect_timeout=5;application_name=mms-studio"_s);
        d.reset(new Database(db, location, name, Backend::Postgres));
    }
    QSqlDatabase &db = d->db();
    if (!db.open())
        return fail(QCoreApplication::translate("mms::Database", "cannot connect to %1: %2").arg(shown, db.lastError().text()));
    QSqlQuery q(db);
    // Text is UTF-8; notices ("already exists, skipping") are not for the user's terminal.
    if (!q.exec(u"SET client_encoding = 'UTF8'"_s) || !q.exec(u"SET client_min_messages = warning"_s))
        return fail(QCoreApplication::translate("mms::Database", "cannot configure %1: %2").arg(shown, q.lastError().text()));
    // A database that holds something else (a mistyped name) is left untouched, as an SQLite
    // file that is not ours: no MMS Studio tables among another application's.
    if (!q.exec(u"SELECT to_regclass('schema_version') IS NOT NULL,"
                " (SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema())"_s)
        || !q.next())
        return fail(QCoreApplication::translate("mms::Database", "cannot configure %1: %2").arg(shown, q.lastError().text()));
    if (!q.value(0).toBool() && q.value(1).toInt() > 0)
        return fail(QCoreApplication::translate("mms::Database", "%1 already holds tables of its own (%2) and is not an MMS Studio "
                                                "database; it was left untouched: give MMS Studio an empty database")
                        .arg(shown)
                        .arg(q.value(1).toInt()));
    const bool ours = q.value(0).toBool();
    q.finish();
    if (mode == Mode::CheckOnly) {
        // An empty database is set up when the studio switches to it; a newer schema is refused.
        if (ours && (!q.exec(u"SELECT MAX(version) FROM schema_version"_s) || !q.next()))
            return fail(QCoreApplication::translate("mms::Database", "cannot configure %1: %2").arg(shown, q.lastError().text()));
        if (ours && q.value(0).toInt() > migrations::latestVersion())
            return fail(QCoreApplication::translate("mms::migrations",
                                                    "the database has schema version %1, made by a newer MMS Studio "
                                                    "(this one knows up to %2); it was left untouched")
                            .arg(q.value(0).toInt())
                            .arg(migrations::latestVersion()));
        return d;
    }
    QString why;
    if (!migrations::migrate(db, &why))
        return fail(QCoreApplication::translate("mms::Database", "cannot prepare %1: %2").arg(shown, why));
    return d;
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::openSqlite(const QString &path, QString *error)
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

    const QString name = nextConnectionName();
    std::unique_ptr<Database> d;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        d.reset(new Database(db, path, name, Backend::SQLite));
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
