// Raw HTTP pushes, as the platform sends them, into the receiver and the store.
#include "TestSupport.h"

#include "receiver/CallbackReceiver.h"
#include "receiver/ReceiverAccess.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QNetworkInterface>
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
    void onlyTheSecretOpensTheDoor()
    {
        // Beyond loopback: no secret, or a guessable one, and the receiver does not listen.
        CallbackReceiver open(*m_store);
        QCOMPARE(open.listen(QHostAddress::AnyIPv4, 0, {}), quint16(0));
        QVERIFY(open.listenError().contains(u"secret"_s));
        for (const QString &weak : {u"k3y9x"_s, u"aaaaaaaaaaaaaaaaaaaa"_s, u"change-me-0123456789"_s, u"0123456789abcde"_s}) {
            CallbackReceiver r(*m_store);
            QCOMPARE(r.listen(QHostAddress::AnyIPv4, 0, weak), quint16(0));
            QVERIFY2(!r.listenError().isEmpty(), qPrintable(weak));
        }
        const QString secret = ReceiverAccess::generateSecret();
        QVERIFY(ReceiverAccess::isStrong(secret, nullptr));
        CallbackReceiver guarded(*m_store);
        QVERIFY(guarded.listen(QHostAddress::AnyIPv4, 0, secret) != 0);
        const QByteArray push = "rpts=13000000000,DELIVRD,T1,20090422094620";
        auto at = [&](const QString &path) {
            QUrl u = guarded.url(u"report"_s);
            u.setPath(path, QUrl::TolerantMode);
            return http("POST", u, push, "application/x-www-form-urlencoded").status;
        };
        // Wrong, missing, near misses, percent-encoded tricks: 404, as for any unknown path.
        QString nearMiss = secret;
        nearMiss[nearMiss.size() - 1] = nearMiss.back() == u'a' ? u'b' : u'a';
        for (const QString &path : {u"/report"_s, u"/x/report"_s, u"/%1/report"_s.arg(nearMiss), u"/%1/report"_s.arg(secret.chopped(1)),
                                    u"/%1x/report"_s.arg(secret), u"/%1%2F/report"_s.arg(secret), u"/%1/../report"_s.arg(secret),
                                    u"/%1/%1/report"_s.arg(secret)})
            QVERIFY2(at(path) == 404, qPrintable(path));
        QCOMPARE(m_store->reportCount(), 0);
        QCOMPARE(at(u"/%1/report"_s.arg(secret)), 200);
        QCOMPARE(m_store->reportCount(), 1);
        ReceiverAccess access;
        access.secret = secret;
        QVERIFY(!access.secretMatches(nearMiss));
        QVERIFY(!access.secretMatches(secret + u"x"_s));
        QVERIFY(access.secretMatches(secret));
    }
    void healthAnswersThisComputerOrTheSecret()
    {
        // /healthz reads the database: from another computer it is 404 without the secret.
        QHostAddress outside;
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
                outside = a;
        if (outside.isNull())
            QSKIP("this machine has no address but loopback");
        const QString secret = ReceiverAccess::generateSecret();
        CallbackReceiver r(*m_store);
        QVERIFY(r.listen(QHostAddress::AnyIPv4, 0, secret) != 0);
        QUrl local = r.url(u"report"_s);
        local.setPath(u"/healthz"_s);
        QCOMPARE(http("GET", local).status, 200);
        QUrl remote = local;
        remote.setHost(outside.toString());
        QCOMPARE(http("GET", remote).status, 404);
        remote.setPath(u"/%1/healthz"_s.arg(secret));
        const auto withSecret = http("GET", remote);
        QCOMPARE(withSecret.status, 200);
        QVERIFY(withSecret.body.contains("\"ok\":true"));
        remote.setPath(u"/wrong-secret-0123456789/healthz"_s);
        QCOMPARE(http("GET", remote).status, 404);
    }
    void allowListRefusesOtherPeers()
    {
        const QString secret = ReceiverAccess::generateSecret();
        CallbackReceiver r(*m_store);
        QString error;
        r.setAllowList(*ReceiverAccess::parseAllowList(u"203.0.113.0/24"_s, &error), false);
        QVERIFY(r.listen(QHostAddress::LocalHost, 0, secret) != 0);
        QSignalSpy refused(&r, &CallbackReceiver::pushRefused);
        const QByteArray push = "rpts=13000000000,DELIVRD,T1,20090422094620";
        QCOMPARE(http("POST", r.url(u"report"_s), push, "application/x-www-form-urlencoded").status, 404);
        QCOMPARE(refused.size(), 1);
        // The peer's own word is not trusted...
        QCOMPARE(http("POST", r.url(u"report"_s), push, "application/x-www-form-urlencoded", 10000,
                      {{"X-Forwarded-For", "203.0.113.9"}}).status, 404);
        QCOMPARE(m_store->reportCount(), 0);
        // ...only the local nginx's, when the receiver is told to trust it.
        CallbackReceiver behindNginx(*m_store);
        behindNginx.setAllowList(*ReceiverAccess::parseAllowList(u"203.0.113.0/24, 198.51.100.7"_s, &error), true);
        QVERIFY(behindNginx.listen(QHostAddress::LocalHost, 0, secret) != 0);
        QCOMPARE(http("POST", behindNginx.url(u"report"_s), push, "application/x-www-form-urlencoded", 10000,
                      {{"X-Forwarded-For", "10.1.1.1, 203.0.113.9"}}).status, 200);
        QCOMPARE(http("POST", behindNginx.url(u"report"_s), push, "application/x-www-form-urlencoded", 10000,
                      {{"X-Forwarded-For", "203.0.113.9, 10.1.1.1"}}).status, 404);
        QCOMPARE(m_store->reportCount(), 1);
        QVERIFY(!ReceiverAccess::parseAllowList(u"203.0.113.0/33"_s, &error));
        QVERIFY(!ReceiverAccess::parseAllowList(u"platform.example"_s, &error));
    }
    void aPushOfMoreThan1000RecordsIsRefused()
    {
        QSignalSpy refused(m_receiver.get(), &CallbackReceiver::pushRefused);
        auto push = [](int n) {
            QByteArray b = "rpts=";
            for (int i = 0; i < n; ++i)
                b += "1300000" + QByteArray::number(1000 + i) + ",DELIVRD,T1,20090422094620;";
            return b;
        };
        QCOMPARE(http("POST", m_receiver->url(u"report"_s), push(1001), "application/x-www-form-urlencoded").status, 413);
        QCOMPARE(m_store->reportCount(), 0);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(http("POST", m_receiver->url(u"report"_s), push(1000), "application/x-www-form-urlencoded").status, 200);
        QCOMPARE(m_store->reportCount(), 1000);
        QByteArray replies = "mos=";
        for (int i = 0; i < 1001; ++i)
            replies += "13000001000,,x,20090422094620;";
        QCOMPARE(http("POST", m_receiver->url(u"mo"_s), replies, "application/x-www-form-urlencoded").status, 413);
        QCOMPARE(m_store->replyCount(), 0);
    }
    void aForgedOptOutBlocksNobody()
    {
        // Opt-out words from numbers this store never sent to: kept as replies, nobody blocked.
        m_store->setAutoBlockKeywords({u"TD"_s});
        QByteArray forged = "mos=";
        for (int i = 0; i < 500; ++i)
            forged += "1390000" + QByteArray::number(1000 + i) + ",,TD,20090422094620;";
        QCOMPARE(http("POST", m_receiver->url(u"mo"_s), forged, "application/x-www-form-urlencoded").status, 200);
        QCOMPARE(m_store->replyCount(), 500);
        QCOMPARE(count(u"SELECT COUNT(*) FROM blocklist"_s), 0);
    }
    void controlCharactersLoseTheirRecordOnly()
    {
        QSignalSpy errors(m_receiver.get(), &CallbackReceiver::recordErrors);
        QCOMPARE(http("POST", m_receiver->url(u"report"_s),
                      "rpts=13000000000,DELIVRD,T%001,20090422094620;13000000001,DELIVRD,T2,20090422094620;13000000002,DEL%0AIVRD,T3,20090422094620",
                      "application/x-www-form-urlencoded").status, 200);
        QCOMPARE(m_store->reportCount(), 1);
        QCOMPARE(errors.size(), 1);
        const auto list = errors.at(0).at(1).value<QList<RecordError>>();
        QCOMPARE(list.size(), 2);
        QVERIFY(list.at(0).raw.contains(u"\\x00"_s)); // escaped, as a log line shows it
        QVERIFY(!list.at(1).raw.contains(u'\n'));
    }
};

QTEST_GUILESS_MAIN(TestReceiver)
#include "tst_receiver.moc"
