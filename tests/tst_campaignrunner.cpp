// The sending engine against the simulator: batching, exactly-once, faults, pause and resume.
#include "PgTestServer.h"
#include "campaign/CampaignRunner.h"
#include "campaign/CampaignService.h"
#include "net/PlatformClient.h"
#include "sim/PlatformSimulator.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/ReportStore.h"
#include "storage/Store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace mms;
using sim::Fault;

// Every test runs twice: on the embedded SQLite store and on a throw-away PostgreSQL server.
class TestCampaignRunner : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    const bool m_postgres;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<sim::PlatformSimulator> m_sim;
    qint64 m_accountId = 0;
    QString m_mmsid;
    QString m_where;
    int m_n = 0;

    Account account() const
    {
        Account a;
        a.name = u"sandbox"_s;
        a.baseUrl = m_sim->baseUrl();
        a.userid = a.username = u"300000"_s;
        a.password = u"123456"_s;
        return a;
    }
    qint64 makeCampaign(int recipients, bool personalised, const QString &prefix = u"139"_s)
    {
        QList<VariableEntry> list;
        for (int i = 0; i < recipients; ++i)
            list.append({prefix + u"%1"_s.arg(i, 8, 10, QChar(u'0')), {{u"Text1"_s, u"客户%1"_s.arg(i)}}});
        CampaignStore::NewCampaign nc;
        nc.accountId = m_accountId;
        nc.mmsid = m_mmsid;
        nc.personalised = personalised;
        if (personalised)
            nc.variables = {u"Text1"_s};
        else
            nc.sharedVars = {{u"Text1"_s, u"朋友"_s}};
        QString error;
        const auto id = CampaignStore(*m_db).create(nc, list, 1000, &error);
        return id ? *id : 0;
    }
    // Runs the campaign to its stop; returns the final state.
    QString run(qint64 id, CampaignRunner::Policy policy = fastPolicy())
    {
        CampaignRunner runner(*m_db, account());
        runner.setPolicy(policy);
        QSignalSpy finished(&runner, &CampaignRunner::finished);
        QString error;
        if (!runner.start(id, &error))
            return u"start failed: "_s + error;
        if (!finished.wait(30000))
            return u"did not finish"_s;
        return finished.at(0).at(1).toString();
    }
    static CampaignRunner::Policy fastPolicy()
    {
        CampaignRunner::Policy p;
        p.requestsPerSecond = 1000;
        p.timeoutMs = 1500;
        p.retryBaseMs = 20;
        p.retryMaxMs = 100;
        return p;
    }
    QMap<QString, int> sentCounts() const
    {
        QMap<QString, int> counts;
        for (const QJsonValue &v : m_sim->sendLog())
            for (const QJsonValue &m : v.toObject().value(u"mobiles"_s).toArray())
                ++counts[m.toString()];
        return counts;
    }
    QList<BatchRow> batches(qint64 id) const { return CampaignStore(*m_db).batches(id); }

