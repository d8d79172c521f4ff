// Team mode (issue 9): mms-receiver, the headless receiver a server runs around the clock.
// Its config file and errors, /healthz, a graceful stop on SIGTERM that applies what it
// answered, and SIGKILL while pushes arrive: every push answered 200 is in the database.
// On the embedded SQLite store and on a PostgreSQL server.
#include "PgTestServer.h"
#include "TestSupport.h"
#include "storage/Database.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

class TestReceiverDaemon : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString writeConfig(const QString &name, const QString &body)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(body.toUtf8());
        return path;
    }
    QString store(bool postgres, const QString &name)
    {
        if (!postgres)
            return m_dir.filePath(name + u".sqlite"_s);
        QString error;
        testsupport::PgTestServer *server = testsupport::PgTestServer::instance(&error);
        if (!server)
            qFatal("%s", qPrintable(error));
        const QString where = server->createDatabase(name, &error);
        if (where.isEmpty())
            qFatal("%s", qPrintable(error));
        return where;
    }
    // Starts the daemon and returns the URL base it listens on (http://127.0.0.1:PORT), or an empty one.
    static QString start(QProcess &daemon, const QString &config, QByteArray *log)
    {
        daemon.setProcessChannelMode(QProcess::SeparateChannels);
        daemon.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        daemon.start(QStringLiteral(RECEIVER_PATH), {u"--config"_s, config});
        if (!daemon.waitForStarted(5000))
            return {};
        for (int i = 0; i < 300 && daemon.state() == QProcess::Running; ++i) {
            daemon.waitForReadyRead(50);
            *log += daemon.readAllStandardError();
            const qsizetype at = log->indexOf("listening on ");
            if (at >= 0 && log->indexOf(" for ", at) > at) {
                const QByteArray hostPort = log->mid(at + 13, log->indexOf(" for ", at) - at - 13);
                return u"http://%1"_s.arg(QString::fromLatin1(hostPort));
            }
        }
        return {};
    }
    static QString configFor(const QString &database, const QString &extra = {})
    {
        return u"[receiver]\nlisten = 127.0.0.1:0\npath-secret = s3cret-42\ndatabase = %1\n%2"_s.arg(database, extra);
    }
    static qint64 value(mms::Database &db, const QString &sql)
    {
        QSqlQuery q(db.db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void cleanupTestCase() { testsupport::PgTestServer::stop(); }

    void badConfigsAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no database") << u"[receiver]\nlisten = 127.0.0.1:8090\n"_s << u"database is missing"_s;
        QTest::newRow("bad listen") << u"[receiver]\nlisten = localhost\ndatabase = /tmp/x.sqlite\n"_s << u"listen must be ADDRESS:PORT"_s;
        QTest::newRow("bad secret") << u"[receiver]\npath-secret = a/b\ndatabase = /tmp/x.sqlite\n"_s << u"path-secret may hold"_s;
        QTest::newRow("example secret") << u"[receiver]\npath-secret = change-me-to-a-long-random-string\ndatabase = /tmp/x.sqlite\n"_s
                                        << u"path-secret is still the example's"_s;
        QTest::newRow("password file with sqlite")
            << u"[receiver]\ndatabase = /tmp/x.sqlite\ndatabase-password-file = /etc/passwd\n"_s << u"goes with a postgresql://"_s;
        QTest::newRow("bad number") << u"[receiver]\ndatabase = /tmp/x.sqlite\nmax-connections = none\n"_s
                                    << u"max-connections must be a number"_s;
        QTest::newRow("block limit") << u"[receiver]\ndatabase = /tmp/x.sqlite\nauto-block-per-push = 5000\n"_s
                                     << u"auto-block-per-push must be a whole number from 0 to 1000"_s;
    }
    void badConfigsAreRefusedWithTheReason()
    {
        QFETCH(QString, config);
        QFETCH(QString, expected);
        QProcess daemon;
        daemon.start(QStringLiteral(RECEIVER_PATH), {u"--config"_s, writeConfig(u"bad.conf"_s, config)});
        QVERIFY(daemon.waitForFinished(10000));
        QCOMPARE(daemon.exitCode(), 2);
        const QString err = QString::fromUtf8(daemon.readAllStandardError());
        QVERIFY2(err.contains(expected), qPrintable(err));
    }
    void unreachableDatabaseIsSaidWithoutThePassword()
    {
        QFile pw(m_dir.filePath(u"pw"_s));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("t0p-s3cret\n");
        pw.close();
        QProcess daemon;
        daemon.start(QStringLiteral(RECEIVER_PATH),
                     {u"--config"_s, writeConfig(u"pg.conf"_s, configFor(u"postgresql://mms@127.0.0.1:1/team"_s,
                                                                         u"database-password-file = %1\n"_s.arg(pw.fileName()))),
                      u"--check"_s});
        QVERIFY(daemon.waitForFinished(20000));
        QCOMPARE(daemon.exitCode(), 3);
        const QString err = QString::fromUtf8(daemon.readAllStandardError());
        QVERIFY2(err.contains(u"cannot connect to postgresql://mms@127.0.0.1:1/team"_s), qPrintable(err));
        QVERIFY(!err.contains(u"t0p-s3cret"_s));
    }

    void servesAndStopsGracefully_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        if (!testsupport::PgTestServer::skipped())
            QTest::newRow("postgresql") << true;
    }
    void servesAndStopsGracefully()
    {
        QFETCH(bool, postgres);
        const QString database = store(postgres, u"graceful"_s);
        QProcess daemon;
        QByteArray log;
        // On a team store the password is in a file of its own (the test server trusts loopback,
        // so any password is accepted): it must appear in no process list, environment or log.
        QString extra = u"auto-block = TD, 退订\n"_s;
        if (postgres)
            extra += u"database-password-file = %1\n"_s.arg(writeConfig(u"db-password"_s, u"Pw-9f2c71e4d8\n"_s));
        const QString base = start(daemon, writeConfig(u"ok.conf"_s, configFor(database, extra)), &log);
        QVERIFY2(!base.isEmpty(), log.constData());
        QVERIFY2(!log.contains("s3cret"), log.constData()); // the secret path is not written to the log
        for (const char *file : {"cmdline", "environ"}) {
            QFile proc(u"/proc/%1/%2"_s.arg(daemon.processId()).arg(QLatin1String(file)));
            QVERIFY(proc.open(QIODevice::ReadOnly));
            const QByteArray seen = proc.readAll();
            QVERIFY(!seen.isEmpty() || qstrcmp(file, "environ") == 0);
            QVERIFY2(!seen.contains("Pw-9f2c71e4d8") && !seen.contains("s3cret"), file);
        }

        const auto health = testsupport::http("GET", QUrl(base + u"/healthz"_s));
        QCOMPARE(health.status, 200);
        QVERIFY(health.body.contains("\"ok\":true"));
        QCOMPARE(testsupport::http("POST", QUrl(base + u"/report"_s), "rpts=13000000000,DELIVRD,X,20261125101010",
                                   "application/x-www-form-urlencoded").status, 404); // the secret path is needed
        for (int i = 0; i < 20; ++i)
            QCOMPARE(testsupport::http("POST", QUrl(base + u"/s3cret-42/report"_s),
                                       "rpts=1380000000" + QByteArray::number(i % 10) + ",DELIVRD,T" + QByteArray::number(i)
                                           + ",20261125101010,S" + QByteArray::number(i),
                                       "application/x-www-form-urlencoded").status, 200);
        // A NUL in one record (PostgreSQL's COPY would fail on it): that record goes, the push's
        // good record is kept and the push answered 200.
        QCOMPARE(testsupport::http("POST", QUrl(base + u"/s3cret-42/report"_s),
                                   "rpts=13800000009,DELIVRD,T%00X,20261125101010;13800000008,UNDELIV,T99,20261125101010",
                                   "application/x-www-form-urlencoded").status, 200);
        QCOMPARE(testsupport::http("POST", QUrl(base + u"/s3cret-42/mo"_s), "mos=13800000001,001," + QUrl::toPercentEncoding(u"退订"_s) + ",20261125101010",
                                   "application/x-www-form-urlencoded").status, 200);

        // SIGTERM right after the pushes: it stops listening, applies what it answered, exits 0.
        ::kill(pid_t(daemon.processId()), SIGTERM);
        QVERIFY(daemon.waitForFinished(15000));
        log += daemon.readAllStandardError();
        QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.exitCode(), 0);
        QVERIFY2(log.contains("stopping") && log.contains("stopped"), log.constData());
        QVERIFY2(!log.contains("Pw-9f2c71e4d8"), log.constData());
        QString error;
        auto db = mms::Database::open(database, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(value(*db, u"SELECT COUNT(*) FROM reports"_s), 21);
        QCOMPARE(value(*db, u"SELECT (SELECT applied_id FROM report_outcomes) = (SELECT MAX(id) FROM reports)"_s), 1);
        // 退订 from a number this store never sent to blocks nothing: a forged push cannot block
        // customers in bulk (it is kept as a reply).
        QCOMPARE(value(*db, u"SELECT COUNT(*) FROM blocklist WHERE mobile = '13800000001'"_s), 0);
        QCOMPARE(value(*db, u"SELECT COUNT(*) FROM replies WHERE mobile = '13800000001'"_s), 1);
        QCOMPARE(testsupport::http("GET", QUrl(base + u"/healthz"_s), {}, {}, 2000).status, 0); // gone
    }

    // The database server goes away and comes back: meanwhile /healthz says 503 and pushes get
    // 500 (the platform sends them again); afterwards the receiver has connected again by itself.
    void survivesADatabaseRestart()
    {
        if (testsupport::PgTestServer::skipped())
            QSKIP("MMS_SKIP_POSTGRES=1");
        const QString database = store(true, u"restart"_s);
        QProcess daemon;
        QByteArray log;
        const QString base = start(daemon, writeConfig(u"restart.conf"_s, configFor(database)), &log);
        QVERIFY2(!base.isEmpty(), log.constData());
        const QUrl report(base + u"/s3cret-42/report"_s);
        auto push = [&](const QByteArray &serial) {
            return testsupport::http("POST", report, "rpts=13800000001,DELIVRD,T,20261129101010," + serial,
                                     "application/x-www-form-urlencoded", 10000).status;
        };
        QCOMPARE(push("before"), 200);
        testsupport::PgTestServer *server = testsupport::PgTestServer::instance(nullptr);
        server->stopServer();
        QCOMPARE(testsupport::http("GET", QUrl(base + u"/healthz"_s)).status, 503);
        QCOMPARE(push("during"), 500);
        QVERIFY(server->startServer());
        // The first push after the restart may still meet the old connection; the platform retries.
        int status = 0;
        for (int attempt = 0; attempt < 5 && status != 200; ++attempt)
            status = push("after");
        QCOMPARE(status, 200);
        QCOMPARE(testsupport::http("GET", QUrl(base + u"/healthz"_s)).status, 200);
        ::kill(pid_t(daemon.processId()), SIGTERM);
        QVERIFY(daemon.waitForFinished(15000));
        log += daemon.readAllStandardError();
        QVERIFY2(log.contains("storage failure"), log.constData());
        QString error;
        auto db = mms::Database::open(database, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(value(*db, u"SELECT COUNT(*) FROM reports WHERE serial IN ('before', 'after')"_s), 2);
        QCOMPARE(value(*db, u"SELECT COUNT(*) FROM reports WHERE serial = 'during'"_s), 0);
    }

    void killedWhilePushesArriveLosesNothingAnswered_data() { servesAndStopsGracefully_data(); }
    void killedWhilePushesArriveLosesNothingAnswered()
    {
        QFETCH(bool, postgres);
        const QString database = store(postgres, u"killed"_s);
        const QString config = writeConfig(u"kill.conf"_s, configFor(database));
        QRandomGenerator random(20261129);
        int answered = 0;
        const int rounds = 5;
        for (int round = 0; round < rounds; ++round) {
            QProcess daemon;
            QByteArray log;
            const QString base = start(daemon, config, &log);
            QVERIFY2(!base.isEmpty(), log.constData());
            QTimer::singleShot(50 + int(random.bounded(400)), &daemon, [&daemon] { ::kill(pid_t(daemon.processId()), SIGKILL); });
            QStringList acknowledged;
            for (int i = 0; daemon.state() == QProcess::Running && i < 100000; ++i) {
                const QByteArray id = "R" + QByteArray::number(round) + "-" + QByteArray::number(i);
                QByteArray body = "rpts=";
                for (int k = 0; k < 50; ++k) // a push of 50 reports
                    body += (k ? ";" : "") + QByteArray("139") + QByteArray::number(i * 50 + k).rightJustified(8, '0')
                            + ",DELIVRD,T" + QByteArray::number(round) + ",20261129101010," + id + "-" + QByteArray::number(k);
                if (testsupport::http("POST", QUrl(base + u"/s3cret-42/report"_s), body, "application/x-www-form-urlencoded", 3000).status == 200)
                    acknowledged << QString::fromLatin1(id);
            }
            daemon.waitForFinished(5000);
            QCOMPARE(daemon.exitStatus(), QProcess::CrashExit);
            QString error;
            auto db = mms::Database::open(database, &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->db());
            QVERIFY(q.exec(u"SELECT serial FROM reports WHERE serial LIKE 'R%1-%'"_s.arg(round)));
            QSet<QString> stored;
            while (q.next())
                stored.insert(q.value(0).toString());
            for (const QString &id : std::as_const(acknowledged))
                for (int k = 0; k < 50; ++k)
                    QVERIFY2(stored.contains(u"%1-%2"_s.arg(id).arg(k)),
                             qPrintable(u"round %1: %2 was answered 200 but report %3 is not in the store"_s.arg(round).arg(id).arg(k)));
            answered += int(acknowledged.size());
        }
        qInfo("%s: %d SIGKILLs, %d pushes of 50 answered 200, all in the store", postgres ? "postgresql" : "sqlite", rounds, answered);
        QVERIFY(answered > rounds);
    }
};

QTEST_GUILESS_MAIN(TestReceiverDaemon)
#include "tst_receiverdaemon.moc"
