// Data safety (issue 6): the receiver (mmsctl receive) is killed with SIGKILL at random moments
// while pushes pour in. After every kill the store passes SQLite's integrity check and holds
// every report the receiver had acknowledged (HTTP 200), because it answers only after the
// transaction committed (WAL).
#include "TestSupport.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

class TestKillSafety : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString db() const { return m_dir.filePath(u"store.sqlite"_s); }

private Q_SLOTS:
    void killedReceiverLosesNothingAcknowledged()
    {
        const int rounds = 12;
        int acknowledgedTotal = 0, refusedTotal = 0;
        QRandomGenerator random(20261125);
        for (int round = 0; round < rounds; ++round) {
            QProcess receiver;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"MMS_DATA_DIR"_s, m_dir.filePath(u"data"_s));
            env.insert(u"MMS_SANDBOX_DIR"_s, m_dir.filePath(u"sandbox"_s));
            receiver.setProcessEnvironment(env);
            receiver.start(QStringLiteral(MMSCTL_PATH), {u"--db"_s, db(), u"receive"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--no-register"_s});
            QVERIFY(receiver.waitForStarted());
            QByteArray err;
            QTRY_VERIFY_WITH_TIMEOUT((err += receiver.readAllStandardError()).contains("listening"), 15000);
            const QByteArray line = err.mid(err.indexOf("http://"));
            const QUrl url(QString::fromUtf8(line.left(line.indexOf(' '))));
            QVERIFY(url.port() > 0);

            // Kill at a random moment while pushes are being sent.
            const int killAfterMs = 30 + int(random.bounded(400));
            QTimer::singleShot(killAfterMs, &receiver, [&receiver] { ::kill(pid_t(receiver.processId()), SIGKILL); });
            QStringList acknowledged;
            for (int i = 0; receiver.state() == QProcess::Running && i < 100000; ++i) {
                const QByteArray id = "K" + QByteArray::number(round) + "-" + QByteArray::number(i);
                // A report and a reply per request, each with its own id.
                const auto r = testsupport::http("POST", url, "rpts=13000000000,DELIVRD," + id + ",20261125101010;13000000001,UNDELIV," + id + "b,20261125101010",
                                                 "application/x-www-form-urlencoded", 3000);
                if (r.status == 200)
                    acknowledged << QString::fromLatin1(id);
                else
                    ++refusedTotal;
            }
            receiver.waitForFinished(5000);
            acknowledgedTotal += int(acknowledged.size());

            QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            d.setDatabaseName(db());
            QVERIFY(d.open());
            {
                QSqlQuery q(d);
                QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
                QCOMPARE(q.value(0).toString(), u"ok"_s);
                QSet<QString> stored;
                QVERIFY(q.exec(u"SELECT taskid FROM reports WHERE taskid LIKE 'K%1-%'"_s.arg(round)));
                while (q.next())
                    stored.insert(q.value(0).toString());
                for (const QString &id : std::as_const(acknowledged)) {
                    QVERIFY2(stored.contains(id), qPrintable(u"round %1: %2 was acknowledged but is not in the store"_s.arg(round).arg(id)));
                    QVERIFY2(stored.contains(id + u'b'), qPrintable(id + u"b missing: half a push stored"_s));
                }
            }
            d.close();
            d = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"check"_s);
        }
        qInfo("%d kills, %d pushes acknowledged and all found after the kills, %d unanswered at the kills",
              rounds, acknowledgedTotal, refusedTotal);
        QVERIFY(acknowledgedTotal > rounds); // the kills did land among real writes
    }
};

QTEST_GUILESS_MAIN(TestKillSafety)
#include "tst_killsafety.moc"
