#pragma once

// A throw-away PostgreSQL server for the tests (header-only): initdb in a temporary folder,
// `postgres` on a free loopback port as a child of the test (it dies with the test), trust
// authentication, fsync off. Each test asks for a fresh database by name and gets a store
// location (postgresql://…) that mms::Database::open() takes like a file path.
#include <QDir>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <csignal>
#include <memory>

namespace testsupport {

class PgTestServer
{
public:
    // Set MMS_SKIP_POSTGRES=1 to run without PostgreSQL (a developer's machine without it);
    // otherwise a server that cannot start is a failure, so CI cannot skip it by accident.
    static bool skipped() { return qEnvironmentVariableIntValue("MMS_SKIP_POSTGRES") == 1; }

    // The one server of this test process, started on first use; nullptr with *error.
    static PgTestServer *instance(QString *error)
    {
        std::unique_ptr<PgTestServer> &server = holder();
        static QString failure;
        if (!server && failure.isEmpty()) {
            auto s = std::unique_ptr<PgTestServer>(new PgTestServer);
            if (s->start(&failure))
                server = std::move(s);
        }
        if (!server && error)
            *error = failure;
        return server.get();
    }

    // Stops the server cleanly (call from cleanupTestCase); it would otherwise be killed
    // with the test process.
    static void stop() { holder().reset(); }

    ~PgTestServer() { shutDown(); }

    // The server goes away (clients are cut off) and comes back on the same port: what a
    // database restart looks like to the studio and the receiver.
    bool restart()
    {
        shutDown();
        return launch(m_port);
    }
    void stopServer() { shutDown(); }
    bool startServer() { return launch(m_port); }

    quint16 port() const { return m_port; }

