// Raw HTTP pushes, as the platform sends them, into the receiver and the store.
#include "TestSupport.h"

#include "receiver/CallbackReceiver.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace mms;
using testsupport::http;

class TestReceiver : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<CallbackReceiver> m_receiver;

    int count(const QString &sql)
    {
        QSqlQuery q(m_db->db());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = Database::open(m_dir.filePath(u"r%1.sqlite"_s.arg(QDateTime::currentMSecsSinceEpoch())), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_store = std::make_unique<Store>(*m_db);
        m_receiver = std::make_unique<CallbackReceiver>(*m_store);
        QVERIFY(m_receiver->listen(QHostAddress::LocalHost, 0) != 0);
    }
    void cleanup()
    {
        m_receiver.reset();
        m_store.reset();
        m_db.reset();
    }
    void reportsInTheQueryString()
    {
        QUrl url = m_receiver->url(u"report"_s);
        url.setQuery(u"rpts=13000000000,UNDELIV,1001,20090422103324;13000000000,DELIVRD,1002,20090422094620"_s);
        const auto r = http("POST", url);
        QCOMPARE(r.status, 200);
        QCOMPARE(m_store->reportCount(), 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM reports WHERE status = 'DELIVRD' AND taskid = '1002'"_s), 1);
    }
    void reportsInAFormBody()
    {
        const auto r = http("POST", m_receiver->url(u"report"_s),
                            "rpts=13000000000,DELIVRD,T9,20090422094620,SER1;13000000001,UNDELIV,T9,20090422094620;",
                            "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 200);
        QCOMPARE(m_store->reportCount(), 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM reports WHERE serial = 'SER1'"_s), 1);
    }
    void reportsLandInTheirCampaign()
    {
        // Two sent campaigns; the spec's example bodies name the first one's send.
        QString error;
        Account a;
        a.name = u"t"_s;
        a.baseUrl = QUrl(u"http://127.0.0.1:1/"_s);
        a.userid = a.username = u"1"_s;
        const qint64 acc = *m_store->saveAccount(a, &error);
        CampaignStore campaigns(*m_db);
        CampaignStore::NewCampaign nc;
        nc.accountId = acc;
        nc.mmsid = u"M"_s;
        const qint64 first = *campaigns.create(nc, {{u"13000000000"_s, {}}, {u"13000000001"_s, {}}, {u"13000000002"_s, {}}}, 1000, &error);
        const qint64 second = *campaigns.create(nc, {{u"13000000000"_s, {}}}, 1000, &error);
        QVERIFY(campaigns.setBatchState(campaigns.batches(first).at(0).id, u"accepted"_s, u"1001"_s, 0, {}, &error));
        QVERIFY(campaigns.setBatchState(campaigns.batches(second).at(0).id, u"accepted"_s, u"2002"_s, 0, {}, &error));

        QSignalSpy applied(m_receiver.get(), &CallbackReceiver::outcomesApplied);
        // A 4-field and a 5-field record, a trailing ';', a number of the send that is not its
        // recipient, and a send nobody here made.
        const auto r = http("POST", m_receiver->url(u"report"_s),
                            "rpts=13000000000,UNDELIV,1001,20090422103324;13000000000,DELIVRD,1001,20090422103400,S1;"
                            "13000000001,UNDELIV,1001,20090422103324;13900000000,DELIVRD,1001,20090422103324;"
                            "13000000002,DELIVRD,9999,20090422103324;",
                            "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 200);
        QCOMPARE(m_store->reportCount(), 5); // stored before the answer
        QVERIFY(applied.wait(5000));         // linked a moment later
        QCOMPARE(applied.at(0).at(0).toInt(), 5);
        QCOMPARE(applied.at(0).at(1).toInt(), 4); // the 9999 one matched no send
        QCOMPARE(count(u"SELECT COUNT(*) FROM reports WHERE campaign_id = %1"_s.arg(first)), 4);
        QCOMPARE(count(u"SELECT COUNT(*) FROM reports WHERE campaign_id = %1"_s.arg(second)), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM reports WHERE campaign_id IS NULL AND taskid = '9999'"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM reports WHERE recipient_id IS NULL AND mobile = '13900000000'"_s), 1);
        // Each recipient's outcome: delivered sticks over the earlier failure; the batch counts them.
        QCOMPARE(count(u"SELECT COUNT(*) FROM recipients WHERE campaign_id = %1 AND delivery = 'DELIVRD'"_s.arg(first)), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM recipients WHERE campaign_id = %1 AND delivery = 'UNDELIV'"_s.arg(first)), 1);
        QCOMPARE(count(u"SELECT delivered * 10 + failed FROM batches WHERE campaign_id = %1"_s.arg(first)), 11);
        QCOMPARE(count(u"SELECT COUNT(*) FROM recipients WHERE campaign_id = %1 AND delivery IS NOT NULL"_s.arg(second)), 0);
    }
    void malformedRecordsAreCountedAndTheRestKept()
    {
        QSignalSpy errors(m_receiver.get(), &CallbackReceiver::recordErrors);
        const auto r = http("POST", m_receiver->url(u"report"_s),
                            "rpts=13000000000,DELIVRD,T1,20090422094620;broken;13000000001,DELIVRD,T1,20090422094620",
                            "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 200);
        QCOMPARE(m_store->reportCount(), 2);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(1).value<QList<RecordError>>().size(), 1);
    }
    void repliesWithPercentEncodedChinese()
    {
        const QByteArray text = QUrl::toPercentEncoding(u"退订，谢谢"_s);
        const auto r = http("POST", m_receiver->url(u"mo"_s),
                            "mos=13000000000,001," + text + ",20151221121046;13000000000,001,hello2,20151221121046;",
                            "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 200);
        QCOMPARE(m_store->replyCount(), 2);
        QSqlQuery q(m_db->db());
        QVERIFY(q.exec(u"SELECT text FROM replies ORDER BY id"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"退订，谢谢"_s);
    }
    void auditPush()
    {
        QSignalSpy stored(m_receiver.get(), &CallbackReceiver::auditStored);
        const auto r = http("POST", m_receiver->url(u"audit"_s),
                            R"({"username":"300000","mmsid":"142D2B40270F0001","status":"1","message":"通过","type":"1"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).at(1).toBool(), false); // no such template here: kept as unmatched
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_events WHERE mmsid = '142D2B40270F0001'"_s), 1);
    }
    void badPushesGet400AndStoreNothing()
    {
        QCOMPARE(http("POST", m_receiver->url(u"report"_s), "nothing=here", "application/x-www-form-urlencoded").status, 400);
        QCOMPARE(http("POST", m_receiver->url(u"mo"_s)).status, 400);
        QCOMPARE(http("POST", m_receiver->url(u"audit"_s), "\x01\x02garbage").status, 400);
        QCOMPARE(http("POST", m_receiver->url(u"audit"_s), R"({"mmsid":"X","status":"9","type":"1"})").status, 400);
        QCOMPARE(m_store->reportCount() + m_store->replyCount(), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_events"_s), 0);
    }
    void secretPrefix()
    {
        CallbackReceiver secret(*m_store);
        QVERIFY(secret.listen(QHostAddress::LocalHost, 0, u"k3y"_s) != 0);
        QVERIFY(secret.url(u"report"_s).path().startsWith(u"/k3y/"_s));
        QUrl wrong = secret.url(u"report"_s);
        wrong.setPath(u"/report"_s);
        QCOMPARE(http("POST", wrong, "rpts=13000000000,DELIVRD,T1,20090422094620", "application/x-www-form-urlencoded").status, 404);
        QCOMPARE(m_store->reportCount(), 0);
        QCOMPARE(http("POST", secret.url(u"report"_s), "rpts=13000000000,DELIVRD,T1,20090422094620", "application/x-www-form-urlencoded").status, 200);
        QCOMPARE(m_store->reportCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReceiver)
#include "tst_receiver.moc"
