// The simulator's audit / RPT / MO pushes reach the receiver and land in the right place.
#include "net/PlatformClient.h"
#include "receiver/CallbackReceiver.h"
#include "sim/PlatformSimulator.h"
#include "storage/Database.h"
#include "storage/CampaignStore.h"
#include "storage/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace mms;

class TestSimulatorPushes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void auditsReportsAndReplies()
    {
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(dir.filePath(u"p.sqlite"_s), &error);
        QVERIFY(db);
        Store store(*db);
        CallbackReceiver receiver(store);
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));

        sim::SimulatorConfig cfg;
        cfg.seed = 42;
        cfg.auditDelayMs = 50;
        cfg.auditVerdicts = {1, 2, 1};
        cfg.reportDelayMs = 50;
        cfg.deliveredRatio = 0.5;
        cfg.replyRatio = 1.0; // everyone replies
        cfg.replyDelayMs = 50;
        cfg.auditUrl = receiver.url(u"audit"_s);
        cfg.reportUrl = receiver.url(u"report"_s);
        cfg.moUrl = receiver.url(u"mo"_s);
        sim::PlatformSimulator simulator(cfg);
        QVERIFY(simulator.listenLoopback());

        Account account;
        account.name = u"sandbox"_s;
        account.baseUrl = simulator.baseUrl();
        account.userid = account.username = u"300000"_s;
        account.password = u"123456"_s;
        const qint64 accountId = *store.saveAccount(account, &error);
        PlatformClient client;
        client.setAccount(account);

        MmsTemplate t;
        t.subject = u"推送测试"_s;
        t.frames = {Frame{1000, {Attachment{u"1.txt"_s, "hello"}}}};
        PlatformCall *save = client.saveTemplate(t);
        QSignalSpy saved(save, &PlatformCall::finished);
        QVERIFY(saved.wait(5000));
        QVERIFY(save->result().ok());
        const QString mmsid = save->result().id;
        QVERIFY(store.addTemplate(accountId, mmsid, t, "{}", &error));

        QTRY_VERIFY_WITH_TIMEOUT(store.templates(accountId).value(0).audits[2].status != 0, 5000);
        const TemplateRow row = store.templates(accountId).value(0);
        QCOMPARE(row.audits[0].status, 1);
        QCOMPARE(row.audits[1].status, 2); // 联通 rejects, as configured
        QCOMPARE(row.audits[2].status, 1);

        // A 1,200-number send: two requests, reports pushed in pushes of at most 500.
        QList<VariableEntry> recipients;
        for (int i = 0; i < 1200; ++i)
            recipients.append({u"139%1"_s.arg(i, 8, 10, QChar(u'0')), {}});
        CampaignStore campaigns(*db);
        CampaignStore::NewCampaign nc;
        nc.accountId = accountId;
        nc.mmsid = mmsid;
        nc.sub = u"007"_s;
        const auto campaign = campaigns.create(nc, recipients, 1000, &error);
        QVERIFY(campaign);
        for (const BatchRow &b : campaigns.batches(*campaign)) {
            QStringList mobiles;
            for (const auto &e : campaigns.batchRecipients(b.id))
                mobiles << e.mobile;
            PlatformCall *send = client.sendTask(mmsid, mobiles, u"007"_s);
            QSignalSpy sent(send, &PlatformCall::finished);
            QVERIFY(sent.wait(5000));
            QVERIFY2(send->result().ok(), qPrintable(send->result().summary()));
            QVERIFY(campaigns.setBatchState(b.id, u"accepted"_s, send->result().id, 0, {}, &error));
        }
        QTRY_COMPARE_WITH_TIMEOUT(store.reportCount(), 1200, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(store.replyCount(), 1200, 10000);
        QSqlQuery q(db->db());
        // Reports are linked to their send a moment after they are stored.
        auto linked = [&] {
            return q.exec(u"SELECT COUNT(*), SUM(status = 'DELIVRD'), COUNT(DISTINCT recipient_id) FROM reports WHERE campaign_id = %1"_s.arg(*campaign))
                && q.next() && q.value(0).toInt() == 1200;
        };
        QTRY_VERIFY_WITH_TIMEOUT(linked(), 10000); // every report matched its campaign by taskid
        QVERIFY(q.value(1).toInt() > 400 && q.value(1).toInt() < 800);
        QCOMPARE(q.value(2).toInt(), 1200);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM replies WHERE campaign_id = %1 AND extension = '007'"_s.arg(*campaign)) && q.next());
        QCOMPARE(q.value(0).toInt(), 1200);
    }
    void pushesWaitForAUrl()
    {
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(dir.filePath(u"h.sqlite"_s), &error);
        Store store(*db);
        CallbackReceiver receiver(store);
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
        sim::SimulatorConfig cfg;
        cfg.auditDelayMs = cfg.reportDelayMs = cfg.replyDelayMs = 10;
        cfg.replyRatio = 1;
        sim::PlatformSimulator simulator(cfg); // no push URLs yet
        QVERIFY(simulator.listenLoopback());
        Account account;
        account.baseUrl = simulator.baseUrl();
        account.userid = account.username = u"300000"_s;
        account.password = u"123456"_s;
        PlatformClient client;
        client.setAccount(account);
        MmsTemplate t;
        t.subject = u"s"_s;
        t.frames = {Frame{1000, {Attachment{u"1.txt"_s, "hi"}}}};
        PlatformCall *save = client.saveTemplate(t);
        QSignalSpy saved(save, &PlatformCall::finished);
        QVERIFY(saved.wait(5000));
        PlatformCall *send = client.sendTask(save->result().id, {u"13800138000"_s, u"13900139000"_s});
        QSignalSpy sent(send, &PlatformCall::finished);
        QVERIFY(sent.wait(5000));
        QTest::qWait(200);
        QCOMPARE(store.reportCount(), 0);
        // The receiver is announced later: what was held is delivered then.
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(u"http://127.0.0.1:%1/sim/config"_s.arg(simulator.baseUrl().port())));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        nam.post(req, QJsonDocument(QJsonObject{{u"auditUrl"_s, receiver.url(u"audit"_s).toString()},
                                                {u"reportUrl"_s, receiver.url(u"report"_s).toString()},
                                                {u"moUrl"_s, receiver.url(u"mo"_s).toString()}}).toJson());
        QTRY_COMPARE_WITH_TIMEOUT(store.reportCount(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(store.replyCount(), 2, 5000);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorPushes)
#include "tst_simulatorpushes.moc"