    // A new empty database; returns its location for mms::Database::open().
    QString createDatabase(const QString &name, QString *error)
    {
        const QString db = name.toLower();
        if (!m_created.contains(db)) // a database name is used once per process; no NOTICE for a missing one
            m_created.insert(db);
        else if (!admin(QStringLiteral("DROP DATABASE \"%1\" WITH (FORCE)").arg(db), error))
            return {};
        if (!admin(QStringLiteral("CREATE DATABASE \"%1\"").arg(db), error))
            return {};
        return location(db);
    }
    QString location(const QString &db) const
    {
        return QStringLiteral("postgresql://mms@127.0.0.1:%1/%2").arg(m_port).arg(db);
    }
    bool admin(const QString &sql, QString *error)
    {
        const QString name = QStringLiteral("pgtest-admin-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        bool ok = false;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            c.setHostName(QStringLiteral("127.0.0.1"));
            c.setPort(m_port);
            c.setUserName(QStringLiteral("mms"));
            c.setDatabaseName(QStringLiteral("postgres"));
            if (c.open()) {
                QSqlQuery q(c);
                ok = q.exec(sql);
                if (!ok && error)
                    *error = q.lastError().text();
            } else if (error) {
                *error = c.lastError().text();
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // A PostgreSQL program (initdb, postgres, psql) of the newest installed version.
    static QString binary(const QString &name)
    {
        const QDir lib(QStringLiteral("/usr/lib/postgresql"));
        const QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QString &v : versions) {
            const QString path = lib.filePath(v + QStringLiteral("/bin/") + name);
            if (QFile::exists(path))
                return path;
        }
        return {};
    }

private:
    PgTestServer() = default;
    static std::unique_ptr<PgTestServer> &holder()
    {
        static std::unique_ptr<PgTestServer> server;
        return server;
    }


    // postgres refuses to run as root: as root, the server runs as `nobody`. The parent-death
    // signal is set after the switch (a change of user clears it), so the server dies with us.
    static void prepareChild(uid_t uid, gid_t gid)
    {
        if (::getuid() == 0) {
            ::setgroups(0, nullptr);
            if (::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(126);
        }
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    }

    bool start(QString *error)
    {
        const QString initdb = binary(QStringLiteral("initdb"));
        const QString postgres = binary(QStringLiteral("postgres"));
        const QString data = m_dir.filePath(QStringLiteral("data"));
        if (initdb.isEmpty() || postgres.isEmpty()) {
            *error = QStringLiteral("PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb); "
                                    "install postgresql or set MMS_SKIP_POSTGRES=1");
            return false;
        }
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        uid_t uid = ::getuid();
        gid_t gid = ::getgid();
        if (uid == 0) {
            const passwd *pw = ::getpwnam("nobody");
            if (!pw) {
                *error = QStringLiteral("running as root and there is no user 'nobody' to run PostgreSQL as");
                return false;
            }
            uid = pw->pw_uid;
            gid = pw->pw_gid;
            if (::chown(QFile::encodeName(m_dir.path()).constData(), uid, gid) != 0) {
                *error = QStringLiteral("cannot hand %1 to nobody").arg(m_dir.path());
                return false;
            }
        }
        QProcess init;
        init.setChildProcessModifier([uid, gid] { prepareChild(uid, gid); });
        init.setProcessChannelMode(QProcess::MergedChannels);
        init.setWorkingDirectory(m_dir.path());
        init.start(initdb, {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                            QStringLiteral("mms"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                            QStringLiteral("--no-locale"), QStringLiteral("--no-sync")});
        if (!init.waitForFinished(120000) || init.exitCode() != 0) {
            *error = QStringLiteral("initdb failed: %1").arg(QString::fromLocal8Bit(init.readAll()));
            return false;
        }
        // The tests' own user is trusted on loopback; any other user (a team member in a
        // test) must give its password, as on a real server.
        QFile hba(data + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = QStringLiteral("cannot write pg_hba.conf");
            return false;
        }
        hba.write("local all all trust\n"
                  "host all mms 127.0.0.1/32 trust\n"
                  "host all all 127.0.0.1/32 scram-sha-256\n"
                  "host all mms ::1/128 trust\n"
                  "host all all ::1/128 scram-sha-256\n");
        hba.close();
        m_uid = uid;
        m_gid = gid;
        for (int attempt = 0; attempt < 5; ++attempt) {
            if (launch(freePort()))
                return true;
        }
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        log.open(QIODevice::ReadOnly);
        *error = QStringLiteral("PostgreSQL did not start: %1").arg(QString::fromLocal8Bit(log.readAll().right(2000)));
        return false;
    }

    bool launch(quint16 port)
    {
        m_port = port;
        const uid_t uid = m_uid;
        const gid_t gid = m_gid;
        m_postgres.setChildProcessModifier([uid, gid] { prepareChild(uid, gid); });
        m_postgres.setProcessChannelMode(QProcess::MergedChannels);
        m_postgres.setStandardOutputFile(m_dir.filePath(QStringLiteral("server.log")), QIODevice::Append);
        m_postgres.setWorkingDirectory(m_dir.path());
        m_postgres.start(binary(QStringLiteral("postgres")),
                         {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-h"),
                          QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-k"),
                          m_dir.path(), QStringLiteral("-c"), QStringLiteral("fsync=off"), QStringLiteral("-c"),
                          QStringLiteral("max_connections=200"), QStringLiteral("-c"), QStringLiteral("log_min_duration_statement=300")});
        if (!m_postgres.waitForStarted(10000))
            return false;
        for (int i = 0; i < 300 && m_postgres.state() == QProcess::Running; ++i) {
            if (admin(QStringLiteral("SELECT 1"), nullptr))
                return true;
            QThread::msleep(100);
        }
        m_postgres.kill();
        m_postgres.waitForFinished(5000);
        return false;
    }
    // Fast shutdown: clients are disconnected, the server exits.
    void shutDown()
    {
        if (m_postgres.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_postgres.processId()), SIGINT);
        if (!m_postgres.waitForFinished(15000)) {
            m_postgres.kill();
            m_postgres.waitForFinished(5000);
        }
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    QTemporaryDir m_dir;
    QSet<QString> m_created;
    QProcess m_postgres;
    quint16 m_port = 0;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
};

} // namespace testsupport
