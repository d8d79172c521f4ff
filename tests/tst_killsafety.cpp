// Data safety (issue 6): the receiver (mmsctl receive) is killed with SIGKILL at random moments
// while pushes pour in. After every kill the store passes SQLite's integrity check and holds
// every report the receiver had acknowledged (HTTP 200), because it answers only after the
// transaction committed (WAL). The reports name a real campaign's sends: the kills also land
// between a push's answer and its outcome step, and at the end every recipient's outcome and
// every batch's counts agree with the reports stored (nothing applied twice, nothing skipped).
#include "TestSupport.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Store.h"

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

    static constexpr int kRecipients = 20000;
    static QByteArray number(int i) { return "138" + QByteArray::number(i).rightJustified(8, '0'); }

private Q_SLOTS:
    void initTestCase()
    {
        // A sent campaign: 20 batches of 1000, taskids B1..B20.
        QString error;
        auto database = mms::Database::open(db(), &error);
        QVERIFY2(database, qPrintable(error));
        mms::Store store(*database);
        mms::Account a;
        a.name = u"k"_s;
        a.baseUrl = QUrl(u"http://127.0.0.1:1/"_s);
        a.userid = a.username = u"1"_s;
        const qint64 acc = *store.saveAccount(a, &error);
        QList<mms::VariableEntry> recipients;
        for (int i = 0; i < kRecipients; ++i)
            recipients.append({QString::fromLatin1(number(i)), {}});
        mms::CampaignStore campaigns(*database);
        mms::CampaignStore::NewCampaign nc;
        nc.accountId = acc;
        nc.mmsid = u"M"_s;
        const auto id = campaigns.create(nc, recipients, 1000, &error);
        QVERIFY2(id, qPrintable(error));
        for (const mms::BatchRow &b : campaigns.batches(*id))
            QVERIFY(campaigns.setBatchState(b.id, u"accepted"_s, u"B%1"_s.arg(b.seq), 0, {}, &error));
    }

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
                // Two reports per push for numbers of the campaign (failures, and now and then a
                // delivery after a failure), each with its own serial; and one for a send nobody made.
                const int n1 = int(random.bounded(kRecipients)), n2 = int(random.bounded(kRecipients));
                const QByteArray s1 = random.bounded(3) ? "DELIVRD" : "UNDELIV";
                const auto r = testsupport::http("POST", url,
                                                 "rpts=" + number(n1) + "," + s1 + ",B" + QByteArray::number(n1 / 1000 + 1) + ",20261125101010," + id
                                                     + ";" + number(n2) + ",EXPIRED,B" + QByteArray::number(n2 / 1000 + 1) + ",20261125101011," + id + "b"
                                                     + ";13000000001,UNDELIV,NOSUCH,20261125101010," + id + "c",
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
                QVERIFY(q.exec(u"SELECT serial FROM reports WHERE serial LIKE 'K%1-%'"_s.arg(round)));
                while (q.next())
                    stored.insert(q.value(0).toString());
                for (const QString &id : std::as_const(acknowledged)) {
                    QVERIFY2(stored.contains(id), qPrintable(u"round %1: %2 was acknowledged but is not in the store"_s.arg(round).arg(id)));
                    QVERIFY2(stored.contains(id + u'b') && stored.contains(id + u'c'), qPrintable(id + u": part of a push stored"_s));
                }
            }
            d.close();
            d = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"check"_s);
        }
        qInfo("%d kills, %d pushes acknowledged and all found after the kills, %d unanswered at the kills",
              rounds, acknowledgedTotal, refusedTotal);
        QVERIFY(acknowledgedTotal > rounds); // the kills did land among real writes

        // Started once more and left alone, the receiver applies what the kills left waiting.
        QProcess receiver;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MMS_DATA_DIR"_s, m_dir.filePath(u"data"_s));
        env.insert(u"MMS_SANDBOX_DIR"_s, m_dir.filePath(u"sandbox"_s));
        receiver.setProcessEnvironment(env);
        receiver.start(QStringLiteral(MMSCTL_PATH), {u"--db"_s, db(), u"receive"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--no-register"_s});
        QVERIFY(receiver.waitForStarted());
        QString error;
        auto database = mms::Database::open(db(), &error);
        QVERIFY2(database, qPrintable(error));
        auto value = [&](const QString &sql) {
            QSqlQuery q(database->db());
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(value(u"SELECT (SELECT applied_id FROM report_outcomes) = (SELECT MAX(id) FROM reports)"_s) == 1, 15000);
        receiver.terminate();
        QVERIFY(receiver.waitForFinished(10000));
        // (An index of the test's own, so the checks below read each recipient's reports directly.)
        QCOMPARE(value(u"CREATE INDEX check_reports_recipient ON reports(recipient_id)"_s), -1);
        // Every report of a known send is linked; the unknown send's are kept unlinked.
        QCOMPARE(value(u"SELECT COUNT(*) FROM reports WHERE taskid LIKE 'B%' AND (recipient_id IS NULL OR batch_id IS NULL)"_s), 0);
        QCOMPARE(value(u"SELECT COUNT(*) FROM reports WHERE taskid = 'NOSUCH' AND campaign_id IS NOT NULL"_s), 0);
        // Each recipient's outcome as the reports say: delivered if any report says so, else the latest.
        const qint64 wrong = value(
            u"SELECT COUNT(*) FROM recipients r WHERE COALESCE(r.delivery, '') <> COALESCE("
            " (SELECT CASE WHEN SUM(status = 'DELIVRD') > 0 THEN 'DELIVRD' ELSE"
            "   (SELECT status FROM reports x WHERE x.recipient_id = r.id ORDER BY x.id DESC LIMIT 1) END"
            "  FROM reports y WHERE y.recipient_id = r.id), '')"_s);
        QCOMPARE(wrong, 0);
        // Each batch's counts as its recipients say: nothing counted twice across the kills.
        QCOMPARE(value(u"SELECT COUNT(*) FROM batches b WHERE b.delivered <> (SELECT COUNT(*) FROM recipients WHERE batch_id = b.id AND delivery = 'DELIVRD')"
                       " OR b.failed <> (SELECT COUNT(*) FROM recipients WHERE batch_id = b.id AND delivery <> 'DELIVRD')"_s),
                 0);
        // The chart's and the failures' counts by minute and status, as the recipients say.
        const QString byMinute = u"SELECT campaign_id, substr(reported_at, 1, 12), delivery, COUNT(*) FROM recipients"
                                 " WHERE delivery IS NOT NULL GROUP BY 1, 2, 3"_s;
        const QString counted = u"SELECT campaign_id, minute, status, n FROM outcome_minutes WHERE n <> 0"_s;
        QCOMPARE(value(u"SELECT COUNT(*) FROM (%1 EXCEPT %2)"_s.arg(byMinute, counted)), 0);
        QCOMPARE(value(u"SELECT COUNT(*) FROM (%1 EXCEPT %2)"_s.arg(counted, byMinute)), 0);
        QVERIFY(value(u"SELECT COUNT(*) FROM outcome_minutes WHERE n < 0"_s) == 0);
        qInfo("after the kills: %lld reports, %lld recipients with an outcome, all agreeing with their reports",
              value(u"SELECT COUNT(*) FROM reports"_s), value(u"SELECT COUNT(*) FROM recipients WHERE delivery IS NOT NULL"_s));
    }
};

QTEST_GUILESS_MAIN(TestKillSafety)
#include "tst_killsafety.moc"
