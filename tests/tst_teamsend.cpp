// Team mode (issue 9): two senders on one campaign, as two desktops (or a desktop and mmsctl)
// sharing a store would be. `mmsctl send` starts a 5,000-recipient campaign, and while it is
// sending a second process resumes the same campaign: each batch is claimed by one of them,
// and the platform's log holds every number exactly once. On the embedded SQLite store and
// on a PostgreSQL server.
#include "PgTestServer.h"
#include "TestSupport.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

class TestTeamSend : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_sim;
    quint16 m_port = 0;
    QStringList m_numbers;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"MMS_DATA_DIR"_s, m_dir.filePath(u"data"_s));
        testsupport::sendAtAnyHour(m_dir.filePath(u"data"_s));
        e.insert(u"MMS_SANDBOX_DIR"_s, m_dir.filePath(u"sandbox"_s));
        e.insert(u"MMS_BASE_URL"_s, u"http://127.0.0.1:%1/mms/api/"_s.arg(m_port));
        e.insert(u"MMS_USERID"_s, u"300000"_s);
        e.insert(u"MMS_USERNAME"_s, u"300000"_s);
        e.insert(u"MMS_PASSWORD"_s, u"123456"_s);
        return e;
    }
    void startMmsctl(QProcess &p, const QString &store, const QStringList &args) const
    {
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(MMSCTL_PATH), QStringList{u"--db"_s, store, u"--json"_s} + args);
    }
    QJsonObject mmsctl(const QString &store, const QStringList &args, int *exitCode = nullptr) const
    {
        QProcess p;
        startMmsctl(p, store, args);
        p.waitForFinished(120000);
        if (exitCode)
            *exitCode = p.exitCode();
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }
    QJsonArray platformLog() const
    {
        return QJsonDocument::fromJson(testsupport::http("GET", QUrl(u"http://127.0.0.1:%1/sim/log"_s.arg(m_port))).body).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Each request takes 600 ms on the platform, so the two senders overlap.
        m_port = testsupport::startSimulatorProcess(m_sim, m_dir.filePath(u"port"_s),
                                                    {u"--fault"_s, uR"({"kind":"latency","call":"SendVariableMmsTask","latencyMs":600})"_s});
        QVERIFY(m_port);
        QFile t(m_dir.filePath(u"1.txt"_s));
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(u"${Text1}您好，双十一大促！拒收请回复R"_s.toUtf8());
        t.close();
        QFile m(m_dir.filePath(u"t.json"_s));
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write(R"({"subject": "双十一", "frames": [{"dur": 3000, "attachments": ["1.txt"]}]})");
        m.close();
        QByteArray csv = "手机号,姓名\n";
        for (int i = 0; i < 5000; ++i) {
            m_numbers << u"135%1"_s.arg(i, 8, 10, QChar(u'0'));
            csv += m_numbers.constLast().toUtf8() + ",客户" + QByteArray::number(i) + '\n';
        }
        QFile f(m_dir.filePath(u"recipients.csv"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
    }
    void cleanupTestCase()
    {
        m_sim.terminate();
        m_sim.waitForFinished(5000);
        testsupport::PgTestServer::stop();
    }
    void twoSendersOneCampaign_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        if (!testsupport::PgTestServer::skipped())
            QTest::newRow("postgresql") << true;
    }
    void twoSendersOneCampaign()
    {
        QFETCH(bool, postgres);
        QString store = m_dir.filePath(u"studio.sqlite"_s);
        if (postgres) {
            QString error;
            testsupport::PgTestServer *server = testsupport::PgTestServer::instance(&error);
            QVERIFY2(server, qPrintable(error));
            store = server->createDatabase(u"team"_s, &error);
            QVERIFY2(!store.isEmpty(), qPrintable(error));
        }
        const int logBefore = int(platformLog().size());
        int rc = 0;
        const QString mmsid = mmsctl(store, {u"template"_s, u"submit"_s, m_dir.filePath(u"t.json"_s)}, &rc).value(u"mmsid"_s).toString();
        QCOMPARE(rc, 0);

        QProcess first, second;
        startMmsctl(first, store, {u"send"_s, u"--mmsid"_s, mmsid, u"--csv"_s, m_dir.filePath(u"recipients.csv"_s),
                                   u"--map"_s, u"Text1=姓名"_s, u"--throttle"_s, u"50"_s});
        QVERIFY(first.waitForStarted());
        // The first request is at the platform: the campaign exists and is being sent.
        QTRY_VERIFY_WITH_TIMEOUT(platformLog().size() > logBefore, 60000);
        const QJsonArray campaigns = mmsctl(store, {u"campaign"_s, u"list"_s}).value(u"campaigns"_s).toArray();
        QCOMPARE(campaigns.size(), 1);
        const QString id = QString::number(campaigns.at(0).toObject().value(u"campaign"_s).toInteger());
        startMmsctl(second, store, {u"campaign"_s, u"resume"_s, id, u"--throttle"_s, u"50"_s});
        QVERIFY(second.waitForStarted());
        QVERIFY(first.waitForFinished(120000));
        QVERIFY(second.waitForFinished(120000));
        QCOMPARE(first.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        const QByteArray firstOut = first.readAllStandardOutput(), secondOut = second.readAllStandardOutput();
        QVERIFY2(first.exitCode() == 0, firstOut.constData());
        QVERIFY2(second.exitCode() == 0, secondOut.constData());

        // Who sent what: requests from both senders, each number exactly once.
        QMap<QString, int> counts;
        const QJsonArray log = platformLog();
        const int requests = int(log.size()) - logBefore;
        for (int i = logBefore; i < log.size(); ++i)
            for (const QJsonValue &m : log.at(i).toObject().value(u"mobiles"_s).toArray())
                ++counts[m.toString()];
        QCOMPARE(requests, 5);
        QCOMPARE(counts.size(), 5000);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        const QJsonObject shown = mmsctl(store, {u"campaign"_s, u"show"_s, id});
        QCOMPARE(shown.value(u"state"_s).toString(), u"completed"_s);
        int accepted = 0;
        QSet<QString> shownSenders;
        for (const QJsonValue &b : shown.value(u"batches"_s).toArray()) {
            accepted += b.toObject().value(u"state"_s).toString() == u"accepted"_s;
            shownSenders.insert(b.toObject().value(u"sender"_s).toString());
        }
        QCOMPARE(shownSenders.size(), 2); // mmsctl campaign show tells which sender sent each batch
        QVERIFY(!shownSenders.contains(QString()));
        QCOMPARE(accepted, 5); // none shown unknown: the second sender waited for the first's batch
        // Both took part: the batches were claimed in two senders' names.
        QString error;
        auto db = mms::Database::open(store, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q(db->db());
        QVERIFY(q.exec(u"SELECT claimed_by, COUNT(*) FROM batches WHERE campaign_id = %1 GROUP BY claimed_by"_s.arg(id)));
        QStringList senders;
        while (q.next())
            senders << u"%1: %2 batches"_s.arg(q.value(0).toString()).arg(q.value(1).toInt());
        qInfo("%s: %d requests, %d numbers, each once; %s", postgres ? "postgresql" : "sqlite", requests, int(counts.size()),
              qPrintable(senders.join(u"; "_s)));
        QCOMPARE(senders.size(), 2);
    }
    void twoColleaguesOneCap_data() { twoSendersOneCampaign_data(); }
    void twoColleaguesOneCap()
    {
        // Two colleagues send the same template to the same 5,000 customers at once, as two
        // campaigns: the caps (the same template once a day, the default) are checked as each
        // batch is claimed, under the store's write lock, so every customer gets it once.
        QFETCH(bool, postgres);
        QString store = m_dir.filePath(u"colleagues.sqlite"_s);
        if (postgres) {
            QString error;
            testsupport::PgTestServer *server = testsupport::PgTestServer::instance(&error);
            QVERIFY2(server, qPrintable(error));
            store = server->createDatabase(u"colleagues"_s, &error);
            QVERIFY2(!store.isEmpty(), qPrintable(error));
        }
        const int logBefore = int(platformLog().size());
        int rc = 0;
        const QString mmsid = mmsctl(store, {u"template"_s, u"submit"_s, m_dir.filePath(u"t.json"_s)}, &rc).value(u"mmsid"_s).toString();
        QCOMPARE(rc, 0);
        const QStringList send{u"send"_s, u"--mmsid"_s, mmsid, u"--csv"_s, m_dir.filePath(u"recipients.csv"_s),
                               u"--map"_s, u"Text1=姓名"_s, u"--throttle"_s, u"50"_s};
        QProcess first, second;
        startMmsctl(first, store, send);
        startMmsctl(second, store, send);
        QVERIFY(first.waitForFinished(120000));
        QVERIFY(second.waitForFinished(120000));
        // Both made a campaign, or the later one found everyone already sent to (refused, 2).
        for (QProcess *p : {&first, &second})
            QVERIFY2(p->exitCode() == 0 || p->exitCode() == 2, p->readAllStandardOutput().constData());
        QMap<QString, int> counts;
        const QJsonArray log = platformLog();
        for (int i = logBefore; i < log.size(); ++i)
            for (const QJsonValue &m : log.at(i).toObject().value(u"mobiles"_s).toArray())
                ++counts[m.toString()];
        QCOMPARE(counts.size(), 5000);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        qint64 capped = 0;
        for (const QJsonValue &c : mmsctl(store, {u"campaign"_s, u"list"_s}).value(u"campaigns"_s).toArray())
            capped += mmsctl(store, {u"campaign"_s, u"show"_s, QString::number(c.toObject().value(u"campaign"_s).toInteger())})
                          .value(u"capped"_s).toInteger();
        qInfo("%s: %d numbers each once, %lld left out by the cap", postgres ? "postgresql" : "sqlite", int(counts.size()), capped);
        QVERIFY(capped == 5000 || first.exitCode() == 2 || second.exitCode() == 2);
    }
};

QTEST_GUILESS_MAIN(TestTeamSend)
#include "tst_teamsend.moc"
