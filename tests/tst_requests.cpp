#include "protocol/Encoding.h"
#include "protocol/Requests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace mms;

namespace {
Account demo()
{
    Account a;
    a.baseUrl = QUrl(u"http://127.0.0.1:49000/mms/api/"_s);
    a.userid = u"300000"_s;
    a.username = u"300000"_s;
    a.password = u"123456"_s;
    a.productid = u"16891"_s;
    return a;
}

MmsTemplate specTemplate()
{
    MmsTemplate t;
    t.subject = u"测试模板标题"_s;
    t.frames = {Frame{5000, {Attachment{u"1.txt"_s, u"普通采信文本测试"_s.toUtf8()}}},
                Frame{5000, {Attachment{u"3.txt"_s, u"第二帧，普通采信文本测试"_s.toUtf8()}}}};
    return t;
}

QJsonObject parse(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}
} // namespace

class TestRequests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveModelMatchesTheSpecExample()
    {
        QString error;
        const auto body = requests::saveMmsModel(demo(), specTemplate(), AttachmentEncoding::Hex16, &error);
        QVERIFY2(body, qPrintable(error));
        const QJsonObject o = parse(*body);
        QCOMPARE(o.value(u"userid"_s).toString(), u"300000"_s);
        QCOMPARE(o.value(u"password"_s).toString(), u"123456"_s);
        QCOMPARE(o.value(u"productid"_s).toString(), u"16891"_s);
        QCOMPARE(o.value(u"subject"_s).toString(), u"e6b58be8af95e6a8a1e69dbfe6a087e9a298"_s);
        const QJsonArray frames = o.value(u"frames"_s).toArray();
        QCOMPARE(frames.size(), 2);
        const QJsonObject f1 = frames.at(0).toObject();
        QVERIFY(f1.value(u"dur"_s).isString()); // dur is a string in the field table
        QCOMPARE(f1.value(u"dur"_s).toString(), u"5000"_s);
        const QJsonObject a1 = f1.value(u"attachments"_s).toArray().at(0).toObject();
        QCOMPARE(a1.value(u"fileName"_s).toString(), u"1.txt"_s);
        QCOMPARE(a1.value(u"hex16str"_s).toString(), u"e699aee9809ae98787e4bfa1e69687e69cace6b58be8af95"_s);
        QVERIFY(!a1.contains(u"base64str"_s));
        const QJsonObject a2 = frames.at(1).toObject().value(u"attachments"_s).toArray().at(0).toObject();
        QCOMPARE(a2.value(u"hex16str"_s).toString(),
                 u"e7acace4ba8ce5b8a7efbc8ce699aee9809ae98787e4bfa1e69687e69cace6b58be8af95"_s);
    }
    void base64TextIsGbk()
    {
        const auto body = requests::saveMmsModel(demo(), specTemplate(), AttachmentEncoding::Base64, nullptr);
        QVERIFY(body);
        const QJsonObject a = parse(*body).value(u"frames"_s).toArray().at(0).toObject()
                                  .value(u"attachments"_s).toArray().at(0).toObject();
        QVERIFY(!a.contains(u"hex16str"_s));
        QCOMPARE(QByteArray::fromBase64(a.value(u"base64str"_s).toString().toLatin1()),
                 encoding::toGbk(u"普通采信文本测试"_s).value());
    }
    void saveModelRefusesBrokenTemplates()
    {
        QString error;
        MmsTemplate t = specTemplate();
        t.frames.clear();
        QVERIFY(!requests::saveMmsModel(demo(), t, AttachmentEncoding::Hex16, &error));
        QVERIFY(error.contains(u"no frames"_s));
        t = specTemplate();
        t.frames[1].durationMs = 0;
        QVERIFY(!requests::saveMmsModel(demo(), t, AttachmentEncoding::Hex16, &error));
        QVERIFY(error.contains(u"frame 2"_s));
        t = specTemplate();
        t.frames[0].attachments.clear();
        QVERIFY(!requests::saveMmsModel(demo(), t, AttachmentEncoding::Hex16, &error));
        QVERIFY(error.contains(u"frame 1 has no attachments"_s));
        t = specTemplate();
        t.subject.clear();
        QVERIFY(!requests::saveMmsModel(demo(), t, AttachmentEncoding::Hex16, &error));
    }
    void sendTaskWithoutVariables()
    {
        const auto body = requests::sendMmsTask(demo(), u"142D2B40270F0001"_s, {u"13681000000"_s, u"13681000002"_s}, {}, {}, nullptr);
        QVERIFY(body);
        const QJsonObject o = parse(*body);
        QCOMPARE(o.value(u"mobile"_s).toString(), u"13681000000,13681000002"_s);
        QCOMPARE(o.value(u"mmsid"_s).toString(), u"142D2B40270F0001"_s);
        QCOMPARE(o.value(u"sub"_s).toString(), QString());
        QVERIFY(o.value(u"cont"_s).isString());
        QCOMPARE(o.value(u"cont"_s).toString(), QString());
    }
    void sendTaskSharedVariablesAreAStringOfJson()
    {
        const auto body = requests::sendMmsTask(demo(), u"M1"_s, {u"13681000000"_s}, u"001"_s,
                                                {{u"Text1"_s, u"张先生"_s}}, nullptr);
        QVERIFY(body);
        const QJsonObject o = parse(*body);
        QCOMPARE(o.value(u"sub"_s).toString(), u"001"_s);
        QVERIFY(o.value(u"cont"_s).isString());
        const QJsonObject cont = QJsonDocument::fromJson(o.value(u"cont"_s).toString().toUtf8()).object();
        QCOMPARE(cont.value(u"Text1"_s).toString(), u"张先生"_s);
    }
    void atMostOneThousandNumbers()
    {
        QStringList many;
        for (int i = 0; i < 1001; ++i)
            many << u"138%1"_s.arg(i, 8, 10, QChar(u'0'));
        QString error;
        QVERIFY(!requests::sendMmsTask(demo(), u"M1"_s, many, {}, {}, &error));
        QVERIFY(error.contains(u"1001"_s));
        many.removeLast();
        QVERIFY(requests::sendMmsTask(demo(), u"M1"_s, many, {}, {}, &error));
        QVERIFY(!requests::sendMmsTask(demo(), u"M1"_s, {}, {}, {}, &error));
        QVERIFY(!requests::sendMmsTask(demo(), QString(), {u"13800138000"_s}, {}, {}, &error));
        QVERIFY(error.contains(u"mmsid"_s));
    }
    void variableSendContIsAStringByDefault()
    {
        const QList<VariableEntry> entries = {{u"15201163157"_s, {{u"Text1"_s, u"张三1"_s}}},
                                              {u"13522249853"_s, {{u"Text1"_s, u"李四2"_s}}}};
        const auto body = requests::sendVariableMmsTask(demo(), u"79BD8D40270F0002"_s, {}, entries, nullptr);
        QVERIFY(body);
        const QJsonValue cont = parse(*body).value(u"cont"_s);
        QVERIFY(cont.isString());
        const QJsonArray arr = QJsonDocument::fromJson(cont.toString().toUtf8()).array();
        QCOMPARE(arr.size(), 2);
        QCOMPARE(arr.at(0).toObject().value(u"mobile"_s).toString(), u"15201163157"_s);
        QCOMPARE(arr.at(1).toObject().value(u"param"_s).toObject().value(u"Text1"_s).toString(), u"李四2"_s);
    }
    void variableSendContInlineWhenTheAccountSaysSo()
    {
        Account a = demo();
        a.contInline = true;
        const auto body = requests::sendVariableMmsTask(a, u"M"_s, {}, {{u"15201163157"_s, {{u"Text1"_s, u"x"_s}}}}, nullptr);
        QVERIFY(body);
        QVERIFY(parse(*body).value(u"cont"_s).isArray());
    }
    void balanceUrlPercentEncodesGbk()
    {
        Account a = demo();
        a.username = u"测试"_s;
        a.password = u"p&w d"_s;
        const auto url = requests::queryBalanceUrl(a, nullptr);
        QVERIFY(url);
        QCOMPARE(url->path(), u"/mms/api/QueryBalance.do"_s);
        const QByteArray encoded = url->toEncoded();
        QVERIFY2(encoded.contains("username=%B2%E2%CA%D4"), encoded.constData());
        QVERIFY2(encoded.contains("password=p%26w%20d"), encoded.constData());
        QVERIFY(encoded.contains("userid=300000"));
        a.password = u"😀"_s;
        QString error;
        QVERIFY(!requests::queryBalanceUrl(a, &error));
        QVERIFY(error.contains(u"GBK"_s));
    }
    void endpointJoinsTheBaseUrl()
    {
        Account a = demo();
        a.baseUrl = QUrl(u"https://example.invalid/mms/api"_s);
        QCOMPARE(a.endpoint(u"SendMmsTask.do"_s).toString(), u"https://example.invalid/mms/api/SendMmsTask.do"_s);
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
