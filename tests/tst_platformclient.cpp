// The client against the simulator over loopback: every call, error codes and faults.
#include "TestSupport.h"

#include "net/PlatformClient.h"
#include "sim/PlatformSimulator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QProcess>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace mms;
using sim::Fault;

class TestPlatformClient : public QObject
{
    Q_OBJECT
    std::unique_ptr<sim::PlatformSimulator> m_sim;
    std::unique_ptr<PlatformClient> m_client;

    Account account() const
    {
        Account a;
        a.baseUrl = m_sim->baseUrl();
        a.userid = a.username = u"300000"_s;
        a.password = u"123456"_s;
        a.productid = u"16891"_s;
        return a;
    }
    CallResult run(PlatformCall *call)
    {
        QSignalSpy spy(call, &PlatformCall::finished);
        if (!call->isFinished())
            spy.wait(20000);
        return call->result();
    }
    static MmsTemplate tpl(const QString &text = u"您好 ${Text1}"_s)
    {
        MmsTemplate t;
        t.subject = u"测试模板标题"_s;
        t.frames = {Frame{3000, {Attachment{u"1.txt"_s, text.toUtf8()}, Attachment{u"2.jpg"_s, QByteArray(500, 'j')}}}};
        return t;
    }
    QString createTemplate()
    {
        const CallResult r = run(m_client->saveTemplate(tpl()));
        return r.ok() ? r.id : QString();
    }
    int sendsLogged() const { return int(m_sim->sendLog().size()); }

private Q_SLOTS:
    void init()
    {
        sim::SimulatorConfig cfg;
        cfg.seed = 7;
        m_sim = std::make_unique<sim::PlatformSimulator>(cfg);
        QVERIFY(m_sim->listenLoopback() != 0);
        m_client = std::make_unique<PlatformClient>();
        m_client->setAccount(account());
        m_client->setTimeoutMs(3000);
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void balance()
    {
        const CallResult r = run(m_client->queryBalance());
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.balance, 100000.0);
    }
    void balanceWithGbkCredentials()
    {
        m_sim->config().username = u"测试用户"_s;
        m_sim->config().password = u"密码&1"_s;
        Account a = account();
        a.username = u"测试用户"_s;
        a.password = u"密码&1"_s;
        m_client->setAccount(a);
        QVERIFY(run(m_client->queryBalance()).ok());
    }
    void wrongPasswordIsMinus3()
    {
        Account a = account();
        a.password = u"wrong"_s;
        m_client->setAccount(a);
        CallResult r = run(m_client->queryBalance());
        QCOMPARE(r.outcome, CallResult::Outcome::PlatformError);
        QCOMPARE(r.code, -3);
        QVERIFY(r.summary().contains(u"用户账号密码错误"_s));
        r = run(m_client->saveTemplate(tpl()));
        QCOMPARE(r.code, -3);
        a.userid = u"999"_s;
        m_client->setAccount(a);
        QCOMPARE(run(m_client->sendTask(u"X"_s, {u"13800138000"_s})).code, -2);
    }
    void saveAndSend()
    {
        const QString mmsid = createTemplate();
        QCOMPARE(mmsid.size(), 16);
        CallResult r = run(m_client->sendTask(mmsid, {u"13800138000"_s, u"13900139000"_s}, u"001"_s, {{u"Text1"_s, u"张先生"_s}}));
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.id.size(), 16);
        QCOMPARE(sendsLogged(), 1);
        QCOMPARE(m_sim->sendLog().at(0).toObject().value(u"mobiles"_s).toArray().size(), 2);
        r = run(m_client->queryBalance());
        QCOMPARE(r.balance, 99998.0);
    }
    void personalisedSendStringAndInline()
    {
        const QString mmsid = createTemplate();
        const QList<VariableEntry> entries = {{u"15201163157"_s, {{u"Text1"_s, u"张三1"_s}}},
                                              {u"13522249853"_s, {{u"Text1"_s, u"李四2"_s}}}};
        QVERIFY(run(m_client->sendVariableTask(mmsid, {}, entries)).ok());
        Account a = account();
        a.contInline = true;
        m_client->setAccount(a);
        QVERIFY(run(m_client->sendVariableTask(mmsid, {}, entries)).ok());
        QCOMPARE(sendsLogged(), 2);
    }
    void documentedErrorCodes()
    {
        const QString mmsid = createTemplate();
        // -6 unknown template
        QCOMPARE(run(m_client->sendTask(u"0000000000000000"_s, {u"13800138000"_s})).code, -6);
        // -11 a variable the template uses is missing
        QCOMPARE(run(m_client->sendVariableTask(mmsid, {}, {{u"13800138000"_s, {{u"Text2"_s, u"x"_s}}}})).code, -11);
        // -7 expired
        QCOMPARE(testsupport::http("POST", QUrl(u"http://127.0.0.1:%1/sim/expire?mmsid=%2"_s.arg(m_sim->baseUrl().port()).arg(mmsid)), "{}").status, 200);
        QCOMPARE(run(m_client->sendTask(mmsid, {u"13800138000"_s})).code, -7);
        // -8 balance
        const QString other = createTemplate();
        m_sim->config().balance = 1;
        const CallResult r = run(m_client->sendTask(other, {u"13800138000"_s, u"13900139000"_s}));
        QCOMPARE(r.code, -8);
        QVERIFY(r.summary().contains(u"insufficient balance"_s));
        QCOMPARE(sendsLogged(), 0);
        // -6 a template over the platform's size limit
        m_sim->config().templateLimitBytes = 100;
        QCOMPARE(run(m_client->saveTemplate(tpl())).code, -6);
    }
    void rawErrorCodes()
    {
        const QString base = m_sim->baseUrl().toString();
        auto code = [](const testsupport::HttpResult &r) {
            return QJsonDocument::fromJson(r.body).object().value(u"code"_s).toString().toInt();
        };
        // -10 malformed JSON
        QCOMPARE(code(testsupport::http("POST", QUrl(base + u"SendMmsTask.do"_s), "{not json")), -10);
        QCOMPARE(code(testsupport::http("POST", QUrl(base + u"SaveMmsModel.do"_s), "")), -10);
        // -5 more than 1000 numbers (the client refuses to build such a request)
        QStringList many;
        for (int i = 0; i < 1001; ++i)
            many << u"138%1"_s.arg(i, 8, 10, QChar(u'0'));
        const QString mmsid = createTemplate();
        const QJsonObject body{{u"userid"_s, u"300000"_s}, {u"username"_s, u"300000"_s}, {u"password"_s, u"123456"_s},
                               {u"mobile"_s, many.join(u',')}, {u"mmsid"_s, mmsid}};
        QCOMPARE(code(testsupport::http("POST", QUrl(base + u"SendMmsTask.do"_s), QJsonDocument(body).toJson())), -5);
        // -1 missing parameters
        QCOMPARE(code(testsupport::http("POST", QUrl(base + u"SendMmsTask.do"_s), R"({"userid":"300000","username":"300000","password":"123456"})")), -1);
        // -11 undecodable attachment on create
        const QByteArray bad = R"({"userid":"300000","username":"300000","password":"123456","subject":"6162","frames":[{"dur":"1000","attachments":[{"fileName":"1.txt","hex16str":"zz"}]}]})";
        QCOMPARE(code(testsupport::http("POST", QUrl(base + u"SaveMmsModel.do"_s), bad)), -11);
        // Balance errors are bare numbers.
        QCOMPARE(testsupport::http("GET", QUrl(base + u"QueryBalance.do?userid=300000&username=300000&password=x"_s)).body, QByteArray("-3"));
        QCOMPARE(testsupport::http("GET", QUrl(base + u"QueryBalance.do"_s)).body, QByteArray("-1"));
        QCOMPARE(sendsLogged(), 0);
    }
    void clientRefusesOversizedRequestsWithoutSending()
    {
        QStringList many;
        for (int i = 0; i < 1001; ++i)
            many << u"138%1"_s.arg(i, 8, 10, QChar(u'0'));
        const CallResult r = run(m_client->sendTask(u"M"_s, many));
        QCOMPARE(r.outcome, CallResult::Outcome::InvalidRequest);
        QVERIFY(r.summary().contains(u"1000"_s));
        QCOMPARE(sendsLogged(), 0);
    }

    // Faults: a send whose outcome cannot be known is Unknown and is never resent.
    void faults_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expectedOutcome");
        QTest::addColumn<int>("sendsOnPlatform");
        QTest::newRow("http500") << u"http500"_s << int(CallResult::Outcome::Unknown) << 0;
        QTest::newRow("drop") << u"drop"_s << int(CallResult::Outcome::Unknown) << 0;
        QTest::newRow("drop-after") << u"drop-after"_s << int(CallResult::Outcome::Unknown) << 1;
        QTest::newRow("no-answer") << u"no-answer"_s << int(CallResult::Outcome::Unknown) << 1;
        QTest::newRow("malformed") << u"malformed"_s << int(CallResult::Outcome::Unknown) << 0;
        QTest::newRow("truncated") << u"truncated"_s << int(CallResult::Outcome::Unknown) << 1;
        QTest::newRow("latency") << u"latency"_s << int(CallResult::Outcome::Success) << 1;
    }
    void faults()
    {
        QFETCH(QString, kind);
        QFETCH(int, expectedOutcome);
        QFETCH(int, sendsOnPlatform);
        const QString mmsid = createTemplate();
        m_client->setTimeoutMs(1500);
        QString error;
        m_sim->addFault(*Fault::fromJson(QJsonObject{{u"kind"_s, kind}, {u"call"_s, u"SendMmsTask"_s}, {u"count"_s, 1},
                                                     {u"latencyMs"_s, 300}}, &error));
        const CallResult r = run(m_client->sendTask(mmsid, {u"13800138000"_s}));
        QCOMPARE(int(r.outcome), expectedOutcome);
        QCOMPARE(r.attempts, 1);
        if (r.outcome == CallResult::Outcome::Unknown)
            QVERIFY2(r.summary().contains(u"may have"_s), qPrintable(r.summary()));
        QTest::qWait(200); // anything resent would arrive by now
        QCOMPARE(sendsLogged(), sendsOnPlatform);
    }
    void injectedCode()
    {
        const QString mmsid = createTemplate();
        m_sim->addFault(Fault{Fault::Kind::Code, u"SendVariableMmsTask"_s, 1, 0, -100});
        const CallResult r = run(m_client->sendVariableTask(mmsid, {}, {{u"13800138000"_s, {{u"Text1"_s, u"a"_s}}}}));
        QCOMPARE(r.code, -100);
        QVERIFY(r.summary().contains(u"联系平台管理员"_s));
    }
    void connectionRefusedIsNotSent()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        Account a = account();
        a.baseUrl = QUrl(u"http://127.0.0.1:%1/mms/api/"_s.arg(closedPort));
        m_client->setAccount(a);
        const CallResult r = run(m_client->sendTask(u"M"_s, {u"13800138000"_s}));
        QCOMPARE(r.outcome, CallResult::Outcome::NotSent);
        QVERIFY(r.summary().contains(u"nothing was sent"_s));
    }
    void https()
    {
        QTemporaryDir dir;
        const QString key = dir.filePath(u"key.pem"_s), cert = dir.filePath(u"cert.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                                     u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                                     u"-keyout"_s, key, u"-out"_s, cert});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile certFile(cert), keyFile(key);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QSslKey privateKey(&keyFile, QSsl::Rsa, QSsl::Pem);
        QVERIFY(!certificate.isNull() && !privateKey.isNull());

        sim::PlatformSimulator tlsSim;
        tlsSim.enableTls(certificate, privateKey);
        QVERIFY(tlsSim.listenLoopback());
        QCOMPARE(tlsSim.baseUrl().scheme(), u"https"_s);
        Account a = account();
        a.baseUrl = tlsSim.baseUrl();
        m_client->setAccount(a);
        // An untrusted certificate: refused during the handshake, before any byte of the request.
        CallResult r = run(m_client->sendTask(u"M"_s, {u"13800138000"_s}));
        QCOMPARE(r.outcome, CallResult::Outcome::NotSent);
        QCOMPARE(tlsSim.sendLog().size(), 0);
        m_client->setCaCertificates({certificate});
        r = run(m_client->queryBalance());
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        r = run(m_client->saveTemplate(tpl()));
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        r = run(m_client->sendTask(r.id, {u"13800138000"_s}));
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(tlsSim.sendLog().size(), 1);
    }
    void balanceIsRetriedButSendsAreNot()
    {
        m_sim->addFault(Fault{Fault::Kind::Http500, u"QueryBalance"_s, 2, 0, 0});
        const CallResult r = run(m_client->queryBalance());
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.attempts, 3);
        m_sim->addFault(Fault{Fault::Kind::Http500, u"SendMmsTask"_s, 1, 0, 0});
        const CallResult s = run(m_client->sendTask(createTemplate(), {u"13800138000"_s}));
        QCOMPARE(s.outcome, CallResult::Outcome::Unknown);
        QCOMPARE(s.httpStatus, 500);
        QCOMPARE(s.attempts, 1);
    }
};

QTEST_GUILESS_MAIN(TestPlatformClient)
#include "tst_platformclient.moc"
