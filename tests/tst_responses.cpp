#include "protocol/Responses.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace mms;

class TestResponses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveAnswerFromTheSpec()
    {
        const auto a = responses::parseAnswer(R"({"code": "0", "message": "提交成", "mmsid": "142D2B40270F0001"})", CallKind::SaveTemplate);
        QVERIFY(a.succeeded());
        QCOMPARE(a.id, u"142D2B40270F0001"_s);
        QCOMPARE(a.message, u"提交成"_s);
    }
    void sendAnswerFromTheSpec()
    {
        const auto a = responses::parseAnswer("{\n \"taskid\": \"14424380270F0005\",\n \"code\": \"0\",\n \"message\": \"提交成功\"\n}",
                                              CallKind::SendTask);
        QVERIFY(a.succeeded());
        QCOMPARE(a.id, u"14424380270F0005"_s);
    }
    void codeAsIntegerOrString()
    {
        QCOMPARE(responses::parseAnswer(R"({"code": -8, "message": "账户余额不足"})", CallKind::SendTask).code, -8);
        QCOMPARE(responses::parseAnswer(R"({"code": "-3", "message": ""})", CallKind::SendTask).code, -3);
        QVERIFY(responses::parseAnswer(R"({"code": "-3"})", CallKind::SendTask).wellFormed);
    }
    void badAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << u"not a JSON object"_s;
        QTest::newRow("truncated") << QByteArray("{\"code\": \"0\", \"taskid\": \"1442") << u"not a JSON object"_s;
        QTest::newRow("array") << QByteArray("[1,2]") << u"not a JSON object"_s;
        QTest::newRow("no code") << QByteArray(R"({"message": "x"})") << u"no code"_s;
        QTest::newRow("word code") << QByteArray(R"({"code": "ok"})") << u"unreadable code"_s;
        QTest::newRow("fraction") << QByteArray(R"({"code": 0.5})") << u"unreadable code"_s;
        QTest::newRow("success without id") << QByteArray(R"({"code": "0", "message": "ok"})") << u"taskid"_s;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3) << u"not a JSON object"_s;
    }
    void badAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const auto a = responses::parseAnswer(body, CallKind::SendTask);
        QVERIFY(!a.wellFormed);
        QVERIFY(!a.succeeded());
        QVERIFY2(a.parseError.contains(reason), qPrintable(a.parseError));
    }
    void oversizedAnswerIsExcerpted()
    {
        const auto a = responses::parseAnswer(QByteArray(100000, 'x'), CallKind::SendTask);
        QVERIFY(!a.wellFormed);
        QVERIFY(a.parseError.size() < 300);
    }
    void balance()
    {
        auto b = responses::parseBalance("12345");
        QVERIFY(b.ok);
        QCOMPARE(b.balance, 12345.0);
        b = responses::parseBalance("0\r\n");
        QVERIFY(b.ok);
        QCOMPARE(b.balance, 0.0);
        b = responses::parseBalance("-3");
        QVERIFY(b.wellFormed);
        QVERIFY(!b.ok);
        QCOMPARE(b.code, -3);
        b = responses::parseBalance("");
        QVERIFY(!b.wellFormed);
        b = responses::parseBalance("<html>");
        QVERIFY(!b.wellFormed);
        QVERIFY(b.parseError.contains(u"not a number"_s));
        b = responses::parseBalance("12abc");
        QVERIFY(!b.wellFormed);
    }
    void fuzzRegressions()
    {
        // Found by fuzz_responses: numbers outside int used to be cast (undefined behaviour).
        QVERIFY(!responses::parseAnswer(R"({"code":8000000000000000000000000000000000000000000000000000000000,"":"1"})", CallKind::SendTask).parseError.isEmpty());
        QVERIFY(!responses::parseBalance("-8555555555555555555555555555555555555555555555555555555555555555555555").wellFormed);
        QCOMPARE(responses::parseBalance("-3").code, -3);
    }
};

QTEST_GUILESS_MAIN(TestResponses)
#include "tst_responses.moc"