public:
    explicit TestCampaignRunner(bool postgres)
        : m_postgres(postgres)
    {
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QString where = m_dir.filePath(u"c%1.sqlite"_s.arg(++m_n));
        if (m_postgres) {
            testsupport::PgTestServer *server = testsupport::PgTestServer::instance(&error);
            QVERIFY2(server, qPrintable(error));
            where = server->createDatabase(u"runner%1"_s.arg(m_n), &error);
            QVERIFY2(!where.isEmpty(), qPrintable(error));
        }
        m_db = Database::open(where, &error);
        QVERIFY2(m_db, qPrintable(error));
        m_where = where;
        m_sim = std::make_unique<sim::PlatformSimulator>();
        QVERIFY(m_sim->listenLoopback());
        Store store(*m_db);
        m_accountId = *store.saveAccount(account(), &error);
        PlatformClient client;
        client.setAccount(account());
        MmsTemplate t;
        t.subject = u"活动"_s;
        t.frames = {Frame{1000, {Attachment{u"1.txt"_s, "${Text1} hello"}}}};
        PlatformCall *call = client.saveTemplate(t);
        QSignalSpy spy(call, &PlatformCall::finished);
        QVERIFY(spy.wait(5000));
        QVERIFY(call->result().ok());
        m_mmsid = call->result().id;
    }
    void cleanup()
    {
        m_sim.reset();
        m_db.reset();
    }

    void personalised2500ArriveAsThreeRequests()
    {
        const qint64 id = makeCampaign(2500, true);
        QCOMPARE(run(id), campaign::Completed);
        const QJsonArray log = m_sim->sendLog();
        QCOMPARE(log.size(), 3);
        for (const QJsonValue &v : log)
            QCOMPARE(v.toObject().value(u"call"_s).toString(), u"SendVariableMmsTask"_s);
        QCOMPARE(log.at(0).toObject().value(u"mobiles"_s).toArray().size(), 1000);
        QCOMPARE(log.at(2).toObject().value(u"mobiles"_s).toArray().size(), 500);
        const QMap<QString, int> counts = sentCounts();
        QCOMPARE(counts.size(), 2500);
        for (int c : counts)
            QCOMPARE(c, 1);
        for (const BatchRow &b : batches(id)) {
            QCOMPARE(b.state, batch::Accepted);
            QCOMPARE(b.taskid.size(), 16);
        }
    }
    void commonSendUsesSharedVariables()
    {
        const qint64 id = makeCampaign(10, false);
        QCOMPARE(run(id), campaign::Completed);
        QCOMPARE(m_sim->sendLog().at(0).toObject().value(u"call"_s).toString(), u"SendMmsTask"_s);
    }
    void http500MakesABatchUnknownAndTheRestGoOn()
    {
        const qint64 id = makeCampaign(2500, true);
        m_sim->addFault(Fault{Fault::Kind::Http500, u"SendVariableMmsTask"_s, 1, 0, 0});
        QCOMPARE(run(id), campaign::Attention);
        const auto b = batches(id);
        QCOMPARE(b[0].state, batch::Unknown);
        QVERIFY(b[0].message.contains(u"500"_s));
        QCOMPARE(b[1].state, batch::Accepted);
        QCOMPARE(b[2].state, batch::Accepted);
        QCOMPARE(sentCounts().size(), 1500);
    }
    void dropAfterProcessingIsUnknownAndNeverResent()
    {
        const qint64 id = makeCampaign(1500, true);
        m_sim->addFault(Fault{Fault::Kind::DropAfter, u"SendVariableMmsTask"_s, 1, 0, 0});
        QCOMPARE(run(id), campaign::Attention);
        QCOMPARE(batches(id)[0].state, batch::Unknown);
        // The platform did take it, once; the engine did not try again.
        const QMap<QString, int> counts = sentCounts();
        QCOMPARE(counts.size(), 1500);
        for (int c : counts)
            QCOMPARE(c, 1);
        // The user knows it arrived: counted as sent, the campaign is complete.
        QString error;
        QVERIFY(CampaignStore(*m_db).resolveUnknown(batches(id)[0].id, false, &error));
        QCOMPARE(batches(id)[0].state, batch::Accepted);
        QCOMPARE(CampaignStore(*m_db).campaign(id)->state, campaign::Completed);
    }
    void timeoutsInARowPauseTheCampaign()
    {
        const qint64 id = makeCampaign(3000, true);
        m_sim->addFault(Fault{Fault::Kind::NoAnswer, u"SendVariableMmsTask"_s, 2, 0, 0});
        QCOMPARE(run(id), campaign::Paused);
        const auto b = batches(id);
        QCOMPARE(b[0].state, batch::Unknown);
        QCOMPARE(b[1].state, batch::Unknown);
        QCOMPARE(b[2].state, batch::Pending);
        QVERIFY(CampaignStore(*m_db).campaign(id)->message.contains(u"unknown"_s));
    }
    void insufficientBalancePausesAndResumeFinishes()
    {
        const qint64 id = makeCampaign(2500, true);
        m_sim->config().balance = 1500;
        QCOMPARE(run(id), campaign::Paused);
        const auto c = CampaignStore(*m_db).campaign(id);
        QVERIFY(c->message.contains(u"-8"_s));
        QCOMPARE(batches(id)[1].state, batch::Pending);
        QCOMPARE(batches(id)[1].code, -8);
        m_sim->config().balance = 10000; // topped up
        QCOMPARE(run(id), campaign::Completed);
        QCOMPARE(sentCounts().size(), 2500);
        for (int n : sentCounts())
            QCOMPARE(n, 1);
    }
    void systemErrorPauses()
    {
        const qint64 id = makeCampaign(10, true);
        m_sim->addFault(Fault{Fault::Kind::Code, {}, 1, 0, -100});
        QCOMPARE(run(id), campaign::Paused);
        QCOMPARE(batches(id)[0].state, batch::Pending);
        QCOMPARE(run(id), campaign::Completed);
    }
    void badVariablesRejectOnlyThatBatch()
    {
        const qint64 id = makeCampaign(1500, true);
        m_sim->addFault(Fault{Fault::Kind::Code, {}, 1, 0, -11});
        QCOMPARE(run(id), campaign::Attention);
        QCOMPARE(batches(id)[0].state, batch::Rejected);
        QCOMPARE(batches(id)[1].state, batch::Accepted);
    }
    void unreachablePlatformIsRetriedThenPaused()
    {
        const qint64 id = makeCampaign(10, true);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closed = probe.serverPort();
        probe.close();
        Account a = account();
        a.baseUrl = QUrl(u"http://127.0.0.1:%1/mms/api/"_s.arg(closed));
        CampaignRunner runner(*m_db, a);
        runner.setPolicy(fastPolicy());
        QSignalSpy finished(&runner, &CampaignRunner::finished);
        QString error;
        QVERIFY(runner.start(id, &error));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(1).toString(), campaign::Paused);
        const auto b = batches(id);
        QCOMPARE(b[0].state, batch::Pending); // never left: safe to send later
        QCOMPARE(b[0].notSentCount, fastPolicy().notSentRetries);
        QCOMPARE(run(id), campaign::Completed); // the platform is back
    }
    void crashWhileInFlightBecomesUnknown()
    {
        const qint64 id = makeCampaign(2500, true);
        CampaignStore store(*m_db);
        QString error;
        // As a crash leaves it: the campaign running, a batch in flight.
        QVERIFY(store.setState(id, campaign::Running, {}, &error));
        QVERIFY(store.setBatchState(batches(id)[0].id, batch::InFlight, {}, 0, {}, &error));
        QCOMPARE(store.interrupted(), QList<qint64>{id});
        QCOMPARE(run(id), campaign::Attention);
        const auto b = batches(id);
        QCOMPARE(b[0].state, batch::Unknown);
        QVERIFY(b[0].message.contains(u"interrupted"_s));
        QCOMPARE(sentCounts().size(), 1500); // batch 1 was not sent again
        // The user says it did not arrive: it is sent, once.
        QVERIFY(store.resolveUnknown(b[0].id, true, &error));
        QVERIFY(!store.resolveUnknown(b[0].id, true, &error)); // only unknown batches
        QCOMPARE(run(id), campaign::Completed);
        QCOMPARE(sentCounts().size(), 2500);
    }
    void pauseAndCancel()
    {
        const qint64 id = makeCampaign(5000, true);
        m_sim->addFault(Fault{Fault::Kind::Latency, {}, -1, 100, 0});
        {
            CampaignRunner runner(*m_db, account());
            runner.setPolicy(fastPolicy());
            QSignalSpy finished(&runner, &CampaignRunner::finished);
            QSignalSpy batchSpy(&runner, &CampaignRunner::batchUpdated);
            QString error;
            QVERIFY(runner.start(id, &error));
            QTRY_VERIFY(batchSpy.size() >= 2); // the first batch is done
            runner.pause();
            // Between batches the pause is immediate (finished is emitted inside pause()); with a
            // batch in flight it is answered first, which under ASan on a loaded machine is slow.
            QVERIFY(finished.size() == 1 || finished.wait(30000));
            QCOMPARE(finished.at(0).at(1).toString(), campaign::Paused);
        }
        const int sentBefore = int(m_sim->sendLog().size());
        QVERIFY(sentBefore >= 1 && sentBefore < 5);
        QString error;
        QVERIFY(CampaignStore(*m_db).setState(id, campaign::Cancelled, {}, &error));
        CampaignRunner runner(*m_db, account());
        QVERIFY(!runner.start(id, &error)); // a cancelled campaign stays cancelled
        QVERIFY(CampaignStore(*m_db).setState(id, campaign::Paused, {}, &error));
        QVERIFY(runner.start(id, &error));
        QSignalSpy finished(&runner, &CampaignRunner::finished);
        runner.cancel();
        QVERIFY(finished.size() == 1 || finished.wait(30000));
        QCOMPARE(finished.at(0).at(1).toString(), campaign::Cancelled);
        for (const BatchRow &b : batches(id))
            QVERIFY(b.state == batch::Accepted || b.state == batch::Cancelled);
    }
    void pausedFromAnotherProgramThroughTheStore()
    {
        const qint64 id = makeCampaign(5000, true);
        m_sim->addFault(Fault{Fault::Kind::Latency, {}, -1, 100, 0});
        CampaignRunner runner(*m_db, account());
        runner.setPolicy(fastPolicy());
        QSignalSpy finished(&runner, &CampaignRunner::finished);
        QSignalSpy batchSpy(&runner, &CampaignRunner::batchUpdated);
        QString error;
        QVERIFY(runner.start(id, &error));
        QTRY_VERIFY(batchSpy.size() >= 1);
        QVERIFY(CampaignStore(*m_db).setState(id, campaign::Paused, u"paused by the user"_s, &error));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(1).toString(), campaign::Paused);
        QVERIFY(m_sim->sendLog().size() < 5);
    }
    void scheduledStartWaits()
    {
        QList<VariableEntry> list{{u"13800138000"_s, {{u"Text1"_s, u"a"_s}}}};
        CampaignStore::NewCampaign nc;
        nc.accountId = m_accountId;
        nc.mmsid = m_mmsid;
        nc.personalised = true;
        nc.variables = {u"Text1"_s};
        nc.scheduledAt = QDateTime::currentDateTimeUtc().addMSecs(700).toString(Qt::ISODateWithMs);
        QString error;
        const qint64 id = *CampaignStore(*m_db).create(nc, list, 1000, &error);
        CampaignRunner runner(*m_db, account());
        QSignalSpy finished(&runner, &CampaignRunner::finished);
        QVERIFY(runner.start(id, &error));
        QTest::qWait(300);
        QCOMPARE(m_sim->sendLog().size(), 0);
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_sim->sendLog().size(), 1);
    }

    // Sending windows (China time, UTC+8), with a clock of the test's own.
    static QDateTime china(int day, int hour, int minute, int second = 0)
    {
        return QDateTime(QDate(2026, 12, day), QTime(hour, minute, second), QTimeZone(8 * 3600)).toUTC();
    }
    qint64 makeWindowed(int recipients, const QString &window, bool test = false)
    {
        QList<VariableEntry> list;
        for (int i = 0; i < recipients; ++i)
            list.append({u"139"_s + u"%1"_s.arg(i, 8, 10, QChar(u'0')), {{u"Text1"_s, u"客户%1"_s.arg(i)}}});
        CampaignStore::NewCampaign nc;
        nc.accountId = m_accountId;
        nc.mmsid = m_mmsid;
        nc.personalised = true;
        nc.variables = {u"Text1"_s};
        nc.sendWindow = window;
        nc.isTest = test;
        QString error;
        const auto id = CampaignStore(*m_db).create(nc, list, 1000, &error);
        return id ? *id : 0;
    }
    static CampaignRunner::Policy windowPolicy()
    {
        CampaignRunner::Policy p = fastPolicy();
        p.windowCheckMs = 20;
        return p;
    }
    void closedWindowWaitsUntilItOpens()
    {
        const qint64 id = makeWindowed(2500, u"08:00-22:00"_s);
        QDateTime now = china(3, 23, 30);
        CampaignRunner runner(*m_db, account());
        runner.setPolicy(windowPolicy());
        runner.setClock([&now] { return now; });
        QSignalSpy finished(&runner, &CampaignRunner::finished);
        QSignalSpy states(&runner, &CampaignRunner::stateChanged);
        QString error;
        QVERIFY(runner.start(id, &error));
        QTRY_VERIFY(CampaignStore(*m_db).campaign(id)->message.contains(u"08:00–22:00"_s));
        QVERIFY(CampaignStore(*m_db).campaign(id)->message.contains(u"mmsctl campaign resume %1 --window"_s.arg(id)));
        QCOMPARE(CampaignStore(*m_db).campaign(id)->state, campaign::Running);
        // It looks again every windowCheckMs; still nothing goes out at 07:59.
        now = china(4, 7, 59);
        const int looks = int(states.size());
        QTest::qWait(100);
        QCOMPARE(m_sim->sendLog().size(), 0);
        QCOMPARE(int(states.size()), looks); // the same message is not written again and again
        now = china(4, 8, 0);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(1).toString(), campaign::Completed);
        QCOMPARE(m_sim->sendLog().size(), 3);
        QVERIFY(CampaignStore(*m_db).campaign(id)->message.isEmpty());
    }
    void windowClosingMidCampaignStopsAfterTheBatchInFlight()
    {
        const qint64 id = makeWindowed(3000, u"08:00-22:00"_s);
        QDateTime now = china(3, 21, 59, 59);
        CampaignRunner runner(*m_db, account());
        runner.setPolicy(windowPolicy());
        runner.setClock([&now] { return now; });
        // The window closes while the first batch is at the platform.
        connect(&runner, &CampaignRunner::batchUpdated, this, [&now](qint64, const BatchRow &b) {
            if (b.seq == 1 && b.state == batch::InFlight)
                now = china(3, 22, 0);
        });
        QSignalSpy finished(&runner, &CampaignRunner::finished);
        QString error;
        QVERIFY(runner.start(id, &error));
        QTRY_VERIFY(CampaignStore(*m_db).campaign(id)->message.contains(u"08:00"_s));
        QCOMPARE(m_sim->sendLog().size(), 1);
        QCOMPARE(batches(id).at(0).state, batch::Accepted);
        QCOMPARE(batches(id).at(1).state, batch::Pending);
        now = china(4, 8, 0, 1);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(1).toString(), campaign::Completed);
        QCOMPARE(m_sim->sendLog().size(), 3);
    }
    void waitingForTheWindowSurvivesARestart()
    {
        const qint64 id = makeWindowed(2000, u"20:00-02:00"_s); // over midnight
        QDateTime now = china(3, 1, 59, 59);
        QString error;
        {
            auto runner = std::make_unique<CampaignRunner>(*m_db, account());
            runner->setPolicy(windowPolicy());
            runner->setClock([&now] { return now; });
            connect(runner.get(), &CampaignRunner::batchUpdated, this, [&now](qint64, const BatchRow &b) {
                if (b.seq == 1 && b.state == batch::InFlight)
                    now = china(3, 2, 0);
            });
            QVERIFY(runner->start(id, &error));
            QTRY_VERIFY(CampaignStore(*m_db).campaign(id)->message.contains(u"20:00–02:00"_s));
            // Gone without a word, as after kill -9: the store says running, waiting.
        }
        QCOMPARE(CampaignStore(*m_db).interrupted(), QList<qint64>{id});
        now = china(3, 12, 0);
        CampaignRunner again(*m_db, account());
        again.setPolicy(windowPolicy());
        again.setClock([&now] { return now; });
        QSignalSpy finished(&again, &CampaignRunner::finished);
        QVERIFY(again.start(id, &error));
        QTest::qWait(100);
        QCOMPARE(m_sim->sendLog().size(), 1);
        now = china(3, 20, 0);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(1).toString(), campaign::Completed);
        const QMap<QString, int> counts = sentCounts();
        QCOMPARE(counts.size(), 2000);
        for (int n : counts)
            QCOMPARE(n, 1);
    }
    void changingTheWindowWakesAWaitingCampaign()
    {
        const qint64 id = makeWindowed(10, u"08:00-22:00"_s);
        const QDateTime now = china(3, 23, 0);
        CampaignRunner runner(*m_db, account());
        CampaignRunner::Policy slow = fastPolicy(); // would look again only in a minute
        runner.setPolicy(slow);
        runner.setClock([&now] { return now; });
        QSignalSpy finished(&runner, &CampaignRunner::finished);
        QString error;
        QVERIFY(runner.start(id, &error));
        QTRY_VERIFY(!CampaignStore(*m_db).campaign(id)->message.isEmpty());
        QVERIFY(CampaignStore(*m_db).setSendWindow(id, u"any"_s, &error));
        runner.recheck();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_sim->sendLog().size(), 1);
    }
    void testSendsIgnoreTheWindow()
    {
        const qint64 id = makeWindowed(2, u"08:00-22:00"_s, true);
        const QDateTime now = china(3, 3, 0);
        CampaignRunner runner(*m_db, account());
        runner.setPolicy(windowPolicy());
        runner.setClock([&now] { return now; });
        QSignalSpy finished(&runner, &CampaignRunner::finished);
        QString error;
        QVERIFY(runner.start(id, &error));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(1).toString(), campaign::Completed);
        QCOMPARE(m_sim->sendLog().size(), 1);
    }
    // Last: it stops the shared server. A team store whose server goes away is an error said
    // in words, never an empty list; when the server is back, the next read connects anew.
    void aDroppedConnectionIsSaidNotShownAsNothing()
    {
        if (!m_postgres)
            QSKIP("a team store (PostgreSQL) whose server goes away");
        makeCampaign(10, true);
        CampaignService service;
        QSignalSpy opened(&service, &CampaignService::opened);
        QSignalSpy loaded(&service, &CampaignService::campaignsLoaded);
        QSignalSpy failed(&service, &CampaignService::failed);
        QSignalSpy templates(&service, &CampaignService::templatesLoaded);
        service.open(m_where, account());
        QVERIFY(opened.wait(10000));
        service.refresh();
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).value<QList<CampaignRow>>().size(), 1);

        QString error;
        testsupport::PgTestServer *server = testsupport::PgTestServer::instance(&error);
        server->stopServer();
        QVERIFY(CampaignStore(*m_db).campaigns(m_accountId, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!CampaignStore(*m_db).campaign(1, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(ReportStore(*m_db).deliveries(m_accountId, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        for (const auto &read : {std::function<void(QString *)>([this](QString *e) { ReportStore(*m_db).replies(10, e); }),
                                 std::function<void(QString *)>([this](QString *e) { ReportStore(*m_db).audits(10, e); })}) {
            error.clear();
            read(&error);
            QVERIFY(!error.isEmpty()); // mmsctl replies|audits fail instead of "no replies yet"
        }
        QSignalSpy reports(&service, &CampaignService::reportsLoaded);
        service.refresh();
        service.loadTemplates();
        service.loadReports();
        QTRY_COMPARE(failed.size(), 3);
        QCOMPARE(reports.size(), 0);
        QVERIFY2(failed.at(0).at(0).toString().startsWith(u"Cannot read the store"_s), qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(loaded.size(), 1); // no empty list in place of the campaigns
        QCOMPARE(templates.size(), 0);

        QVERIFY(server->startServer());
        service.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
        QCOMPARE(loaded.at(1).at(0).value<QList<CampaignRow>>().size(), 1);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        TestCampaignRunner sqlite(false);
        failures += QTest::qExec(&sqlite, argc, argv);
    }
    if (!testsupport::PgTestServer::skipped()) {
        TestCampaignRunner postgres(true);
        failures += QTest::qExec(&postgres, argc, argv);
        testsupport::PgTestServer::stop();
    }
    return failures;
}
#include "tst_campaignrunner.moc"
